#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One kind of profile a Go program serves through net/http/pprof, and where.
// The config names them as Pyroscope's `enabled-profiles` do (cpu, mem,
// goroutines, mutex, block; mem is /debug/pprof/allocs, as Grafana Alloy
// scrapes it: the heap profile with alloc_space as its default index); the
// `pyrograph scrape --type` option by their endpoint names (cpu, allocs, heap,
// goroutine, block, mutex).
struct ScrapeProfile
{
    std::string name; // as the config or --type named it
    std::string path; // "/debug/pprof/profile"
    // The __name__ Grafana Alloy pushes a scrape of it with, so that its
    // profile type IDs are those a Pyroscope fed by Alloy shows
    // (process_cpu:cpu:nanoseconds:cpu:nanoseconds, mutex:delay:...).
    std::string metricName;
    // cpu: the handler profiles for ?seconds=N and answers after them.
    bool takesSeconds = false;
    // Counts since the program started (allocs, heap, mutex, block): stored
    // as the difference from the previous scrape.
    bool cumulative = false;

    // The path and query of one scrape.
    std::string request(int seconds) const;

    static std::optional<ScrapeProfile> fromConfigName(std::string_view name);
    static std::optional<ScrapeProfile> fromEndpointName(std::string_view name);
    static std::vector<std::string> configNames();
    static std::vector<std::string> endpointNames();
};
