#pragma once

#include "profile.h"

#include <span>
#include <string_view>
#include <vector>

// A profile's call tree as Pyroscope's flamegraph rows: the layout that both
// flamebearer JSON (FlamebearerWriter, /pyroscope/render) and the Connect API's
// FlameGraph and FlameGraphDiff messages carry, so both come from this one place.
//
// One row per depth, nodes in x order; per node [x, total, self] for each
// column, then the name's index: 4 ints for one column ("single"), 7 for two
// ("double": baseline then comparison). x is delta-encoded per column: the gap
// after the end (x + total) of the previous node of the row. Children start at
// parent.x + parent.self, in name order (CallTree's sibling order), as
// Pyroscope lays them out. Nodes whose total is 0 in every column are left out,
// but the root, which an empty profile draws as [0, 0, 0, 0] as Pyroscope does.
//
// Truncation is Pyroscope's "other" (NewFlameGraph in 1.x, minval.go in 0.x):
// a child whose total (the larger of the two columns for a diff) is below
// minTotal is not drawn; the dropped children of one parent become a single
// child named "other" (total = self = their sum, per column) after the kept
// siblings. A node named "other" in the profile is always folded in the same
// way in a single flamegraph, and drawn in a diff, as Pyroscope does.
//
// Names are numbered in first-use order (pre-order), with the root first.
// Pyroscope numbers them in its own traversal order; the order carries no
// meaning, so readers of either agree on the graph.
class FlamebearerLevels final
{
public:
    static constexpr std::string_view otherName = "other";

    // columns: one sample type, or a diff's baseline and comparison.
    static FlamebearerLevels build(const Profile &profile, std::span<const int> columns,
                                   qint64 minTotal = 0);

    // Pyroscope's cut for maxNodes: the maxNodes-th largest total among the
    // nodes below the root (for a diff: the larger column, the root counted
    // too, as Pyroscope's diff does); 0, no cut, when the tree has no more
    // nodes than that or maxNodes < 1.
    static qint64 minTotalFor(const Profile &profile, std::span<const int> columns,
                              qint64 maxNodes);

    // The root's name first (ProfileBuilder names it "total", as Pyroscope does).
    std::vector<std::string_view> names;
    std::vector<std::vector<qint64>> rows;
    qint64 maxSelf = 0;
    std::vector<qint64> ticks; // the root's total, per column

    qsizetype nodeCount() const;
};
