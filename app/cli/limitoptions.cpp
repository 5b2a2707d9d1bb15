#include "limitoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
// lupdate files Text::tr("...") under LimitOptions; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LimitOptions)
};

struct Limit
{
    const char *name;
    const char *help;
    qint64 ImportLimits::*field;
};

const Limit limitTable[] = {
    {"max-nodes",
     QT_TRANSLATE_NOOP("LimitOptions", "Refuse a profile of more call tree nodes (default %1)."),
     &ImportLimits::maxNodes},
    {"max-depth", QT_TRANSLATE_NOOP("LimitOptions", "Refuse a stack of more frames (default %1)."),
     &ImportLimits::maxDepth},
    {"max-name-bytes",
     QT_TRANSLATE_NOOP("LimitOptions",
                       "Refuse a frame name longer than this, in bytes (default %1)."),
     &ImportLimits::maxNameBytes},
    {"max-sample-types",
     QT_TRANSLATE_NOOP("LimitOptions", "Refuse a profile of more sample types (default %1)."),
     &ImportLimits::maxSampleTypes},
    {"max-decompressed",
     QT_TRANSLATE_NOOP(
         "LimitOptions",
         "Refuse gzip or zstd input that inflates past this many bytes (default %1)."),
     &ImportLimits::maxDecompressedBytes},
};
} // namespace

namespace LimitOptions {
QList<QCommandLineOption> options()
{
    const ImportLimits defaults;
    QList<QCommandLineOption> out;
    for (const Limit &limit : limitTable)
        out.append({QString::fromLatin1(limit.name),
                    Text::tr(limit.help).arg(defaults.*limit.field), QStringLiteral("N")});
    return out;
}

QString read(const QCommandLineParser &parser, ImportLimits *limits)
{
    *limits = ImportLimits();
    for (const Limit &limit : limitTable) {
        const QString name = QString::fromLatin1(limit.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value <= 0)
            return Text::tr("--%1 wants a whole number above 0, got \"%2\"")
                .arg(name, parser.value(name));
        limits->*limit.field = value;
    }
    return {};
}
} // namespace LimitOptions
