#pragma once

#include "importjob.h"

#include "model/profile.h"
#include "model/searchresult.h"

#include <QFutureWatcher>
#include <QHash>
#include <QString>
#include <QWidget>

class CallTreeModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

// One opened profile: while its import runs, a progress bar and a Cancel
// button; then its views. The views sit in a QStackedWidget, one page per view
// mode; the call tree (a QTreeView over CallTreeModel) is the page of every mode
// that has no other widget yet, and setViewWidget() puts another in its place.
class ProfileTab final : public QWidget
{
    Q_OBJECT
public:
    enum class State { Importing, Ready, Failed, Canceled };
    enum class View { FlameGraph, Table, Both, Sandwich };

    explicit ProfileTab(const QString &path, QWidget *parent = nullptr);
    ~ProfileTab() override;

    void startImport(const ImportJob::Reader &reader = ImportJob::defaultReader());
    void cancelImport();
    State state() const { return m_state; }
    QString path() const { return m_path; }
    QString title() const;
    // The importer's message after a failed import.
    QString errorMessage() const { return m_error; }
    // In thousandths while importing.
    int progressValue() const;

    ProfilePtr profile() const { return m_profile; }
    int sampleType() const { return m_sampleType; }
    void setSampleType(int sampleType);
    // "cpu: 20.5 s total, 1,234 functions"
    QString summary() const;

    void setView(View view);
    View view() const { return m_view; }
    static bool viewFromName(const QString &name, View *view);
    // Shows widget for view instead of the call tree (the tab owns it).
    void setViewWidget(View view, QWidget *widget);
    QWidget *viewWidget(View view) const;

    // Case-insensitive substring (or regex) search over names: matching rows are
    // highlighted, the largest outermost matches expanded to and selected. An
    // empty text clears it. False when a regex does not compile (see searchError()).
    bool setSearch(const QString &text, bool regex = false);
    const SearchResult &searchResult() const { return m_search; }
    QString searchError() const { return m_searchError; }
    // Expands the call tree down to the root-first path of names and selects
    // its last node; false when the profile has no such path.
    bool zoomToPath(const QStringList &rootFirstNames);

    QTreeView *callTreeView() const { return m_tree; }
    CallTreeModel *callTreeModel() const { return m_model; }
    QModelIndex viewIndexOf(NodeId node) const;

signals:
    // The import ended; state() says how.
    void importFinished(ProfileTab *tab);
    void sampleTypeChanged(int sampleType);
    void searchChanged();

private:
    void onImportFinished();
    void showProfile();
    void revealAndSelect(const std::vector<NodeId> &nodes);

    QString m_path;
    State m_state = State::Importing;
    QString m_error;
    ProfilePtr m_profile;
    int m_sampleType = 0;
    qsizetype m_functionCount = 0;
    View m_view = View::FlameGraph;
    SearchResult m_search;
    QString m_searchError;

    QFutureWatcher<ImportResult> m_watcher;
    QStackedWidget *m_pages;
    QWidget *m_importPage;
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QStackedWidget *m_views;
    QTreeView *m_tree;
    CallTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QHash<int, QWidget *> m_viewWidgets; // View -> page other than the call tree
};
