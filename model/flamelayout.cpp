#include "flamelayout.h"

#include "profile.h"

#include <algorithm>

namespace {
struct Pending
{
    double x0 = 0;
    double x1 = 0;
    quint32 first = 0;
    quint32 count = 0;
};
} // namespace

FlameLayout::Range FlameLayout::nodeRange(const Profile &profile, int sampleType, NodeId node)
{
    return nodeRange(profile, profile.tree().totals(sampleType), node);
}

FlameLayout::Range FlameLayout::nodeRange(const Profile &profile, std::span<const qint64> totals, NodeId node)
{
    const CallTree &tree = profile.tree();
    qint64 offset = 0;
    for (NodeId n = node; n.isValid() && n != CallTree::root();) {
        const NodeId parent = tree.parent(n);
        // Previous siblings: walk the parent's children up to n.
        for (quint32 c = parent.index + 1; c < n.index; c = tree.subtreeEnds()[c])
            offset += totals[c];
        n = parent;
    }
    return Range{double(offset), double(offset + totals[node.index])};
}

FlameLayout FlameLayout::compute(const Profile &profile, int sampleType, NodeId zoomRoot, double width,
                                 double minWidth)
{
    Params params;
    params.sampleType = sampleType;
    params.zoomRoot = zoomRoot;
    params.width = width;
    params.minWidth = minWidth;
    return compute(profile, params);
}

FlameLayout FlameLayout::compute(const Profile &profile, const Params &params)
{
    FlameLayout layout;
    layout.m_viewportWidth = params.width;
    layout.m_sampleType = params.sampleType;
    const CallTree &tree = profile.tree();
    if (tree.nodeCount() == 0 || params.sampleType < 0 || params.sampleType >= tree.sampleTypeCount()
        || params.width <= 0 || params.maxRows == 0)
        return layout;
    const NodeId zoomRoot = params.zoomRoot.isValid() && params.zoomRoot.index < tree.nodeCount()
                                ? params.zoomRoot
                                : CallTree::root();
    layout.m_zoomRoot = zoomRoot;
    const bool customWidths = params.widths.size() == size_t(tree.nodeCount());
    const std::span<const qint64> totals = customWidths ? params.widths : tree.totals(params.sampleType);
    const auto ends = tree.subtreeEnds();
    const Range rootRange = nodeRange(profile, totals, zoomRoot);
    Range view{params.viewStart, params.viewEnd};
    if (!(view.end > view.start))
        view = rootRange;
    layout.m_view = view;
    const double width = params.width;
    const double minWidth = std::max(params.minWidth, 0.0);
    if (!(view.end > view.start))
        return layout; // an empty zoom root: nothing has a width

    auto place = [&](NodeId node, quint32 row, double x0, double x1, quint32 count) {
        layout.m_node.push_back(node);
        layout.m_row.push_back(row);
        const double cx0 = std::max(x0, 0.0), cx1 = std::min(x1, width);
        layout.m_x.push_back(cx0);
        layout.m_width.push_back(cx1 - cx0);
        layout.m_count.push_back(count);
    };
    auto endRow = [&] { layout.m_rowStart.push_back(quint32(layout.m_node.size())); };

    // The ancestors of the zoom root, full width, root first.
    std::vector<NodeId> ancestors;
    for (NodeId n = tree.parent(zoomRoot); n.isValid(); n = tree.parent(n))
        ancestors.push_back(n);
    std::reverse(ancestors.begin(), ancestors.end());
    quint32 row = 0;
    for (NodeId a : ancestors) {
        if (row >= params.maxRows)
            return layout;
        place(a, row++, 0, width, 1);
        endRow();
    }
    layout.m_zoomRootRow = int(row);

    const double scale = width / (view.end - view.start);
    const double rootX0 = (rootRange.start - view.start) * scale;
    const double rootX1 = (rootRange.end - view.start) * scale;
    if (rootX1 - rootX0 < minWidth || rootX1 <= 0 || rootX0 >= width || row >= params.maxRows)
        return layout;
    // The absolute offset of each box of the previous row, to place its children.
    std::vector<qint64> offsets{qint64(rootRange.start)}, nextOffsets;
    place(zoomRoot, row, rootX0, rootX1, 1);
    endRow();

    while (++row < params.maxRows) {
        const qsizetype parentBegin = layout.rowBegin(int(row) - 1);
        const qsizetype parentEnd = layout.rowEnd(int(row) - 1);
        nextOffsets.clear();
        for (qsizetype p = parentBegin; p < parentEnd; ++p) {
            if (layout.m_count[size_t(p)] > 1)
                continue; // a merged box has no visible children
            const quint32 parent = layout.m_node[size_t(p)].index;
            const quint32 end = ends[parent];
            qint64 offset = offsets[size_t(p - parentBegin)];
            Pending pending;
            auto flush = [&] {
                if (pending.count > 0 && pending.x1 - pending.x0 >= minWidth && pending.x1 > 0
                    && pending.x0 < width) {
                    place(NodeId(pending.first), row, pending.x0, pending.x1, pending.count);
                    nextOffsets.push_back(-1); // never descended into
                }
                pending.count = 0;
            };
            for (quint32 c = parent + 1; c < end; c = ends[c]) {
                const qint64 total = totals[c];
                const double x0 = (double(offset) - view.start) * scale;
                const double x1 = (double(offset + total) - view.start) * scale;
                const qint64 childOffset = offset;
                offset += total;
                if (x1 <= 0 && total > 0)
                    continue; // left of the viewport
                if (x0 >= width)
                    break; // this and the rest lie right of the viewport
                if (x1 - x0 >= minWidth) {
                    flush();
                    place(NodeId(c), row, x0, x1, 1);
                    nextOffsets.push_back(childOffset);
                } else {
                    if (pending.count == 0) {
                        pending.x0 = x0;
                        pending.first = c;
                    }
                    pending.x1 = x1;
                    ++pending.count;
                }
            }
            flush();
        }
        if (qsizetype(layout.m_node.size()) == parentEnd)
            break; // no boxes in this row, so none below
        endRow();
        std::swap(offsets, nextOffsets);
    }
    return layout;
}

qsizetype FlameLayout::indexAt(double x, int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const auto begin = m_x.begin() + rowBegin(row);
    const auto end = m_x.begin() + rowEnd(row);
    // The last box starting at or before x.
    auto it = std::upper_bound(begin, end, x);
    if (it == begin)
        return -1;
    const qsizetype i = qsizetype(it - m_x.begin()) - 1;
    return x < m_x[size_t(i)] + m_width[size_t(i)] ? i : -1;
}

NodeId FlameLayout::nodeAt(double x, int row) const
{
    const qsizetype i = indexAt(x, row);
    return i < 0 || isMerged(i) ? NodeId() : m_node[size_t(i)];
}

qsizetype FlameLayout::indexOf(NodeId node, int row) const
{
    if (row < 0 || row >= rowCount() || !node.isValid())
        return -1;
    const auto begin = m_node.begin() + rowBegin(row);
    const auto end = m_node.begin() + rowEnd(row);
    const auto it = std::lower_bound(begin, end, node);
    if (it == end || *it != node)
        return -1;
    const qsizetype i = qsizetype(it - m_node.begin());
    return isMerged(i) ? -1 : i;
}
