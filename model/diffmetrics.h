#pragma once

#include "ids.h"

#include <QtGlobal>

#include <vector>

class Profile;

// How a diff compares its two sides.
// Relative (the default, Pyroscope's): each value as a share of its own side's
// total, so a profile recorded for twice as long does not turn everything red.
// Absolute: the raw values, for two profiles of the same length or rate.
enum class DiffMode { Relative, Absolute };

// The numbers behind a diff's colours, tooltips, tables and exports, in one
// Qt-free place so that the GUI, the command line and the SVG/HTML exports
// cannot disagree. A diff profile (Profile::isDiff()) carries the baseline and
// the comparison as two sample types; a node's change is computed from its
// totals on the two sides.
class DiffMetrics final
{
public:
    // Which sides a value is present on.
    enum class Presence { Both, New, Removed, Neither };

    // Pyroscope's change in percent, clamped to [-100, +100]:
    // - Relative: each side's share of its total, rounded to 0.01 %, then
    //   (right - left) / left * 100 (getRatios/getColorDouble in its UI);
    // - Absolute: (comparison - baseline) / baseline * 100 on the raw values.
    // +100 when the baseline is 0 and the comparison is not; 0 when equal.
    // Unclamped (for tooltips and tables, where +400 % should read so): the
    // same without the clamp, still +100 for a new node.
    static double changePercent(qint64 baseline, qint64 baselineTotal, qint64 comparison,
                                qint64 comparisonTotal, DiffMode mode = DiffMode::Relative, bool clamped = true);
    static Presence presence(qint64 baseline, qint64 comparison);
    // value / total in percent; 0 when total is 0.
    static double sharePercent(qint64 value, qint64 total);

    // A view of one diff profile (its isDiff() columns); mode picks the formula.
    explicit DiffMetrics(const Profile &profile, DiffMode mode = DiffMode::Relative);

    bool isValid() const { return m_baseline >= 0; }
    DiffMode mode() const { return m_mode; }
    qint64 baselineTotal() const { return m_baselineTotal; }
    qint64 comparisonTotal() const { return m_comparisonTotal; }
    qint64 baseline(NodeId node) const;
    qint64 comparison(NodeId node) const;
    double baselineShare(NodeId node) const; // percent of the baseline total
    double comparisonShare(NodeId node) const; // percent of the comparison total
    double change(NodeId node, bool clamped = true) const; // changePercent() in this mode
    Presence presence(NodeId node) const { return presence(baseline(node), comparison(node)); }

    // The width of each node in the diff flamegraph: baseline + comparison, as
    // Pyroscope draws its "double" flamegraph, so a node on one side only still
    // has a width. Indexed by node; one pass over the tree.
    static std::vector<qint64> widthColumn(const Profile &profile);

private:
    const Profile &m_profile;
    DiffMode m_mode;
    int m_baseline = -1;
    int m_comparison = -1;
    qint64 m_baselineTotal = 0;
    qint64 m_comparisonTotal = 0;
};
