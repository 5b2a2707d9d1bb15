#pragma once

#include "model/ids.h"

#include <QObject>

class QMenu;

// The actions on one function that a view of a profile offers in its context
// menu: focus on it, collapse it, copy its name, show it in the sandwich view.
// One definition for the flamegraph's menu and the function table's, so that
// both offer the same words and the owner (ProfileView) connects the requests
// of every view to the same handlers once.
class FunctionActions final : public QObject
{
    Q_OBJECT
public:
    explicit FunctionActions(QObject *parent = nullptr);

    // Adds the actions for name to menu; text is its name for the clipboard.
    void addTo(QMenu *menu, NameId name, const QString &text);

signals:
    void focusFunctionRequested(NameId name);
    void collapseFunctionRequested(NameId name);
    void showInSandwichRequested(NameId name);
};
