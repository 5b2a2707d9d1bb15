#include "timelinechart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLocale>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr double edgeTolerance = 5; // pixels
constexpr double minDrag = 3;       // pixels: less is a click
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(new QChart, parent), m_timeAxis(new QDateTimeAxis), m_valueAxis(new QValueAxis)
{
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // Month names and the value axis' digits in the window's language
    // (AppTranslations sets the default QLocale before any window exists).
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
    m_timeAxis->setFormat(QStringLiteral("MMM d HH:mm:ss"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_valueAxis->setMin(0);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(160);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_query = {now - 3600 * 1000, now};
    setVisibleRange(m_query);
}

QColor TimelineChart::color(Which which)
{
    return which == Which::Baseline ? QColor(0x2f, 0x6f, 0xd8) : QColor(0xd8, 0x3a, 0x2f);
}

void TimelineChart::setSeries(const std::vector<SeriesPoints> &series, TimeRange range,
                              const std::string &unit)
{
    chart()->removeAllSeries();
    double top = 0;
    for (const SeriesPoints &s : series) {
        auto *line = new QLineSeries;
        QList<QPointF> points;
        points.reserve(qsizetype(s.points.size()));
        for (const SeriesPoint &p : s.points) {
            points.append(QPointF(double(p.timestampMs), p.value));
            top = std::max(top, p.value);
            // Points sit at step boundaries, which may fall just before the
            // query's start (a file's one point at its first sample's step):
            // the axis takes them in rather than hide them.
            range.startMs = std::min(range.startMs, p.timestampMs);
            range.endMs = std::max(range.endMs, p.timestampMs);
        }
        line->replace(points);
        // Sparse points (a few files, a quiet service) are dots, not a slope between them.
        line->setPointsVisible(points.size() < 200);
        QStringList labels;
        for (const auto &[name, value] : s.labels)
            labels << QString::fromStdString(name + "=" + value);
        //: The series of a query without a label breakdown, named as the flamegraph's root.
        line->setName(labels.isEmpty() ? tr("total") : labels.join(QStringLiteral(", ")));
        chart()->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
    }
    chart()->legend()->setVisible(series.size() > 1 && minimumHeight() > 100);
    m_valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_valueAxis->setTitleText(QString::fromStdString(unit));
    m_query = range;
    setVisibleRange(range);
}

qsizetype TimelineChart::seriesCount() const
{
    return chart()->series().size();
}

TimeRange TimelineChart::visibleRange() const
{
    return {m_timeAxis->min().toMSecsSinceEpoch(), m_timeAxis->max().toMSecsSinceEpoch()};
}

void TimelineChart::setVisibleRange(TimeRange range)
{
    if (range.endMs <= range.startMs)
        range.endMs = range.startMs + 1;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(range.startMs),
                         QDateTime::fromMSecsSinceEpoch(range.endMs));
    // Sub-minute views need seconds; a week needs the day.
    const qint64 span = range.endMs - range.startMs;
    m_timeAxis->setFormat(span < 60 * 1000                  ? QStringLiteral("HH:mm:ss.zzz")
                              : span < 86400 * 1000         ? QStringLiteral("HH:mm:ss")
                              : span < 180LL * 86400 * 1000 ? QStringLiteral("MMM d HH:mm")
                                                            : QLocale().dateFormat(QLocale::ShortFormat));
    viewport()->update();
    Q_EMIT visibleRangeChanged(range);
}

void TimelineChart::setOverviewStyle()
{
    m_valueAxis->setLabelsVisible(false);
    m_valueAxis->setGridLineVisible(false);
    m_valueAxis->setTitleVisible(false);
    chart()->setMargins(QMargins(4, 0, 4, 0));
    setMinimumHeight(70);
    setMaximumHeight(90);
}

void TimelineChart::setCompareMode(bool on)
{
    m_compare = on;
    if (!on && m_comparison) {
        m_comparison.reset();
        viewport()->update();
        Q_EMIT rangesChanged();
    }
}

void TimelineChart::setRange(Which which, std::optional<TimeRange> range)
{
    slot(which) = range;
    viewport()->update();
    Q_EMIT rangesChanged();
}

void TimelineChart::clearRanges()
{
    m_baseline.reset();
    m_comparison.reset();
    viewport()->update();
    Q_EMIT rangesChanged();
}

QRectF TimelineChart::plotRectInViewport() const
{
    return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
}

double TimelineChart::xForTime(qint64 ms) const
{
    const QRectF plot = plotRectInViewport();
    const TimeRange view = visibleRange();
    return plot.left()
        + double(ms - view.startMs) / double(std::max<qint64>(1, view.endMs - view.startMs))
        * plot.width();
}

qint64 TimelineChart::timeForX(double x) const
{
    const QRectF plot = plotRectInViewport();
    const TimeRange view = visibleRange();
    return view.startMs
        + qint64(std::llround((x - plot.left()) / std::max(1.0, plot.width())
                              * double(view.endMs - view.startMs)));
}

bool TimelineChart::hit(double x, Which *which, Drag *drag) const
{
    for (Which w : {Which::Comparison, Which::Baseline}) {
        const std::optional<TimeRange> r = range(w);
        if (!r)
            continue;
        const double left = xForTime(r->startMs), right = xForTime(r->endMs);
        *which = w;
        if (std::abs(x - left) <= edgeTolerance) {
            *drag = Drag::ResizeStart;
            return true;
        }
        if (std::abs(x - right) <= edgeTolerance) {
            *drag = Drag::ResizeEnd;
            return true;
        }
        if (x > left && x < right) {
            *drag = Drag::Move;
            return true;
        }
    }
    return false;
}

void TimelineChart::updateCursor(double x)
{
    Which which;
    Drag drag;
    if (m_drag == Drag::Pan)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (hit(x, &which, &drag))
        viewport()->setCursor(drag == Drag::Move ? Qt::SizeAllCursor : Qt::SizeHorCursor);
    else
        viewport()->setCursor(Qt::CrossCursor);
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    m_pressX = x;
    m_pressView = visibleRange();
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::LeftButton) {
        if (!plotRectInViewport()
                 .adjusted(-edgeTolerance, 0, edgeTolerance, 0)
                 .contains(event->position()))
            return;
        if (hit(x, &m_dragWhich, &m_drag)) {
            m_pressRange = *range(m_dragWhich);
        } else {
            m_drag = Drag::Create;
            m_dragWhich = m_compare && m_baseline ? Which::Comparison : Which::Baseline;
            const qint64 t = timeForX(x);
            m_pressRange = {t, t};
        }
    } else {
        QChartView::mousePressEvent(event);
        return;
    }
    updateCursor(x);
    event->accept();
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None) {
        updateCursor(x);
        return;
    }
    const double msPerPixel = double(m_pressView.endMs - m_pressView.startMs)
        / std::max(1.0, plotRectInViewport().width());
    const qint64 delta = qint64(std::llround((x - m_pressX) * msPerPixel));
    if (m_drag == Drag::Pan) {
        setVisibleRange({m_pressView.startMs - delta, m_pressView.endMs - delta});
        return;
    }
    if (m_drag == Drag::Create && std::abs(x - m_pressX) < minDrag)
        return;
    TimeRange r = m_pressRange;
    switch (m_drag) {
    case Drag::Create: {
        const qint64 t = timeForX(x);
        r = {std::min(m_pressRange.startMs, t), std::max(m_pressRange.startMs, t)};
        if (!m_compare)
            m_comparison.reset();
        break;
    }
    case Drag::Move:
        r = {m_pressRange.startMs + delta, m_pressRange.endMs + delta};
        break;
    case Drag::ResizeStart:
        r.startMs = std::min(m_pressRange.startMs + delta, m_pressRange.endMs);
        break;
    case Drag::ResizeEnd:
        r.endMs = std::max(m_pressRange.endMs + delta, m_pressRange.startMs);
        break;
    case Drag::None:
    case Drag::Pan:
        break;
    }
    slot(m_dragWhich) = r;
    viewport()->update();
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    updateCursor(event->position().x());
    if (drag == Drag::None) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (drag == Drag::Pan
        || (drag == Drag::Create && std::abs(event->position().x() - m_pressX) < minDrag))
        return;
    Q_EMIT rangesChanged();
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    setVisibleRange(m_query);
    event->accept();
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const TimeRange view = visibleRange();
    const qint64 at = std::clamp(timeForX(event->position().x()), view.startMs, view.endMs);
    const double factor = std::pow(0.8, steps); // wheel up zooms in
    const auto scaled = [&](qint64 t) {
        return at + qint64(std::llround(double(t - at) * factor));
    };
    TimeRange next{scaled(view.startMs), scaled(view.endMs)};
    if (next.endMs - next.startMs < 10)
        return;
    setVisibleRange(next);
    event->accept();
}

void TimelineChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    const TimeRange view = visibleRange();
    const double span = double(std::max<qint64>(1, view.endMs - view.startMs));
    for (Which which : {Which::Baseline, Which::Comparison}) {
        const std::optional<TimeRange> r = range(which);
        if (!r)
            continue;
        const double left = plot.left() + double(r->startMs - view.startMs) / span * plot.width();
        const double right = plot.left() + double(r->endMs - view.startMs) / span * plot.width();
        const QRectF band =
            QRectF(QPointF(left, plot.top()), QPointF(std::max(right, left + 1), plot.bottom()))
                .intersected(plot);
        if (band.isEmpty())
            continue;
        QColor fill = color(which);
        fill.setAlpha(60);
        painter->fillRect(band, fill);
        painter->setPen(QPen(color(which), 2));
        painter->drawLine(QLineF(band.topLeft(), band.bottomLeft()));
        painter->drawLine(QLineF(band.topRight(), band.bottomRight()));
    }
}
