#pragma once

#include "importresult.h"

#include <QString>

class InputStream;
class Progress;
class ProfileBuilder;
class QJsonDocument;
class QJsonObject;

// The steps the JSON importers (Chrome .cpuprofile, Chrome trace, speedscope)
// share around their own format: the whole input parsed as one document, with
// errors worded alike ("source: format: why"), and the finished builder turned
// into a result, cancelled when the user cancelled.
class JsonImport final
{
public:
    // False, with *error set, when the input cannot be read or is not JSON.
    static bool parse(InputStream &input, const QString &formatName, QJsonDocument *document, QString *error);
    // parse(), and the top level must be an object.
    static bool parseObject(InputStream &input, const QString &formatName, QJsonObject *object, QString *error);
    static ImportResult build(ProfileBuilder &builder, Progress &progress);
};
