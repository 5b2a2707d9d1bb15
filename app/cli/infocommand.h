#pragma once

#include "clicommand.h"

// `pyrograph info FILE [--json]`: the detected format, the sample types with
// units and totals (the default marked), node and function counts, metadata and
// the importer's warnings.
class InfoCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

private:
    void printText(const Profile &profile, const QString &path);
    void printJson(const Profile &profile, const QString &path);
};
