#pragma once

#include "clicommand.h"
#include "commandline.h"

#include <QStringList>

#include <memory>

class QTextStream;

// The subcommands that the executable runs itself: those that read, print,
// store and serve (info, top, library, serve, timeline). They need no Qt Gui,
// so the executable links none of it and starts in half the time; the windows
// and the subcommands that draw (export, diff, scrape, adhoc, fetch) are in
// the graphical module (GuiModule, AllCommands).
class HeadlessCommands
{
public:
    // Whether the command line is one of them, or only asks for --help or --version.
    static bool runs(const QStringList &arguments);
    static bool makes(CommandLine::Command command);
    // A CliCommand::Factory: null for a subcommand that is not headless.
    static std::unique_ptr<CliCommand> create(CommandLine::Command command, QTextStream &out,
                                              QTextStream &err);
};
