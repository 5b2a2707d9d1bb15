#pragma once

#include "importresult.h"

#include <QString>

class InputStream;
class QJsonDocument;
class QJsonObject;

// The steps the JSON importers (Chrome .cpuprofile, Chrome trace, speedscope)
// share around their own format: the whole input parsed as one document, with
// errors worded alike ("source: format: why").
class JsonImport final
{
public:
    // The Trace Event Format lets a writer stop without closing its array of
    // events (a trace cut off by a crash still reads): such an array is closed
    // here when asked for.
    enum class Unclosed { Refuse, CloseArray };

    // False, with *error set, when the input cannot be read or is not JSON.
    static bool parse(InputStream &input, const QString &formatName, QJsonDocument *document, QString *error,
                      Unclosed unclosed = Unclosed::Refuse);
    // parse(), and the top level must be an object.
    static bool parseObject(InputStream &input, const QString &formatName, QJsonObject *object, QString *error);
};
