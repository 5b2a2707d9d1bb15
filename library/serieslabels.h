#pragma once

#include "library/labels.h"
#include "library/profiletypeid.h"

#include <string>
#include <string_view>

// The label sets the library stores: a series' labels are the record's plus
// Pyroscope's reserved labels of its profile type, sorted by name; stored as
// the canonical selector text `{a="b",...}`, which LabelSelector reads back.
namespace SeriesLabels {
// labels sorted by name, later duplicates winning
Labels normalized(Labels labels);
Labels forType(const Labels &recordLabels, const ProfileTypeId &type);
std::string canonical(const Labels &labels);
Labels parse(std::string_view canonicalText);
// "" when absent
std::string_view value(const Labels &labels, std::string_view name);
} // namespace SeriesLabels
