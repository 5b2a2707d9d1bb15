#pragma once

#include "library/labels.h"
#include "library/profiletypeid.h"
#include "model/profile.h"

#include <string>
#include <vector>

// Where a stored profile came from (stored as its number: append, never reorder).
enum class ProfileOrigin { Push, File, Server, Scrape };

// One profile to store: what `pyrograph library add`, an ingest request, a
// Connect push or a fetch from a server hands to Library::add. Each sample type
// of the profile becomes one series (its labels plus the type's reserved labels).
struct ProfileRecord
{
    Labels labels; // the series labels; service_name among them
    qint64 startMs = 0;
    qint64 endMs = 0;
    ProfileOrigin origin = ProfileOrigin::Push;
    std::string source; // the file, the request ("POST /ingest from 127.0.0.1"), the server URL
    ProfilePtr profile;
    // One per sample type of profile, in the same order; a type whose name is
    // empty is not stored (e.g. a pprof sample type Pyroscope drops).
    std::vector<ProfileTypeId> types;
};
