#include "fetchcommand.h"

#include "commandline.h"
#include "exportcommand.h"
#include "profileexporter.h"

#include "model/progress.h"

int FetchCommand::run(const CommandLine &commandLine)
{
    // Checked before asking the server for a possibly large merge.
    const std::optional<ExportFormat> format = ExportFormats::forPath(commandLine.output);
    if (!format) {
        fail(
            QStringLiteral("%1: unknown export format; the supported extensions are: %2")
                .arg(commandLine.output, ProfileExporter::extensions().join(QStringLiteral(", "))));
        return UsageError;
    }
    int exitCode = Success;
    const std::vector<ProfilePtr> profiles = loadRanges(commandLine, {}, &exitCode);
    if (profiles.empty())
        return exitCode;
    ExportOptions options = ExportCommand::options(commandLine);
    // The merge holds the one profile type asked for.
    options.sampleType = 0;
    QString error;
    if (ProfileExporter::write(*format, *profiles.front(), options, commandLine.output,
                               Progress::none(), &error)
        != JobOutcome::Done) {
        fail(error);
        return Failure;
    }
    return Success;
}
