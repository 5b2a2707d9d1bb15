#pragma once

#include "clicommand.h"
#include "commandline.h"
#include "exportformat.h"

#include "model/profile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Library;
class QTemporaryDir;

// `pyrograph adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format F]... [--open]
// [--library FILE] -- COMMAND [ARGS...]`, as Pyroscope's adhoc mode: runs
// COMMAND (its stdin, stdout and stderr its own), records its profiles until
// it exits, writes one file per profile type and format into DIR, stores the
// profiles in the library and exits with COMMAND's exit status.
//   --perf (the default for a native executable): perf record -g around it,
//     then perf script into the perf importer; --pid attaches to a process.
//   --push (the default otherwise): a PyroscopeServer on a free loopback port
//     over the library, named to COMMAND's Pyroscope SDK through
//     PYROSCOPE_ADHOC_SERVER_ADDRESS and PYROSCOPE_SERVER_ADDRESS.
//   --pull URL: accepted, answered "not available yet" (it needs the scraper).
// Its own messages go to stderr: stdout is COMMAND's.
class AdhocCommand final : public CliCommand
{
public:
    // The shell's status for a command that is not found.
    static constexpr int CommandNotFound = 127;

    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    // adhoccommandline.cpp: the command line, parsed without run()'s dependencies.
    static CommandLine parse(const QStringList &arguments);
    static QString usage(const QString &program);
    // --format's names: html, svg, json, pprof, folded, speedscope.
    static std::optional<ExportFormat> formatNamed(const QString &name);
    // Why perf cannot record here, saying what to install or which setting to
    // change; empty when it can.
    static QString perfProblem();
    // "adhoc-NAME-YYYYMMDD-HHMMSS" for a program or process called name: the
    // folder a recording goes to unless told otherwise (File > Record… too).
    static QString defaultFolderName(const QString &name);

private:
    // One profile type of the recording, written as <stem>.<extension>.
    struct Recorded
    {
        QString stem;
        ProfilePtr profile;
        int sampleType = 0;
    };

    // Each returns COMMAND's exit status, or -1 after printing why nothing ran.
    int recordPerf(const CommandLine &commandLine, const QString &program,
                   std::vector<Recorded> *recorded);
    // --push (the command's SDK pushes) and --pull (its pprof scraped): a
    // server over the library for the run, then the merge of what it stored.
    int recordThroughServer(const CommandLine &commandLine, const QString &program,
                            CommandLine::AdhocArguments::Mode mode,
                            std::vector<Recorded> *recorded);
    bool store(const CommandLine &commandLine, const ProfilePtr &profile, qint64 startMs,
               qint64 endMs);
    // The files written, or empty after printing why not.
    QStringList write(const CommandLine &commandLine, const QString &dir,
                      const std::vector<Recorded> &recorded);
};
