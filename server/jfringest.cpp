#include "jfringest.h"

#include "jfrlabels.h"

#include "importers/jfrimporter.h"
#include "importers/jfrrecordingreader.h"
#include "model/progress.h"

#include <algorithm>
#include <map>
#include <set>

namespace {
using Kind = JfrRecording::Kind;

// Pyroscope's names: metric, then per column sample type, unit, period type, unit.
std::vector<ProfileTypeId> typesOf(Kind kind)
{
    const auto memory = [](const char *objects, const char *bytes) {
        return std::vector<ProfileTypeId>{{"memory", objects, "count", "space", "bytes"},
                                          {"memory", bytes, "bytes", "space", "bytes"}};
    };
    switch (kind) {
    case Kind::ExecutionSample:
        return {{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"}};
    case Kind::AllocationInNewTlab:
        return memory("alloc_in_new_tlab_objects", "alloc_in_new_tlab_bytes");
    case Kind::AllocationOutsideTlab:
        return memory("alloc_outside_tlab_objects", "alloc_outside_tlab_bytes");
    case Kind::AllocationSample:
        return memory("alloc_sample_objects", "alloc_sample_bytes");
    case Kind::MonitorEnter:
        return {{"mutex", "contentions", "count", "mutex", "count"},
                {"mutex", "delay", "nanoseconds", "mutex", "count"}};
    case Kind::ThreadPark:
        return {{"block", "contentions", "count", "block", "count"},
                {"block", "delay", "nanoseconds", "block", "count"}};
    case Kind::NativeMethodSample:
        break;
    }
    return {};
}
} // namespace

std::optional<std::vector<ProfileRecord>> JfrIngest::records(const QByteArray &jfr,
                                                             const QByteArray &labelsPart,
                                                             const ProfileRecord &base,
                                                             qint64 sampleRate, QString *error)
{
    const QString source = QString::fromStdString(base.source);
    JfrLabels labels;
    if (!labelsPart.isEmpty()) {
        auto parsed = JfrLabels::parse(labelsPart, error);
        if (!parsed) {
            *error = source + QStringLiteral(": ") + *error;
            return std::nullopt;
        }
        labels = std::move(*parsed);
    }
    const auto recording = JfrRecordingReader::read(
        std::string_view(jfr.constData(), size_t(jfr.size())), source, Progress::none(), error);
    if (!recording)
        return std::nullopt;

    // The context ids of each label set.
    std::map<std::vector<std::pair<std::string, std::string>>, std::set<qint64>> groups;
    std::set<qint64> seen;
    for (const JfrRecording::Sample &sample : recording->samples)
        if (seen.insert(sample.contextId).second)
            groups[labels.labelsOf(sample.contextId)].insert(sample.contextId);

    std::vector<ProfileRecord> records;
    const qint64 period = sampleRate > 0 ? 1'000'000'000 / sampleRate : 0;
    for (const JfrRecording::KindInfo &info : JfrRecording::kinds()) {
        const std::vector<ProfileTypeId> types = typesOf(info.kind);
        if (types.empty())
            continue;
        for (const auto &[extra, contexts] : groups) {
            JfrImporter::Selection selection;
            selection.kinds = {info.kind};
            selection.cpuPeriodNanos = period;
            selection.threadLabels = false;
            const std::set<qint64> *ids = &contexts;
            selection.accept = [ids](const JfrRecording::Sample &s) {
                return ids->contains(s.contextId);
            };
            QString limit;
            ProfilePtr profile = JfrImporter::profileOf(*recording, selection, source, &limit);
            if (!limit.isEmpty()) {
                *error = source + QStringLiteral(": jfr: ") + limit;
                return std::nullopt;
            }
            if (!profile)
                continue;
            ProfileRecord record = base;
            for (const auto &label : extra)
                if (std::none_of(record.labels.begin(), record.labels.end(),
                                 [&](const auto &l) { return l.first == label.first; }))
                    record.labels.push_back(label);
            std::sort(record.labels.begin(), record.labels.end());
            record.profile = std::move(profile);
            record.types = types;
            records.push_back(std::move(record));
        }
    }
    if (records.empty()) {
        *error = source + QStringLiteral(": jfr: no execution, allocation, lock or park events");
        return std::nullopt;
    }
    return records;
}
