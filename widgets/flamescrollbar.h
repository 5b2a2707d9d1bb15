#pragma once

#include <QScrollBar>

// The flamegraph's vertical scroll bar. FlameGraphView scrolls by scrollY,
// the distance its rows moved away from the root's edge: the root row is at
// the bottom in the flame orientation and at the top in the icicle one, while
// a scroll bar's value grows downwards. This maps one onto the other, so the
// bar's thumb sits where the visible rows are in both orientations (at the
// bottom for the root of a flame graph), and reports the user's moves as a
// scrollY.
class FlameScrollBar final : public QScrollBar
{
    Q_OBJECT
public:
    explicit FlameScrollBar(QWidget *parent = nullptr);

    // The graph is content pixels tall, page of them are visible, scrolled by
    // scrollY; step is a row. Sets the bar without emitting scrollRequested.
    void setState(double content, int page, int step, double scrollY, bool flame);
    // The scrollY that a bar value stands for (and back).
    double scrollYFor(int value) const;
    int valueFor(double scrollY) const;

signals:
    void scrollRequested(double scrollY);

private:
    bool m_flame = true;
};
