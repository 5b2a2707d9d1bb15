#pragma once

#include "library/profiletypeid.h"
#include "model/profile.h"

#include <string_view>
#include <vector>

// The profile type IDs Grafana Pyroscope 1.x gives a profile's sample types,
// one per sample type in the profile's order, so that a profile stored here
// has the series a push of it to Pyroscope would have. appName is the part
// after the last '.' of an ingest name (`app.cpu` -> "cpu"); empty when the
// profile speaks for itself (a Connect push, `library add` of a pprof file).
namespace ProfileTypeNaming {
std::vector<ProfileTypeId> forProfile(const Profile &profile, std::string_view appName);
}
