#include "toolbarfocus.h"

#include <QAction>
#include <QToolBar>
#include <QToolButton>

QList<QWidget *> ToolBarFocus::reachable(QToolBar *toolBar)
{
    QList<QWidget *> widgets;
    for (QAction *action : toolBar->actions()) {
        QWidget *widget = toolBar->widgetForAction(action);
        if (!widget || action->isSeparator())
            continue;
        if (qobject_cast<QToolButton *>(widget))
            widget->setFocusPolicy(Qt::TabFocus);
        if (widget->focusPolicy() & Qt::TabFocus)
            widgets << widget;
    }
    return widgets;
}

void ToolBarFocus::chain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets[i - 1], widgets[i]);
}
