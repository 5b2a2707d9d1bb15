#pragma once

#include "clicommand.h"
#include "commandline.h"

#include <memory>

class QTextStream;

// Every subcommand: the headless ones and those that draw (export, diff,
// scrape, adhoc, fetch write flame graphs through ProfileExporter, so Qt Gui).
// The graphical module's CliCommand::Factory.
class AllCommands
{
public:
    static std::unique_ptr<CliCommand> create(CommandLine::Command command, QTextStream &out,
                                              QTextStream &err);
};
