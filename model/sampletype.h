#pragma once

#include <string>

// One column of sample values: what was counted and in which unit,
// as pprof's ValueType ("cpu"/"nanoseconds", "alloc_space"/"bytes").
struct SampleType
{
    std::string type;
    std::string unit;

    bool operator==(const SampleType &) const = default;
};
