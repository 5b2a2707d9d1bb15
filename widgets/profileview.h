#pragma once

#include "flamegraphview.h"
#include "model/functiontable.h"
#include "model/ids.h"
#include "model/profile.h"
#include "model/searchquery.h"
#include "model/searchresult.h"
#include "searchfield.h"
#include "searchstepper.h"
#include "widgets/render/viewmodes.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class BreadcrumbBar;
class FunctionTableView;
class JobTracker;
class LabelFitBox;
class MatchLabel;
class Progress;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;
class QToolButton;
class SandwichView;

// Everything a tab shows for one profile: a toolbar like Pyroscope's (view
// mode, search, orientation, colours, reset), breadcrumbs of the zoom path,
// and the function table, the flamegraph and the sandwich view kept in step.
// Focus and collapse from the flamegraph's context menu replace the shown
// profile with a transformed one (off the GUI thread for big profiles);
// "Reset" returns to the profile that was set.
class ProfileView final : public QWidget
{
    Q_OBJECT
public:
    using ViewMode = ProfileViewMode;

    explicit ProfileView(FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto,
                         QWidget *parent = nullptr);
    ~ProfileView() override;

    void setProfile(ProfilePtr profile, int sampleType);
    void setSampleType(int sampleType);
    // The profile that was set, and the one shown (the same unless transformed).
    ProfilePtr profile() const { return m_original; }
    ProfilePtr shownProfile() const { return m_shown; }
    int sampleType() const { return m_sampleType; }

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }
    // The toolbar's colour scheme and Icicle toggle; the user's choices there
    // are also signalled (colorSchemeChosen, orientationChosen) for the app to remember.
    void setColorScheme(FlameColorScheme scheme);
    void setOrientation(FlameOrientation orientation);

    void setSearchText(const QString &text, bool regex = false);
    QString searchText() const;
    const SearchResult &searchResult() const { return m_search; }
    // A root-first path of names ("main", "serve", "parse"), without the root;
    // false when the shown profile has no such path.
    bool zoomToPath(const QStringList &rootFirstNames);
    QString activeRendererName() const;

    // Which end of long names the flamegraphs' labels keep (the toolbar's
    // "Labels" box); Auto picks per profile. For the app to remember.
    void setLabelFit(FlameLabelFit fit);
    FlameLabelFit labelFit() const;
    LabelFitBox *labelFitBox() const { return m_labelFitBox; }

    // The function selected in the table or the flamegraph (a name of shownProfile()).
    NameId selectedFunction() const { return m_selected; }
    void selectFunction(NameId name);

    // Transforms of the shown profile; each is undone by resetTransforms().
    void focusOnFunction(NameId name);
    void collapseFunction(NameId name);
    void resetTransforms();
    bool isTransformed() const { return m_shown != m_original; }
    bool isBusy() const;

    // The parts, for the app (actions, settings) and tests.
    FlameGraphView *flameGraphView() const { return m_flame; }
    FunctionTableView *functionTableView() const { return m_table; }
    SandwichView *sandwichView() const { return m_sandwich; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QLabel *matchLabel() const;
    QAction *viewModeAction(ViewMode mode) const;
    // Puts every control of the toolbar in the tab order, left to right, then
    // the views; again after a widget was added to the toolbar.
    void updateTabOrder();
    // The texts of the breadcrumb buttons, root first ("all", "main", ...).
    QStringList breadcrumbs() const;

    // Profiles with more nodes than this are transformed and tabulated off the GUI thread.
    static constexpr qsizetype backgroundThreshold = 200'000;

public slots:
    void focusSearch();
    // Zooms the flamegraph to the next (or previous) matching node.
    void stepMatch(bool forward = true);

signals:
    void statusMessage(const QString &message);
    void viewModeChanged(ProfileView::ViewMode mode);
    // The user picked another label fit in the toolbar.
    void labelFitChanged(FlameLabelFit fit);
    void colorSchemeChosen(FlameColorScheme scheme);
    void orientationChosen(FlameOrientation orientation);
    // The shown profile changed: a transform landed or was reset.
    void shownProfileChanged(ProfilePtr profile);

private:
    using Transform = std::function<ProfilePtr(const Profile &, Progress &)>;

    void buildToolBar();
    void connectViews();
    void showProfile(ProfilePtr profile);
    void computeTable();
    void runSearch();
    void updateMatchLabel();
    void updateBreadcrumbs();
    void updateTransformBar();
    void onFunctionSelected(NameId name, QObject *origin);
    void onNodeHovered(NodeId node);
    void applyTransform(const QString &description, Transform transform);
    void applyViewMode();
    QString nameText(NameId name) const;

    FlameGraphView *m_flame;
    FunctionTableView *m_table;
    SandwichView *m_sandwich;
    QSplitter *m_splitter;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QAction *m_modeActions[4] = {};
    SearchField *m_searchEdit = nullptr;
    QAction *m_regexAction = nullptr;
    MatchLabel *m_matchLabel = nullptr;
    QAction *m_icicleAction = nullptr;
    QComboBox *m_colorCombo = nullptr;
    LabelFitBox *m_labelFitBox = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QWidget *m_crumbBar; // the breadcrumbs, then the transforms and their Reset
    BreadcrumbBar *m_crumbs;
    QLabel *m_transformLabel;
    QToolButton *m_resetTransformButton;

    ProfilePtr m_original;
    ProfilePtr m_shown;
    int m_sampleType = 0;
    ViewMode m_viewMode = ViewMode::FlameGraph;
    NameId m_selected;
    SearchQuery m_query;
    QString m_queryError;
    SearchResult m_search;
    SearchStepper m_stepper;
    QStringList m_transformSteps;
    // Big profiles are transformed and tabulated off the GUI thread; a newer
    // transform (or a reset) supersedes one running, a newer profile or sample
    // type a running table.
    JobTracker *m_transformJob;
    JobTracker *m_tableJob;
    // The original profile's table, kept so that Reset after a focus does not
    // compute it again (a second or so on the large profile).
    std::optional<FunctionTable> m_originalTable;
};
