#pragma once

#include <optional>
#include <string>
#include <string_view>

// Pyroscope's profile type ID, `name:sample_type:sample_unit:period_type:period_unit`,
// e.g. `process_cpu:cpu:nanoseconds:cpu:nanoseconds` or `memory:alloc_space:bytes:space:bytes`.
// A series holds one profile type.
struct ProfileTypeId
{
    std::string name; // the __name__ label: process_cpu, memory, goroutines, ...
    std::string sampleType;
    std::string sampleUnit;
    std::string periodType;
    std::string periodUnit;

    std::string toString() const;
    // nullopt unless five colon-separated parts (a sixth, ":delta", is accepted and dropped)
    static std::optional<ProfileTypeId> parse(std::string_view text);
    bool operator==(const ProfileTypeId &) const = default;
};
