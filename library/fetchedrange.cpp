#include "fetchedrange.h"

#include "library/labels.h"

#include <algorithm>

namespace FetchedRange {
ProfileRecord record(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range,
                     ProfilePtr profile, const std::string &source)
{
    ProfileRecord record;
    for (const LabelMatcher &matcher : selector.matchers()) {
        // A second `=` on the same name matches nothing anyway; keep the first.
        const bool seen =
            std::any_of(record.labels.begin(), record.labels.end(),
                        [&](const auto &label) { return label.first == matcher.name; });
        if (matcher.op == LabelMatcher::Op::Equal && !matcher.name.starts_with("__") && !seen)
            record.labels.emplace_back(matcher.name, matcher.value);
    }
    const bool named = std::any_of(record.labels.begin(), record.labels.end(), [](const auto &l) {
        return l.first == LabelNames::serviceName;
    });
    if (!named)
        record.labels.emplace_back(std::string(LabelNames::serviceName), "unknown");
    std::sort(record.labels.begin(), record.labels.end());
    record.startMs = range.startMs;
    record.endMs = range.endMs;
    record.origin = ProfileOrigin::Server;
    record.source = source;
    // The merge holds the asked type first; any other sample type it carries
    // is not what the query was about.
    record.types.assign(size_t(profile->sampleTypes().size()), ProfileTypeId());
    const int index = profile->sampleTypeIndex(type.sampleType);
    record.types[size_t(std::max(index, 0))] = type;
    record.profile = std::move(profile);
    return record;
}
} // namespace FetchedRange
