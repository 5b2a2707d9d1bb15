#pragma once

#include "widgets/render/flamecolors.h"
#include "flamegraphview.h"
#include "widgets/render/viewmodes.h"

#include "model/diffmetrics.h"
#include "model/profile.h"
#include "model/searchresult.h"
#include "searchstepper.h"

#include <QStringList>
#include <QWidget>

class BreadcrumbBar;
class ComparisonView;
class DiffLegend;
class DiffTableModel;
class QAction;
class QActionGroup;
class MatchLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;
class SearchField;

// Everything a diff tab shows for one diff profile (Profile::isDiff(): the
// merged tree, a baseline and a comparison column), in three modes: the diff
// flamegraph (one FlameGraphView in the Diff scheme, with its legend), the two
// sides side by side (ComparisonView, kept in step by call path) and the diff
// table. A toolbar switches the mode, relative/absolute, the palette (default
// green-grey-red or colour-blind blue-grey-red) and searches every view with the
// pieces of a profile tab's toolbar (SearchField: Ctrl+F, Escape, Enter to step
// through the matches; MatchLabel: the matched share of both sides), and Reset
// Zoom. One zoom for the tab: the diff flamegraph and the two sides follow each
// other by call path, and the breadcrumbs (BreadcrumbBar over the diff profile,
// which holds every path of either side) show it in both flamegraph modes.
class DiffView final : public QWidget
{
    Q_OBJECT
public:
    using Mode = DiffViewMode;

    explicit DiffView(FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto, QWidget *parent = nullptr);

    // The side-by-side view shows the original profiles when given (their own
    // trees and totals), else the diff profile's two columns.
    void setProfile(ProfilePtr diff, const QString &baselineTitle, const QString &comparisonTitle,
                    ProfilePtr baseline = nullptr, int baselineType = -1, ProfilePtr comparison = nullptr,
                    int comparisonType = -1);
    ProfilePtr profile() const { return m_profile; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDiffMode(DiffMode mode);
    DiffMode diffMode() const { return m_diffMode; }
    void setDiffPalette(FlameColors::DiffPalette palette);
    FlameColors::DiffPalette diffPalette() const { return m_palette; }

    void setSearchText(const QString &text, bool regex = false);
    QString searchText() const;
    const SearchResult &searchResult() const { return m_searchResult; }
    // Zooms the diff flamegraph and both sides; false when the path is nowhere.
    bool zoomToPath(const QStringList &rootFirstNames);
    void resetZoom();
    // The texts of the breadcrumb buttons, root first ("total", "main", ...).
    QStringList breadcrumbs() const;

    FlameGraphView *flameGraphView() const { return m_flame; }
    DiffLegend *legend() const { return m_legend; }
    ComparisonView *comparisonView() const { return m_comparison; }
    QTableView *tableView() const { return m_table; }
    DiffTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *tableProxy() const { return m_proxy; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *modeAction(Mode mode) const { return m_modeActions[int(mode)]; }
    QLineEdit *searchEdit() const;
    QLabel *matchLabel() const;
    QAction *resetZoomAction() const { return m_resetZoomAction; }
    BreadcrumbBar *breadcrumbBar() const { return m_crumbs; }

public slots:
    void focusSearch();
    // Zooms to the next (or previous) node of the diff that the search matched.
    void stepMatch(bool forward = true);

signals:
    void modeChanged(DiffView::Mode mode);

private:
    void buildToolBar();
    void runSearch(const QString &text, bool regex);
    void followZoom(const QStringList &rootFirstNames, bool fromSides);
    void updateBreadcrumbs();

    ProfilePtr m_profile;
    Mode m_mode = Mode::DiffFlameGraph;
    DiffMode m_diffMode = DiffMode::Relative;
    FlameColors::DiffPalette m_palette = FlameColors::DiffPalette::Default;
    bool m_tableFilled = false;

    QToolBar *m_toolBar = nullptr;
    QAction *m_modeActions[3] = {};
    QAction *m_absoluteAction = nullptr;
    QComboBox *m_paletteCombo = nullptr;
    SearchField *m_search = nullptr;
    MatchLabel *m_matchLabel = nullptr;
    QAction *m_resetZoomAction = nullptr;
    SearchResult m_searchResult;
    SearchStepper m_stepper;
    bool m_regex = false;         // the search is a regular expression (set by setSearchText)
    bool m_followingZoom = false; // one view's zoom being copied to the others
    bool m_filtering = false;     // the search is filtering the table
    BreadcrumbBar *m_crumbs;
    QStackedWidget *m_pages;
    QWidget *m_flamePage;
    FlameGraphView *m_flame;
    DiffLegend *m_legend;
    ComparisonView *m_comparison;
    QTableView *m_table;
    DiffTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
