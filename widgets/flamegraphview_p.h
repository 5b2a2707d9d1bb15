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

class FlameScrollBar;
class HeatLegend;
class FunctionActions;
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
    QWidget *rendererWidget = nullptr;   // the canvas: the view less the bar and the legend
    FlameScrollBar *scrollBar = nullptr; // shown while the rows do not fit
    HeatLegend *legend = nullptr;        // shown in the heat scheme
    bool barShown = false;
    bool legendShown = false;
    bool syncPending = false; // a syncScrollBar() is queued
    FunctionActions *functionActions = nullptr; // the context menu's function actions

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
    FlameLabelFit labelFit = FlameLabelFit::Auto;
    FlameLabelFit resolvedFit = FlameLabelFit::HeadFirst; // labelFit, Auto resolved for the profile
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

    int rowHeight() const { return FlameSceneBuilder::rowHeightFor(q->font()); }
    // Where the boxes are drawn: the renderer's child widget.
    QSize canvasSize() const { return rendererWidget->size(); }
    int canvasWidth() const { return std::max(1, rendererWidget->width()); }
    FlameSceneBuilder::Geometry geometry() const
    {
        return FlameSceneBuilder::Geometry{orientation == FlameGraphView::Orientation::Flame,
                                           rendererWidget->height(), rowHeight(), scrollY};
    }
    double contentHeight() const { return double(layout.rowCount()) * rowHeight(); }
    bool hasTree() const { return profile && profile->tree().nodeCount() > 0; }

    void ensureLayout();
    const FlameScene &currentScene();
    void invalidateLayout()
    {
        layoutDirty = boxesDirty = outlinesDirty = true;
        scheduleScrollBarSync();
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
    // Scrolls as little as needed to show a row whole (a zoom target).
    void scrollToRow(int row);
    // The scroll bar's range and value, and whether it is shown, after the
    // layout changed: queued, so a burst of events (a zoom animation, a drag)
    // makes one layout, which the next frame then reuses.
    void scheduleScrollBarSync();
    void syncScrollBar();
    void setBarShown(bool shown);
    // Shows or hides the scroll bar or the legend (flag: whether it is shown), and makes room.
    void showChild(QWidget *child, bool &flag, bool shown);
    // The legend's scale and whether it is shown, after the scheme, profile or sample type changed.
    void updateLegend();
    // Places the canvas, the scroll bar and the legend in the view.
    void layoutChildren();
    // Animates the view to [start, end] of the axis without changing the zoom root.
    void animateView(double start, double end);
    void finishAnimation();
    void setView(double start, double end);
    FlameLayout::Range zoomRange() const;
    // The narrowest view a zoom may reach: a billionth of the zoom root, at least one unit.
    double minSpan() const;
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
    void zoomIntoMerged(qsizetype index);
    void select(NodeId node);
    NodeId commonAncestor(NodeId a, NodeId b) const;
    QString nodeName(NodeId node) const;
};
