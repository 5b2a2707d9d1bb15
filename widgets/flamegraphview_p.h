#pragma once

#include "flamegraphview.h"
#include "flamerenderer.h"

#include "widgets/render/flamecolors.h"
#include "widgets/render/flamescene.h"
#include "widgets/render/flamescenebuilder.h"

#include "model/flamelayout.h"
#include "model/searchresult.h"

#include <QFontMetricsF>
#include <QPointF>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

class QVariantAnimation;

// FlameGraphView's state (profile, zoom, hover, search, selection) and the
// frame it makes from it: one FlameLayout per zoom and viewport, and the
// FlameScene the renderer draws, each made again only after a change that
// needs it. The view's input handling (flamegraphview.cpp) changes the state.
class FlameGraphViewPrivate
{
public:
    explicit FlameGraphViewPrivate(FlameGraphView *q) : q(q) { }

    FlameGraphView *q;
    FlameRenderer *renderer = nullptr;
    QWidget *rendererWidget = nullptr;

    ProfilePtr profile;
    int sampleType = 0;
    NodeId zoomRoot;   // what the user zoomed to
    NodeId layoutRoot; // what the layout draws; a common ancestor while animating
    double viewStart = 0;
    double viewEnd = 0;
    QVariantAnimation *animation = nullptr;
    double fromStart = 0, fromEnd = 0, toStart = 0, toEnd = 0;
    NodeId animationTarget;

    FlameGraphView::Orientation orientation = FlameGraphView::Orientation::Flame;
    FlameGraphView::ColorScheme scheme = FlameGraphView::ColorScheme::Package;
    SearchResult search;
    NameId highlightedName;
    NodeId hovered;
    NodeId selected;
    double scrollY = 0;
    bool focusFrame = false; // the focus came from the keyboard

    FlameLayout layout;
    bool layoutDirty = true;
    bool boxesDirty = true;
    bool outlinesDirty = true;
    FlameScene scene;
    FlameSceneBuilder builder;
    std::vector<qint64> selfColumn; // for the heat scheme, computed on first use
    DiffMode diffMode = DiffMode::Relative;
    FlameColors::DiffPalette diffPalette = FlameColors::DiffPalette::Default;
    std::vector<qint64> diffWidths; // baseline + comparison, computed on first use
    int selfColumnType = -1;
    qint64 maxSelf = 0;

    // Mouse: a press becomes a drag (pan) once it moves far enough, else a click.
    bool pressed = false;
    bool dragging = false;
    QPointF pressPos;
    double pressStart = 0, pressEnd = 0, pressScrollY = 0;

    int rowHeight() const
    {
        return std::max(18, int(std::ceil(QFontMetricsF(q->font()).height())) + 6);
    }
    FlameSceneBuilder::Geometry geometry() const
    {
        return FlameSceneBuilder::Geometry{orientation == FlameGraphView::Orientation::Flame,
                                           q->height(), rowHeight(), scrollY};
    }
    bool hasTree() const { return profile && profile->tree().nodeCount() > 0; }

    void ensureLayout();
    const FlameScene &currentScene();
    void invalidateLayout()
    {
        layoutDirty = boxesDirty = outlinesDirty = true;
        if (rendererWidget)
            rendererWidget->update();
    }
    void invalidateBoxes()
    {
        boxesDirty = outlinesDirty = true;
        if (rendererWidget)
            rendererWidget->update();
    }
    void invalidateOutlines()
    {
        outlinesDirty = true;
        if (rendererWidget)
            rendererWidget->update();
    }
    FlameSceneBuilder::Input sceneInput() const;
    void ensureSelfColumn();
    void clampScroll();
    void finishAnimation();
    void setView(double start, double end);
    FlameLayout::Range zoomRange() const;
    bool drawsDiff() const
    {
        return scheme == FlameGraphView::ColorScheme::Diff && hasTree() && profile->isDiff();
    }
    // The node widths the layout uses: the sample type's totals, or in the diff scheme baseline +
    // comparison.
    std::span<const qint64> widths();
    FlameLayout::Range nodeRange(NodeId node)
    {
        return FlameLayout::nodeRange(*profile, widths(), node);
    }
    qsizetype indexAt(const QPointF &pos);
    void setHovered(NodeId node, const QPointF &globalPos, qsizetype index);
    void click(const QPointF &pos);
    void select(NodeId node);
    NodeId commonAncestor(NodeId a, NodeId b) const;
    QString nodeName(NodeId node) const;
};
