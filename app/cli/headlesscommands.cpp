#include "headlesscommands.h"

#include "infocommand.h"
#include "librarycommand.h"
#include "servecommand.h"
#include "timelinecommand.h"
#include "topcommand.h"

#include <algorithm>

namespace {
template<class Command> std::unique_ptr<CliCommand> make(QTextStream &out, QTextStream &err)
{
    return std::make_unique<Command>(out, err);
}

// The one list of the headless subcommands: makes() and create() both read it.
struct Maker
{
    CommandLine::Command command;
    std::unique_ptr<CliCommand> (*make)(QTextStream &out, QTextStream &err);
};
constexpr Maker makers[] = {
    {CommandLine::Command::Info, make<InfoCommand>},
    {CommandLine::Command::Top, make<TopCommand>},
    {CommandLine::Command::Library, make<LibraryCommand>},
    {CommandLine::Command::Serve, make<ServeCommand>},
    {CommandLine::Command::Timeline, make<TimelineCommand>},
};

const Maker *makerOf(CommandLine::Command command)
{
    const auto it = std::find_if(std::begin(makers), std::end(makers),
                                 [command](const Maker &m) { return m.command == command; });
    return it == std::end(makers) ? nullptr : it;
}
} // namespace

bool HeadlessCommands::runs(const QStringList &arguments)
{
    if (const std::optional<CommandLine::Command> command =
            CommandLine::subcommandNamed(arguments.value(1)))
        return makes(*command);
    return !CommandLine::needsDisplay(
        arguments); // no subcommand: only --help and --version need none
}

bool HeadlessCommands::makes(CommandLine::Command command)
{
    return makerOf(command) != nullptr;
}

std::unique_ptr<CliCommand> HeadlessCommands::create(CommandLine::Command command, QTextStream &out,
                                                     QTextStream &err)
{
    const Maker *maker = makerOf(command);
    return maker ? maker->make(out, err) : nullptr;
}
