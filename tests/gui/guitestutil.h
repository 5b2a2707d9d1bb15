#pragma once

#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>
#include <QToolBar>
#include <QUrl>

// Helpers shared by the window's tests (tests/gui).
namespace GuiTest {
// A file of the corpus, as a clean absolute path: the window shows and remembers those.
inline QString corpus(const char *relative)
{
    return QDir::cleanPath(QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative));
}

// Opens path in a new tab and waits for every import; null when they did not end in time.
inline ProfileTab *openAndWait(MainWindow &window, const QString &path, int timeoutMs = 20000)
{
    ProfileTab *tab = window.openFile(path);
    if (!QTest::qWaitFor([&] { return window.pendingImports() == 0; }, timeoutMs))
        return nullptr;
    return tab;
}

// A real drag-enter and drop of file URLs at the middle of target, as a file
// manager sends them; whether the drop was accepted.
inline bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// The widget of the view's toolbar whose action reads text ("Icicle", ".*").
inline QWidget *toolWidget(ProfileView *view, const QString &text)
{
    for (QAction *action : view->toolBar()->actions())
        if (action->text() == text)
            return view->toolBar()->widgetForAction(action);
    return nullptr;
}
} // namespace GuiTest
