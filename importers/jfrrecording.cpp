#include "jfrrecording.h"

namespace {
using K = JfrRecording::Kind;
// Column names as Pyroscope's JFR converter (grafana/jfr-parser) names them
// where they do not collide in one profile; lock and park, both "contentions"
// and "delay" there, are told apart by their Pyroscope 0.x names.
const JfrRecording::KindInfo kindTable[] = {
    {K::ExecutionSample, "jdk.ExecutionSample", {}, false, {"cpu", "samples"}, {}},
    {K::NativeMethodSample, "jdk.NativeMethodSample", {}, false, {"native_samples", "samples"}, {}},
    {K::AllocationInNewTlab,
     "jdk.ObjectAllocationInNewTLAB",
     "tlabSize",
     false,
     {"alloc_in_new_tlab_objects", "count"},
     {"alloc_in_new_tlab_bytes", "bytes"}},
    {K::AllocationOutsideTlab,
     "jdk.ObjectAllocationOutsideTLAB",
     "allocationSize",
     false,
     {"alloc_outside_tlab_objects", "count"},
     {"alloc_outside_tlab_bytes", "bytes"}},
    {K::AllocationSample,
     "jdk.ObjectAllocationSample",
     "weight",
     false,
     {"alloc_sample_objects", "count"},
     {"alloc_sample_bytes", "bytes"}},
    {K::MonitorEnter,
     "jdk.JavaMonitorEnter",
     "duration",
     true,
     {"lock_count", "count"},
     {"lock_duration", "nanoseconds"}},
    {K::ThreadPark,
     "jdk.ThreadPark",
     "duration",
     true,
     {"park_count", "count"},
     {"park_duration", "nanoseconds"}},
};
static_assert(sizeof(kindTable) / sizeof(kindTable[0]) == JfrRecording::kindCount);
} // namespace

std::span<const JfrRecording::KindInfo> JfrRecording::kinds()
{
    return kindTable;
}

std::array<qsizetype, JfrRecording::kindCount> JfrRecording::countByKind() const
{
    std::array<qsizetype, kindCount> counts{};
    for (const Sample &sample : samples)
        ++counts[size_t(sample.kind)];
    return counts;
}
