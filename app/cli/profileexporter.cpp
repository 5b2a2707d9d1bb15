#include "profileexporter.h"

#include "importers/flamebearerwriter.h"
#include "importers/foldedwriter.h"
#include "importers/pprofwriter.h"
#include "importers/speedscopewriter.h"
#include "widgets/render/htmlexporter.h"
#include "widgets/render/pngexporter.h"
#include "widgets/render/svgexporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
// lupdate files Text::tr("...") under ProfileExporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExporter)
};

JobOutcome failed(QString *error, const QString &path, const QString &why)
{
    *error = QStringLiteral("%1: %2").arg(path, why);
    return JobOutcome::Failed;
}

// Written to a temporary file and renamed at the end, so a failed export never
// leaves half a file under the requested name.
JobOutcome saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(error, path, file.errorString());
    return JobOutcome::Done;
}

// For writers that stream to a device; a cancelled write leaves no file either.
template<typename Write> JobOutcome saveStream(const QString &path, QString *error, Write &&write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(error, path, file.errorString());
    QString writeError;
    const JobOutcome outcome = write(file, &writeError);
    if (outcome != JobOutcome::Done) {
        file.cancelWriting();
        if (outcome == JobOutcome::Cancelled)
            return outcome;
        return failed(error, path, writeError.isEmpty() ? file.errorString() : writeError);
    }
    if (!file.commit())
        return failed(error, path, file.errorString());
    return JobOutcome::Done;
}

// The writers without progress: they end done or failed.
JobOutcome outcomeOf(bool ok)
{
    return ok ? JobOutcome::Done : JobOutcome::Failed;
}

JobOutcome writeFolded(const Profile &profile, const ExportOptions &options, const QString &path,
                       Progress &, QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return outcomeOf(FoldedWriter::write(profile, out, options.sampleType, e));
    });
}

// pprof keeps every sample type (and marks the default), so -t does not apply.
JobOutcome writePprof(const Profile &profile, const ExportOptions &, const QString &path,
                      Progress &, QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return outcomeOf(PprofWriter::write(profile, out, e));
    });
}

// speedscope gets one profile per sample type, like pprof.
JobOutcome writeSpeedscope(const Profile &profile, const ExportOptions &, const QString &path,
                           Progress &progress, QString *error)
{
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return SpeedscopeWriter::write(profile, out, progress, e);
    });
}

JobOutcome writeFlamebearer(const Profile &profile, const ExportOptions &options,
                            const QString &path, Progress &, QString *error)
{
    return saveBytes(path, FlamebearerWriter::write(profile, options.sampleType), error);
}

JobOutcome writeFlame(ExportFormat format, const Profile &profile, const ExportOptions &options,
                      const QString &path, Progress &progress, QString *error)
{
    if (format == ExportFormat::Png) {
        QString why;
        const JobOutcome outcome = PngExporter::write(profile, options, path, progress, &why);
        return outcome == JobOutcome::Failed ? failed(error, path, why) : outcome;
    }
    return saveStream(path, error, [&](QIODevice &out, QString *e) {
        return format == ExportFormat::Svg ? SvgExporter::write(profile, options, out, progress, e)
                                           : HtmlExporter::write(profile, options, out, progress, e);
    });
}

} // namespace

JobOutcome ProfileExporter::write(ExportFormat format, const Profile &profile,
                                  const ExportOptions &options, const QString &path,
                                  Progress &progress, QString *error)
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
    return failed(error, path, Text::tr("unknown export format"));
}
