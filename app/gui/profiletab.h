#pragma once

#include "importjob.h"

#include "model/profile.h"
#include "model/searchresult.h"
#include "widgets/flamegraphview.h"
#include "widgets/profileview.h"

#include <QHash>
#include <QString>
#include <QWidget>

class JobTracker;
class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// One opened profile: while its import runs, a progress bar and a Cancel
// button; then a ProfileView (flamegraph, function table, both, sandwich) of
// the profile, or of one thread of it when the profile's samples carry a
// `thread` label and one is chosen in the thread selector that the tab adds to
// the view's toolbar. setViewWidget() puts another widget (a diff view) in
// place of the ProfileView for a view mode.
class ProfileTab final : public QWidget
{
    Q_OBJECT
public:
    enum class State { Importing, Ready, Failed, Canceled };
    using View = ProfileView::ViewMode;

    explicit ProfileTab(const QString &path, FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto,
                        QWidget *parent = nullptr);
    ~ProfileTab() override;

    // --renderer's values: "gl" and "raster"; anything else lets the view choose.
    static FlameGraphView::Renderer rendererFromName(const QString &name);

    void startImport(const ImportJob::Reader &reader = ImportJob::defaultReader());
    void cancelImport();
    State state() const { return m_state; }
    QString path() const { return m_path; }
    QString title() const;
    // The importer's message after a failed import.
    QString errorMessage() const { return m_error; }
    // In thousandths while importing.
    int progressValue() const;

    // The imported profile (every thread), and the one the view shows: the
    // same, or the chosen thread's samples alone.
    ProfilePtr profile() const { return m_profile; }
    ProfilePtr shownProfile() const { return m_view->profile(); }
    int sampleType() const { return m_sampleType; }
    void setSampleType(int sampleType);
    // "cpu: 20.5 s total, 1,234 functions", of the shown profile.
    QString summary() const;

    // Programs, the command line and View > Table... (Ctrl+1..4) set the view
    // here; the view's toolbar too. Each tab has its own.
    void setView(View view);
    View view() const { return m_currentView; }
    static bool viewFromName(const QString &name, View *view);
    // Shows widget for view instead of the ProfileView (the tab owns it).
    void setViewWidget(View view, QWidget *widget);
    QWidget *viewWidget(View view) const;
    ProfileView *profileView() const { return m_view; }
    // "OpenGL" or "Raster": what draws this tab's flamegraphs.
    QString rendererName() const { return m_view->activeRendererName(); }

    // The view's search (substring or regex); false when a regex does not compile.
    bool setSearch(const QString &text, bool regex = false);
    const SearchResult &searchResult() const { return m_view->searchResult(); }
    // Ctrl+F: the search field of the page shown.
    void focusSearch();
    // Zooms the flamegraph to the root-first path of names and selects its
    // last function (the sandwich shows that one); false when the shown
    // profile has no such path.
    bool zoomToPath(const QStringList &rootFirstNames);

    // The values of the `thread` label, sorted; empty when the profile has none
    // (the selector is then hidden).
    QStringList threads() const { return m_threads; }
    QComboBox *threadSelector() const { return m_threadCombo; }
    // One thread's samples alone; an empty name shows every thread. The filter
    // runs off the GUI thread; a newer choice drops an older one's result.
    void setThread(const QString &thread);
    QString thread() const { return m_thread; }
    // Work still running: the thread filter, or the view's table, transforms or sandwich.
    bool isBusy() const;

signals:
    // The import ended; state() says how.
    void importFinished(ProfileTab *tab);
    void sampleTypeChanged(int sampleType);
    // The shown profile changed (a thread filter landed), so summary() did.
    void summaryChanged();
    // Hover, selection and transform messages from the view, for the status bar.
    void statusMessage(const QString &message);

private:
    void onImportFinished(const ImportResult &result);
    void showProfile();
    void showFiltered(ProfilePtr profile);

    QString m_path;
    State m_state = State::Importing;
    QString m_error;
    ProfilePtr m_profile;
    int m_sampleType = 0;
    qsizetype m_functionCount = 0;
    View m_currentView = View::FlameGraph;
    QStringList m_threads;
    QString m_thread;
    bool m_settingView = false; // setView() is changing the view's mode, not the user

    JobTracker *m_import;
    JobTracker *m_filter; // the thread filter: a newer choice supersedes an older one
    QStackedWidget *m_pages;
    QWidget *m_importPage;
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QStackedWidget *m_views;
    ProfileView *m_view;
    QComboBox *m_threadCombo;
    QAction *m_threadSeparator = nullptr;
    QAction *m_threadAction = nullptr; // the selector's place in the view's toolbar
    QHash<int, QWidget *> m_viewWidgets; // View -> page other than the ProfileView
};
