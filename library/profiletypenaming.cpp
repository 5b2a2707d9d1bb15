#include "library/profiletypenaming.h"

#include <algorithm>
#include <array>

namespace {
constexpr std::string_view kProcessCpu = "process_cpu";
constexpr std::string_view kMemory = "memory";
constexpr std::string_view kWall = "wall";

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

// Pyroscope's table for ingest names that are not pprof: NAME -> __name__,
// sample type (empty: NAME itself) and unit.
struct IngestName
{
    std::string_view name;
    std::string_view metric;
    std::string_view sampleType;
    std::string_view unit;
};
constexpr std::array<IngestName, 25> kIngestNames{{
    {"cpu", kProcessCpu, "samples", "count"},
    {"wall", kWall, "samples", "count"},
    {"inuse_objects", kMemory, "", "count"},
    {"inuse_space", kMemory, "", "bytes"},
    {"alloc_objects", kMemory, "", "count"},
    {"alloc_space", kMemory, "", "bytes"},
    {"goroutines", "goroutine", "", "count"},
    {"mutex_count", "mutex", "contentions", "count"},
    {"mutex_duration", "mutex", "delay", "nanoseconds"},
    {"block_count", "block", "contentions", "count"},
    {"block_duration", "block", "delay", "nanoseconds"},
    {"itimer", kProcessCpu, "samples", "count"},
    {"alloc_in_new_tlab_objects", kMemory, "", "count"},
    {"alloc_in_new_tlab_bytes", kMemory, "", "bytes"},
    {"alloc_outside_tlab_objects", kMemory, "", "count"},
    {"alloc_outside_tlab_bytes", kMemory, "", "bytes"},
    {"lock_count", "block", "contentions", "count"},
    {"lock_duration", "block", "delay", "nanoseconds"},
    {"live", kMemory, "", "count"},
    {"exceptions", "exceptions", "samples", "count"},
    {"seconds", kWall, "samples", "count"},
    {"nanoseconds", kWall, "samples", "count"},
    {"microseconds", kWall, "samples", "count"},
    {"milliseconds", kWall, "samples", "count"},
    {"bytes", kMemory, "samples", "bytes"},
}};
} // namespace

namespace ProfileTypeNaming {

std::string pprofMetricName(const Profile &profile, const std::map<std::string, std::string> &displayNames)
{
    for (const SampleType &type : profile.sampleTypes()) {
        if (type.type == kWall)
            return type.type;
    }
    std::string name;
    for (const SampleType &type : profile.sampleTypes()) {
        name = type.type;
        if (const auto it = displayNames.find(name); it != displayNames.end() && !it->second.empty())
            name = it->second;
        if (contains(name, "cpu"))
            return std::string(kProcessCpu);
        if (contains(name, "alloc_") || contains(name, "inuse_") || name == "space" || name == "objects")
            return std::string(kMemory);
        if (contains(name, "mutex_"))
            return "mutex";
        if (contains(name, "block_"))
            return "block";
        if (contains(name, "goroutines"))
            return "goroutines";
    }
    return name;
}

std::optional<IngestType> forIngestName(std::string_view name, qint64 sampleRate)
{
    if (name.empty())
        name = "cpu";
    const auto entry = std::find_if(kIngestNames.begin(), kIngestNames.end(),
                                    [name](const IngestName &candidate) { return candidate.name == name; });
    if (entry == kIngestNames.end())
        return std::nullopt;
    IngestType result;
    result.id.name = std::string(entry->metric);
    result.id.sampleType = std::string(entry->sampleType.empty() ? name : entry->sampleType);
    result.id.sampleUnit = std::string(entry->unit);
    // Pyroscope turns sampled CPU and wall counts into time: each sample is
    // one period of the sample rate.
    if (sampleRate > 0 && (entry->metric == kWall || entry->metric == kProcessCpu)) {
        result.periodNanos = 1'000'000'000 / sampleRate;
        result.id.sampleType = entry->metric == kWall ? "wall" : "cpu";
        result.id.sampleUnit = "nanoseconds";
        result.id.periodType = "cpu";
        result.id.periodUnit = "nanoseconds";
    }
    return result;
}

std::vector<ProfileTypeId> forProfile(const Profile &profile, std::string_view appName)
{
    std::vector<ProfileTypeId> ids;
    if (profile.metadata().format == "pprof") {
        const std::string metric = pprofMetricName(profile);
        const SampleType &period = profile.metadata().periodType;
        for (const SampleType &type : profile.sampleTypes())
            ids.push_back({metric, type.type, type.unit, period.type, period.unit});
        return ids;
    }
    const std::optional<IngestType> type = forIngestName(appName, profile.metadata().sampleRate);
    if (type)
        ids.assign(size_t(profile.sampleTypeCount()), type->id);
    return ids;
}

} // namespace ProfileTypeNaming
