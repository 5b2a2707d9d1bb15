#pragma once

#include "clicommand.h"

#include "model/progress.h"
#include "widgets/render/exportoptions.h"


// `pyrograph export FILE -o OUT [-t SAMPLE_TYPE]`: writes the profile in the
// format that OUT's extension names (ExportFormats, ProfileExporter).
class ExportCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    // The export options that the command line asks for (sample type index aside).
    static ExportOptions options(const CommandLine &commandLine);
};
