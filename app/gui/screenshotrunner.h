#pragma once

#include "app/cli/commandline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class MainWindow;

// `pyrograph FILE... --screenshot OUT.png`: opens the files in the window,
// waits for every import, applies --search, --view and --zoom to each tab,
// waits for the views' background work (function table, sandwich, thread
// filter, zoom animation), lets the window paint, saves QWidget::grab() of the
// whole window (an OpenGL view paints its last frame into the grab) and reports the exit code
// (non-zero when an import failed or the image could not be written).
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, CommandLine commandLine, QObject *parent = nullptr);

    // Opens the files; finished() follows once the image is saved or failed.
    void start();
    int exitCode() const { return m_exitCode; }
    QString errors() const { return m_errors.join(u'\n'); }

signals:
    void finished(int exitCode);

private:
    void onImportsFinished();
    void waitForViews();
    void capture();

    static constexpr int pollMs = 50;
    static constexpr int settleMs = 300;
    static constexpr int maxWaitMs = 120'000;

    QPointer<MainWindow> m_window;
    CommandLine m_commandLine;
    QStringList m_errors;
    int m_exitCode = 0;
    bool m_started = false;
    bool m_capturing = false;
    QElapsedTimer m_waitStart;
};
