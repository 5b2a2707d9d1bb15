#pragma once

#include "clicommand.h"

// `pyrograph fetch URL --query 'TYPE{selector}' [--from T] [--until T] -o OUT`:
// a server's merge of the range (ServerTimelineSource, through TimelineQuery as
// `top` reads it), written in the format that OUT's extension names
// (ProfileExporter, as `export` writes it).
class FetchCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;
};
