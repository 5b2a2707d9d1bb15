#pragma once

#include "importjob.h"
#include "model/joboutcome.h"
#include "profiletab.h"
#include "recentfiles.h"
#include "tabhost.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class CompareController;
class ExportController;
class ExportNotice;
class InstanceChannel;
class PushReceiver;
class ScrapeDialog;
class RecordDialog;
class WelcomePage;
class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QTabWidget;

// The window: one tab per opened profile (a file opened again switches to its
// tab), files dropped anywhere on it or chosen with File > Open, recent files,
// a welcome page while no tab is open, a sample-type selector in the toolbar
// (each tab's view has its own search; Ctrl+F reaches the current one),
// Ctrl+1..4 for the current tab's view, Help > Keyboard and Mouse and Help > About, a status bar
// with the totals, the view's messages and the active renderer, a banner that
// names each file that failed to import, and a notice for each export.
class MainWindow final : public QMainWindow, public TabHost
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark, HighContrast };
    static constexpr int maxRecentFiles = RecentFiles::maxFiles;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each file opens in a new tab that imports off the GUI thread.
    void openFiles(const QStringList &paths);
    // The files a later launch hands over (a file manager's second "Open
    // With") open as tabs here, and the window comes to the front.
    void acceptFilesFrom(InstanceChannel *channel);
    ProfileTab *openFile(const QString &path);
    // A tab whose profile comes from reader (a diff, a transform) rather than a file.
    ProfileTab *openWithReader(const QString &title, ImportJob::Reader reader) override;
    // File > Compare… and the diff tabs.
    CompareController *compareController() const { return m_compare; }
    // File > Export…, and the notice its successful exports show.
    ExportController *exportController() const { return m_exporter; }
    ExportNotice *exportNotice() const { return m_exportNotice; }
    PushReceiver *pushReceiver() const { return m_pushReceiver; }
    // File > Record…: made on first use; its recordings open in tabs.
    RecordDialog *recordDialog();
    void showRecordDialog();
    QAction *receivePushesAction() const { return m_receivePushes; }
    QLabel *pushStatusLabel() const { return m_pushLabel; }
    // File > Scrape a Target…: turns Receive Pushes on, then opens (or raises) the dialog.
    QAction *scrapeTargetAction() const { return m_scrapeTarget; }
    ScrapeDialog *scrapeDialog() const { return m_scrapeDialog; }
    // What the window shows while no tab is open.
    WelcomePage *welcomePage() const { return m_welcome; }
    // Tests substitute a slow or failing reader for the files opened after this.
    void setImportReader(ImportJob::Reader reader) { m_reader = std::move(reader); }

    QTabWidget *tabWidget() const { return m_tabs; }
    int tabCount() const override;
    ProfileTab *tab(int index) const override;
    FlameGraphView::Renderer preferredRenderer() const override;
    QWidget *dialogParent() override { return this; }
    ProfileTab *currentTab() const;
    int pendingImports() const;
    // The banner's text; empty while it is hidden.
    QString errorText() const;
    void clearErrors();
    QString statusText() const;
    QComboBox *sampleTypeSelector() const { return m_sampleTypes; }
    QStringList recentFiles() const;

    // --renderer (gl, raster, auto; empty = auto): the renderer of the tabs opened after this.
    void setRendererPreference(const QString &renderer) { m_rendererPreference = renderer; }
    QString rendererPreference() const { return m_rendererPreference; }
    // The flamegraph renderer that draws ("OpenGL", "Raster"), for the status bar.
    void setRendererName(const QString &name);
    QString rendererName() const;
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

signals:
    // The last pending import ended (successfully or not).
    void importsFinished();
    void importFailed(const QString &path, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewModeActions(QMenu *menu);
    void createLanguageMenu(QMenu *view);
    void showShortcuts();
    void showAbout();
    // File > Library Timeline: the library that pushes go to, in a TimelineWindow.
    void openLibraryTimeline();
    // The library the push receiver writes to, else the default one.
    QString libraryFile() const;
    // File > Connect to Server: a Pyroscope server's timeline (ConnectDialog).
    void showConnectDialog();
    void setReceivingPushes(bool on);
    void updatePushStatus();
    void showScrapeDialog();
    void onExportFinished(const QString &path, JobOutcome outcome);
    void onImportFinished(ProfileTab *tab);
    void closeTab(int index);
    void showError(const QString &message);
    void updateForCurrentTab();
    void updateStatus();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void openDialog();
    void readSettings();
    void writeSettings() const;

    ImportJob::Reader m_reader;
    // The tab that was current when each importing tab was opened: a failed or
    // cancelled import returns the user there.
    QHash<ProfileTab *, QPointer<QWidget>> m_openedFrom;
    QTabWidget *m_tabs;
    QMetaObject::Connection m_focusWatch; // the Find action's, cut in the destructor
    QFrame *m_errorBanner;
    QLabel *m_errorLabel;
    ExportNotice *m_exportNotice;
    WelcomePage *m_welcome;
    QComboBox *m_sampleTypes;
    QLabel *m_statusLabel;
    QLabel *m_rendererLabel;
    QLabel *m_pushLabel;
    PushReceiver *m_pushReceiver;
    RecordDialog *m_recordDialog = nullptr;
    QAction *m_receivePushes = nullptr;
    QAction *m_scrapeTarget = nullptr;
    ScrapeDialog *m_scrapeDialog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QString m_rendererName;
    QString m_rendererPreference;
    CompareController *m_compare = nullptr;
    ExportController *m_exporter = nullptr;
    Theme m_theme = Theme::System;
    bool m_updatingSelector = false;
};
