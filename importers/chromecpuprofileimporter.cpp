#include "chromecpuprofileimporter.h"

#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "sampledurations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under ChromeCpuProfileImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChromeCpuProfileImporter)
};

// Times are microseconds; within 2^53 of zero (285 years) their differences,
// and their nanoseconds, fit in a qint64.
constexpr qint64 maxMicros = qint64(1) << 53;

bool inRange(qint64 micros)
{
    return micros >= -maxMicros && micros <= maxMicros;
}

struct Node
{
    QJsonObject callFrame;
    qint64 id = 0;
    qint64 parentId = -1; // from a `parent` field
    int parent = -1; // index, once resolved
};

// The old format's nested `head` as a flat list, parents before children.
void flattenHead(const QJsonObject &head, std::vector<Node> *nodes)
{
    std::vector<std::pair<QJsonObject, int>> pending{{head, -1}};
    while (!pending.empty()) {
        auto [object, parent] = std::move(pending.back());
        pending.pop_back();
        Node node;
        node.id = object.value(QLatin1String("id")).toInteger(qint64(nodes->size()) + 1);
        node.callFrame = object; // the old nodes carry functionName and url themselves
        node.parent = parent;
        nodes->push_back(node);
        const int index = int(nodes->size()) - 1;
        const QJsonArray children = object.value(QLatin1String("children")).toArray();
        for (qsizetype c = children.size(); c-- > 0;)
            pending.emplace_back(children.at(c).toObject(), index);
    }
}

std::string displayName(const QJsonObject &callFrame)
{
    const QString name = callFrame.value(QLatin1String("functionName")).toString();
    return name.isEmpty() ? std::string("(anonymous)") : name.toStdString();
}

} // namespace

QString ChromeCpuProfileImporter::formatName() const
{
    return QStringLiteral("Chrome cpuprofile");
}

bool ChromeCpuProfileImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    if (head.find("\"traceEvents\"") != std::string_view::npos)
        return false;
    const bool current = head.find("\"nodes\"") != std::string_view::npos
        && head.find("\"callFrame\"") != std::string_view::npos;
    const bool old = head.find("\"head\"") != std::string_view::npos
        && head.find("\"functionName\"") != std::string_view::npos;
    return current || old;
}

std::vector<SampleType> ChromeCpuProfileImporter::sampleTypes()
{
    return {{"samples", "count"}, {"wall", "microseconds"}};
}

QString ChromeCpuProfileImporter::addProfile(const QJsonObject &profile, ProfileBuilder &builder, qint32 labelSet)
{
    std::vector<Node> nodes;
    const bool old = !profile.contains(QLatin1String("nodes")) && profile.value(QLatin1String("head")).isObject();
    if (old) {
        flattenHead(profile.value(QLatin1String("head")).toObject(), &nodes);
    } else {
        const QJsonArray array = profile.value(QLatin1String("nodes")).toArray();
        if (array.isEmpty())
            return Text::tr("no nodes");
        nodes.reserve(size_t(array.size()));
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            Node node;
            if (!o.value(QLatin1String("id")).isDouble())
                return Text::tr("node %1 has no id").arg(nodes.size());
            node.id = o.value(QLatin1String("id")).toInteger();
            node.callFrame = o.value(QLatin1String("callFrame")).toObject();
            node.parentId = o.value(QLatin1String("parent")).toInteger(-1);
            nodes.push_back(node);
        }
    }
    qint64 orphans = 0;
    std::unordered_map<qint64, int> indexOf;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!indexOf.emplace(nodes[i].id, int(i)).second)
            return Text::tr("node id %1 appears twice").arg(nodes[i].id);
    if (!old) {
        const QJsonArray array = profile.value(QLatin1String("nodes")).toArray();
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].parentId >= 0) {
                // A trace that lost chunks (Chrome 141 writes ProfileChunk
                // events with no data) names parents no chunk defines: such a
                // node starts its own stack under the root, with a warning.
                const auto it = indexOf.find(nodes[i].parentId);
                if (it == indexOf.end())
                    ++orphans;
                else
                    nodes[i].parent = it->second;
            }
            for (const QJsonValue &c : array.at(qsizetype(i)).toObject().value(QLatin1String("children")).toArray()) {
                const auto it = indexOf.find(c.toInteger(-1));
                if (it == indexOf.end())
                    return Text::tr("node %1 has an unknown child %2")
                        .arg(nodes[i].id)
                        .arg(c.toInteger(-1));
                nodes[size_t(it->second)].parent = int(i);
            }
        }
    }

    // Sample times in microseconds.
    const QJsonArray samples = profile.value(QLatin1String("samples")).toArray();
    std::vector<qint64> times(size_t(samples.size()));
    qint64 end = -1;
    if (profile.contains(QLatin1String("timeDeltas"))) {
        const QJsonArray deltas = profile.value(QLatin1String("timeDeltas")).toArray();
        if (deltas.size() != samples.size())
            return Text::tr("%1 samples but %2 timeDeltas").arg(samples.size()).arg(deltas.size());
        qint64 t = profile.value(QLatin1String("startTime")).toInteger();
        if (!inRange(t))
            return Text::tr("startTime %1 is out of range").arg(t);
        for (qsizetype i = 0; i < deltas.size(); ++i) {
            const qint64 delta = deltas.at(i).toInteger();
            if (!inRange(delta) || !inRange(t + delta))
                return Text::tr("timeDeltas[%1] %2 takes the time out of range").arg(i).arg(delta);
            t += delta;
            times[size_t(i)] = t;
        }
        if (profile.value(QLatin1String("endTime")).isDouble())
            end = profile.value(QLatin1String("endTime")).toInteger();
        if (!inRange(end))
            return Text::tr("endTime %1 is out of range").arg(end);
    } else if (profile.contains(QLatin1String("timestamps"))) {
        // The old form lists the start time first when it has one more entry.
        const QJsonArray stamps = profile.value(QLatin1String("timestamps")).toArray();
        const qsizetype skip = stamps.size() == samples.size() + 1 ? 1 : 0;
        if (stamps.size() != samples.size() + skip)
            return Text::tr("%1 samples but %2 timestamps").arg(samples.size()).arg(stamps.size());
        for (qsizetype i = 0; i < samples.size(); ++i) {
            times[size_t(i)] = stamps.at(i + skip).toInteger();
            if (!inRange(times[size_t(i)]))
                return Text::tr("timestamps[%1] %2 is out of range")
                    .arg(i + skip)
                    .arg(times[size_t(i)]);
        }
    } else if (!samples.isEmpty()) {
        return Text::tr("samples without timeDeltas or timestamps");
    }

    std::vector<qint64> count(nodes.size(), 0), wall(nodes.size(), 0);
    ProfileMetadata &meta = builder.metadata();
    SampleDurations durations;
    qint64 totalDuration = 0;
    // Samples of nodes that no chunk defines are kept, under one frame that
    // says so, rather than lost or failing the whole file.
    qint64 unknownSamples = 0;
    int unknownNode = -1;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        auto it = indexOf.find(samples.at(i).toInteger(-1));
        if (it == indexOf.end()) {
            if (!samples.at(i).isDouble())
                return Text::tr("sample %1 is not a node id: %2")
                    .arg(i)
                    .arg(samples.at(i).toVariant().toString());
            if (unknownNode < 0) {
                unknownNode = int(nodes.size());
                Node node;
                node.id = -1;
                node.callFrame.insert(QLatin1String("functionName"), QStringLiteral("(unknown node)"));
                nodes.push_back(node);
                count.push_back(0);
                wall.push_back(0);
            }
            ++unknownSamples;
            it = indexOf.emplace(samples.at(i).toInteger(), unknownNode).first;
        }
        const size_t s = size_t(i);
        const qint64 duration = durations.duration(times, s, end);
        // Times that go back and forth could add up past any bound; the sum of
        // what is counted stays within the range that times have.
        totalDuration += duration;
        if (!inRange(totalDuration))
            return Text::tr("the samples' durations add up to more than %1 microseconds")
                .arg(maxMicros);
        ++count[size_t(it->second)];
        wall[size_t(it->second)] += duration;
        meta.sampleTimes.timeNanos.push_back(times[s] * 1000);
        meta.sampleTimes.weights.push_back(duration);
    }
    durations.warn(meta);
    if (orphans > 0)
        meta.warnings.push_back(Text::tr("%1 nodes name a parent that the profile does not define; "
                                         "their stacks start at the root")
                                    .arg(orphans)
                                    .toStdString());
    if (unknownSamples > 0)
        meta.warnings.push_back(
            Text::tr("%1 samples name a node that the profile does not define; they count as "
                     "\"(unknown node)\"")
                .arg(unknownSamples)
                .toStdString());

    // One stack per node that has samples; names and details once per node.
    std::vector<NameId> nameOf(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QJsonObject &frame = nodes[i].callFrame;
        const std::string name = displayName(frame);
        nameOf[i] = builder.intern(name);
        const QString url = frame.value(QLatin1String("url")).toString();
        const qint64 line = frame.value(QLatin1String("lineNumber")).toInteger(-1);
        if (!url.isEmpty()) {
            std::string detail = url.toStdString();
            if (line >= 0) {
                detail += ':' + std::to_string(line + 1);
                const qint64 column = frame.value(QLatin1String("columnNumber")).toInteger(-1);
                if (column >= 0)
                    detail += ':' + std::to_string(column + 1);
            }
            meta.nameDetails.emplace_back(name, std::move(detail));
        }
    }
    std::vector<NameId> path;
    const std::vector<SampleType> types = sampleTypes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (count[i] == 0)
            continue;
        path.clear();
        for (int n = int(i); n >= 0; n = nodes[size_t(n)].parent) {
            if (path.size() > nodes.size())
                return Text::tr("node %1 is its own ancestor").arg(nodes[i].id);
            const bool root = nodes[size_t(n)].parent < 0
                && nodes[size_t(n)].callFrame.value(QLatin1String("functionName")).toString() == QLatin1String("(root)");
            if (!root)
                path.push_back(nameOf[size_t(n)]);
        }
        std::reverse(path.begin(), path.end());
        const qint64 values[] = {count[i], wall[i]};
        builder.addStack(path, values, labelSet);
    }
    return {};
}

void ChromeCpuProfileImporter::finishMetadata(ProfileMetadata &meta)
{
    std::sort(meta.nameDetails.begin(), meta.nameDetails.end());
    meta.nameDetails.erase(std::unique(meta.nameDetails.begin(), meta.nameDetails.end()), meta.nameDetails.end());
    SampleTimes &times = meta.sampleTimes;
    if (!std::is_sorted(times.timeNanos.begin(), times.timeNanos.end())) {
        std::vector<size_t> order(times.timeNanos.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return times.timeNanos[a] < times.timeNanos[b]; });
        SampleTimes sorted;
        for (size_t i : order) {
            sorted.timeNanos.push_back(times.timeNanos[i]);
            sorted.weights.push_back(times.weights[i]);
        }
        times = std::move(sorted);
    }
    if (!times.isEmpty())
        meta.durationNanos = times.timeNanos.back() - times.timeNanos.front();
}

ImportResult ChromeCpuProfileImporter::read(InputStream &input, Progress &progress) const
{
    QJsonObject top;
    QString parseError;
    if (!JsonImport::parseObject(input, formatName(), &top, &parseError))
        return ImportResult::failure(parseError);
    progress.report(0.3);
    ProfileBuilder builder(sampleTypes());
    builder.setDefaultSampleType(1);
    const QString error = addProfile(top, builder, -1);
    if (!error.isEmpty())
        return ImportResult::failure(QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), error));
    ProfileMetadata &meta = builder.metadata();
    finishMetadata(meta);
    meta.source = input.source().toStdString();
    meta.format = "cpuprofile";
    meta.periodType = {"wall", "microseconds"};
    return ImportResult::built(builder, progress);
}
