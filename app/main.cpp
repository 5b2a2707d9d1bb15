#include "guimoduleloader.h"

#include "app/cli/clistartup.h"
#include "app/cli/headlesscommands.h"
#include "model/hugepageheap.h"

#include <QCoreApplication>

// The headless subcommands run here; the windows and the subcommands that
// draw are in the graphical module, loaded only for them: the executable
// links Qt Core and none of Qt Gui, Widgets, Charts, OpenGL and the 40
// libraries they bring, which the dynamic loader would otherwise relocate at
// every start (docs/ARCHITECTURE.md, "The executable and the graphical module").
int main(int argc, char **argv)
{
    HugePageHeap::configure(); // before Qt starts any thread
    if (!HeadlessCommands::runs(CliStartup::arguments(argc, argv)))
        return GuiModuleLoader::run(argc, argv);
    CliStartup::setIdentity();
    QCoreApplication app(argc, argv);
    return CliStartup::runSubcommand(HeadlessCommands::create);
}
