#pragma once

#include "library/labelselector.h"
#include "library/profilerecord.h"
#include "library/profiletypeid.h"
#include "library/timerange.h"
#include "model/profile.h"

#include <string>

// A range's merge fetched from a server (or any timeline source), as a record
// the library stores: the time range it covers, the one type it was asked
// for, and as labels what the query pinned down (the selector's `=`
// matchers), so that the library's own timeline finds it again by the same
// query. A query that names no service is stored under service_name
// "unknown", as Pyroscope names a push without one.
namespace FetchedRange {
ProfileRecord record(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range,
                     ProfilePtr profile, const std::string &source);
} // namespace FetchedRange
