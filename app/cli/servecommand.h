#pragma once

#include "clicommand.h"

#include <QStringList>

struct CommandLine;

// `pyrograph serve`: Grafana Pyroscope's API on this machine over a profile
// library (PyroscopeServer), until SIGINT or SIGTERM. Prints the address it
// listens on (the bound port when --listen asked for port 0) to stdout.
class ServeCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    // `serve`'s options into commandLine.serve; parse errors as CommandLine does.
    static CommandLine parse(const QStringList &arguments);
};
