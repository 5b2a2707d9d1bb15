#pragma once

#include "clicommand.h"

#include "library/seriespoints.h"

#include <vector>

// `pyrograph timeline SOURCE [--query 'TYPE{selector}'] [--from T] [--until T]
// [--step SECONDS] [--group-by LABEL] [--json]`: the source's totals per step,
// one series per value of the group-by label; --json prints
// {"series":[{"labels":{...},"points":[[unix_ms, value], ...]}]}, the text a
// table of UTC times and values in the type's unit. A file's times are its
// own clock (FileTimelineSource).
class TimelineCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

private:
    void printJson(const std::vector<SeriesPoints> &series);
    void printText(const std::vector<SeriesPoints> &series, const std::string &unit);
};
