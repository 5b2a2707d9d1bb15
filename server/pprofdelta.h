#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

// A cumulative pprof (Go's heap alloc_*, mutex and block profiles, sent by the
// SDKs as `profile` with the previous one as `prev_profile`) made into the
// activity between the two: for the sample types cumulative() picks, each
// sample's value minus the previous profile's value of the same stack and
// labels (stacks compared by function names and file names, not ids, which
// differ between two profiles); other types are kept as they are. A stack whose
// count fell (a reset, a counter that wrapped) counts 0, never negative: the
// same clamp Go's runtime/pprof delta applies. Samples left all zero go.
namespace PprofDelta {
// Both inflated; nullopt with *error naming which part did not parse.
std::optional<QByteArray> subtract(const QByteArray &current, const QByteArray &previous,
                                   const std::function<bool(std::string_view sampleType)> &cumulative,
                                   QString *error);
}
