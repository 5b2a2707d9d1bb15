#include "fetchcommand.h"

#include "commandline.h"
#include "exportcommand.h"
#include "profileexporter.h"
#include "timelinequery.h"

#include "importers/gzipstreamwriter.h"
#include "model/progress.h"
#include "server/servertimelinesource.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
// lupdate files Text::tr("...") under FetchCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)
};
} // namespace

int FetchCommand::run(const CommandLine &commandLine)
{
    // Checked before asking the server for a possibly large merge.
    const std::optional<ExportFormat> format = ExportFormats::forPath(commandLine.output);
    if (!format) {
        fail(
            Text::tr("%1: unknown export format; the supported extensions are: %2")
                .arg(commandLine.output, ProfileExporter::extensions().join(QStringLiteral(", "))));
        return UsageError;
    }
    int exitCode = Success;
    const std::unique_ptr<TimelineQuery> query = openQuery(commandLine, &exitCode);
    if (!query)
        return exitCode;
    if (*format == ExportFormat::Pprof) {
        if (const auto *server = dynamic_cast<const ServerTimelineSource *>(&query->source()))
            return streamPprof(*server, *query, commandLine.output);
    }
    QString error;
    const ProfilePtr profile = query->merge(query->range(), &error);
    if (!profile) {
        fail(error);
        return Failure;
    }
    ExportOptions options = ExportCommand::options(commandLine);
    // The merge holds the one profile type asked for.
    options.sampleType = 0;
    if (ProfileExporter::write(*format, *profile, options, commandLine.output, Progress::none(),
                               &error)
        != JobOutcome::Done) {
        fail(error);
        return Failure;
    }
    return Success;
}

int FetchCommand::streamPprof(const ServerTimelineSource &server, const TimelineQuery &query,
                              const QString &output)
{
    // A temporary file renamed at the end: a failed fetch leaves no half file.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("%1: %2").arg(output, file.errorString()));
        return Failure;
    }
    GzipStreamWriter gzip(file);
    // Pyroscope answers a plain pprof; one that is gzipped already is kept as it is.
    enum class Kind { Unknown, Plain, Gzipped } kind = Kind::Unknown;
    const auto sink = [&](std::string_view bytes) {
        if (kind == Kind::Unknown)
            kind = bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b
                ? Kind::Gzipped
                : Kind::Plain;
        if (kind == Kind::Gzipped)
            return file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
        return gzip.write(bytes);
    };
    QString error;
    if (!server.mergeTo(query.type(), query.selector(), query.range(), sink, &error)) {
        if (file.error() != QFileDevice::NoError)
            error = QStringLiteral("%1: %2").arg(output, file.errorString());
        else if (!gzip.error().isEmpty())
            error = QStringLiteral("%1: %2").arg(output, gzip.error());
        file.cancelWriting();
        fail(error);
        return Failure;
    }
    if ((kind != Kind::Gzipped && !gzip.finish()) || !file.commit()) {
        fail(QStringLiteral("%1: %2").arg(
            output, gzip.error().isEmpty() ? file.errorString() : gzip.error()));
        return Failure;
    }
    return Success;
}
