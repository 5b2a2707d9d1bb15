#pragma once

#include "ids.h"

#include <QtGlobal>

#include <limits>
#include <span>
#include <vector>

class Profile;

// The visible boxes of a flamegraph, in pixels, as flat arrays: the one layout
// that the OpenGL and raster renderers, hit-testing, tooltips and exports read,
// so they cannot disagree. Unit-free and immutable once computed.
//
// Coordinates: values are placed on an absolute axis where the root spans
// [0, root total) and a node starts where its previous siblings end. The view
// is a range of that axis mapped onto [0, width) pixels. The zoom root's
// ancestors are drawn full width (as Pyroscope does); below them only the zoom
// root's subtree. Row r holds the boxes at tree depth r, sorted by x (and so by
// node id, since the tree is in pre-order). Boxes are clipped to the viewport.
//
// Cost follows what is visible: a child narrower than minWidth is never
// descended into; adjacent narrow siblings become one "merged" box when they
// add up to minWidth, else they are culled.
class FlameLayout final
{
public:
    struct Params
    {
        int sampleType = 0;
        NodeId zoomRoot = NodeId(0);
        // Absolute value range shown; viewEnd <= viewStart means the zoom root's range.
        double viewStart = 0;
        double viewEnd = -1;
        double width = 0; // pixels
        double minWidth = 1.0; // pixels
        quint32 maxRows = std::numeric_limits<quint32>::max();
        // The width of each node, indexed by node; empty: the sample type's
        // totals. A diff flamegraph passes baseline + comparison here.
        std::span<const qint64> widths;
    };

    struct Range
    {
        double start = 0;
        double end = 0;
    };

    FlameLayout() = default;
    static FlameLayout compute(const Profile &profile, const Params &params);
    static FlameLayout compute(const Profile &profile, int sampleType, NodeId zoomRoot, double width,
                               double minWidth = 1.0);
    // A node's range on the absolute axis.
    static Range nodeRange(const Profile &profile, int sampleType, NodeId node);
    static Range nodeRange(const Profile &profile, std::span<const qint64> widths, NodeId node);

    qsizetype size() const { return qsizetype(m_node.size()); }
    bool isEmpty() const { return m_node.empty(); }
    // For a merged box: the first of the merged siblings.
    NodeId node(qsizetype i) const { return m_node[size_t(i)]; }
    quint32 row(qsizetype i) const { return m_row[size_t(i)]; }
    double x(qsizetype i) const { return m_x[size_t(i)]; }
    double width(qsizetype i) const { return m_width[size_t(i)]; }
    // 1 for a single node, else the number of siblings merged into the box.
    quint32 mergedCount(qsizetype i) const { return m_count[size_t(i)]; }
    bool isMerged(qsizetype i) const { return m_count[size_t(i)] > 1; }

    const std::vector<NodeId> &nodes() const { return m_node; }
    const std::vector<quint32> &rows() const { return m_row; }
    const std::vector<double> &xs() const { return m_x; }
    const std::vector<double> &widths() const { return m_width; }

    int rowCount() const { return int(m_rowStart.size()) - 1; }
    qsizetype rowBegin(int row) const { return qsizetype(m_rowStart[size_t(row)]); }
    qsizetype rowEnd(int row) const { return qsizetype(m_rowStart[size_t(row) + 1]); }

    NodeId zoomRoot() const { return m_zoomRoot; }
    int zoomRootRow() const { return m_zoomRootRow; }
    double viewportWidth() const { return m_viewportWidth; }
    Range view() const { return m_view; }
    int sampleType() const { return m_sampleType; }

    // The box at pixel x in a row (binary search), or -1.
    qsizetype indexAt(double x, int row) const;
    NodeId nodeAt(double x, int row) const;
    // The box that shows exactly this node (not merged), or -1 (binary search by id in its row).
    qsizetype indexOf(NodeId node, int row) const;

private:
    std::vector<NodeId> m_node;
    std::vector<quint32> m_row;
    std::vector<double> m_x;
    std::vector<double> m_width;
    std::vector<quint32> m_count;
    std::vector<quint32> m_rowStart{0};
    NodeId m_zoomRoot;
    int m_zoomRootRow = 0;
    double m_viewportWidth = 0;
    Range m_view;
    int m_sampleType = 0;
};
