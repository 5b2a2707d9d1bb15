#pragma once

#include "clicommand.h"

class FunctionTable;

// `pyrograph top FILE [-t SAMPLE_TYPE] [-n N] [--json]`: the function table
// sorted by self, as text columns (self, self%, total, total%, name) in the
// sample type's unit, or as JSON with the raw values.
class TopCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

private:
    void printText(const Profile &profile, int sampleType, const FunctionTable &table, size_t rows);
    void printJson(const Profile &profile, int sampleType, const FunctionTable &table, size_t rows);
};
