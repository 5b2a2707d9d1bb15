#pragma once

#include "clicommand.h"

#include <QStringList>

struct CommandLine;

// `pyrograph scrape URL [--type T] [--seconds N] -o OUT`: one profile from a
// Go program's net/http/pprof, without a server, for a quick look. It is
// fetched as `pyrograph serve --scrape` fetches (ScrapeClient) and written in
// the format OUT's extension names (ProfileExporter), so `-o x.svg` is a
// flamegraph and `-o x.pb.gz` a pprof to open later. URL is the target
// ("http://host:6060", user:password@ for basic auth); a URL whose path is
// already a /debug/pprof/ endpoint is fetched as given. A cumulative profile
// (allocs, heap, mutex, block) is written as the target counts it: since the
// program started.
class ScrapeCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    // scrapecommandline.cpp: the command line, parsed without run()'s dependencies.
    static CommandLine parse(const QStringList &arguments);
};
