#include "flamebearerimporter.h"

#include "filenumber.h"
#include "inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>
#include <optional>

namespace {
// lupdate files Text::tr("...") under FlamebearerImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FlamebearerImporter)
};

struct Node
{
    qint64 x = 0; // left + right in a double profile, as Pyroscope's UI draws it
    qint64 width = 0;
    qint64 self[2] = {0, 0};
    quint32 name = 0;
    qint32 parent = -1; // index into the flat node list
};

// A JSON number, or an int64 sent as a string (protojson in Pyroscope 1.x).
std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != d || d < -9.2e18 || d > 9.2e18)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().toLongLong(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

class Decoder
{
public:
    Decoder(const QString &source)
        : m_source(source)
    {}

    QString error(const QString &what) const { return QStringLiteral("%1: flamebearer: %2").arg(m_source, what); }

    // Reads rows of `step` ints into nodes with parents. Empty string on success.
    QString readLevels(const std::vector<QJsonArray> &levels, int step, qsizetype nameCount)
    {
        const bool isDouble = step == 7;
        std::vector<qint32> previousRow, row;
        for (size_t level = 0; level < levels.size(); ++level) {
            const QJsonArray &values = levels[level];
            if (values.size() % step != 0)
                return error(Text::tr("level %1 has %2 values, not a multiple of %3")
                                 .arg(level)
                                 .arg(values.size())
                                 .arg(step));
            row.clear();
            qint64 prevLeft = 0, prevRight = 0;
            for (qsizetype i = 0; i < values.size(); i += step) {
                qint64 v[7] = {};
                for (int k = 0; k < step; ++k) {
                    const std::optional<qint64> value = integer(values[i + k]);
                    if (!value)
                        return error(
                            Text::tr("level %1, value %2 is not an integer").arg(level).arg(i + k));
                    v[k] = *value;
                }
                Node node;
                // Delta decoding: x is stored as the gap after the previous node's end.
                const qint64 xLeft = v[0] + prevLeft;
                prevLeft = xLeft + v[1];
                qint64 name = v[3];
                if (isDouble) {
                    const qint64 xRight = v[3] + prevRight;
                    prevRight = xRight + v[4];
                    node.x = xLeft + xRight;
                    node.width = v[1] + v[4];
                    node.self[0] = v[2];
                    node.self[1] = v[5];
                    name = v[6];
                } else {
                    node.x = xLeft;
                    node.width = v[1];
                    node.self[0] = v[2];
                }
                if (name < 0 || name >= nameCount)
                    return error(Text::tr("level %1, node %2: name index %3 outside names[0..%4)")
                                     .arg(level)
                                     .arg(i / step)
                                     .arg(name)
                                     .arg(nameCount));
                if (node.width < 0)
                    return error(
                        Text::tr("level %1, node %2: negative total").arg(level).arg(i / step));
                node.name = quint32(name);
                if (node.width == 0)
                    continue; // carries nothing, nor do its children
                m_nodes.push_back(node);
                row.push_back(qint32(m_nodes.size() - 1));
            }
            if (level > 0) {
                const QString failed = assignParents(previousRow, row, int(level));
                if (!failed.isEmpty())
                    return failed;
            }
            previousRow.swap(row);
        }
        return {};
    }

    std::vector<Node> &nodes() { return m_nodes; }

private:
    // Both rows in x order; a child lies inside exactly one parent.
    QString assignParents(std::vector<qint32> &parents, std::vector<qint32> &children, int level)
    {
        auto byX = [this](qint32 a, qint32 b) { return m_nodes[size_t(a)].x < m_nodes[size_t(b)].x; };
        std::stable_sort(parents.begin(), parents.end(), byX);
        std::stable_sort(children.begin(), children.end(), byX);
        size_t j = 0;
        for (size_t i = 0; i < children.size(); ++i) {
            Node &child = m_nodes[size_t(children[i])];
            while (j < parents.size()
                   && m_nodes[size_t(parents[j])].x + m_nodes[size_t(parents[j])].width <= child.x)
                ++j;
            if (j == parents.size() || m_nodes[size_t(parents[j])].x > child.x
                || child.x + child.width > m_nodes[size_t(parents[j])].x + m_nodes[size_t(parents[j])].width)
                return error(
                    Text::tr("level %1: the node at x=%2 (width %3) lies in no node of level %4")
                        .arg(level)
                        .arg(child.x)
                        .arg(child.width)
                        .arg(level - 1));
            child.parent = parents[j];
        }
        return {};
    }

    QString m_source;
    std::vector<Node> m_nodes;
};
} // namespace

QString FlamebearerImporter::formatName() const
{
    return QStringLiteral("flamebearer");
}

bool FlamebearerImporter::probe(std::string_view head) const
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    const size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '{')
        return false;
    if (head.find("\"flamebearer\"") != std::string_view::npos)
        return true;
    if (head.find("\"flamegraph\"") != std::string_view::npos && head.find("\"levels\"") != std::string_view::npos)
        return true;
    // A bare flamebearer object.
    return head.find("\"names\"") != std::string_view::npos && head.find("\"levels\"") != std::string_view::npos
           && head.find("\"numTicks\"") != std::string_view::npos;
}

ImportResult FlamebearerImporter::read(InputStream &input, Progress &progress) const
{
    const QByteArray json = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    return decode(json, input.source(), progress);
}

ImportResult FlamebearerImporter::decode(const QByteArray &json, const QString &source, Progress &progress) const
{
    Decoder decoder(source);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return ImportResult::failure(decoder.error(Text::tr("invalid JSON at byte %1: %2")
                                                       .arg(parseError.offset)
                                                       .arg(parseError.errorString())));
    if (!document.isObject())
        return ImportResult::failure(decoder.error(Text::tr("the document is not a JSON object")));
    progress.report(0.3);
    const QJsonObject top = document.object();

    QJsonObject graph;
    QJsonObject metadata = top.value(QLatin1String("metadata")).toObject();
    QJsonObject timeline = top.value(QLatin1String("timeline")).toObject();
    std::vector<QJsonArray> levels;
    bool isDouble = false;
    qint64 expectedTotal = -1;
    if (top.value(QLatin1String("flamebearer")).isObject() || top.contains(QLatin1String("numTicks"))) {
        graph = top.value(QLatin1String("flamebearer")).isObject() ? top.value(QLatin1String("flamebearer")).toObject()
                                                                    : top;
        for (const QJsonValue &level : graph.value(QLatin1String("levels")).toArray())
            levels.push_back(level.toArray());
        const QString format = metadata.value(QLatin1String("format")).toString();
        isDouble = format == QLatin1String("double")
                   || (format.isEmpty() && (top.contains(QLatin1String("leftTicks")) || graph.contains(QLatin1String("leftTicks"))));
        if (const auto ticks = integer(graph.value(QLatin1String("numTicks"))))
            expectedTotal = *ticks;
    } else if (top.value(QLatin1String("flamegraph")).isObject()) {
        graph = top.value(QLatin1String("flamegraph")).toObject();
        for (const QJsonValue &level : graph.value(QLatin1String("levels")).toArray())
            levels.push_back(level.toObject().value(QLatin1String("values")).toArray());
        isDouble = graph.contains(QLatin1String("leftTicks")) || graph.contains(QLatin1String("rightTicks"));
        if (const auto total = integer(graph.value(QLatin1String("total"))))
            expectedTotal = *total;
    } else {
        return ImportResult::failure(
            decoder.error(Text::tr("no \"flamebearer\" or \"flamegraph\" object")));
    }
    const QJsonArray names = graph.value(QLatin1String("names")).toArray();
    if (names.isEmpty())
        return ImportResult::failure(decoder.error(Text::tr("no names")));
    if (levels.empty())
        return ImportResult::failure(decoder.error(Text::tr("no levels")));

    const QString failed = decoder.readLevels(levels, isDouble ? 7 : 4, names.size());
    if (!failed.isEmpty())
        return ImportResult::failure(failed);
    if (progress.isCanceled())
        return ImportResult::cancellation();
    progress.report(0.5);

    const QString units = metadata.value(QLatin1String("units")).toString();
    SampleType type = sampleTypeForUnits(units);
    const QJsonObject exact = metadata.value(QLatin1String("pyrographSampleType")).toObject();
    if (!exact.value(QLatin1String("type")).toString().isEmpty())
        type = SampleType{exact.value(QLatin1String("type")).toString().toStdString(),
                          exact.value(QLatin1String("unit")).toString().toStdString()};
    std::vector<SampleType> types;
    if (isDouble)
        types = {SampleType{"baseline", type.unit}, SampleType{"comparison", type.unit}};
    else
        types = {type};
    ProfileBuilder builder(types);
    if (isDouble)
        builder.setDiff(0, 1);

    std::vector<NameId> nameIds;
    nameIds.reserve(size_t(names.size()));
    for (const QJsonValue &name : names)
        nameIds.push_back(builder.intern(name.toString().toStdString()));

    // Each node with a self value is one stack: its path without the root row.
    std::vector<Node> &nodes = decoder.nodes();
    std::vector<NameId> path;
    qint64 sum = 0;
    for (const Node &node : nodes) {
        if (node.self[0] == 0 && node.self[1] == 0)
            continue;
        path.clear();
        for (qint32 n = qint32(&node - nodes.data()); nodes[size_t(n)].parent >= 0; n = nodes[size_t(n)].parent)
            path.push_back(nameIds[nodes[size_t(n)].name]);
        std::reverse(path.begin(), path.end());
        builder.addStack(path, std::span<const qint64>(node.self, isDouble ? 2 : 1));
        sum += node.self[0] + node.self[1];
    }
    if (sum == 0 && nodes.size() <= 1)
        return ImportResult::failure(
            decoder.error(Text::tr("the flamegraph is empty (no samples)")));

    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "flamebearer";
    meta.spyName = metadata.value(QLatin1String("spyName")).toString().toStdString();
    meta.sampleRate = integer(metadata.value(QLatin1String("sampleRate"))).value_or(0);
    const qint64 start = integer(metadata.value(QLatin1String("startTime"))).value_or(0);
    const qint64 end = integer(metadata.value(QLatin1String("endTime"))).value_or(0);
    if (start > 0) {
        // Seconds: a hostile count of them leaves qint64 as nanoseconds.
        meta.timeNanos =
            FileNumber::clamped(FileNumber::Wide(start) * 1000000000, FileNumber::maxTime);
        if (end > start)
            meta.durationNanos = FileNumber::clamped(FileNumber::Wide(end - start) * 1000000000,
                                                     FileNumber::maxTime);
    }
    for (const char *key : {"name", "appName", "query", "units"}) {
        const QString value = metadata.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            meta.labels.emplace_back(key, value.toStdString());
    }
    if (!timeline.isEmpty()) {
        meta.timeline.startTime = integer(timeline.value(QLatin1String("startTime"))).value_or(0);
        meta.timeline.durationDelta = integer(timeline.value(QLatin1String("durationDelta"))).value_or(0);
        for (const QJsonValue &v : timeline.value(QLatin1String("samples")).toArray())
            meta.timeline.samples.push_back(integer(v).value_or(0));
    }
    if (expectedTotal >= 0 && expectedTotal != sum)
        meta.warnings.push_back(
            Text::tr("the nodes add up to %1, not the %2 that the file gives as its total")
                .arg(sum)
                .arg(expectedTotal)
                .toStdString());

    return ImportResult::built(builder, progress);
}

SampleType FlamebearerImporter::sampleTypeForUnits(const QString &units)
{
    static const struct
    {
        const char *units, *type, *unit;
    } known[] = {
        {"samples", "samples", "count"},
        {"objects", "objects", "count"},
        {"goroutines", "goroutines", "count"},
        {"bytes", "space", "bytes"},
        {"lock_samples", "lock_samples", "count"},
        {"lock_nanoseconds", "lock_time", "nanoseconds"},
        {"trace_samples", "trace_samples", "count"},
        {"exceptions", "exceptions", "count"},
    };
    for (const auto &k : known) {
        if (units == QLatin1String(k.units))
            return SampleType{k.type, k.unit};
    }
    if (units.isEmpty() || units == QLatin1String("unknown"))
        return SampleType{"samples", "count"};
    return SampleType{units.toStdString(), "count"};
}

QString FlamebearerImporter::unitsForSampleType(const SampleType &type)
{
    const auto has = [&](const char *word) { return type.type.find(word) != std::string::npos; };
    if (type.unit == "bytes")
        return QStringLiteral("bytes");
    if (type.unit == "nanoseconds" && has("lock"))
        return QStringLiteral("lock_nanoseconds");
    if (has("lock"))
        return QStringLiteral("lock_samples");
    if (has("object"))
        return QStringLiteral("objects");
    if (has("goroutine"))
        return QStringLiteral("goroutines");
    if (has("exception"))
        return QStringLiteral("exceptions");
    if (has("trace"))
        return QStringLiteral("trace_samples");
    return QStringLiteral("samples"); // cpu time too, with sampleRate set from the unit
}
