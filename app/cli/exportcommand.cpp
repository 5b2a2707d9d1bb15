#include "exportcommand.h"

#include "commandline.h"
#include "profileexporter.h"

#include "model/progress.h"
#include <QCoreApplication>

namespace {
// lupdate files Text::tr("...") under ExportCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
} // namespace

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
        options.orientation = FlameOrientation::Icicle;
    if (commandLine.heat)
        options.scheme = FlameColorScheme::Heat;
    return options;
}

int ExportCommand::run(const CommandLine &commandLine)
{
    const QString path = commandLine.files.value(0);
    // Checked before reading a possibly large input.
    const std::optional<ExportFormat> format = ExportFormats::forPath(commandLine.output);
    if (!format) {
        fail(
            Text::tr("%1: unknown export format; the supported extensions are: %2")
                .arg(commandLine.output, ProfileExporter::extensions().join(QStringLiteral(", "))));
        return UsageError;
    }
    int sampleType = -1, exitCode = Success;
    const ProfilePtr profile = loadWithSampleType(path, commandLine.sampleType, &sampleType, &exitCode);
    if (!profile)
        return exitCode;
    ExportOptions exportOptions = options(commandLine);
    exportOptions.sampleType = sampleType;
    QString error;
    if (ProfileExporter::write(*format, *profile, exportOptions, commandLine.output,
                               Progress::none(), &error)
        != JobOutcome::Done) {
        fail(error);
        return Failure;
    }
    return Success;
}
