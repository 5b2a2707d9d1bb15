#include "heatscale.h"

#include "flamecolors.h"

#include <algorithm>

HeatScale::HeatScale(const CallTree &tree, int sampleType) : m_self(tree.selfColumn(sampleType))
{
    if (!m_self.empty())
        m_maxSelf = *std::max_element(m_self.begin(), m_self.end());
}

QRgb HeatScale::color(NodeId node) const
{
    return FlameColors::heatColor(double(m_self[node.index]) / double(m_maxSelf));
}
