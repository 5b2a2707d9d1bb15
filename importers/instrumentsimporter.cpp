#include "instrumentsimporter.h"

#include "calltreerecorder.h"
#include "inputstream.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under InstrumentsImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentsImporter)
};


std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    for (;;) {
        const size_t tab = line.find('\t');
        fields.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos)
            return fields;
        line.remove_prefix(tab + 1);
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

enum class Kind { Time, Cycles, Bytes };

struct Header
{
    int weight = -1;
    int symbol = -1;
    bool bytes = false; // "Bytes Used"
};

Header readHeader(std::string_view line)
{
    Header h;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const std::vector<std::string_view> fields = splitTabs(line);
    int runningTime = -1, weight = -1;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == "Symbol Name")
            h.symbol = int(i);
        else if (fields[i] == "Bytes Used")
            h.weight = int(i), h.bytes = true;
        else if (fields[i] == "Weight")
            weight = int(i);
        else if (fields[i] == "Running Time")
            runningTime = int(i);
    }
    if (!h.bytes)
        h.weight = weight >= 0 ? weight : runningTime;
    return h;
}

struct Weight
{
    qint64 value = 0;
    Kind kind = Kind::Time;
};

// speedscope's getWeight: the first "<number> <unit> <percent>%" in the cell.
std::optional<Weight> parseWeight(const QString &cell, bool bytes, QString *error)
{
    static const QRegularExpression timeOrCycles(
        QStringLiteral(R"(\s*(\d+(?:[.]\d+)?) ?(\w+)\s+(?:\d+(?:[.]\d+))%)"));
    static const QRegularExpression memory(
        QStringLiteral(R"(\s*(\d+(?:[.]\d+)?) (\w+)\s+(?:\d+(?:[.]\d+))%)"));
    const QRegularExpressionMatch m = (bytes ? memory : timeOrCycles).match(cell);
    if (!m.hasMatch())
        return Weight{0, bytes ? Kind::Bytes : Kind::Time};
    const qint64 whole = m.captured(1).section(u'.', 0, 0).toLongLong();
    const QString unit = m.captured(2);
    struct Unit
    {
        const char *name;
        qint64 factor;
        Kind kind;
    };
    static const Unit memoryUnits[] = {{"Bytes", 1, Kind::Bytes},
                                       {"KB", 1024, Kind::Bytes},
                                       {"MB", 1024 * 1024, Kind::Bytes},
                                       {"GB", qint64(1024) * 1024 * 1024, Kind::Bytes}};
    static const Unit otherUnits[] = {{"ms", 1, Kind::Time},
                                      {"s", 1000, Kind::Time},
                                      {"min", 60 * 1000, Kind::Time},
                                      {"cycles", 1, Kind::Cycles},
                                      {"Kc", 1000, Kind::Cycles},
                                      {"Mc", 1000 * 1000, Kind::Cycles},
                                      {"Gc", 1000 * 1000 * 1000, Kind::Cycles}};
    for (const Unit &u :
         bytes ? std::span<const Unit>(memoryUnits) : std::span<const Unit>(otherUnits))
        if (unit == QLatin1String(u.name)) {
            // 2^53 of the unit's smallest (bytes, ms, cycles) is far past any
            // real weight, and rows of them still add up within a qint64.
            if (whole > (qint64(1) << 53) / u.factor) {
                *error = Text::tr("weight \"%1 %2\" is out of range").arg(m.captured(1), unit);
                return std::nullopt;
            }
            return Weight{whole * u.factor, u.kind};
        }
    *error = Text::tr("unknown unit \"%1\"").arg(unit);
    return std::nullopt;
}

} // namespace

QString InstrumentsImporter::formatName() const
{
    return QStringLiteral("instruments");
}

bool InstrumentsImporter::probe(std::string_view head) const
{
    const Header h = readHeader(head.substr(0, head.find('\n')));
    return h.symbol >= 0 && h.weight >= 0;
}

ImportResult InstrumentsImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    std::string_view text(bytes.constData(), size_t(bytes.size()));
    const size_t firstNl = text.find('\n');
    const Header header = readHeader(text.substr(0, firstNl));
    if (header.symbol < 0 || header.weight < 0)
        return ImportResult::failure(Text::tr("%1: %2: line 1 is not a deep copy "
                                              "header (a weight column and \"Symbol Name\")")
                                         .arg(source, formatName()));
    text = firstNl == std::string_view::npos ? std::string_view() : text.substr(firstNl + 1);

    struct Row
    {
        qint64 line;
        size_t depth;
        std::string name;
        qint64 weight;
    };
    std::vector<Row> rows;
    std::optional<Kind> kind;
    qint64 lineNumber = 1;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++lineNumber;
        const std::vector<std::string_view> fields = splitTabs(line);
        if (size_t(header.symbol) >= fields.size())
            continue;
        const std::string_view symbol = fields[size_t(header.symbol)];
        size_t b = 0, e = symbol.size();
        while (b < e && isSpace(symbol[b]))
            ++b;
        while (e > b && isSpace(symbol[e - 1]))
            --e;
        if (b == e)
            continue;
        Weight weight{0, header.bytes ? Kind::Bytes : Kind::Time};
        if (size_t(header.weight) < fields.size()) {
            QString weightError;
            const std::string_view cell = fields[size_t(header.weight)];
            const std::optional<Weight> w = parseWeight(
                QString::fromUtf8(cell.data(), qsizetype(cell.size())), header.bytes, &weightError);
            if (!w)
                return ImportResult::failure(Text::tr("%1: %2: line %3: %4")
                                                 .arg(source, formatName())
                                                 .arg(lineNumber)
                                                 .arg(weightError));
            weight = *w;
            if (weight.value > 0 && !kind)
                kind = weight.kind;
        }
        rows.push_back({lineNumber, symbol.size() - (e - b), std::string(symbol.substr(b, e - b)),
                        weight.value});
    }
    if (rows.empty())
        return ImportResult::failure(
            Text::tr("%1: %2: no rows under the header").arg(source, formatName()));

    const Kind k = kind.value_or(header.bytes ? Kind::Bytes : Kind::Time);
    const SampleType type = k == Kind::Bytes ? SampleType{"memory", "bytes"}
        : k == Kind::Cycles                  ? SampleType{"cycles", "count"}
                                             : SampleType{"time", "milliseconds"};
    ProfileBuilder builder(std::vector<SampleType>{type});
    CallTreeRecorder tree(builder, 0);
    std::vector<qint64> ends; // where each open frame ends, at the least
    qint64 cumulative = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if ((i & 0xffff) == 0 && progress.isCanceled())
            return ImportResult::cancellation();
        const Row &row = rows[i];
        if (row.depth > tree.depth())
            return ImportResult::failure(
                Text::tr("%1: %2: line %3 is indented %4 deep under a frame at depth %5")
                    .arg(source, formatName())
                    .arg(row.line)
                    .arg(row.depth)
                    .arg(qint64(tree.depth()) - 1));
        while (tree.depth() > row.depth) {
            cumulative = std::max(cumulative, ends.back());
            ends.pop_back();
            tree.leave(cumulative);
        }
        tree.enter(row.name, cumulative);
        ends.push_back(cumulative + row.weight);
    }
    while (!tree.empty()) {
        cumulative = std::max(cumulative, ends.back());
        ends.pop_back();
        tree.leave(cumulative);
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "instruments";
    return ImportResult::built(builder, progress);
}
