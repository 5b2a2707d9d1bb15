#include "heatlegend.h"

#include "widgets/render/flamecolors.h"

#include "model/unitformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int barHeight = 10;
constexpr int margin = 4;
} // namespace

HeatLegend::HeatLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeatLegend::setScale(qint64 maxSelf, const std::string &unit)
{
    if (maxSelf == m_maxSelf && unit == m_unit)
        return;
    m_maxSelf = maxSelf;
    m_unit = unit;
    setToolTip(tr("Boxes are coloured by their self value (what the frame spends itself, not in "
                  "its callees) "
                  "against the largest self in the profile: pale yellow for none, red for the "
                  "largest (%1).")
                   .arg(UnitFormat::format(m_maxSelf, m_unit, QLocale())));
    update();
}

std::vector<double> HeatLegend::tickShares()
{
    return {0.0, 0.25, 0.5, 0.75, 1.0};
}

QString HeatLegend::tickText(double share) const
{
    return UnitFormat::format(qint64(std::llround(double(m_maxSelf) * share)), m_unit, QLocale());
}

QString HeatLegend::caption() const
{
    return tr("Self (heat)");
}

QRect HeatLegend::gradientRect() const
{
    // The caption on the left; half a tick label of room at the right end.
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(caption()) + 3 * margin;
    const int right = fm.horizontalAdvance(tickText(1.0)) / 2 + 2 * margin;
    return QRect(left, margin, std::max(40, width() - left - right), barHeight);
}

int HeatLegend::xForShare(double share) const
{
    const QRect r = gradientRect();
    return r.left() + int(std::lround(std::clamp(share, 0.0, 1.0) * (r.width() - 1)));
}

QSize HeatLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(400, 2 * margin + barHeight + 4 + fm.height());
}

QSize HeatLegend::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QFontMetrics fm(font());
    const QRect bar = gradientRect();
    // One column per pixel from the function that colours the boxes.
    for (int x = 0; x < bar.width(); ++x)
        painter.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()),
                         QColor(FlameColors::heatColor(double(x) / std::max(1, bar.width() - 1))));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(margin, 0, bar.left() - 2 * margin, height()),
                     Qt::AlignRight | Qt::AlignVCenter, caption());
    const int labelTop = bar.bottom() + 4;
    for (double share : tickShares()) {
        const int x = xForShare(share);
        painter.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 3);
        const QString label = tickText(share);
        const int w = fm.horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, bar.left(), std::max(bar.left(), width() - w));
        painter.drawText(QRect(left, labelTop, w, fm.height()), Qt::AlignCenter, label);
    }
}
