#pragma once

#include "calltreebuilder.h"

#include <string>
#include <utility>
#include <vector>

// Per-sample labels (pprof's Sample.label), kept apart from the merged tree so a
// profile can later be filtered by label: each labelled sample remembers its
// leaf, its label set and its values. Unlabelled samples need no record: they
// are the node's self minus its labelled samples.
struct LabelIndex
{
    using LabelSet = std::vector<std::pair<std::string, std::string>>; // sorted by key
    std::vector<LabelSet> sets;
    std::vector<LabelledSample> samples;

    bool isEmpty() const { return samples.empty(); }
    std::vector<std::string> keys() const;
    std::vector<std::string> values(const std::string &key) const;
};
