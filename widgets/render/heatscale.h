#pragma once

#include "model/calltree.h"

#include <QRgb>

#include <vector>

// The heat colour scheme's scale for one tree and sample type: a node's self
// over the largest self of any node, on FlameColors::heatColor's yellow to red.
// The SVG and HTML exports colour by it, as the view's scene builder does with
// the same column and maximum, so a heat export looks like the window.
class HeatScale final
{
public:
    HeatScale(const CallTree &tree, int sampleType);

    // False when no node has any self (every colour would be the coolest):
    // callers then use the package colours.
    bool isActive() const { return m_maxSelf > 0; }
    QRgb color(NodeId node) const;

private:
    std::vector<qint64> m_self;
    qint64 m_maxSelf = 0;
};
