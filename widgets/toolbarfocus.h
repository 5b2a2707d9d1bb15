#pragma once

#include <QList>

class QToolBar;
class QWidget;

// Keyboard reach for toolbars. QToolBar makes its buttons NoFocus, which
// leaves them out of reach of Tab (the view modes, the regex toggle, Icicle,
// Reset Zoom were). Tab focus only: a click must not take the focus from the
// flamegraph or the search field.
class ToolBarFocus
{
public:
    // Gives each button of toolBar Tab focus; its widgets that take Tab focus, left to right.
    static QList<QWidget *> reachable(QToolBar *toolBar);
    // Tab goes from each widget to the next, in this order.
    static void chain(const QList<QWidget *> &widgets);
};
