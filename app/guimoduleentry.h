#pragma once

// The graphical module (libpyrograph-gui.so): the windows and the subcommands
// that draw, loaded by the executable only when a command line needs them
// (GuiModuleLoader). Its one entry point is the program's main() for them.
extern "C" {
__attribute__((visibility("default"))) int pyrograph_gui_main(int argc, char **argv);
}

// Where the executable finds the module, relative to its own folder: the same
// in the build tree (build/bin, build/lib/pyrograph) as installed (/usr/bin, /usr/lib/pyrograph).
#define PYROGRAPH_GUI_MODULE_PATH "../lib/pyrograph/libpyrograph-gui.so"
