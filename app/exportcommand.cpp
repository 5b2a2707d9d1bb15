#include "exportcommand.h"

#include "commandline.h"
#include "flameexport.h"

#include "importers/flamebearerwriter.h"
#include "importers/foldedwriter.h"
#include "importers/pprofwriter.h"
#include "importers/speedscopewriter.h"
#include "model/progress.h"

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

template<FlameExport::Format format>
bool writeFlame(const Profile &profile, const ExportOptions &options, const QString &path, Progress &progress,
                QString *error)
{
    return FlameExport::write(format, profile, options, path, progress, error);
}

const ExportCommand::Exporter exporterTable[] = {
    {".folded", "collapsed stacks, root first (flamegraph.pl)", writeFolded},
    {".json", "Pyroscope flamebearer JSON", writeFlamebearer},
    {".pb.gz", "gzipped pprof, every sample type", writePprof},
    {".speedscope.json", "speedscope's file format, every sample type", writeSpeedscope},
    {".svg", "interactive SVG flamegraph (zoom, search; flamegraph.pl's --width, --minwidth)", writeFlame<FlameExport::Format::Svg>},
    {".html", "self-contained interactive HTML page (flamegraph, search, function table)", writeFlame<FlameExport::Format::Html>},
    {".png", "PNG picture of the flamegraph (--width, --height, --scale)", writeFlame<FlameExport::Format::Png>},
};
} // namespace

std::span<const ExportCommand::Exporter> ExportCommand::exporters()
{
    return exporterTable;
}

const ExportCommand::Exporter *ExportCommand::exporterFor(const QString &path)
{
    const Exporter *best = nullptr;
    qsizetype bestLength = 0;
    for (const Exporter &e : exporters()) {
        const QLatin1String extension(e.extension);
        if (path.endsWith(extension, Qt::CaseInsensitive) && extension.size() > bestLength) {
            best = &e;
            bestLength = extension.size();
        }
    }
    return best;
}

ExportOptions ExportCommand::options(const CommandLine &commandLine)
{
    ExportOptions options;
    if (commandLine.width > 0)
        options.width = commandLine.width;
    if (commandLine.height > 0)
        options.height = commandLine.height;
    if (commandLine.scale > 0)
        options.scale = commandLine.scale;
    if (commandLine.minWidth >= 0)
        options.minWidth = commandLine.minWidth;
    if (commandLine.icicle)
        options.orientation = FlameGraphView::Orientation::Icicle;
    return options;
}

QStringList ExportCommand::extensions()
{
    QStringList list;
    for (const Exporter &e : exporters())
        list << QLatin1String(e.extension);
    return list;
}

int ExportCommand::run(const CommandLine &commandLine)
{
    const QString path = commandLine.files.value(0);
    // Checked before reading a possibly large input.
    const Exporter *exporter = exporterFor(commandLine.output);
    if (!exporter) {
        fail(QStringLiteral("%1: unknown export format; the supported extensions are: %2")
                 .arg(commandLine.output, extensions().join(QStringLiteral(", "))));
        return UsageError;
    }
    int sampleType = -1, exitCode = Success;
    const ProfilePtr profile = loadWithSampleType(path, commandLine.sampleType, &sampleType, &exitCode);
    if (!profile)
        return exitCode;
    ExportOptions exportOptions = options(commandLine);
    exportOptions.sampleType = sampleType;
    QString error;
    if (!exporter->write(*profile, exportOptions, commandLine.output, Progress::none(), &error)) {
        fail(error);
        return Failure;
    }
    return Success;
}
