#pragma once

// Runs the graphical module's main (guimoduleentry.h) in this process: loads
// libpyrograph-gui.so from beside the executable, or says on stderr which
// file could not be loaded and why.
class GuiModuleLoader
{
public:
    static int run(int argc, char **argv);
};
