#include "flamegraphview_p.h"

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
    params.width = q->width();
    params.minWidth = 1.0;
    params.widths = widths();
    layout = FlameLayout::compute(*profile, params);
    clampScroll();
}

void FlameGraphViewPrivate::clampScroll()
{
    const double content = double(layout.rowCount()) * rowHeight();
    scrollY = std::clamp(scrollY, 0.0, std::max(0.0, content - q->height()));
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
    in.size = q->size();
    in.devicePixelRatio = q->devicePixelRatioF();
    in.background = q->palette().color(QPalette::Base).rgb();
    in.highlightedName = highlightedName;
    in.hovered = hovered;
    in.selected = selected;
    in.diffMode = diffMode;
    in.diffPalette = diffPalette;
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
