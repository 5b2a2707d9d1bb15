#pragma once

#include <QLineEdit>

// The search box of a tab, the same in a profile tab and a comparison tab:
// Ctrl+F anywhere inside its scope puts the focus in it with its text
// selected, Escape clears it (an empty box lets Escape go on to the window),
// and Enter or Shift+Enter ask for the next or previous match.
class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    // Ctrl+F answers only while the focus is inside scope, so that each tab of
    // the main window answers for itself (the window's own Find action takes
    // the focus there from anywhere else).
    void setFindScope(QWidget *scope);

public slots:
    void focusSearch();

signals:
    void stepRequested(bool forward);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
