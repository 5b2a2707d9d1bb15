#pragma once

// The graphical module (libpyrograph-gui.so): the windows and the subcommands
// that draw, loaded by the executable only when a command line needs them
// (GuiModuleLoader). Its one entry point is the program's main() for them.
extern "C" {
__attribute__((visibility("default"))) int pyrograph_gui_main(int argc, char **argv);
}
