#include "flametooltip.h"

#include "model/profile.h"
#include "model/unitformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <string_view>

namespace {
// lupdate files these texts under FlameToolTip, the class whose functions call tr().
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FlameToolTip", text, disambiguation, n);
}

QString nameOf(const Profile &profile, NodeId node)
{
    const std::string_view n = profile.name(node);
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}
} // namespace

QString FlameToolTip::text(const Profile &profile, NodeId node, const Options &options)
{
    const CallTree &tree = profile.tree();
    if (!node.isValid() || node.index >= tree.nodeCount())
        return QString();
    if (profile.isDiff())
        return diffText(profile, node, options.diffMode);
    const int type = options.sampleType;
    const std::string_view unit = profile.sampleTypes()[size_t(type)].unit;
    const qint64 total = tree.total(node, type);
    const qint64 self = tree.self(node, type);
    const qint64 all = profile.total(type);
    QStringList lines;
    lines << nameOf(profile, node);
    const NodeId parent = tree.parent(node);
    if (parent.isValid())
        lines << tr("Total: %1 (%2 of all, %3 of parent)")
                     .arg(UnitFormat::format(total, unit), UnitFormat::percent(total, all),
                          UnitFormat::percent(total, tree.total(parent, type)));
    else
        lines << tr("Total: %1 (%2 of all)")
                     .arg(UnitFormat::format(total, unit), UnitFormat::percent(total, all));
    lines << tr("Self: %1 (%2 of all)")
                 .arg(UnitFormat::format(self, unit), UnitFormat::percent(self, all));
    return lines.join(u'\n');
}

QString FlameToolTip::mergedText(qsizetype count)
{
    return tr("%n functions, each too narrow to show; click to zoom in to them", nullptr,
              int(count));
}

QString FlameToolTip::diffText(const Profile &p, NodeId node, DiffMode mode)
{
    // The title says (+x%), (-x%), (new) or (removed).
    const DiffMetrics m(p, mode);
    const std::string_view unit = p.sampleTypes()[size_t(p.diffBaseline())].unit;
    const qint64 left = m.baseline(node), right = m.comparison(node);
    QString title = nameOf(p, node);
    switch (m.presence(node)) {
    case DiffMetrics::Presence::New:
        title += tr(" (new)");
        break;
    case DiffMetrics::Presence::Removed:
        title += tr(" (removed)");
        break;
    case DiffMetrics::Presence::Both:
    case DiffMetrics::Presence::Neither: {
        const double change = m.change(node, false);
        title += QStringLiteral(" (%1%2%)")
                     .arg(change > 0 ? QStringLiteral("+") : QString())
                     .arg(change, 0, 'f', 2);
        break;
    }
    }
    QStringList lines{title};
    lines << tr("Baseline: %1 (%2 of %3)")
                 .arg(UnitFormat::format(left, unit), UnitFormat::percent(left, m.baselineTotal()),
                      UnitFormat::format(m.baselineTotal(), unit));
    lines << tr("Comparison: %1 (%2 of %3)")
                 .arg(UnitFormat::format(right, unit),
                      UnitFormat::percent(right, m.comparisonTotal()),
                      UnitFormat::format(m.comparisonTotal(), unit));
    const qint64 delta = right - left;
    const QString units = (delta > 0       ? QStringLiteral("+")
                               : delta < 0 ? QStringLiteral("-")
                                           : QString())
        + UnitFormat::format(delta < 0 ? -delta : delta, unit);
    const double shareDelta = m.comparisonShare(node) - m.baselineShare(node);
    const double change = m.change(node, false);
    const QString percent = QStringLiteral("%1%2%")
                                .arg(change > 0 ? QStringLiteral("+") : QString())
                                .arg(change, 0, 'f', 2);
    if (mode == DiffMode::Relative)
        lines << tr("Change: %1 (share %2%3 points, %4 relative)")
                     .arg(units, shareDelta > 0 ? QStringLiteral("+") : QString())
                     .arg(shareDelta, 0, 'f', 2)
                     .arg(percent);
    else
        lines << tr("Change: %1 (%2)").arg(units, percent);
    if (m.presence(node) == DiffMetrics::Presence::New)
        lines << tr("Only in the comparison: not called in the baseline.");
    else if (m.presence(node) == DiffMetrics::Presence::Removed)
        lines << tr("Only in the baseline: no longer called in the comparison.");
    return lines.join(u'\n');
}
