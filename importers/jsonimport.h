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
    // False, with *error set, when the input cannot be read or is not JSON.
    static bool parse(InputStream &input, const QString &formatName, QJsonDocument *document, QString *error);
    // parse(), and the top level must be an object.
    static bool parseObject(InputStream &input, const QString &formatName, QJsonObject *object, QString *error);
};
