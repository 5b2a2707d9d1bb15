#include "diffcommand.h"

#include "commandline.h"
#include "profileexporter.h"
#include "jsontext.h"

#include "importers/flamebearerwriter.h"
#include "importers/foldedwriter.h"
#include "model/diffmetrics.h"
#include "model/functiontable.h"
#include "model/unitformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under DiffCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

bool writeFlamebearer(const DiffResult &diff, const QString &path, QString *error)
{
    const QByteArray bytes = FlamebearerWriter::write(*diff.profile);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(
            path, bytes.isEmpty() ? Text::tr("nothing to write") : file.errorString());
        return false;
    }
    return true;
}

bool writeFolded(const DiffResult &diff, const QString &path, QString *error)
{
    QSaveFile file(path);
    QString writeError;
    if (!file.open(QIODevice::WriteOnly) || !FoldedWriter::write(*diff.profile, file, -1, &writeError) || !file.commit()) {
        file.cancelWriting();
        *error = QStringLiteral("%1: %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError);
        return false;
    }
    return true;
}

// The diff flamegraph (diff colours, widths baseline + comparison), with the
// flamegraph formats' defaults.
template<ExportFormat format>
bool writeFlame(const DiffResult &diff, const QString &path, QString *error)
{
    return ProfileExporter::write(format, *diff.profile, ExportOptions(), path, Progress::none(),
                                  error)
        == JobOutcome::Done;
}

const DiffCommand::Writer writerTable[] = {
    {ExportFormat::Flamebearer, "Pyroscope flamebearer JSON, \"double\" format (baseline and comparison)", writeFlamebearer},
    {ExportFormat::Folded, "two-column collapsed stacks (difffolded.pl)", writeFolded},
    {ExportFormat::Svg, "interactive SVG diff flamegraph", writeFlame<ExportFormat::Svg>},
    {ExportFormat::Html, "self-contained interactive HTML page with the diff flamegraph and table", writeFlame<ExportFormat::Html>},
};

// One function on both sides of the diff.
struct FunctionPair
{
    NameId name;
    FunctionStats baseline;
    FunctionStats comparison;
};

std::vector<FunctionPair> functionPairs(const Profile &diff)
{
    const FunctionTable left = FunctionTable::compute(diff, diff.diffBaseline());
    const FunctionTable right = FunctionTable::compute(diff, diff.diffComparison());
    std::vector<FunctionPair> pairs;
    pairs.reserve(left.rows().size());
    for (const FunctionStats &f : left.rows()) {
        const FunctionStats *other = right.find(f.name);
        pairs.push_back(FunctionPair{f.name, f, other ? *other : FunctionStats{f.name, 0, 0}});
    }
    for (const FunctionStats &f : right.rows())
        if (!left.find(f.name))
            pairs.push_back(FunctionPair{f.name, FunctionStats{f.name, 0, 0}, f});
    // The largest change of self first, then of total, then by name.
    auto magnitude = [](qint64 a, qint64 b) { return a > b ? a - b : b - a; };
    std::sort(pairs.begin(), pairs.end(), [&](const FunctionPair &a, const FunctionPair &b) {
        const qint64 sa = magnitude(a.comparison.self, a.baseline.self), sb = magnitude(b.comparison.self, b.baseline.self);
        if (sa != sb)
            return sa > sb;
        const qint64 ta = magnitude(a.comparison.total, a.baseline.total), tb = magnitude(b.comparison.total, b.baseline.total);
        if (ta != tb)
            return ta > tb;
        return diff.names().name(a.name) < diff.names().name(b.name);
    });
    return pairs;
}
} // namespace

std::span<const DiffCommand::Writer> DiffCommand::writers()
{
    return writerTable;
}

const DiffCommand::Writer *DiffCommand::writerFor(const QString &path)
{
    const std::optional<ExportFormat> format = ExportFormats::forPath(path);
    for (const Writer &w : writers()) {
        if (format == w.format)
            return &w;
    }
    return nullptr;
}

QStringList DiffCommand::extensions()
{
    QStringList list;
    for (const Writer &w : writers())
        list << ExportFormats::extension(w.format);
    return list;
}

int DiffCommand::run(const CommandLine &commandLine)
{
    const QString basePath = commandLine.files.value(0), newPath = commandLine.files.value(1);
    const Writer *writer = nullptr;
    if (!commandLine.output.isEmpty()) {
        // Checked before reading two possibly large inputs.
        writer = writerFor(commandLine.output);
        if (!writer) {
            fail(Text::tr("%1: unknown diff output format; the supported extensions are: %2")
                     .arg(commandLine.output, extensions().join(QStringLiteral(", "))));
            return UsageError;
        }
    }
    ProfilePtr base, next;
    QString baseName = basePath, newName = newPath;
    if (!commandLine.timeline.base.isEmpty()) {
        // Two ranges of one SOURCE, named after them in messages and outputs.
        int exitCode = Success;
        const std::vector<ProfilePtr> ranges =
            loadRanges(commandLine, {commandLine.timeline.base, commandLine.timeline.compare}, &exitCode);
        if (ranges.size() != 2)
            return exitCode;
        base = ranges[0];
        next = ranges[1];
        baseName = QStringLiteral("%1[%2]").arg(basePath, commandLine.timeline.base);
        newName = QStringLiteral("%1[%2]").arg(basePath, commandLine.timeline.compare);
    } else {
        base = load(basePath);
        if (!base)
            return Failure;
        next = load(newPath);
        if (!next)
            return Failure;
    }
    const QByteArray type = commandLine.sampleType.toUtf8(), newType = commandLine.newSampleType.toUtf8();
    const SampleTypePairing pairing = DiffBuilder::pairSampleTypes(
        *base, *next, std::string_view(type.constData(), size_t(type.size())), baseName, newName,
        std::string_view(newType.constData(), size_t(newType.size())));
    if (!pairing.ok()) {
        fail(pairing.error);
        return UsageError;
    }
    const DiffResult diff = DiffBuilder::build(*base, pairing.baseline, *next, pairing.comparison, baseName, newName);
    if (!diff.ok()) {
        fail(diff.error);
        return Failure;
    }
    if (writer) {
        QString error;
        if (!writer->write(diff, commandLine.output, &error)) {
            fail(error);
            return Failure;
        }
    }
    if (commandLine.json)
        printJson(diff);
    else if (!writer)
        printText(diff);
    return Success;
}

void DiffCommand::printJson(const DiffResult &diff)
{
    const Profile &p = *diff.profile;
    m_out << "{\"sampleType\":{\"type\":" << JsonText::quote(diff.sampleType.type)
          << ",\"unit\":" << JsonText::quote(diff.sampleType.unit) << "},\"baselineTotal\":" << p.total(p.diffBaseline())
          << ",\"comparisonTotal\":" << p.total(p.diffComparison()) << ",\"functions\":[";
    bool first = true;
    for (const FunctionPair &f : functionPairs(p)) {
        m_out << (first ? "" : ",") << "{\"name\":" << JsonText::quote(p.names().name(f.name))
              << ",\"baseline\":{\"self\":" << f.baseline.self << ",\"total\":" << f.baseline.total
              << "},\"comparison\":{\"self\":" << f.comparison.self << ",\"total\":" << f.comparison.total << "}}";
        first = false;
    }
    m_out << "]}\n";
}

void DiffCommand::printText(const DiffResult &diff)
{
    const Profile &p = *diff.profile;
    const std::string &unit = diff.sampleType.unit;
    const qint64 left = p.total(p.diffBaseline()), right = p.total(p.diffComparison());
    // A report for people: its words follow the language; --json is for scripts.
    m_out << Text::tr("sample type: %1/%2, baseline: %3, comparison: %4")
                 .arg(QString::fromStdString(diff.sampleType.type), QString::fromStdString(unit),
                      UnitFormat::format(left, unit), UnitFormat::format(right, unit))
          << '\n';
    QList<QStringList> cells;
    cells.append({Text::tr("baseline"), Text::tr("comparison"), Text::tr("change"),
                  Text::tr("change%"), Text::tr("name")});
    for (const FunctionPair &f : functionPairs(p)) {
        const qint64 delta = f.comparison.self - f.baseline.self;
        QString percent;
        if (f.baseline.self == 0 && f.comparison.self != 0)
            percent = Text::tr("new");
        else if (f.comparison.self == 0 && f.baseline.self != 0)
            percent = Text::tr("removed");
        else {
            const double c = DiffMetrics::changePercent(f.baseline.self, left, f.comparison.self, right,
                                                        DiffMode::Relative, false);
            percent = QStringLiteral("%1%2%").arg(c > 0 ? QStringLiteral("+") : QString()).arg(c, 0, 'f', 2);
        }
        const std::string_view name = p.names().name(f.name);
        cells.append({UnitFormat::format(f.baseline.self, unit), UnitFormat::format(f.comparison.self, unit),
                      (delta > 0 ? QStringLiteral("+") : delta < 0 ? QStringLiteral("-") : QString())
                          + UnitFormat::format(delta < 0 ? -delta : delta, unit),
                      percent, QString::fromUtf8(name.data(), qsizetype(name.size()))});
    }
    printColumns(cells);
}
