#include "profileexporter.h"

#include "importers/flamebearerwriter.h"
#include "importers/foldedwriter.h"
#include "importers/pprofwriter.h"
#include "importers/speedscopewriter.h"
#include "widgets/render/htmlexporter.h"
#include "widgets/render/pngexporter.h"
#include "widgets/render/svgexporter.h"

#include <QSaveFile>

namespace {
// Written to a temporary file and renamed at the end, so a failed export never
// leaves half a file under the requested name.
bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// For writers that stream to a device.
template<typename Write>
bool saveStream(const QString &path, QString *error, Write &&write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!write(file, &writeError)) {
        file.cancelWriting();
        *error = QStringLiteral("%1: %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeFolded(const Profile &profile, const ExportOptions &options, const QString &path, Progress &, QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) { return FoldedWriter::write(profile, out, options.sampleType, e); });
}

// pprof keeps every sample type (and marks the default), so -t does not apply.
bool writePprof(const Profile &profile, const ExportOptions &, const QString &path, Progress &, QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) { return PprofWriter::write(profile, out, e); });
}

// speedscope gets one profile per sample type, like pprof.
bool writeSpeedscope(const Profile &profile, const ExportOptions &, const QString &path, Progress &progress,
                     QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return SpeedscopeWriter::write(profile, out, progress, e);
    });
}

bool writeFlamebearer(const Profile &profile, const ExportOptions &options, const QString &path, Progress &,
                      QString *error)
{
    return saveBytes(path, FlamebearerWriter::write(profile, options.sampleType), error);
}

bool writeFlame(ExportFormat format, const Profile &profile, const ExportOptions &options, const QString &path,
                Progress &progress, QString *error)
{
    if (format == ExportFormat::Png) {
        QString why;
        if (PngExporter::write(profile, options, path, progress, &why))
            return true;
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return format == ExportFormat::Svg ? SvgExporter::write(profile, options, out, progress, e)
                                           : HtmlExporter::write(profile, options, out, progress, e);
    });
}

const ProfileExporter::Entry entryTable[] = {
    {ExportFormat::Folded, "collapsed stacks, root first (flamegraph.pl)"},
    {ExportFormat::Flamebearer, "Pyroscope flamebearer JSON"},
    {ExportFormat::Pprof, "gzipped pprof, every sample type"},
    {ExportFormat::Speedscope, "speedscope's file format, every sample type"},
    {ExportFormat::Svg, "interactive SVG flamegraph (zoom, search; flamegraph.pl's --width, --minwidth)"},
    {ExportFormat::Html, "self-contained interactive HTML page (flamegraph, search, function table)"},
    {ExportFormat::Png, "PNG picture of the flamegraph (--width, --height, --scale)"},
};
} // namespace

std::span<const ProfileExporter::Entry> ProfileExporter::entries()
{
    return entryTable;
}

QStringList ProfileExporter::extensions()
{
    QStringList list;
    for (const Entry &e : entries())
        list << ExportFormats::extension(e.format);
    return list;
}

bool ProfileExporter::write(ExportFormat format, const Profile &profile, const ExportOptions &options,
                            const QString &path, Progress &progress, QString *error)
{
    switch (format) {
    case ExportFormat::Folded:
        return writeFolded(profile, options, path, progress, error);
    case ExportFormat::Flamebearer:
        return writeFlamebearer(profile, options, path, progress, error);
    case ExportFormat::Pprof:
        return writePprof(profile, options, path, progress, error);
    case ExportFormat::Speedscope:
        return writeSpeedscope(profile, options, path, progress, error);
    case ExportFormat::Svg:
    case ExportFormat::Html:
    case ExportFormat::Png:
        return writeFlame(format, profile, options, path, progress, error);
    }
    return false;
}
