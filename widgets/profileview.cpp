#include "profileview.h"

#include "breadcrumbbar.h"
#include "functionactions.h"
#include "functiontablemodel.h"
#include "functiontableview.h"
#include "labelfitbox.h"
#include "matchlabel.h"
#include "sandwichview.h"
#include "toolbarfocus.h"

#include "model/functiontable.h"
#include "model/jobtracker.h"
#include "model/progress.h"
#include "model/transforms.h"
#include "model/unitformat.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Transforms build new name tables: the same function has another id there.
NameId findName(const Profile &profile, std::string_view text)
{
    const NameTable &names = profile.names();
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names.name(NameId(quint32(i))) == text)
            return NameId(quint32(i));
    return NameId();
}
} // namespace

ProfileView::ProfileView(FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , m_flame(new FlameGraphView(renderer))
    , m_table(new FunctionTableView)
    , m_sandwich(new SandwichView(renderer))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_crumbBar(new QWidget)
    , m_crumbs(new BreadcrumbBar)
    , m_transformLabel(new QLabel)
    , m_resetTransformButton(new QToolButton)
    , m_transformJob(new JobTracker(this))
    , m_tableJob(new JobTracker(this))
{
    // What a screen reader calls them (FlameGraphAccessible names the boxes).
    m_flame->setAccessibleName(tr("Flame graph"));
    m_table->setAccessibleName(tr("Function table"));
    m_table->setAccessibleDescription(
        tr("Self and total of every function; Enter shows it in the flame graph"));
    buildToolBar();

    auto *crumbBarLayout = new QHBoxLayout(m_crumbBar);
    crumbBarLayout->setContentsMargins(4, 0, 4, 0);
    crumbBarLayout->setSpacing(0);
    crumbBarLayout->addWidget(m_crumbs);
    crumbBarLayout->addStretch(1);
    crumbBarLayout->addWidget(m_transformLabel);
    crumbBarLayout->addWidget(m_resetTransformButton);
    m_transformLabel->setTextFormat(Qt::PlainText);
    m_resetTransformButton->setText(tr("Reset"));
    m_resetTransformButton->setToolTip(tr("Show the whole profile again"));
    m_resetTransformButton->setAutoRaise(true);
    connect(m_resetTransformButton, &QToolButton::clicked, this, &ProfileView::resetTransforms);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_flame);
    m_splitter->addWidget(m_sandwich);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_crumbBar);
    layout->addWidget(m_splitter, 1);

    connectViews();
    updateTabOrder();
    applyViewMode();
    updateTransformBar();
    updateBreadcrumbs();
    updateMatchLabel();
}

// The trackers go with the view: running jobs are cancelled, their results dropped.
ProfileView::~ProfileView() = default;

void ProfileView::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Profile"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_modeGroup = new QActionGroup(this);
    m_modeGroup->setExclusive(true);
    const struct
    {
        ViewMode mode;
        QString text;
        QString tip;
    } modes[] = {
        {ViewMode::Table, tr("Table"), tr("The function table alone")},
        {ViewMode::FlameGraph, tr("Flame Graph"), tr("The flamegraph alone")},
        {ViewMode::Both, tr("Both"), tr("The table and the flamegraph side by side")},
        {ViewMode::Sandwich, tr("Sandwich"), tr("The callers and callees of the selected function")},
    };
    for (const auto &m : modes) {
        QAction *action = m_toolBar->addAction(m.text);
        action->setToolTip(m.tip);
        action->setCheckable(true);
        m_modeGroup->addAction(action);
        m_modeActions[int(m.mode)] = action;
        const ViewMode mode = m.mode;
        connect(action, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
    }
    m_toolBar->addSeparator();

    m_searchEdit = new SearchField;
    m_searchEdit->setFindScope(this);
    m_toolBar->addWidget(m_searchEdit);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { runSearch(); });
    connect(m_searchEdit, &SearchField::stepRequested, this, &ProfileView::stepMatch);

    m_regexAction = m_toolBar->addAction(QStringLiteral(".*"));
    m_regexAction->setCheckable(true);
    m_regexAction->setToolTip(tr("Regular expression"));
    connect(m_regexAction, &QAction::toggled, this, [this] { runSearch(); });

    m_matchLabel = new MatchLabel;
    m_toolBar->addWidget(m_matchLabel);
    m_toolBar->addSeparator();

    m_icicleAction = m_toolBar->addAction(tr("Icicle"));
    m_icicleAction->setCheckable(true);
    m_icicleAction->setChecked(m_flame->orientation() == FlameGraphView::Orientation::Icicle);
    m_icicleAction->setToolTip(tr("Root at the top (icicle) instead of the bottom (flame)"));
    connect(m_icicleAction, &QAction::toggled, this, [this](bool icicle) {
        m_flame->setOrientation(icicle ? FlameGraphView::Orientation::Icicle : FlameGraphView::Orientation::Flame);
    });
    connect(m_icicleAction, &QAction::triggered, this,
            [this] { emit orientationChosen(m_flame->orientation()); });

    m_colorCombo = new QComboBox;
    m_colorCombo->setToolTip(tr("Colour scheme"));
    m_colorCombo->addItem(tr("By package"), int(FlameGraphView::ColorScheme::Package));
    m_colorCombo->addItem(tr("By self (heat)"), int(FlameGraphView::ColorScheme::Heat));
    m_toolBar->addWidget(m_colorCombo);
    connect(m_colorCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const auto scheme = FlameGraphView::ColorScheme(m_colorCombo->itemData(index).toInt());
        m_flame->setColorScheme(scheme);
        m_sandwich->setColorScheme(scheme);
    });
    connect(m_colorCombo, &QComboBox::activated, this,
            [this] { emit colorSchemeChosen(m_flame->colorScheme()); });

    m_labelFitBox = new LabelFitBox;
    m_toolBar->addWidget(m_labelFitBox);
    connect(m_labelFitBox, &LabelFitBox::fitPicked, this, [this](FlameLabelFit fit) {
        setLabelFit(fit);
        emit labelFitChanged(fit);
    });

    m_resetZoomAction = m_toolBar->addAction(tr("Reset Zoom"));
    m_resetZoomAction->setToolTip(tr("Show the whole tree (Esc in the flamegraph)"));
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        m_flame->resetZoom();
        m_sandwich->callersView()->resetZoom();
        m_sandwich->calleesView()->resetZoom();
    });
}

void ProfileView::updateTabOrder()
{
    // The toolbar left to right, then the views; Tab leaves the table (arrows walk its cells).
    m_table->setTabKeyNavigation(false);
    ToolBarFocus::chain(ToolBarFocus::reachable(m_toolBar)
                        << m_table << m_flame << m_sandwich->callersView()
                        << m_sandwich->calleesView());
}

void ProfileView::connectViews()
{
    connect(m_table, &FunctionTableView::functionSelected, this,
            [this](NameId name) { onFunctionSelected(name, m_table); });
    connect(m_table, &FunctionTableView::functionActivated, this, [this](NameId name) {
        // Enter or a double click on a row: show the function where it is drawn.
        onFunctionSelected(name, m_table);
        if (m_viewMode == ViewMode::Table)
            setViewMode(ViewMode::Sandwich);
    });
    connect(m_flame, &FlameGraphView::functionSelected, this,
            [this](NameId name) { onFunctionSelected(name, m_flame); });
    connect(m_sandwich, &SandwichView::functionSelected, this,
            [this](NameId name) { onFunctionSelected(name, m_sandwich); });
    connect(m_flame, &FlameGraphView::nodeHovered, this, &ProfileView::onNodeHovered);
    connect(m_flame, &FlameGraphView::zoomChanged, this, &ProfileView::updateBreadcrumbs);
    connect(m_crumbs, &BreadcrumbBar::nodeClicked, m_flame,
            [this](NodeId node) { m_flame->zoomTo(node); });
    // The flamegraph's and the table's context menus: the same actions, the same handlers.
    for (FunctionActions *actions : {m_flame->functionActions(), m_table->functionActions()}) {
        connect(actions, &FunctionActions::focusFunctionRequested, this,
                &ProfileView::focusOnFunction);
        connect(actions, &FunctionActions::collapseFunctionRequested, this,
                &ProfileView::collapseFunction);
        connect(actions, &FunctionActions::showInSandwichRequested, this, [this](NameId name) {
            onFunctionSelected(name, nullptr);
            setViewMode(ViewMode::Sandwich);
        });
    }
    connect(m_flame, &FlameGraphView::resetRequested, this, [this] {
        resetTransforms();
        m_flame->resetZoom();
    });
}

void ProfileView::setProfile(ProfilePtr profile, int sampleType)
{
    m_transformJob->cancel();
    m_originalTable.reset();
    m_original = profile;
    m_sampleType = sampleType;
    m_transformSteps.clear();

    // A diff profile gets the diff colours; the scheme list offers them only then.
    const bool diff = profile && profile->isDiff();
    const int diffIndex = m_colorCombo->findData(int(FlameGraphView::ColorScheme::Diff));
    if (diff && diffIndex < 0) {
        m_colorCombo->addItem(tr("Diff"), int(FlameGraphView::ColorScheme::Diff));
        m_colorCombo->setCurrentIndex(m_colorCombo->count() - 1);
    } else if (!diff && diffIndex >= 0) {
        m_colorCombo->removeItem(diffIndex);
    }
    showProfile(std::move(profile));
}

void ProfileView::setLabelFit(FlameLabelFit fit)
{
    m_flame->setLabelFit(fit);
    m_sandwich->callersView()->setLabelFit(fit);
    m_sandwich->calleesView()->setLabelFit(fit);
    m_labelFitBox->setFit(fit, m_shown.get());
}

FlameLabelFit ProfileView::labelFit() const
{
    return m_flame->labelFit();
}

void ProfileView::setSampleType(int sampleType)
{
    if (sampleType == m_sampleType)
        return;
    m_sampleType = sampleType;
    m_flame->setSampleType(sampleType);
    m_sandwich->setSampleType(sampleType);
    computeTable();
    updateMatchLabel();
}

void ProfileView::showProfile(ProfilePtr profile)
{
    // Keep the selection across a transform by its name: ids differ between profiles.
    std::string selectedText;
    if (m_shown && m_selected.isValid())
        selectedText = std::string(m_shown->names().name(m_selected));
    m_shown = std::move(profile);
    m_selected = m_shown && !selectedText.empty() ? findName(*m_shown, selectedText) : NameId();

    m_flame->setProfile(m_shown, m_sampleType);
    m_sandwich->setProfile(m_shown, m_sampleType);
    computeTable();
    runSearch();
    m_flame->setHighlightedName(m_selected);
    if (m_viewMode == ViewMode::Sandwich)
        m_sandwich->setFunction(m_selected);
    updateBreadcrumbs();
    updateTransformBar();
    m_labelFitBox->setFit(m_flame->labelFit(), m_shown.get());
    emit shownProfileChanged(m_shown);
}

bool ProfileView::isBusy() const
{
    return m_transformJob->isRunning() || m_tableJob->isRunning();
}

void ProfileView::computeTable()
{
    m_tableJob->cancel(); // the shown profile or sample type changed
    if (!m_shown) {
        m_table->clear();
        return;
    }
    const auto land = [this](ProfilePtr profile, int sampleType, FunctionTable table) {
        if (profile == m_original)
            m_originalTable = table;
        m_table->setTable(std::move(profile), sampleType, std::move(table));
        m_table->setSearch(m_search);
        m_table->selectFunction(m_selected);
        if (m_viewMode == ViewMode::Sandwich && !m_selected.isValid())
            applyViewMode(); // picks the top function now that there is a table
    };
    if (m_shown == m_original && m_originalTable && m_originalTable->sampleType() == m_sampleType) {
        land(m_shown, m_sampleType, *m_originalTable);
        return;
    }
    if (m_shown->tree().nodeCount() <= backgroundThreshold) {
        land(m_shown, m_sampleType, FunctionTable::compute(*m_shown, m_sampleType));
        return;
    }
    m_table->clear();
    m_tableJob->startJob([profile = m_shown, sampleType = m_sampleType](
                             Progress &) { return FunctionTable::compute(*profile, sampleType); },
                         [profile = m_shown, sampleType = m_sampleType, land](FunctionTable table) {
                             land(profile, sampleType, std::move(table));
                         });
}

QString ProfileView::searchText() const
{
    return m_searchEdit->text();
}

void ProfileView::setSearchText(const QString &text, bool regex)
{
    {
        const QSignalBlocker blockEdit(m_searchEdit);
        const QSignalBlocker blockRegex(m_regexAction);
        m_searchEdit->setText(text);
        m_regexAction->setChecked(regex);
    }
    runSearch();
}

void ProfileView::runSearch()
{
    const QString text = m_searchEdit->text();
    m_queryError.clear();
    if (text.isEmpty()) {
        m_query = SearchQuery();
    } else if (m_regexAction->isChecked()) {
        m_query = SearchQuery::regex(text, &m_queryError);
        if (!m_query.isValid())
            m_query = SearchQuery();
    } else {
        m_query = SearchQuery::substring(text);
    }
    m_search = m_shown && !m_query.isEmpty() ? SearchResult::run(*m_shown, m_query) : SearchResult();
    m_stepper.reset();
    m_flame->setSearch(m_search);
    m_table->setSearch(m_search);
    m_sandwich->setSearchQuery(m_query);
    updateMatchLabel();
}

void ProfileView::updateMatchLabel()
{
    m_matchLabel->showResult(m_shown.get(), m_search, {m_sampleType}, m_queryError);
}

void ProfileView::stepMatch(bool forward)
{
    const NodeId node = m_shown ? m_stepper.step(*m_shown, m_search, forward) : NodeId();
    if (!node.isValid())
        return;
    if (m_viewMode == ViewMode::Table || m_viewMode == ViewMode::Sandwich) {
        // No flamegraph on screen: step through the filtered table instead.
        selectFunction(m_shown->tree().name(node));
    } else {
        m_flame->zoomTo(node);
        m_flame->setSelectedNode(node);
    }
    emit statusMessage(tr("Match %1 of %2: %3")
                           .arg(m_stepper.position())
                           .arg(m_stepper.count())
                           .arg(toQString(m_shown->name(node))));
}

bool ProfileView::zoomToPath(const QStringList &rootFirstNames)
{
    return m_flame->zoomToPath(rootFirstNames);
}

QString ProfileView::activeRendererName() const
{
    return m_flame->activeRendererName();
}

void ProfileView::focusSearch()
{
    m_searchEdit->focusSearch();
}

void ProfileView::selectFunction(NameId name)
{
    onFunctionSelected(name, nullptr);
}

void ProfileView::onFunctionSelected(NameId name, QObject *origin)
{
    m_selected = name;
    if (origin != m_table)
        m_table->selectFunction(name);
    m_flame->setHighlightedName(name);
    if (m_viewMode == ViewMode::Sandwich)
        m_sandwich->setFunction(name);
    if (name.isValid() && m_shown)
        emit statusMessage(tr("Selected %1").arg(nameText(name)));
}

void ProfileView::onNodeHovered(NodeId node)
{
    if (!node.isValid() || !m_shown) {
        emit statusMessage(QString());
        return;
    }
    const CallTree &tree = m_shown->tree();
    const std::string &unit = m_shown->sampleTypes()[size_t(m_sampleType)].unit;
    const qint64 whole = m_shown->total(m_sampleType);
    const qint64 total = tree.total(node, m_sampleType);
    const qint64 self = tree.self(node, m_sampleType);
    emit statusMessage(tr("%1 — total %2 (%3), self %4 (%5)")
                           .arg(toQString(m_shown->name(node)),
                                UnitFormat::format(total, unit, QLocale()),
                                UnitFormat::percent(total, whole, QLocale()),
                                UnitFormat::format(self, unit, QLocale()),
                                UnitFormat::percent(self, whole, QLocale())));
}

QString ProfileView::nameText(NameId name) const
{
    return m_shown && name.isValid() ? toQString(m_shown->names().name(name)) : QString();
}

void ProfileView::focusOnFunction(NameId name)
{
    if (!m_shown || !name.isValid())
        return;
    applyTransform(tr("Focus on %1").arg(nameText(name)), [name](const Profile &p, Progress &progress) {
        return ::focusOnFunction(p, name, progress);
    });
}

void ProfileView::collapseFunction(NameId name)
{
    if (!m_shown || !name.isValid())
        return;
    applyTransform(tr("Collapse %1").arg(nameText(name)), [name](const Profile &p, Progress &progress) {
        return ::collapseFunction(p, name, progress);
    });
}

void ProfileView::applyTransform(const QString &description, Transform transform)
{
    m_transformJob->cancel();
    const ProfilePtr input = m_shown;
    const auto land = [this, description](ProfilePtr result) {
        if (!result)
            return;
        m_transformSteps.append(description);
        m_flame->resetZoom();
        showProfile(std::move(result));
        emit statusMessage(description);
    };
    if (input->tree().nodeCount() <= backgroundThreshold) {
        land(transform(*input, Progress::none()));
        return;
    }
    // The job owns copies of everything it reads; a newer transform or a reset
    // supersedes it, and its result is dropped.
    emit statusMessage(tr("%1…").arg(description));
    m_transformJob->startJob(
        [input, transform](Progress &progress) { return transform(*input, progress); }, land);
}

void ProfileView::resetTransforms()
{
    m_transformJob->cancel();
    if (!isTransformed())
        return;
    m_transformSteps.clear();
    m_flame->resetZoom();
    showProfile(m_original);
    emit statusMessage(tr("Showing the whole profile"));
}

void ProfileView::updateTransformBar()
{
    const bool transformed = !m_transformSteps.isEmpty();
    m_transformLabel->setText(m_transformSteps.join(QStringLiteral(" › ")));
    m_transformLabel->setVisible(transformed);
    m_resetTransformButton->setVisible(transformed);
}

void ProfileView::updateBreadcrumbs()
{
    m_crumbs->setPath(m_shown.get(), m_flame->zoomRoot());
}

QLabel *ProfileView::matchLabel() const
{
    return m_matchLabel;
}

QStringList ProfileView::breadcrumbs() const
{
    return m_crumbs->names();
}

void ProfileView::setColorScheme(FlameColorScheme scheme)
{
    if (const int index = m_colorCombo->findData(int(scheme)); index >= 0)
        m_colorCombo->setCurrentIndex(index);
}

void ProfileView::setOrientation(FlameOrientation orientation)
{
    m_icicleAction->setChecked(orientation == FlameOrientation::Icicle);
}

QAction *ProfileView::viewModeAction(ViewMode mode) const
{
    return m_modeActions[int(mode)];
}

void ProfileView::setViewMode(ViewMode mode)
{
    const bool changed = mode != m_viewMode;
    m_viewMode = mode;
    applyViewMode();
    if (changed)
        emit viewModeChanged(mode);
}

void ProfileView::applyViewMode()
{
    m_modeActions[int(m_viewMode)]->setChecked(true);
    const bool table = m_viewMode != ViewMode::FlameGraph;
    const bool flame = m_viewMode == ViewMode::FlameGraph || m_viewMode == ViewMode::Both;
    const bool sandwich = m_viewMode == ViewMode::Sandwich;
    m_table->setVisible(table);
    m_flame->setVisible(flame);
    m_sandwich->setVisible(sandwich);
    m_crumbBar->setVisible(flame);
    m_icicleAction->setEnabled(flame);
    m_resetZoomAction->setEnabled(flame || sandwich);
    if (table && (flame || sandwich)) {
        const int width = std::max(m_splitter->width(), 800);
        m_splitter->setSizes({width * 2 / 5, flame ? width * 3 / 5 : 0, sandwich ? width * 3 / 5 : 0});
    }
    if (sandwich) {
        // The sandwich needs a function: without a selection take the table's
        // first row as it is sorted and filtered now (the costliest by self at first).
        if (!m_selected.isValid() && m_table->model()->rowCount() > 0)
            onFunctionSelected(NameId(m_table->model()->index(0, 0).data(FunctionTableModel::NameIdRole).toUInt()),
                               nullptr);
        else
            m_sandwich->setFunction(m_selected);
    }
}
