#include "searchfield.h"

#include <QKeyEvent>
#include <QShortcut>

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Search (Ctrl+F)"));
    setAccessibleName(tr("Search"));
    setClearButtonEnabled(true);
    setMinimumWidth(180);
    setMaximumWidth(320);
    setToolTip(tr("Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, "
                  "Escape clears"));
}

void SearchField::setFindScope(QWidget *scope)
{
    auto *find = new QShortcut(QKeySequence::Find, scope, this, &SearchField::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);
}

void SearchField::focusSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit stepRequested(!(event->modifiers() & Qt::ShiftModifier));
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
