#include "jsonimport.h"

#include "inputstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
// lupdate files Text::tr("...") under JsonImport.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonImport)
};
} // namespace

bool JsonImport::parse(InputStream &input, const QString &formatName, QJsonDocument *document, QString *error,
                       Unclosed unclosed)
{
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty()) {
        *error = input.error(); // it names the source already
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(bytes, &parseError);
    if (document->isNull() && unclosed == Unclosed::CloseArray && bytes.trimmed().startsWith('[')) {
        // "[{...},{...}," or "[{...}": drop a trailing comma and close it.
        QByteArray closed = bytes.trimmed();
        if (closed.endsWith(','))
            closed.chop(1);
        closed += ']';
        QJsonParseError closedError;
        const QJsonDocument repaired = QJsonDocument::fromJson(closed, &closedError);
        if (!repaired.isNull())
            *document = repaired;
    }
    if (document->isNull()) {
        *error = Text::tr("%1: %2: invalid JSON at byte %3: %4")
                     .arg(input.source(), formatName)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    return true;
}

bool JsonImport::parseObject(InputStream &input, const QString &formatName, QJsonObject *object, QString *error)
{
    QJsonDocument document;
    if (!parse(input, formatName, &document, error))
        return false;
    if (!document.isObject()) {
        *error =
            Text::tr("%1: %2: expected a JSON object at the top").arg(input.source(), formatName);
        return false;
    }
    *object = document.object();
    return true;
}

