#include "allcommands.h"

#include "adhoccommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "fetchcommand.h"
#include "headlesscommands.h"
#include "scrapecommand.h"

std::unique_ptr<CliCommand> AllCommands::create(CommandLine::Command command, QTextStream &out,
                                                QTextStream &err)
{
    switch (command) {
    case CommandLine::Command::Export:
        return std::make_unique<ExportCommand>(out, err);
    case CommandLine::Command::Diff:
        return std::make_unique<DiffCommand>(out, err);
    case CommandLine::Command::Scrape:
        return std::make_unique<ScrapeCommand>(out, err);
    case CommandLine::Command::Adhoc:
        return std::make_unique<AdhocCommand>(out, err);
    case CommandLine::Command::Fetch:
        return std::make_unique<FetchCommand>(out, err);
    default:
        return HeadlessCommands::create(command, out, err);
    }
}
