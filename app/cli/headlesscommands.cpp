#include "headlesscommands.h"

#include "infocommand.h"
#include "librarycommand.h"
#include "servecommand.h"
#include "timelinecommand.h"
#include "topcommand.h"

bool HeadlessCommands::runs(const QStringList &arguments)
{
    if (CommandLine::needsDisplay(arguments))
        return false;
    const std::optional<CommandLine::Command> command =
        CommandLine::subcommandNamed(arguments.value(1));
    return !command || makes(*command); // no subcommand and no display: --help or --version
}

bool HeadlessCommands::makes(CommandLine::Command command)
{
    switch (command) {
    case CommandLine::Command::Info:
    case CommandLine::Command::Top:
    case CommandLine::Command::Library:
    case CommandLine::Command::Serve:
    case CommandLine::Command::Timeline:
        return true;
    case CommandLine::Command::Gui:
    case CommandLine::Command::Export:
    case CommandLine::Command::Diff:
    case CommandLine::Command::Scrape:
    case CommandLine::Command::Adhoc:
    case CommandLine::Command::Fetch:
        return false;
    }
    return false;
}

std::unique_ptr<CliCommand> HeadlessCommands::create(CommandLine::Command command, QTextStream &out,
                                                     QTextStream &err)
{
    switch (command) {
    case CommandLine::Command::Info:
        return std::make_unique<InfoCommand>(out, err);
    case CommandLine::Command::Top:
        return std::make_unique<TopCommand>(out, err);
    case CommandLine::Command::Library:
        return std::make_unique<LibraryCommand>(out, err);
    case CommandLine::Command::Serve:
        return std::make_unique<ServeCommand>(out, err);
    case CommandLine::Command::Timeline:
        return std::make_unique<TimelineCommand>(out, err);
    default:
        return nullptr;
    }
}
