#include "flamegraphview.h"

#include "flamegraphaccessible.h"
#include "flamegraphview_p.h"
#include "flamescrollbar.h"
#include "functionactions.h"
#include "glflamerenderer.h"
#include "heatlegend.h"
#include "rasterflamerenderer.h"
#include "widgets/render/flamenavigator.h"
#include "widgets/render/flametooltip.h"
#include "widgets/render/labelfitchooser.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QEasingCurve>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <string>

FlameGraphView::FlameGraphView(Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<FlameGraphViewPrivate>(this))
{
    FlameGraphAccessible::registerFactory();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(100, 60);
    d->functionActions = new FunctionActions(this);
    if (renderer == Renderer::Auto)
        renderer = GlFlameRenderer::isAvailable() ? Renderer::OpenGL : Renderer::Raster;
    if (renderer == Renderer::OpenGL) {
        auto *gl = new GlFlameRenderer(this);
        d->renderer = gl;
    } else {
        d->renderer = new RasterFlameRenderer(this);
    }
    d->rendererWidget = d->renderer->widget();
    d->scrollBar = new FlameScrollBar(this);
    d->scrollBar->hide();
    connect(d->scrollBar, &FlameScrollBar::scrollRequested, this, [this](double scrollY) {
        d->scrollY = scrollY;
        d->clampScroll();
        d->invalidateBoxes();
    });
    d->legend = new HeatLegend(this);
    d->legend->setObjectName(QStringLiteral("heatLegend"));
    d->legend->hide();
    d->layoutChildren();
    setStatusTip(interactionHint());
    d->renderer->setSceneSource([this]() -> const FlameScene & { return d->currentScene(); });
    d->builder.reset(font());

    d->animation = new QVariantAnimation(this);
    d->animation->setDuration(150);
    d->animation->setStartValue(0.0);
    d->animation->setEndValue(1.0);
    d->animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(d->animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (d->animation->state() != QAbstractAnimation::Running)
            return;
        const double t = value.toDouble();
        d->setView(d->fromStart + (d->toStart - d->fromStart) * t, d->fromEnd + (d->toEnd - d->fromEnd) * t);
    });
    connect(d->animation, &QVariantAnimation::finished, this, [this] {
        d->layoutRoot = d->animationTarget;
        d->setView(d->toStart, d->toEnd);
    });
}

FlameGraphView::~FlameGraphView() = default;

void FlameGraphView::setProfile(ProfilePtr profile, int sampleType)
{
    d->animation->stop();
    d->profile = std::move(profile);
    d->sampleType = d->profile && (sampleType < 0 || sampleType >= d->profile->sampleTypeCount())
                        ? d->profile->defaultSampleType()
                        : sampleType;
    d->zoomRoot = d->layoutRoot = d->hasTree() ? CallTree::root() : NodeId();
    d->search = SearchResult();
    d->highlightedName = NameId();
    d->hovered = d->selected = NodeId();
    d->scrollY = 0;
    d->selfColumn.clear();
    d->selfColumnType = -1;
    d->diffWidths.clear();
    d->builder.reset(font());
    d->resolvedFit = LabelFitChooser::resolve(d->labelFit, d->profile.get());
    if (d->hasTree()) {
        const FlameLayout::Range r = d->zoomRange();
        d->setView(r.start, r.end);
    } else {
        d->setView(0, 0);
    }
    d->updateLegend();
    emit zoomChanged(d->zoomRoot);
}

void FlameGraphView::setSampleType(int sampleType)
{
    if (!d->profile || sampleType < 0 || sampleType >= d->profile->sampleTypeCount()
        || sampleType == d->sampleType)
        return;
    d->finishAnimation();
    d->sampleType = sampleType;
    d->updateLegend();
    if (d->hasTree()) {
        // The same zoom root, placed by the new sample type's values.
        const FlameLayout::Range r = d->zoomRange();
        d->setView(r.start, r.end);
    }
}

ProfilePtr FlameGraphView::profile() const
{
    return d->profile;
}

int FlameGraphView::sampleType() const
{
    return d->sampleType;
}

void FlameGraphView::setSearch(const SearchResult &result)
{
    d->search = result;
    d->invalidateBoxes();
}

void FlameGraphView::setHighlightedName(NameId name)
{
    if (name == d->highlightedName)
        return;
    d->highlightedName = name;
    d->invalidateOutlines();
}

void FlameGraphView::zoomTo(NodeId node, bool animate)
{
    if (!d->hasTree() || !node.isValid() || node.index >= d->profile->tree().nodeCount())
        return;
    d->finishAnimation();
    const FlameLayout::Range target = d->nodeRange(node);
    const bool changed = node != d->zoomRoot;
    d->zoomRoot = node;
    d->scrollToRow(int(d->profile->tree().depth(node)));
    if (!animate || !isVisible() || (target.start == d->viewStart && target.end == d->viewEnd)) {
        d->layoutRoot = node;
        d->setView(target.start, target.end);
    } else {
        // Animate on the common ancestor, so the old view's neighbours slide
        // out (zoom in) or the new one's slide in (zoom out).
        d->layoutRoot = d->commonAncestor(d->layoutRoot, node);
        d->animationTarget = node;
        d->fromStart = d->viewStart;
        d->fromEnd = d->viewEnd;
        d->toStart = target.start;
        d->toEnd = target.end;
        d->animation->start();
        d->invalidateLayout();
    }
    if (changed)
        emit zoomChanged(node);
}

void FlameGraphView::resetZoom()
{
    if (d->hasTree())
        zoomTo(CallTree::root());
}

NodeId FlameGraphView::zoomRoot() const
{
    return d->zoomRoot;
}

bool FlameGraphView::zoomToPath(const QStringList &rootFirstNames)
{
    if (!d->hasTree())
        return false;
    std::vector<std::string> owned;
    for (const QString &name : rootFirstNames)
        owned.push_back(name.toStdString());
    const std::vector<std::string_view> names(owned.begin(), owned.end());
    const NodeId node = d->profile->findPath(names);
    if (!node.isValid())
        return false;
    zoomTo(node, false);
    return true;
}

void FlameGraphView::setOrientation(Orientation orientation)
{
    if (orientation == d->orientation)
        return;
    d->orientation = orientation;
    d->invalidateLayout();
}

FlameGraphView::Orientation FlameGraphView::orientation() const
{
    return d->orientation;
}

void FlameGraphView::setColorScheme(ColorScheme scheme)
{
    if (scheme == d->scheme)
        return;
    const bool diffBefore = d->drawsDiff();
    d->finishAnimation();
    d->scheme = scheme;
    d->updateLegend();
    if (d->drawsDiff() != diffBefore) {
        // The widths changed: the same zoom root, placed by the new widths.
        const FlameLayout::Range r = d->zoomRange();
        d->setView(r.start, r.end);
        return;
    }
    d->invalidateBoxes();
}

void FlameGraphView::setDiffMode(DiffMode mode)
{
    if (mode == d->diffMode)
        return;
    d->diffMode = mode;
    d->invalidateBoxes();
}

DiffMode FlameGraphView::diffMode() const
{
    return d->diffMode;
}

void FlameGraphView::setDiffPalette(FlameColors::DiffPalette palette)
{
    if (palette == d->diffPalette)
        return;
    d->diffPalette = palette;
    d->invalidateBoxes();
}

FlameColors::DiffPalette FlameGraphView::diffPalette() const
{
    return d->diffPalette;
}

FlameGraphView::ColorScheme FlameGraphView::colorScheme() const
{
    return d->scheme;
}

void FlameGraphView::setLabelFit(FlameLabelFit fit)
{
    if (fit == d->labelFit)
        return;
    d->labelFit = fit;
    d->resolvedFit = LabelFitChooser::resolve(fit, d->profile.get());
    d->invalidateBoxes();
}

FlameLabelFit FlameGraphView::labelFit() const
{
    return d->labelFit;
}

FlameLabelFit FlameGraphView::effectiveLabelFit() const
{
    return d->resolvedFit;
}

QScrollBar *FlameGraphView::verticalScrollBar() const
{
    return d->scrollBar;
}

HeatLegend *FlameGraphView::heatLegend() const
{
    return d->legend;
}

QString FlameGraphView::interactionHint()
{
    return tr("Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll");
}

QString FlameGraphView::activeRendererName() const
{
    return d->renderer->name();
}

const FlameLayout &FlameGraphView::layout() const
{
    d->ensureLayout();
    return d->layout;
}

double FlameGraphView::viewStart() const
{
    return d->viewStart;
}

double FlameGraphView::viewEnd() const
{
    return d->viewEnd;
}

bool FlameGraphView::isAnimating() const
{
    return d->animation->state() == QAbstractAnimation::Running;
}

QRectF FlameGraphView::nodeRect(NodeId node) const
{
    if (!d->hasTree() || !node.isValid() || node.index >= d->profile->tree().nodeCount())
        return QRectF();
    d->ensureLayout();
    const int row = int(d->profile->tree().depth(node));
    const qsizetype i = d->layout.indexOf(node, row);
    if (i < 0)
        return QRectF();
    return QRectF(d->layout.x(i), d->geometry().rowTop(row), d->layout.width(i), d->rowHeight());
}

NodeId FlameGraphView::nodeAt(const QPointF &pos) const
{
    const qsizetype i = d->indexAt(pos);
    return i < 0 || d->layout.isMerged(i) ? NodeId() : d->layout.node(i);
}

QString FlameGraphView::labelText(NodeId node) const
{
    const QRectF box = nodeRect(node);
    if (box.isEmpty())
        return QString();
    for (const FlameScene::Label &label : d->currentScene().labels) {
        if (box.contains(label.rect.center()))
            return label.text;
    }
    return QString();
}

NodeId FlameGraphView::hoveredNode() const
{
    return d->hovered;
}

NodeId FlameGraphView::selectedNode() const
{
    return d->selected;
}

void FlameGraphView::setSelectedNode(NodeId node)
{
    if (d->hasTree() && node.isValid() && node.index >= d->profile->tree().nodeCount())
        return;
    d->select(node);
}

QString FlameGraphView::toolTipText(NodeId node) const
{
    if (!d->profile)
        return QString();
    return FlameToolTip::text(*d->profile, node, FlameToolTip::Options{d->sampleType, d->diffMode});
}

FunctionActions *FlameGraphView::functionActions() const
{
    return d->functionActions;
}

QMenu *FlameGraphView::createContextMenu(NodeId node, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (d->hasTree() && node.isValid() && node.index < d->profile->tree().nodeCount()) {
        d->functionActions->addTo(menu, d->profile->tree().name(node), d->nodeName(node));
        menu->addSeparator();
    }
    menu->addAction(tr("Reset view"), this, [this] {
        resetZoom();
        emit resetRequested();
    });
    return menu;
}

int FlameGraphView::rowHeight() const
{
    return d->rowHeight();
}

void FlameGraphView::renderFrameNow()
{
    d->invalidateLayout();
    d->renderer->renderNow();
}

QImage FlameGraphView::grabFrame()
{
    return d->renderer->grabImage();
}

bool FlameGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Tooltips are shown as soon as the hovered box changes; a delayed
        // tooltip event only re-shows the current one.
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype i = d->indexAt(help->pos());
        d->setHovered(i < 0 || d->layout.isMerged(i) ? NodeId() : d->layout.node(i), help->globalPos(), i);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        // The focus frame, as the style's focus rectangles: for the keyboard
        // (Tab, a shortcut), not for a click or the window's activation.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        d->focusFrame = event->type() == QEvent::FocusIn
            && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
                || reason == Qt::ShortcutFocusReason);
        d->invalidateOutlines();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        d->builder.reset(font());
        d->invalidateLayout();
    }
    return QWidget::event(event);
}

void FlameGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->layoutChildren();
}

void FlameGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    d->pressed = true;
    d->dragging = false;
    d->pressPos = event->position();
    d->pressStart = d->viewStart;
    d->pressEnd = d->viewEnd;
    d->pressScrollY = d->scrollY;
}

void FlameGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click is two clicks: zoom in, then back out would be confusing,
    // so the second press only starts a possible drag.
    mousePressEvent(event);
}

void FlameGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (d->pressed && (event->buttons() & Qt::LeftButton) && d->hasTree()) {
        const QPointF delta = event->position() - d->pressPos;
        if (!d->dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
            d->dragging = true;
            d->finishAnimation();
            d->pressStart = d->viewStart;
            d->pressEnd = d->viewEnd;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (d->dragging) {
            const double span = d->pressEnd - d->pressStart;
            const FlameLayout::Range r = d->zoomRange();
            const double start = std::clamp(d->pressStart - delta.x() * span / d->canvasWidth(),
                                            r.start, std::max(r.start, r.end - span));
            d->scrollY =
                d->pressScrollY + (d->orientation == Orientation::Flame ? delta.y() : -delta.y());
            d->setView(start, start + span);
            return;
        }
    }
    const qsizetype i = d->indexAt(event->position());
    d->setHovered(i < 0 || d->layout.isMerged(i) ? NodeId() : d->layout.node(i), event->globalPosition(), i);
}

void FlameGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !d->pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    d->pressed = false;
    if (d->dragging) {
        d->dragging = false;
        unsetCursor();
        return;
    }
    d->click(event->position());
}

void FlameGraphView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (d->hovered.isValid()) {
        d->hovered = NodeId();
        d->invalidateOutlines();
        emit nodeHovered(NodeId());
    }
}

void FlameGraphView::wheelEvent(QWheelEvent *event)
{
    if (!d->hasTree()) {
        event->ignore();
        return;
    }
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the cursor: the value under it stays under it.
        d->finishAnimation();
        const double steps = angle.y() / 120.0;
        const FlameLayout::Range r = d->zoomRange();
        const double rootSpan = r.end - r.start;
        if (rootSpan <= 0)
            return;
        const double span = d->viewEnd - d->viewStart;
        const double newSpan = std::clamp(span * std::pow(0.8, steps), d->minSpan(), rootSpan);
        const double fraction = std::clamp(event->position().x() / d->canvasWidth(), 0.0, 1.0);
        const double anchor = d->viewStart + fraction * span;
        const double start = std::clamp(anchor - fraction * newSpan, r.start, r.end - newSpan);
        d->setView(start, start + newSpan);
        event->accept();
        return;
    }
    if (angle.x() != 0) {
        const double span = d->viewEnd - d->viewStart;
        const FlameLayout::Range r = d->zoomRange();
        const double start = std::clamp(d->viewStart - angle.x() / 120.0 * span * 0.1, r.start,
                                        std::max(r.start, r.end - span));
        d->setView(start, start + span);
    }
    if (angle.y() != 0) {
        const double step = angle.y() / 120.0 * 3 * d->rowHeight();
        d->scrollY += d->orientation == Orientation::Flame ? step : -step;
        d->clampScroll();
        d->invalidateLayout();
    }
    event->accept();
}

void FlameGraphView::keyPressEvent(QKeyEvent *event)
{
    if (!d->hasTree()) {
        QWidget::keyPressEvent(event);
        return;
    }
    d->ensureLayout();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const FlameNavigator navigator(d->profile->tree(), d->layout, d->sampleType);
        d->select(navigator.afterKey(Qt::Key(event->key()), d->selected, d->zoomRoot,
                                     d->orientation == Orientation::Flame));
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (d->selected.isValid())
            zoomTo(d->selected);
        break;
    case Qt::Key_Escape:
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FlameGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(nodeAt(event->pos()), this);
    menu->exec(event->globalPos());
    delete menu;
}
