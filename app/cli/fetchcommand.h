#pragma once

#include "clicommand.h"

class ServerTimelineSource;
class TimelineQuery;

// `pyrograph fetch URL --query 'TYPE{selector}' [--from T] [--until T] -o OUT`:
// a server's merge of the range (ServerTimelineSource, through TimelineQuery as
// `top` reads it), written in the format that OUT's extension names
// (ProfileExporter, as `export` writes it). A .pb.gz from a Connect server is
// the server's own pprof, compressed on its way to disk and never held whole,
// so a fetch far larger than memory works.
class FetchCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

private:
    int streamPprof(const ServerTimelineSource &server, const TimelineQuery &query,
                    const QString &output);
};
