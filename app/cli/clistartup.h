#pragma once

#include "clicommand.h"

#include <QStringList>

struct CommandLine;

// What every start of the program does before its work, in the executable
// (the headless subcommands) and in the graphical module (the rest).
class CliStartup
{
public:
    // The organisation and application names that QSettings and the help use.
    static void setIdentity();
    // argv as QCoreApplication::arguments() will give it, for the choices made
    // before any application object exists.
    static QStringList arguments(int argc, char **argv);
    // Prints help, the version or a parse error: the exit code, or -1 when
    // commandLine's command should run.
    static int handleOutcome(const CommandLine &commandLine);
    // A subcommand, once a QCoreApplication (or QGuiApplication) exists: in
    // English unless $PYROGRAPH_LANG names a language, as scripts read it.
    static int runSubcommand(CliCommand::Factory create);
};
