#include "flamescenebuilder.h"

#include "flamecolors.h"

#include "model/searchresult.h"

#include <QTextLayout>

#include <cmath>

int FlameSceneBuilder::Geometry::rowAt(double y) const
{
    const double r = flame ? (height + scrollY - y) / rowHeight : (y + scrollY) / rowHeight;
    return r < 0 ? -1 : int(std::floor(r));
}

void FlameSceneBuilder::reset(const QFont &font)
{
    m_font = font;
    m_metrics = std::make_unique<QFontMetricsF>(font);
    m_overhang = std::max({0.0, -m_metrics->minLeftBearing(), -m_metrics->minRightBearing()});
    m_ellipsis = m_metrics->inFontUcs4(0x2026) ? QStringLiteral("\u2026") : QStringLiteral("...");
    m_ellipsisWidth = m_metrics->horizontalAdvance(m_ellipsis);
    m_packageColor.clear();
    m_labels.clear();
}

QRgb FlameSceneBuilder::baseColor(const Input &input, NodeId node)
{
    const Profile &p = *input.profile;
    const CallTree &tree = p.tree();
    switch (input.scheme) {
    case FlameGraphView::ColorScheme::Heat:
        if (input.selfColumn && input.maxSelf > 0)
            return FlameColors::heatColor(double((*input.selfColumn)[node.index]) / double(input.maxSelf));
        break;
    case FlameGraphView::ColorScheme::Diff:
        if (p.isDiff()) {
            const int l = p.diffBaseline(), r = p.diffComparison();
            return FlameColors::diffColor(DiffMetrics::changePercent(tree.total(node, l), p.total(l), tree.total(node, r),
                                                                     p.total(r), input.diffMode),
                                          input.diffPalette);
        }
        break;
    case FlameGraphView::ColorScheme::Package:
        break;
    }
    const NameId name = tree.name(node);
    if (m_packageColor.size() != size_t(p.names().size()))
        m_packageColor.assign(size_t(p.names().size()), 0);
    QRgb &c = m_packageColor[name.index];
    if (c == 0)
        c = FlameColors::packageColor(p.names().name(name));
    return c;
}

QRectF FlameSceneBuilder::snapped(const Input &input, double x, double w, int row) const
{
    // Edges on whole device pixels, so both renderers fill exactly the same
    // pixels; a 1-device-pixel gap between boxes wide enough to afford it.
    const double dpr = input.devicePixelRatio;
    double x0 = std::round(x * dpr), x1 = std::round((x + w) * dpr);
    if (x1 <= x0)
        x1 = x0 + 1;
    else if (x1 - x0 >= 3)
        x1 -= 1;
    const double y0 = std::round(input.geometry.rowTop(row) * dpr);
    const double y1 = y0 + std::max(1.0, std::round(input.geometry.rowHeight * dpr) - 1);
    return QRectF(x0 / dpr, y0 / dpr, (x1 - x0) / dpr, (y1 - y0) / dpr);
}

const QString &FlameSceneBuilder::labelText(const Profile &profile, NameId name, double available, double *advance)
{
    LabelCache &entry = m_labels[name.index];
    if (entry.text.isNull()) {
        const std::string_view n = profile.names().name(name);
        entry.text = QString::fromUtf8(n.data(), qsizetype(n.size()));
        entry.width = m_metrics->horizontalAdvance(entry.text);
    }
    if (entry.width <= available) {
        *advance = entry.width;
        return entry.text;
    }
    const int key = int(available);
    if (entry.elidedFor != key) {
        if (entry.prefix.empty()) {
            QTextLayout layout(entry.text, m_font);
            QTextOption option;
            option.setWrapMode(QTextOption::NoWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            const QTextLine line = layout.createLine();
            layout.endLayout();
            entry.prefix.resize(size_t(entry.text.size()) + 1);
            for (qsizetype i = 0; i <= entry.text.size(); ++i)
                entry.prefix[size_t(i)] = layout.isValidCursorPosition(int(i)) ? float(line.cursorToX(int(i))) : -1.f;
        }
        // As QFontMetricsF::elidedText(ElideRight) cuts: the longest prefix
        // that stays under the width left beside the ellipsis; nothing when
        // not even the ellipsis fits. (Inside a ligature, such as "fl", Qt
        // cuts before it and this may keep its first letter.)
        const double room = key - m_ellipsisWidth;
        qsizetype cut = 0;
        for (qsizetype i = 1; i < qsizetype(entry.prefix.size()); ++i) {
            if (entry.prefix[size_t(i)] < 0)
                continue;
            if (entry.prefix[size_t(i)] >= room)
                break;
            cut = i;
        }
        entry.elided = room < 0 ? QString() : entry.text.left(cut) + m_ellipsis;
        entry.elidedFor = key;
    }
    // Elided text fills the width, within a letter: no need to shape it again.
    *advance = available;
    return entry.elided;
}

void FlameSceneBuilder::buildBoxes(const Input &input, FlameScene &scene)
{
    scene.size = input.size;
    scene.devicePixelRatio = input.devicePixelRatio;
    scene.background = input.background;
    scene.font = m_font;
    scene.labelOverhang = m_overhang;
    scene.boxes.clear();
    scene.labels.clear();
    scene.message.clear();
    ++scene.generation;
    if (!input.profile || !input.layout) {
        scene.message = QObject::tr("No profile");
        return;
    }
    const Profile &p = *input.profile;
    const FlameLayout &layout = *input.layout;
    const CallTree &tree = p.tree();
    const bool searching = input.search && input.search->isActive();
    const double minLabelWidth = std::max(labelThreshold, m_metrics->averageCharWidth() * 2 + 2 * labelPadding);
    for (int row = 0; row < layout.rowCount(); ++row) {
        const double top = input.geometry.rowTop(row);
        if (top >= input.size.height() || top + input.geometry.rowHeight <= 0)
            continue;
        const bool ancestor = row < layout.zoomRootRow();
        for (qsizetype i = layout.rowBegin(row); i < layout.rowEnd(row); ++i) {
            const NodeId node = layout.node(i);
            const bool merged = layout.isMerged(i);
            QRgb color = merged ? FlameColors::mergedColor() : baseColor(input, node);
            if (searching && (merged || !input.search->nameMatches(tree.name(node))))
                color = FlameColors::dimmedColor();
            if (ancestor)
                color = FlameColors::mix(color, input.background, 0.45);
            const QRectF r = snapped(input, layout.x(i), layout.width(i), row);
            scene.boxes.push_back(FlameScene::Box{float(r.x()), float(r.y()), float(r.width()),
                                                  float(r.height()), color});
            if (merged || r.width() < minLabelWidth)
                continue;
            const QRectF textRect = r.adjusted(labelPadding, 0, -labelPadding, 0);
            double advance = 0;
            const QString &text = labelText(p, tree.name(node), textRect.width(), &advance);
            if (text.isEmpty() || text == QStringView(u"\u2026"))
                continue;
            scene.labels.push_back(FlameScene::Label{textRect, text, FlameColors::textColorFor(color), advance, color});
        }
    }
    if (scene.boxes.empty())
        scene.message = p.total(layout.sampleType()) == 0 ? QObject::tr("This sample type has no samples")
                                                          : QString();
}

void FlameSceneBuilder::buildOutlines(const Input &input, FlameScene &scene) const
{
    scene.outlines.clear();
    if (!input.profile || !input.layout)
        return;
    const FlameLayout &layout = *input.layout;
    const CallTree &tree = input.profile->tree();
    auto outline = [&](NodeId node, QRgb color, qreal width) {
        if (!node.isValid() || node.index >= tree.nodeCount())
            return;
        const int row = int(tree.depth(node));
        const qsizetype i = layout.indexOf(node, row);
        if (i < 0)
            return;
        const double top = input.geometry.rowTop(row);
        if (top >= input.size.height() || top + input.geometry.rowHeight <= 0)
            return;
        scene.outlines.push_back(FlameScene::Outline{snapped(input, layout.x(i), layout.width(i), row), color,
                                                     width});
    };
    if (input.highlightedName.isValid()) {
        // Every box of the highlighted function: the visible rows only.
        for (qsizetype i = 0; i < layout.size(); ++i) {
            if (!layout.isMerged(i) && tree.name(layout.node(i)) == input.highlightedName)
                outline(layout.node(i), qRgb(150, 0, 170), 2);
        }
    }
    outline(input.selected, qRgb(0, 100, 210), 2);
    outline(input.hovered, FlameColors::textColorFor(input.background) == qRgb(0, 0, 0) ? qRgb(20, 20, 20)
                                                                                          : qRgb(240, 240, 240),
            1);
}
