#include "flamegraphview.h"

#include "widgets/render/flamecolors.h"
#include "flamerenderer.h"
#include "widgets/render/flamescene.h"
#include "widgets/render/flamescenebuilder.h"
#include "glflamerenderer.h"
#include "rasterflamerenderer.h"

#include "model/flamelayout.h"
#include "model/searchresult.h"
#include "model/unitformat.h"

#include <QApplication>
#include <QClipboard>
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

class FlameGraphViewPrivate
{
public:
    explicit FlameGraphViewPrivate(FlameGraphView *q)
        : q(q)
    {}

    FlameGraphView *q;
    FlameRenderer *renderer = nullptr;
    QWidget *rendererWidget = nullptr;

    ProfilePtr profile;
    int sampleType = 0;
    NodeId zoomRoot; // what the user zoomed to
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

    int rowHeight() const { return std::max(18, int(std::ceil(QFontMetricsF(q->font()).height())) + 6); }
    FlameSceneBuilder::Geometry geometry() const
    {
        return FlameSceneBuilder::Geometry{orientation == FlameGraphView::Orientation::Flame, q->height(),
                                           rowHeight(), scrollY};
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
    bool drawsDiff() const { return scheme == FlameGraphView::ColorScheme::Diff && hasTree() && profile->isDiff(); }
    // The node widths the layout uses: the sample type's totals, or in the diff scheme baseline + comparison.
    std::span<const qint64> widths();
    FlameLayout::Range nodeRange(NodeId node) { return FlameLayout::nodeRange(*profile, widths(), node); }
    QString diffToolTip(NodeId node) const;
    qsizetype indexAt(const QPointF &pos);
    void setHovered(NodeId node, const QPointF &globalPos, qsizetype index);
    void click(const QPointF &pos);
    void select(NodeId node);
    NodeId commonAncestor(NodeId a, NodeId b) const;
    QString nodeName(NodeId node) const;
};

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

QString FlameGraphViewPrivate::diffToolTip(NodeId node) const
{
    // Pyroscope's diff tooltip: each side's value and share, then the change;
    // the title says (+x%), (-x%), (new) or (removed).
    const Profile &p = *profile;
    const DiffMetrics m(p, diffMode);
    const std::string_view unit = p.sampleTypes()[size_t(p.diffBaseline())].unit;
    const qint64 left = m.baseline(node), right = m.comparison(node);
    QString title = nodeName(node);
    switch (m.presence(node)) {
    case DiffMetrics::Presence::New:
        title += FlameGraphView::tr(" (new)");
        break;
    case DiffMetrics::Presence::Removed:
        title += FlameGraphView::tr(" (removed)");
        break;
    case DiffMetrics::Presence::Both:
    case DiffMetrics::Presence::Neither: {
        const double change = m.change(node, false);
        title += QStringLiteral(" (%1%2%)").arg(change > 0 ? QStringLiteral("+") : QString()).arg(change, 0, 'f', 2);
        break;
    }
    }
    QStringList lines{title};
    lines << FlameGraphView::tr("Baseline: %1 (%2 of %3)")
                 .arg(UnitFormat::format(left, unit), UnitFormat::percent(left, m.baselineTotal()),
                      UnitFormat::format(m.baselineTotal(), unit));
    lines << FlameGraphView::tr("Comparison: %1 (%2 of %3)")
                 .arg(UnitFormat::format(right, unit), UnitFormat::percent(right, m.comparisonTotal()),
                      UnitFormat::format(m.comparisonTotal(), unit));
    const qint64 delta = right - left;
    const QString units = (delta > 0 ? QStringLiteral("+") : delta < 0 ? QStringLiteral("-") : QString())
                          + UnitFormat::format(delta < 0 ? -delta : delta, unit);
    const double shareDelta = m.comparisonShare(node) - m.baselineShare(node);
    const double change = m.change(node, false);
    const QString percent = QStringLiteral("%1%2%").arg(change > 0 ? QStringLiteral("+") : QString()).arg(change, 0, 'f', 2);
    if (diffMode == DiffMode::Relative)
        lines << FlameGraphView::tr("Change: %1 (share %2%3 points, %4 relative)")
                     .arg(units, shareDelta > 0 ? QStringLiteral("+") : QString())
                     .arg(shareDelta, 0, 'f', 2)
                     .arg(percent);
    else
        lines << FlameGraphView::tr("Change: %1 (%2)").arg(units, percent);
    if (m.presence(node) == DiffMetrics::Presence::New)
        lines << FlameGraphView::tr("Only in the comparison: not called in the baseline.");
    else if (m.presence(node) == DiffMetrics::Presence::Removed)
        lines << FlameGraphView::tr("Only in the baseline: no longer called in the comparison.");
    return lines.join(u'\n');
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
    QString text = layout.isMerged(index)
                       ? FlameGraphView::tr("%n functions, each too narrow to show; zoom in to see them", nullptr,
                                            int(layout.mergedCount(index)))
                       : q->toolTipText(node);
    if (Qt::mightBeRichText(text))
        text = Qt::convertFromPlainText(text);
    const QRectF box(layout.x(index), geometry().rowTop(int(layout.row(index))), layout.width(index), rowHeight());
    QToolTip::showText(globalPos.toPoint(), text, q, box.toAlignedRect());
}

void FlameGraphViewPrivate::select(NodeId node)
{
    if (node == selected)
        return;
    selected = node;
    invalidateOutlines();
    if (node.isValid())
        emit q->functionSelected(profile->tree().name(node));
}

void FlameGraphViewPrivate::click(const QPointF &pos)
{
    const qsizetype i = indexAt(pos);
    if (i < 0 || layout.isMerged(i))
        return;
    const NodeId node = layout.node(i);
    select(node);
    // As Pyroscope: clicking the zoomed node again zooms back out.
    if (node == zoomRoot)
        q->resetZoom();
    else
        q->zoomTo(node);
}

FlameGraphView::FlameGraphView(Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<FlameGraphViewPrivate>(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(100, 60);
    if (renderer == Renderer::Auto)
        renderer = GlFlameRenderer::isAvailable() ? Renderer::OpenGL : Renderer::Raster;
    if (renderer == Renderer::OpenGL) {
        auto *gl = new GlFlameRenderer(this);
        d->renderer = gl;
    } else {
        d->renderer = new RasterFlameRenderer(this);
    }
    d->rendererWidget = d->renderer->widget();
    d->rendererWidget->setGeometry(rect());
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
    if (d->hasTree()) {
        const FlameLayout::Range r = d->zoomRange();
        d->setView(r.start, r.end);
    } else {
        d->setView(0, 0);
    }
    emit zoomChanged(d->zoomRoot);
}

void FlameGraphView::setSampleType(int sampleType)
{
    if (!d->profile || sampleType < 0 || sampleType >= d->profile->sampleTypeCount()
        || sampleType == d->sampleType)
        return;
    d->finishAnimation();
    d->sampleType = sampleType;
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
    if (!d->hasTree() || !node.isValid() || node.index >= d->profile->tree().nodeCount())
        return QString();
    if (d->profile->isDiff())
        return d->diffToolTip(node);
    const Profile &p = *d->profile;
    const CallTree &tree = p.tree();
    const int type = d->sampleType;
    const std::string_view unit = p.sampleTypes()[size_t(type)].unit;
    const qint64 total = tree.total(node, type);
    const qint64 self = tree.self(node, type);
    const qint64 all = p.total(type);
    QStringList lines;
    lines << d->nodeName(node);
    const NodeId parent = tree.parent(node);
    if (parent.isValid())
        lines << tr("Total: %1 (%2 of all, %3 of parent)")
                     .arg(UnitFormat::format(total, unit), UnitFormat::percent(total, all),
                          UnitFormat::percent(total, tree.total(parent, type)));
    else
        lines << tr("Total: %1 (%2 of all)").arg(UnitFormat::format(total, unit), UnitFormat::percent(total, all));
    lines << tr("Self: %1 (%2 of all)").arg(UnitFormat::format(self, unit), UnitFormat::percent(self, all));
    return lines.join(u'\n');
}

QMenu *FlameGraphView::createContextMenu(NodeId node, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (d->hasTree() && node.isValid() && node.index < d->profile->tree().nodeCount()) {
        const NameId name = d->profile->tree().name(node);
        const QString text = d->nodeName(node);
        menu->addAction(tr("Focus on this function"), this, [this, name] { emit focusFunctionRequested(name); });
        menu->addAction(tr("Collapse this function"), this,
                        [this, name] { emit collapseFunctionRequested(name); });
        menu->addAction(tr("Copy function name"), this,
                        [text] { QGuiApplication::clipboard()->setText(text); });
        menu->addAction(tr("Show in sandwich view"), this,
                        [this, name] { emit showInSandwichRequested(name); });
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        d->builder.reset(font());
        d->invalidateLayout();
    }
    return QWidget::event(event);
}

void FlameGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->rendererWidget->setGeometry(rect());
    d->invalidateLayout();
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
            const double start = std::clamp(d->pressStart - delta.x() * span / std::max(1, width()), r.start,
                                            std::max(r.start, r.end - span));
            d->scrollY = d->pressScrollY + (d->orientation == Orientation::Flame ? delta.y() : -delta.y());
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
        const double minSpan = std::min(rootSpan, std::max(1.0, rootSpan * 1e-9));
        const double newSpan = std::clamp(span * std::pow(0.8, steps), minSpan, rootSpan);
        const double fraction = std::clamp(event->position().x() / std::max(1, width()), 0.0, 1.0);
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
    const CallTree &tree = d->profile->tree();
    d->ensureLayout();
    NodeId current = d->selected.isValid() ? d->selected : d->zoomRoot;
    const bool flame = d->orientation == Orientation::Flame;
    auto toParent = [&] {
        const NodeId parent = tree.parent(current);
        return parent.isValid() ? parent : current;
    };
    auto toChild = [&] {
        // The widest child that is drawn, so the selection stays visible.
        NodeId best;
        qint64 bestTotal = -1;
        tree.forEachChild(current, [&](NodeId c) {
            const qint64 t = tree.total(c, d->sampleType);
            if (t > bestTotal && d->layout.indexOf(c, int(tree.depth(c))) >= 0) {
                best = c;
                bestTotal = t;
            }
        });
        return best.isValid() ? best : current;
    };
    auto toNeighbour = [&](int direction) {
        // The next box in the same row, skipping merged boxes.
        const int row = int(tree.depth(current));
        qsizetype i = d->layout.indexOf(current, row);
        if (i < 0)
            return current;
        for (i += direction; i >= d->layout.rowBegin(row) && i < d->layout.rowEnd(row); i += direction) {
            if (!d->layout.isMerged(i))
                return d->layout.node(i);
        }
        return current;
    };
    switch (event->key()) {
    case Qt::Key_Up:
        d->select(d->selected.isValid() ? (flame ? toChild() : toParent()) : current);
        break;
    case Qt::Key_Down:
        d->select(d->selected.isValid() ? (flame ? toParent() : toChild()) : current);
        break;
    case Qt::Key_Left:
        d->select(d->selected.isValid() ? toNeighbour(-1) : current);
        break;
    case Qt::Key_Right:
        d->select(d->selected.isValid() ? toNeighbour(1) : current);
        break;
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
