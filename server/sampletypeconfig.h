#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>

// The `sample_type_config` part of a multipart /ingest (Pyroscope's
// tree.SampleTypeConfig, sent by the Java and .NET SDKs): per pprof sample type,
// its display name, units, aggregation and whether it is cumulative (then
// prev_profile is subtracted). With a config, only the types it names are
// stored, as Pyroscope does; without one, Pyroscope's defaults say which types
// are cumulative (Go's alloc_* and the contention/delay pairs).
class SampleTypeConfig final
{
public:
    struct Entry
    {
        std::string displayName;
        std::string units;
        std::string aggregation;
        bool cumulative = false;
        bool sampled = false;
    };

    // nullopt with *error when not a JSON object of objects.
    static std::optional<SampleTypeConfig> parse(const QByteArray &json, QString *error);
    static SampleTypeConfig defaults();

    const Entry *find(std::string_view sampleType) const;
    bool isCumulative(std::string_view sampleType) const;
    bool restrictsTypes() const { return m_restricts; }

private:
    std::map<std::string, Entry, std::less<>> m_entries;
    bool m_restricts = false;
};
