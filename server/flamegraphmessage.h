#pragma once

#include "model/profile.h"

#include "querier/v1/querier.pb.h"

// The Connect API's flamegraphs from a merged profile: FlameGraph (4 ints a
// node) and FlameGraphDiff (7 ints a node, baseline then comparison), laid out
// and truncated by FlamebearerLevels, as flamebearer JSON is.
namespace FlameGraphMessage {
// Pyroscope's node limits (querier.max-flamegraph-nodes-default and -max).
inline constexpr qint64 defaultMaxNodes = 8192;
inline constexpr qint64 maxMaxNodes = 1048576;

querier::v1::FlameGraph single(const Profile &profile, int sampleType, qint64 maxNodes);
// profile.isDiff(): total is left + right, as Pyroscope counts a diff's ticks.
querier::v1::FlameGraphDiff diff(const Profile &profile, qint64 maxNodes);
} // namespace FlameGraphMessage
