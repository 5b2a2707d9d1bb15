#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QTableWidget;

// Help > Keyboard and Mouse: every shortcut of the window and what the mouse
// does in the views. The shortcuts are read from the window's actions when the
// dialog opens (its menus, then the actions it holds outside them), so the list
// follows the menus and cannot go stale; only the keys and gestures the views
// handle in their event handlers (arrows, Enter, Escape, the wheel, a drag)
// are written here.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Row
    {
        QString section; // "Menus", "Flame graph", ...
        QString keys;    // "Ctrl+1", "Ctrl+wheel", in the platform's words
        QString what;    // "View > Table"
    };

    // window's menu bar and its own actions; parent is the dialog's parent.
    ShortcutsDialog(QMenuBar *menuBar, const QList<QAction *> &windowActions,
                    QWidget *parent = nullptr);

    static QList<Row> rows(QMenuBar *menuBar, const QList<QAction *> &windowActions);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
