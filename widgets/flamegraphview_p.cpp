#include "flamegraphview_p.h"

#include "flamegraphaccessible.h"
#include "flamescrollbar.h"
#include "heatlegend.h"

#include "widgets/render/flametooltip.h"

#include <QTextDocument>
#include <QToolTip>
#include <QVariantAnimation>

#include <string_view>

void FlameGraphViewPrivate::ensureLayout()
{
    if (!layoutDirty)
        return;
    layoutDirty = false;
    if (!hasTree()) {
        layout = FlameLayout();
        return;
    }
    FlameLayout::Params params;
    params.sampleType = sampleType;
    params.zoomRoot = layoutRoot;
    params.viewStart = viewStart;
    params.viewEnd = viewEnd;
    params.width = canvasWidth();
    params.minWidth = 1.0;
    params.widths = widths();
    layout = FlameLayout::compute(*profile, params);
    clampScroll();
}

void FlameGraphViewPrivate::clampScroll()
{
    scrollY = std::clamp(scrollY, 0.0, std::max(0.0, contentHeight() - canvasSize().height()));
}

void FlameGraphViewPrivate::scrollToRow(int row)
{
    // The same interval in both orientations: rowTop(row) within [0, height - rowHeight].
    const int h = rowHeight();
    scrollY = std::clamp(scrollY, double((row + 1) * h - canvasSize().height()), double(row * h));
    scrollY = std::max(0.0, scrollY);
}

void FlameGraphViewPrivate::scheduleScrollBarSync()
{
    if (syncPending || !scrollBar)
        return;
    syncPending = true;
    QMetaObject::invokeMethod(
        q, [this] { syncScrollBar(); }, Qt::QueuedConnection);
}

void FlameGraphViewPrivate::syncScrollBar()
{
    if (!hasTree()) {
        setBarShown(false);
        syncPending = false;
        return;
    }
    ensureLayout();
    const bool needed = contentHeight() > canvasSize().height();
    if (needed != barShown) {
        // The bar takes width, and a narrower layout may lose a row of
        // boxes under a pixel wide: when hiding it makes the rows overflow
        // again, it stays (disabled in effect), rather than come and go.
        setBarShown(needed);
        ensureLayout();
        if (!needed && contentHeight() > canvasSize().height()) {
            setBarShown(true);
            ensureLayout();
        }
    }
    scrollBar->setState(contentHeight(), canvasSize().height(), rowHeight(), scrollY,
                        orientation == FlameGraphView::Orientation::Flame);
    syncPending = false;
}

void FlameGraphViewPrivate::setBarShown(bool shown)
{
    showChild(scrollBar, barShown, shown);
}

void FlameGraphViewPrivate::showChild(QWidget *child, bool &flag, bool shown)
{
    if (shown == flag)
        return;
    flag = shown;
    child->setVisible(shown);
    layoutChildren();
}

void FlameGraphViewPrivate::updateLegend()
{
    const bool shown = scheme == FlameGraphView::ColorScheme::Heat && hasTree();
    if (shown) {
        ensureSelfColumn();
        legend->setScale(maxSelf, profile->sampleTypes()[size_t(sampleType)].unit);
    }
    showChild(legend, legendShown, shown);
}

void FlameGraphViewPrivate::layoutChildren()
{
    const int barWidth = barShown ? scrollBar->sizeHint().width() : 0;
    const int legendHeight = legendShown ? legend->sizeHint().height() : 0;
    const QRect canvas(0, 0, std::max(1, q->width() - barWidth),
                       std::max(1, q->height() - legendHeight));
    rendererWidget->setGeometry(canvas);
    scrollBar->setGeometry(canvas.right() + 1, 0, barWidth, canvas.height());
    legend->setGeometry(0, canvas.bottom() + 1, q->width(), legendHeight);
    invalidateLayout();
}

void FlameGraphViewPrivate::ensureSelfColumn()
{
    if (!hasTree() || selfColumnType == sampleType)
        return;
    selfColumn = profile->tree().selfColumn(sampleType);
    maxSelf = selfColumn.empty() ? 0 : *std::max_element(selfColumn.begin(), selfColumn.end());
    selfColumnType = sampleType;
}

FlameSceneBuilder::Input FlameGraphViewPrivate::sceneInput() const
{
    FlameSceneBuilder::Input in;
    in.profile = profile.get();
    in.layout = hasTree() ? &layout : nullptr;
    in.search = &search;
    in.scheme = scheme;
    in.geometry = geometry();
    in.size = canvasSize();
    in.devicePixelRatio = q->devicePixelRatioF();
    in.background = q->palette().color(QPalette::Base).rgb();
    in.highlightedName = highlightedName;
    in.hovered = hovered;
    in.selected = selected;
    in.diffMode = diffMode;
    in.diffPalette = diffPalette;
    in.labelFit = resolvedFit;
    if (scheme == FlameGraphView::ColorScheme::Heat && selfColumnType == sampleType) {
        in.selfColumn = &selfColumn;
        in.maxSelf = maxSelf;
    }
    return in;
}

const FlameScene &FlameGraphViewPrivate::currentScene()
{
    ensureLayout();
    if (boxesDirty) {
        if (scheme == FlameGraphView::ColorScheme::Heat)
            ensureSelfColumn();
        builder.buildBoxes(sceneInput(), scene);
        boxesDirty = false;
    }
    if (outlinesDirty) {
        builder.buildOutlines(sceneInput(), scene);
        // The keyboard's place is visible: a frame in the highlight colour
        // around the whole graph while it has the focus (both renderers draw outlines).
        if (focusFrame)
            scene.outlines.push_back({QRectF(QPointF(0, 0), QSizeF(q->size())),
                                      q->palette().color(QPalette::Highlight).rgb(), 2});
        outlinesDirty = false;
    }
    return scene;
}

FlameLayout::Range FlameGraphViewPrivate::zoomRange() const
{
    return const_cast<FlameGraphViewPrivate *>(this)->nodeRange(layoutRoot);
}

std::span<const qint64> FlameGraphViewPrivate::widths()
{
    if (!drawsDiff())
        return profile->tree().totals(sampleType);
    if (diffWidths.size() != size_t(profile->tree().nodeCount()))
        diffWidths = DiffMetrics::widthColumn(*profile);
    return diffWidths;
}

void FlameGraphViewPrivate::setView(double start, double end)
{
    viewStart = start;
    viewEnd = end;
    invalidateLayout();
}

double FlameGraphViewPrivate::minSpan() const
{
    const FlameLayout::Range r = zoomRange();
    const double rootSpan = r.end - r.start;
    return std::min(rootSpan, std::max(1.0, rootSpan * 1e-9));
}

void FlameGraphViewPrivate::animateView(double start, double end)
{
    finishAnimation();
    if (!q->isVisible()) {
        setView(start, end);
        return;
    }
    animationTarget = layoutRoot;
    fromStart = viewStart;
    fromEnd = viewEnd;
    toStart = start;
    toEnd = end;
    animation->start();
}

void FlameGraphViewPrivate::finishAnimation()
{
    if (animation->state() != QAbstractAnimation::Running)
        return;
    animation->stop();
    layoutRoot = animationTarget;
    setView(toStart, toEnd);
}

NodeId FlameGraphViewPrivate::commonAncestor(NodeId a, NodeId b) const
{
    const CallTree &tree = profile->tree();
    while (tree.depth(a) > tree.depth(b))
        a = tree.parent(a);
    while (tree.depth(b) > tree.depth(a))
        b = tree.parent(b);
    while (a != b) {
        a = tree.parent(a);
        b = tree.parent(b);
    }
    return a;
}

QString FlameGraphViewPrivate::nodeName(NodeId node) const
{
    const std::string_view n = profile->name(node);
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}

qsizetype FlameGraphViewPrivate::indexAt(const QPointF &pos)
{
    if (!hasTree())
        return -1;
    ensureLayout();
    return layout.indexAt(pos.x(), geometry().rowAt(pos.y()));
}

void FlameGraphViewPrivate::setHovered(NodeId node, const QPointF &globalPos, qsizetype index)
{
    const bool changed = node != hovered;
    if (changed) {
        hovered = node;
        invalidateOutlines();
        emit q->nodeHovered(node);
    }
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    // A merged box has no node of its own: its tooltip names the group.
    // The last line of a frame's tooltip says how to get around, where the mouse already is.
    QString text = layout.isMerged(index)
        ? FlameToolTip::mergedText(layout.mergedCount(index))
        : q->toolTipText(node) + QStringLiteral("\n\n") + FlameGraphView::interactionHint();
    if (Qt::mightBeRichText(text))
        text = Qt::convertFromPlainText(text);
    const QRectF box(layout.x(index), geometry().rowTop(int(layout.row(index))),
                     layout.width(index), rowHeight());
    QToolTip::showText(globalPos.toPoint(), text, q, box.toAlignedRect());
}

void FlameGraphViewPrivate::select(NodeId node)
{
    if (node == selected)
        return;
    selected = node;
    invalidateOutlines();
    FlameGraphAccessible::notifySelectionChanged(q);
    if (node.isValid())
        emit q->functionSelected(profile->tree().name(node));
}

void FlameGraphViewPrivate::click(const QPointF &pos)
{
    const qsizetype i = indexAt(pos);
    if (i < 0)
        return;
    if (layout.isMerged(i)) {
        zoomIntoMerged(i);
        return;
    }
    const NodeId node = layout.node(i);
    select(node);
    // As Pyroscope: clicking the zoomed node again zooms back out.
    if (node == zoomRoot)
        q->resetZoom();
    else
        q->zoomTo(node);
}

void FlameGraphViewPrivate::zoomIntoMerged(qsizetype i)
{
    // The grey box stands for siblings each too narrow to draw, side by side:
    // show the stretch of the axis it covers across the whole width, so they
    // spread out (a box's share of the grey box becomes its share of the
    // view). Each click widens them by the view's width over the grey box's;
    // the zoom root, and so the breadcrumbs, stay. Ctrl+wheel zooms no closer.
    const double span = viewEnd - viewStart;
    const double perPixel = span / canvasWidth();
    const FlameLayout::Range r = zoomRange();
    double start = viewStart + layout.x(i) * perPixel;
    double end = start + std::max(layout.width(i) * perPixel, minSpan());
    if (end > r.end) {
        start = std::max(r.start, r.end - (end - start));
        end = r.end;
    }
    animateView(start, end);
}
