#pragma once

// Shared by the widget tests: profiles from collapsed text (the model tests'
// helper, so both layers build their inputs the same way), a widget shown at a
// size and a table's name column.

#include "../model/collapsedtext.h"

#include <QAbstractItemModel>
#include <QSize>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace widgettest {

using testing::fromCollapsed;
using testing::nameId;
using testing::qName;

// Resizes, shows and waits until the window system has exposed the widget;
// false when it never was (the caller asserts on it).
inline bool showExposed(QWidget &widget, QSize size)
{
    widget.resize(size);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

// The given column of a model, top to bottom, as displayed.
inline QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, column).data().toString());
    return out;
}

} // namespace widgettest
