#pragma once

#include "clicommand.h"

#include "library/library.h"

#include <QStringList>

// `pyrograph library add FILE... --service NAME [--label k=v]... [--at TIME]`,
// `library ls [--json]` and `library rm ID...`, each with [--library FILE]
// (default: Library::defaultFile()). add imports every file first and stores
// them in one transaction, so a bad file among them stores none.
class LibraryCommand final : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    // The command line of `library ...` (arguments[1] is "library"); never exits.
    static CommandLine parse(const QStringList &arguments);
    // Its lines of the usage summary.
    static QString usage(const QString &program);
    // RFC 3339 ("2024-05-01T12:00:00Z", "...+02:00") or unix seconds; -1 when neither.
    static qint64 parseTime(const QString &text);

private:
    int add(Library &library, const CommandLine &commandLine);
    int list(Library &library, bool json);
    int remove(Library &library, const QStringList &ids);
};
