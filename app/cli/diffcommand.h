#pragma once

#include "clicommand.h"
#include "exportformat.h"

#include "model/diffbuilder.h"

#include <QStringList>

#include <span>

// `pyrograph diff BASE NEW [-t SAMPLE_TYPE] [-o OUT] [--json]`: merges two
// profiles of any formats into a diff profile (DiffBuilder) and
//   -o OUT   writes it in the format OUT's extension names (.json: Pyroscope's
//            "double" flamebearer, which our importer opens as a diff), a table
//            looked up by extension as export's, so .svg/.html are one row each;
//   --json   prints {"sampleType", "baselineTotal", "comparisonTotal",
//            "functions": [{"name", "baseline": {"self", "total"},
//            "comparison": {...}}]} with every function of either side, the
//            largest change of self first;
//   neither  prints the totals and the functions as a text table.
// -t pairs the sample type of that name on both sides; without it the types
// are paired by name or default (DiffBuilder::pairSampleTypes). Different
// units are refused with a message naming both files.
class DiffCommand final : public CliCommand
{
public:
    struct Writer
    {
        ExportFormat format;
        const char *description;
        // Writes the whole file from the diff profile; false with *error naming what went wrong.
        bool (*write)(const DiffResult &diff, const QString &path, QString *error);
    };

    using CliCommand::CliCommand;
    int run(const CommandLine &commandLine) override;

    static std::span<const Writer> writers();
    static const Writer *writerFor(const QString &path);
    static QStringList extensions();

private:
    void printJson(const DiffResult &diff);
    void printText(const DiffResult &diff);
};
