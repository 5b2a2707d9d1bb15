#include "difflegend.h"

#include <QPainter>

#include <cmath>

namespace {
constexpr int barHeight = 12;
constexpr int margin = 6;
constexpr int wideEnough = 520; // px of gradient for 13 tick labels
} // namespace

DiffLegend::DiffLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DiffLegend::setDiffPalette(FlameColors::DiffPalette palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    update();
}

void DiffLegend::setDiffMode(DiffMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    update();
}

QRect DiffLegend::gradientRect() const
{
    // Room on both sides for the end captions.
    const QFontMetrics fm(font());
    const int side = std::max(fm.horizontalAdvance(tr("(removed)")), fm.horizontalAdvance(tr("(new)"))) + 2 * margin;
    return QRect(side, margin + fm.height() + 2, std::max(40, width() - 2 * side), barHeight);
}

int DiffLegend::xForPercent(double percent) const
{
    const QRect r = gradientRect();
    const double t = (std::clamp(percent, -100.0, 100.0) + 100.0) / 200.0;
    return r.left() + int(std::lround(t * (r.width() - 1)));
}

std::vector<int> DiffLegend::ticks() const
{
    if (gradientRect().width() >= wideEnough)
        return {-100, -80, -60, -40, -20, -10, 0, 10, 20, 40, 60, 80, 100};
    return {-100, -40, -20, 0, 20, 40, 100};
}

QSize DiffLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(700, 2 * margin + 2 * fm.height() + barHeight + 6);
}

QSize DiffLegend::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return QSize(260, hint.height());
}

void DiffLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm(font());
    const QRect bar = gradientRect();
    // One column per pixel from the same function that colours the boxes.
    for (int x = 0; x < bar.width(); ++x) {
        const double percent = -100.0 + 200.0 * x / std::max(1, bar.width() - 1);
        painter.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()),
                         QColor(FlameColors::diffColor(percent, m_palette)));
    }
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    // Caption above: what the scale measures.
    const QString caption = m_mode == DiffMode::Relative
                                ? tr("Change of each function's share of its profile's total (relative)")
                                : tr("Change of each function's value (absolute)");
    painter.drawText(QRect(bar.left(), margin, bar.width(), fm.height()), Qt::AlignHCenter | Qt::AlignVCenter, caption);
    // The ends.
    painter.drawText(QRect(margin, bar.top() - 2, bar.left() - 2 * margin, bar.height() + 4),
                     Qt::AlignRight | Qt::AlignVCenter, tr("(removed)"));
    painter.drawText(QRect(bar.right() + margin, bar.top() - 2, width() - bar.right() - 2 * margin, bar.height() + 4),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("(new)"));
    // Ticks and their labels below the bar.
    const int labelTop = bar.bottom() + 4;
    for (int tick : ticks()) {
        const int x = xForPercent(tick);
        painter.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 3);
        const QString label = tick > 0 ? QStringLiteral("+%1%").arg(tick) : QStringLiteral("%1%").arg(tick);
        const int w = fm.horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, 0, std::max(0, width() - w));
        painter.drawText(QRect(left, labelTop, w, fm.height()), Qt::AlignCenter, label);
    }
}
