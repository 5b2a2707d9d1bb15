#include "perfprofilemerger.h"

#include "model/profilebuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under PerfProfileMerger.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerfProfileMerger)
};
} // namespace

ImportResult PerfProfileMerger::merge(std::vector<std::unique_ptr<PerfScriptParser>> &parsers,
                                      std::vector<PerfChunkRecord> &records, const QString &source, Progress &progress)
{
    std::sort(records.begin(), records.end(),
              [](const PerfChunkRecord &a, const PerfChunkRecord &b) { return a.index < b.index; });
    std::vector<std::string> events;
    for (const PerfChunkRecord &record : records)
        for (const std::string &event : record.newEvents)
            if (std::find(events.begin(), events.end(), event) == events.end())
                events.push_back(event);
    std::vector<SampleType> types;
    for (const std::string &event : events) {
        // Software clocks count nanoseconds in their period; hardware events count events.
        const bool clock = event.starts_with("cpu-clock") || event.starts_with("task-clock");
        types.push_back({event, clock ? "nanoseconds" : "count"});
    }
    // The first worker's names become the profile's, ids unchanged: only the
    // others' names are interned again (44,000 names a worker on the 300 MB
    // benchmark file, 10-20 ms).
    const size_t firstNames = size_t(parsers.front()->names().size());
    ProfileBuilder builder(types, parsers.front()->takeNames());
    builder.setDefaultSampleType(0);

    std::unordered_map<std::string, quint32> labelSetIds;
    std::vector<NameId> frames;
    std::vector<qint64> values(types.size());
    for (const auto &parser : parsers) {
        // The parser's name id -> the profile's.
        std::vector<NameId> names;
        if (parser == parsers.front()) {
            for (quint32 i = 0; i < quint32(firstNames); ++i)
                names.push_back(NameId(i));
        } else {
            for (quint32 i = 0; i < quint32(parser->names().size()); ++i)
                names.push_back(builder.intern(parser->names().table().name(NameId(i))));
        }
        std::vector<qint32> labelSets;
        for (size_t i = 0; i < parser->labelSets().size(); ++i) {
            const auto [it, added] = labelSetIds.try_emplace(parser->labelSetKeys()[i], 0);
            if (added)
                it->second = builder.addLabelSet(parser->labelSets()[i]);
            labelSets.push_back(qint32(it->second));
        }
        std::vector<size_t> columns; // the parser's event -> the profile's sample type
        for (const std::string &event : parser->events())
            columns.push_back(size_t(std::find(events.begin(), events.end(), event) - events.begin()));
        PerfStackTable &stacks = parser->stacks();

        for (quint32 s = 0; s < quint32(stacks.size()); ++s) {
            frames.clear();
            for (quint32 f : stacks.frames(s))
                frames.push_back(names[f]);
            std::fill(values.begin(), values.end(), 0);
            for (size_t c = 0; c < columns.size(); ++c)
                values[columns[c]] += stacks.value(int(c), s);
            builder.addStack(frames, values, labelSets[size_t(stacks.labelSet(s))]);
        }
        stacks = PerfStackTable();
    }

    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "perf script";
    SampleTimes times;
    bool sorted = true;
    qint64 lines = 0, unrecognized = 0, firstUnrecognized = 0;
    meta.labels = std::move(records.front().headerLabels); // only chunk 0 records the file's header
    for (PerfChunkRecord &record : records) {
        const std::vector<qint64> &t = record.times.timeNanos;
        sorted = sorted && std::is_sorted(t.begin(), t.end())
                 && (t.empty() || times.timeNanos.empty() || times.timeNanos.back() <= t.front());
        times.timeNanos.insert(times.timeNanos.end(), t.begin(), t.end());
        times.weights.insert(times.weights.end(), record.times.weights.begin(), record.times.weights.end());
        if (record.unrecognized > 0 && unrecognized == 0)
            firstUnrecognized = lines + record.firstUnrecognized;
        unrecognized += record.unrecognized;
        lines += record.lines;
    }
    if (!sorted) {
        std::vector<size_t> order(times.timeNanos.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return times.timeNanos[a] < times.timeNanos[b]; });
        SampleTimes inOrder;
        inOrder.timeNanos.reserve(order.size());
        inOrder.weights.reserve(order.size());
        for (size_t i : order) {
            inOrder.timeNanos.push_back(times.timeNanos[i]);
            inOrder.weights.push_back(times.weights[i]);
        }
        times = std::move(inOrder);
    }
    if (!times.isEmpty())
        meta.durationNanos = times.timeNanos.back() - times.timeNanos.front();
    meta.sampleTimes = std::move(times);
    if (unrecognized > 0)
        meta.warnings.push_back((unrecognized == 1
                                     ? Text::tr("skipped %1 unrecognized line (first: line %2)")
                                     : Text::tr("skipped %1 unrecognized lines (first: line %2)"))
                                    .arg(unrecognized)
                                    .arg(firstUnrecognized)
                                    .toStdString());
    if (events.size() > 1)
        meta.comments.push_back(Text::tr("events: each is a sample type; %1 is the default")
                                    .arg(QString::fromStdString(events.front()))
                                    .toStdString());
    return ImportResult::built(builder, progress);
}
