#include "diffmetrics.h"

#include "profile.h"

#include <algorithm>
#include <cmath>

namespace {
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double relativeChange(double left, double right, bool clamped)
{
    if (left == right)
        return 0;
    if (left == 0)
        return 100;
    const double change = (right - left) / left * 100.0;
    return clamped ? std::clamp(change, -100.0, 100.0) : change;
}
} // namespace

double DiffMetrics::changePercent(qint64 baseline, qint64 baselineTotal, qint64 comparison, qint64 comparisonTotal,
                                  DiffMode mode, bool clamped)
{
    if (mode == DiffMode::Absolute)
        return relativeChange(double(baseline), double(comparison), clamped);
    return relativeChange(round2(sharePercent(baseline, baselineTotal)), round2(sharePercent(comparison, comparisonTotal)),
                          clamped);
}

DiffMetrics::Presence DiffMetrics::presence(qint64 baseline, qint64 comparison)
{
    if (baseline != 0 && comparison != 0)
        return Presence::Both;
    if (comparison != 0)
        return Presence::New;
    if (baseline != 0)
        return Presence::Removed;
    return Presence::Neither;
}

double DiffMetrics::sharePercent(qint64 value, qint64 total)
{
    return total > 0 ? 100.0 * double(value) / double(total) : 0.0;
}

DiffMetrics::DiffMetrics(const Profile &profile, DiffMode mode)
    : m_profile(profile)
    , m_mode(mode)
{
    if (!profile.isDiff() || profile.tree().nodeCount() == 0)
        return;
    m_baseline = profile.diffBaseline();
    m_comparison = profile.diffComparison();
    m_baselineTotal = profile.total(m_baseline);
    m_comparisonTotal = profile.total(m_comparison);
}

qint64 DiffMetrics::baseline(NodeId node) const
{
    return isValid() ? m_profile.tree().total(node, m_baseline) : 0;
}

qint64 DiffMetrics::comparison(NodeId node) const
{
    return isValid() ? m_profile.tree().total(node, m_comparison) : 0;
}

double DiffMetrics::baselineShare(NodeId node) const
{
    return sharePercent(baseline(node), m_baselineTotal);
}

double DiffMetrics::comparisonShare(NodeId node) const
{
    return sharePercent(comparison(node), m_comparisonTotal);
}

double DiffMetrics::change(NodeId node, bool clamped) const
{
    return changePercent(baseline(node), m_baselineTotal, comparison(node), m_comparisonTotal, m_mode, clamped);
}

std::vector<qint64> DiffMetrics::widthColumn(const Profile &profile)
{
    if (!profile.isDiff())
        return {};
    const auto left = profile.tree().totals(profile.diffBaseline());
    const auto right = profile.tree().totals(profile.diffComparison());
    std::vector<qint64> width(left.size());
    for (size_t i = 0; i < width.size(); ++i)
        width[i] = left[i] + right[i];
    return width;
}
