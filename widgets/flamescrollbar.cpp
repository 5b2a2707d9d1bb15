#include "flamescrollbar.h"

#include <QSignalBlocker>

#include <cmath>

FlameScrollBar::FlameScrollBar(QWidget *parent) : QScrollBar(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("flameScrollBar"));
    connect(this, &QScrollBar::valueChanged, this,
            [this](int value) { emit scrollRequested(scrollYFor(value)); });
}

void FlameScrollBar::setState(double content, int page, int step, double scrollY, bool flame)
{
    const QSignalBlocker blocker(this);
    m_flame = flame;
    setRange(0, std::max(0, int(std::ceil(content)) - page));
    setPageStep(std::max(1, page));
    setSingleStep(std::max(1, step));
    setValue(valueFor(scrollY));
}

double FlameScrollBar::scrollYFor(int value) const
{
    return m_flame ? double(maximum() - value) : double(value);
}

int FlameScrollBar::valueFor(double scrollY) const
{
    const int y = int(std::lround(scrollY));
    return m_flame ? maximum() - y : y;
}
