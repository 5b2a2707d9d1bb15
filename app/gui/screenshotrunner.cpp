#include "screenshotrunner.h"

#include "comparecontroller.h"
#include "mainwindow.h"

#include "widgets/diffview.h"

#include <QImage>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

ScreenshotRunner::ScreenshotRunner(MainWindow *window, CommandLine commandLine, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_commandLine(std::move(commandLine))
{
    connect(window, &MainWindow::importFailed, this, [this](const QString &path, const QString &message) {
        m_errors << tr("%1: %2").arg(path, message);
        m_exitCode = 1;
    });
    connect(window, &MainWindow::importsFinished, this, &ScreenshotRunner::onImportsFinished);
}

void ScreenshotRunner::start()
{
    m_started = true;
    if (m_commandLine.size.isValid())
        m_window->resize(m_commandLine.size);
    m_window->openFiles(m_commandLine.files);
    if (m_window->pendingImports() == 0)
        onImportsFinished();
}

void ScreenshotRunner::onImportsFinished()
{
    if (!m_started || m_capturing || !m_window || m_window->pendingImports() > 0)
        return;
    m_capturing = true;
    ProfileTab::View view = ProfileTab::View::FlameGraph;
    const bool hasView = ProfileTab::viewFromName(m_commandLine.view, &view);
    DiffView::Mode diffMode = DiffView::Mode::DiffFlameGraph;
    const bool hasDiffMode = ViewModes::fromName(m_commandLine.view, &diffMode);
    for (int i = 0; i < m_window->tabCount(); ++i) {
        ProfileTab *tab = m_window->tab(i);
        if (!tab || tab->state() != ProfileTab::State::Ready)
            continue;
        // The search first, then the zoom, whose selection is the one to show.
        if (!m_commandLine.search.isEmpty())
            tab->setSearch(m_commandLine.search);
        if (hasView)
            tab->setView(view);
        if (hasDiffMode) {
            if (DiffView *diff = m_window->compareController()->diffView(tab)) {
                diff->setMode(diffMode);
            } else {
                m_errors << tr("%1: not a diff, so it has no view \"%2\" (a diff file has: %3)")
                                .arg(tab->path(), m_commandLine.view, ViewModes::diffViewNames().join(QStringLiteral(", ")));
                m_exitCode = 1;
            }
        }
        if (!m_commandLine.zoomPath.isEmpty() && !tab->zoomToPath(m_commandLine.zoomPath))
            m_errors << tr("%1: no call path %2").arg(tab->path(), m_commandLine.zoomPath.join(u';'));
    }
    // The first file named is the one shown, as the command line reads.
    if (m_window->tabCount() > 0)
        m_window->tabWidget()->setCurrentIndex(0);
    if (m_commandLine.size.isValid())
        m_window->resize(m_commandLine.size);
    m_waitStart.start();
    waitForViews();
}

void ScreenshotRunner::waitForViews()
{
    if (!m_window) {
        emit finished(1);
        return;
    }
    // The function table, the sandwich and the zoom animation finish off the
    // GUI thread or over a few frames; the picture waits for all of them.
    bool busy = false;
    for (int i = 0; i < m_window->tabCount(); ++i)
        if (ProfileTab *tab = m_window->tab(i); tab && tab->state() == ProfileTab::State::Ready)
            busy = busy || tab->isBusy();
    if (busy && m_waitStart.elapsed() < maxWaitMs) {
        QTimer::singleShot(pollMs, this, &ScreenshotRunner::waitForViews);
        return;
    }
    if (busy)
        m_errors << tr("the views were still busy after %1 s; the screenshot shows them unfinished").arg(maxWaitMs / 1000);
    // A few event-loop turns for layouts, and for a GL view to draw its frame.
    QTimer::singleShot(settleMs, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    if (!m_window) {
        emit finished(1);
        return;
    }
    // The totals, not the last hover or selection message.
    m_window->statusBar()->clearMessage();
    const QImage image = m_window->grab().toImage();
    if (image.isNull() || !image.save(m_commandLine.screenshot, "PNG")) {
        m_errors << tr("%1: could not write the screenshot").arg(m_commandLine.screenshot);
        m_exitCode = 1;
    }
    emit finished(m_exitCode);
}
