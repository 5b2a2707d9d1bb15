#include "flamebearerlevels.h"

#include <algorithm>

namespace {
// The value that decides whether a node is drawn: its total, or for a diff the
// larger of the two sides (Pyroscope's combineMinValues).
qint64 weight(const CallTree &tree, NodeId node, std::span<const int> columns)
{
    qint64 w = 0;
    for (int c : columns)
        w = std::max(w, tree.total(node, c));
    return w;
}
} // namespace

qint64 FlamebearerLevels::minTotalFor(const Profile &profile, std::span<const int> columns,
                                      qint64 maxNodes)
{
    if (maxNodes < 1)
        return 0;
    const CallTree &tree = profile.tree();
    std::vector<qint64> totals;
    totals.reserve(size_t(tree.nodeCount()));
    // Pyroscope counts the root among a diff's nodes (combineMinValues), not
    // among a single flamegraph's (Tree.minValue).
    const quint32 first = columns.size() > 1 ? 0 : 1;
    for (quint32 n = first; n < quint32(tree.nodeCount()); ++n) {
        const qint64 w = weight(tree, NodeId(n), columns);
        if (w != 0)
            totals.push_back(w);
    }
    if (qint64(totals.size()) <= maxNodes)
        return 0;
    // The maxNodes-th largest, as Pyroscope's min-heap of maxNodes totals finds it.
    const auto nth = totals.begin() + (maxNodes - 1);
    std::nth_element(totals.begin(), nth, totals.end(), std::greater<>());
    return *nth;
}

FlamebearerLevels FlamebearerLevels::build(const Profile &profile, std::span<const int> columns,
                                           qint64 minTotal)
{
    FlamebearerLevels out;
    const CallTree &tree = profile.tree();
    const size_t sides = columns.size();
    std::vector<std::vector<qint64>> self;
    for (int c : columns)
        self.push_back(tree.selfColumn(c));
    for (int c : columns)
        out.ticks.push_back(tree.total(CallTree::root(), c));

    // Names numbered on first use; "other" is not among the profile's names
    // (a node of the profile named so is always folded), so it is numbered apart.
    std::vector<qint32> nameIndex(size_t(profile.names().size()), -1);
    auto indexOf = [&](NameId name) {
        qint32 &i = nameIndex[name.index];
        if (i < 0) {
            i = qint32(out.names.size());
            out.names.push_back(profile.names().name(name));
        }
        return i;
    };
    qint32 otherIndex = -1;
    indexOf(tree.name(CallTree::root()));

    const size_t depthCount = size_t(tree.maxDepth()) + 2;
    std::vector<std::vector<qint64>> rows(depthCount);
    // Per column: where the next node of each row starts, and where the last one ended.
    std::vector<std::vector<qint64>> nextX(sides, std::vector<qint64>(depthCount + 1, 0));
    std::vector<std::vector<qint64>> rowEnd(sides, std::vector<qint64>(depthCount, 0));

    auto place = [&](quint32 depth, const qint64 *totals, const qint64 *selfs, qint32 nameIndex) {
        std::vector<qint64> &row = rows[depth];
        for (size_t s = 0; s < sides; ++s) {
            const qint64 x = nextX[s][depth];
            nextX[s][depth] = x + totals[s];
            nextX[s][depth + 1] = x + selfs[s]; // children start after the parent's self
            row.push_back(x - rowEnd[s][depth]);
            rowEnd[s][depth] = x + totals[s];
            row.push_back(totals[s]);
            row.push_back(selfs[s]);
            out.maxSelf = std::max(out.maxSelf, selfs[s]);
        }
        row.push_back(nameIndex);
    };

    // A drawn parent whose folded children are still to be emitted as "other",
    // once its last kept child's subtree is done (so "other" comes after them).
    struct Pending
    {
        quint32 depth;
        std::vector<qint64> other;
    };
    std::vector<Pending> open;
    auto flushTo = [&](quint32 depth) {
        while (!open.empty() && open.back().depth >= depth) {
            const Pending &p = open.back();
            if (std::any_of(p.other.begin(), p.other.end(), [](qint64 v) { return v != 0; })) {
                if (otherIndex < 0) {
                    otherIndex = qint32(out.names.size());
                    out.names.push_back(otherName);
                }
                place(p.depth + 1, p.other.data(), p.other.data(), otherIndex);
            }
            open.pop_back();
        }
    };

    // A single flamegraph folds a profile's own "other" nodes too (NewFlameGraph); a diff draws
    // them.
    const bool foldOther = sides == 1;
    std::vector<qint64> totals(sides), selfs(sides);
    for (quint32 n = 0; n < quint32(tree.nodeCount());) {
        const NodeId node(n);
        const quint32 depth = tree.depth(node);
        const qint64 w = weight(tree, node, columns);
        const bool folded =
            n != 0 && (w < minTotal || (foldOther && profile.name(node) == otherName));
        flushTo(depth);                     // the previous sibling's subtree is done
        if ((w == 0 && n != 0) || folded) { // the root is drawn even when empty, as Pyroscope does
            if (folded && w != 0) {
                Pending &parent =
                    open.back(); // the parent: drawn, as a folded node's subtree is skipped
                for (size_t s = 0; s < sides; ++s)
                    parent.other[s] += tree.total(node, columns[s]);
            }
            n = tree.subtreeEnd(node).index;
            continue;
        }
        for (size_t s = 0; s < sides; ++s) {
            totals[s] = tree.total(node, columns[s]);
            selfs[s] = self[s][n];
        }
        place(depth, totals.data(), selfs.data(), indexOf(tree.name(node)));
        open.push_back({depth, std::vector<qint64>(sides, 0)});
        ++n;
    }
    flushTo(0);

    while (!rows.empty() && rows.back().empty())
        rows.pop_back();
    out.rows = std::move(rows);
    return out;
}

qsizetype FlamebearerLevels::nodeCount() const
{
    qsizetype count = 0;
    for (const auto &row : rows)
        count += qsizetype(row.size());
    return count / qsizetype(ticks.size() * 3 + 1);
}
