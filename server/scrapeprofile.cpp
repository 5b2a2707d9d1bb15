#include "scrapeprofile.h"

#include <array>

namespace {
struct Entry
{
    std::string_view configName;
    std::string_view endpointName;
    std::string_view path;
    std::string_view metricName;
};
// Pyroscope's enabled-profiles and Go's endpoints; heap has no config name
// (mem is allocs) and is only for `pyrograph scrape`.
constexpr std::array<Entry, 6> kProfiles{{
    {"cpu", "cpu", "/debug/pprof/profile", "process_cpu"},
    {"mem", "allocs", "/debug/pprof/allocs", "memory"},
    {"", "heap", "/debug/pprof/heap", "memory"},
    {"goroutines", "goroutine", "/debug/pprof/goroutine", "goroutine"},
    {"mutex", "mutex", "/debug/pprof/mutex", "mutex"},
    {"block", "block", "/debug/pprof/block", "block"},
}};

ScrapeProfile make(const Entry &entry, std::string_view name)
{
    const bool cumulative = entry.endpointName == "allocs" || entry.endpointName == "heap"
        || entry.endpointName == "mutex" || entry.endpointName == "block";
    return ScrapeProfile{std::string(name), std::string(entry.path), std::string(entry.metricName),
                         entry.endpointName == "cpu", cumulative};
}
} // namespace

std::string ScrapeProfile::request(int seconds) const
{
    return takesSeconds ? path + "?seconds=" + std::to_string(seconds) : path;
}

std::optional<ScrapeProfile> ScrapeProfile::fromConfigName(std::string_view name)
{
    for (const Entry &entry : kProfiles)
        if (!entry.configName.empty() && entry.configName == name)
            return make(entry, name);
    return std::nullopt;
}

std::optional<ScrapeProfile> ScrapeProfile::fromEndpointName(std::string_view name)
{
    for (const Entry &entry : kProfiles)
        if (entry.endpointName == name)
            return make(entry, name);
    return std::nullopt;
}

std::vector<std::string> ScrapeProfile::configNames()
{
    std::vector<std::string> names;
    for (const Entry &entry : kProfiles)
        if (!entry.configName.empty())
            names.emplace_back(entry.configName);
    return names;
}

std::vector<std::string> ScrapeProfile::endpointNames()
{
    std::vector<std::string> names;
    for (const Entry &entry : kProfiles)
        names.emplace_back(entry.endpointName);
    return names;
}
