#pragma once

#include "library/profiletypeid.h"
#include "model/profile.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The profile type IDs Grafana Pyroscope 1.x gives a profile's sample types, so
// that a profile stored here has the series a push of it to Pyroscope would have.
namespace ProfileTypeNaming {
// One ID per sample type, in the profile's order. A pprof profile names itself
// (pprofMetricName, each sample type with the profile's period type); any other
// format is named from appName, the part after the last '.' of an ingest name
// (`app.cpu` -> "cpu"), as forIngestName does with the profile's sample rate.
// Empty when appName names no type Pyroscope knows.
std::vector<ProfileTypeId> forProfile(const Profile &profile, std::string_view appName);

// The __name__ Pyroscope gives a pprof profile: "wall" when a sample type is
// wall, else from the first sample type whose name (or its display name from
// an ingest's sample_type_config) says cpu, alloc_/inuse_, mutex_, block_ or
// goroutines; else the last sample type's name.
std::string pprofMetricName(const Profile &profile, const std::map<std::string, std::string> &displayNames = {});

// A non-pprof ingest (folded, lines, speedscope) under `app.NAME`.
struct IngestType
{
    ProfileTypeId id;
    // > 0: the counts are samples at sampleRate Hz and Pyroscope stores them
    // as nanoseconds, each count times this period.
    qint64 periodNanos = 0;
};
// nullopt for a NAME Pyroscope refuses ("unknown profile type"). An empty name
// is cpu, as an ingest name without a '.' is.
std::optional<IngestType> forIngestName(std::string_view name, qint64 sampleRate);
} // namespace ProfileTypeNaming
