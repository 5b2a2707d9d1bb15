#pragma once

#include "commandline.h"

#include "model/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;
class TimelineQuery;

// A subcommand of the command line (info, top, export): reads one profile and
// prints to out, or names the file and what was wrong on err. Runs without a
// display. Exit codes: 0 done, 1 the input or output failed, 2 a usage error.
class CliCommand
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliCommand(QTextStream &out, QTextStream &err);
    virtual ~CliCommand() = default;
    virtual int run(const CommandLine &commandLine) = 0;

    // Makes the subcommand named, or null when this program does not run it here
    // (HeadlessCommands, AllCommands).
    using Factory = std::unique_ptr<CliCommand> (*)(CommandLine::Command command, QTextStream &out,
                                                    QTextStream &err);

    // Runs the subcommand that commandLine names, made by create, printing to stdout and stderr.
    static int execute(const CommandLine &commandLine, Factory create);

protected:
    // The imported profile, or null after printing why not.
    ProfilePtr load(const QString &path);
    // The index of the named sample type (the default when name is empty), or
    // -1 after printing the available ones.
    int resolveSampleType(const Profile &profile, const QString &name, const QString &path);
    // load() then resolveSampleType(): the profile and *sampleType, or null with
    // *exitCode (Failure or UsageError) after printing why.
    ProfilePtr loadWithSampleType(const QString &path, const QString &sampleTypeName, int *sampleType, int *exitCode);
    // Rows of cells in aligned columns, the last (the name) left-aligned and
    // unpadded, the others right-aligned: the text tables of top and diff.
    void printColumns(const QList<QStringList> &rows);
    // The merge of --from..--until (or --base, --new) of commandLine's SOURCE
    // (TimelineQuery), when the command reads a range of one (a library file,
    // or --query/--from/--until/--base given); null without a message when it
    // does not (*exitCode Success), else null with *exitCode after printing why.
    // ranges: the TimelineArguments' range texts to merge, empty for --from..--until.
    std::vector<ProfilePtr> loadRanges(const CommandLine &commandLine, const QStringList &ranges, int *exitCode);
    // The TimelineQuery of commandLine's SOURCE, or null with *exitCode after printing why.
    std::unique_ptr<TimelineQuery> openQuery(const CommandLine &commandLine, int *exitCode);
    void fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
