#pragma once

#include "clicommand.h"

#include "model/progress.h"
#include "widgets/exportoptions.h"

#include <QStringList>

#include <span>

// `pyrograph export FILE -o OUT [-t SAMPLE_TYPE]`: writes the profile in the
// format that OUT's extension names. An exporter is a row of a table looked up
// by extension, so a new format (.svg, .html, .png, .speedscope.json) is one row.
class ExportCommand final : public CliCommand
{
public:
    struct Exporter
    {
        const char *extension; // with the dot; the longest match wins (".speedscope.json" before ".json")
        const char *description;
        // Writes the whole file; false with *error naming what went wrong.
        // options.sampleType is the sample type; the flamegraph formats (.svg,
        // .html, .png) read the rest of options too.
        bool (*write)(const Profile &profile, const ExportOptions &options, const QString &path, Progress &progress,
                      QString *error);
    };

    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    static std::span<const Exporter> exporters();
    // The exporter for a file name, or null.
    static const Exporter *exporterFor(const QString &path);
    static QStringList extensions();
    // The export options that the command line asks for (sample type index aside).
    static ExportOptions options(const CommandLine &commandLine);
};
