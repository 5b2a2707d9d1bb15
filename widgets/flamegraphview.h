#pragma once

#include "widgets/render/flamecolors.h"
#include "widgets/render/flamestyle.h"

#include "model/diffmetrics.h"
#include "model/ids.h"
#include "model/profile.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class HeatLegend;
class FunctionActions;
class QMenu;
class QScrollBar;
class SearchResult;
class FlameGraphViewPrivate;
class FlameLayout;

// The interactive flamegraph. It owns the state (profile, zoom, hover, search,
// selection), computes one FlameLayout per zoom and viewport, builds a FlameScene
// from it and hands that to a renderer child: OpenGL (a native child window,
// GlSurfaceHost, one draw call for every box) or raster (QPainter). The child is transparent for
// mouse events, so all interaction is handled here whichever renderer draws.
// Beside the renderer's canvas, never over it (a native GL window would cover
// a sibling), a FlameScrollBar while the rows are taller than the view, and a
// HeatLegend under it in the heat scheme.
class FlameGraphView : public QWidget
{
    Q_OBJECT
public:
    enum class Renderer { Auto, OpenGL, Raster };
    using Orientation = FlameOrientation;
    using ColorScheme = FlameColorScheme;

    explicit FlameGraphView(Renderer renderer = Renderer::Auto, QWidget *parent = nullptr);
    ~FlameGraphView() override;

    void setProfile(ProfilePtr profile, int sampleType);
    void setSampleType(int sampleType);
    ProfilePtr profile() const;
    int sampleType() const;

    void setSearch(const SearchResult &result); // matches highlighted, the rest dimmed
    void setHighlightedName(NameId name);       // e.g. the table's selection; invalid = none
    void zoomTo(NodeId node, bool animate = true);
    void resetZoom();
    NodeId zoomRoot() const;
    bool zoomToPath(const QStringList &rootFirstNames); // false when the path does not exist
    void setOrientation(Orientation orientation);
    Orientation orientation() const;
    void setColorScheme(ColorScheme scheme);
    ColorScheme colorScheme() const;
    // Relative (shares of each side's total, the default) or absolute values.
    void setDiffMode(DiffMode mode);
    DiffMode diffMode() const;
    void setDiffPalette(FlameColors::DiffPalette palette);
    FlameColors::DiffPalette diffPalette() const;
    // Which end of a long name the labels keep; Auto picks per profile
    // (LabelFitChooser), effectiveLabelFit() says what it picked.
    void setLabelFit(FlameLabelFit fit);
    FlameLabelFit labelFit() const;
    FlameLabelFit effectiveLabelFit() const;
    QString activeRendererName() const; // "OpenGL" or "Raster"

    // The vertical scroll bar, shown while the rows are taller than the view,
    // and the heat colouring's legend, shown under the graph in that scheme.
    QScrollBar *verticalScrollBar() const;
    HeatLegend *heatLegend() const;
    // How to zoom, pan and scroll: the view's status tip, and the last line of
    // its box tooltips, so the mouse interactions are found where they are used.
    static QString interactionHint();

    // For tests, the benchmark and exports: what is on screen now.
    const FlameLayout &layout() const;
    // The visible value range (absolute, in the root's coordinates) and whether a
    // zoom animation is running.
    double viewStart() const;
    double viewEnd() const;
    bool isAnimating() const;
    // The box of a node in widget coordinates; empty when not visible.
    QRectF nodeRect(NodeId node) const;
    NodeId nodeAt(const QPointF &pos) const;
    // The label drawn on a node's box now, elided as the label fit says; empty
    // when the box is not visible or too narrow for a label.
    QString labelText(NodeId node) const;
    NodeId hoveredNode() const;
    NodeId selectedNode() const;
    void setSelectedNode(NodeId node);
    // The tooltip for a node: full name, total and self in the profile's unit,
    // share of the whole and of the parent.
    QString toolTipText(NodeId node) const;
    // The context menu for a node: the function's actions (their requests are
    // functionActions()' signals) and "Reset view" (resetRequested); the caller
    // owns it. Public so that a composite view can add its own actions.
    QMenu *createContextMenu(NodeId node, QWidget *parent);
    FunctionActions *functionActions() const;
    int rowHeight() const;
    // Lays out and draws one frame now (benchmark); returns after the renderer
    // finished (glFinish for OpenGL).
    void renderFrameNow();
    // The current frame as an image, from the active renderer.
    QImage grabFrame();

signals:
    void nodeHovered(NodeId node); // invalid when leaving
    void zoomChanged(NodeId root);
    void functionSelected(NameId name); // click/keyboard selection, for table sync
    void resetRequested();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class FlameGraphViewPrivate;
    std::unique_ptr<FlameGraphViewPrivate> d;
};
