#include "diffview.h"

#include "breadcrumbbar.h"
#include "comparisonview.h"
#include "difflegend.h"
#include "difftablemodel.h"
#include "matchlabel.h"
#include "searchfield.h"

#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

DiffView::DiffView(FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , m_crumbs(new BreadcrumbBar)
    , m_pages(new QStackedWidget(this))
    , m_flamePage(new QWidget(this))
    , m_flame(new FlameGraphView(renderer, m_flamePage))
    , m_legend(new DiffLegend(m_flamePage))
    , m_comparison(new ComparisonView(renderer, this))
    , m_table(new QTableView(this))
    , m_model(new DiffTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_flame->setObjectName(QStringLiteral("diffFlameGraph"));
    m_flame->setAccessibleName(tr("Diff flame graph"));
    m_table->setAccessibleName(tr("Diff table"));
    m_flame->setColorScheme(FlameGraphView::ColorScheme::Diff);
    m_legend->setObjectName(QStringLiteral("diffLegend"));
    auto *flameLayout = new QVBoxLayout(m_flamePage);
    flameLayout->setContentsMargins(0, 0, 0, 0);
    flameLayout->setSpacing(0);
    flameLayout->addWidget(m_legend);
    flameLayout->addWidget(m_flame, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DiffTableModel::SortRole);
    m_proxy->setFilterKeyColumn(DiffTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiffTableModel::DeltaColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(DiffTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    m_pages->addWidget(m_flamePage);
    m_pages->addWidget(m_comparison);
    m_pages->addWidget(m_table);

    buildToolBar();
    auto *crumbRow = new QWidget(this);
    auto *crumbLayout = new QHBoxLayout(crumbRow);
    crumbLayout->setContentsMargins(4, 0, 4, 0);
    crumbLayout->addWidget(m_crumbs);
    crumbLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(crumbRow);
    layout->addWidget(m_pages, 1);

    connect(m_flame, &FlameGraphView::zoomChanged, this, [this](NodeId root) {
        updateBreadcrumbs();
        followZoom(ComparisonView::pathOf(m_profile.get(), root), false);
    });
    connect(m_comparison, &ComparisonView::zoomChanged, this,
            [this](const QStringList &path) { followZoom(path, true); });
    connect(m_crumbs, &BreadcrumbBar::nodeClicked, m_flame,
            [this](NodeId node) { m_flame->zoomTo(node); });

    // A function picked in the table is outlined in the diff flamegraph; not a
    // row the filter made current by taking the current one away (a search
    // would outline a match, and the outline would outlive the search).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_filtering)
                    m_flame->setHighlightedName(
                        NameId(m_proxy->data(current, DiffTableModel::NameIdRole).toUInt()));
            });
}

void DiffView::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("diffToolBar"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, Mode> modes[] = {{tr("Diff flamegraph"), Mode::DiffFlameGraph},
                                              {tr("Side by side"), Mode::SideBySide},
                                              {tr("Diff table"), Mode::Table}};
    for (const auto &[text, mode] : modes) {
        QAction *a = m_toolBar->addAction(text);
        a->setCheckable(true);
        a->setChecked(mode == m_mode);
        group->addAction(a);
        const Mode m = mode;
        connect(a, &QAction::triggered, this, [this, m] { setMode(m); });
        m_modeActions[int(mode)] = a;
    }
    m_toolBar->addSeparator();
    m_absoluteAction = m_toolBar->addAction(tr("Absolute values"));
    m_absoluteAction->setCheckable(true);
    m_absoluteAction->setToolTip(tr("Compare raw values instead of each function's share of its profile's total"));
    connect(m_absoluteAction, &QAction::toggled, this,
            [this](bool on) { setDiffMode(on ? DiffMode::Absolute : DiffMode::Relative); });
    m_toolBar->addWidget(new QLabel(tr(" Colours: "), m_toolBar));
    m_paletteCombo = new QComboBox(m_toolBar);
    m_paletteCombo->addItem(tr("Green to red"), int(FlameColors::DiffPalette::Default));
    m_paletteCombo->addItem(tr("Blue to red (colour-blind)"), int(FlameColors::DiffPalette::ColorBlind));
    m_toolBar->addWidget(m_paletteCombo);
    connect(m_paletteCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setDiffPalette(FlameColors::DiffPalette(m_paletteCombo->itemData(index).toInt()));
    });
    m_toolBar->addSeparator();
    m_search = new SearchField(m_toolBar);
    m_search->setFindScope(this);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { runSearch(text, m_regex); });
    connect(m_search, &SearchField::stepRequested, this, &DiffView::stepMatch);
    m_matchLabel = new MatchLabel(m_toolBar);
    m_toolBar->addWidget(m_matchLabel);
    m_toolBar->addSeparator();
    m_resetZoomAction = m_toolBar->addAction(tr("Reset Zoom"));
    m_resetZoomAction->setToolTip(tr("Show the whole tree (Esc in a flamegraph)"));
    connect(m_resetZoomAction, &QAction::triggered, this, &DiffView::resetZoom);
}

void DiffView::setProfile(ProfilePtr diff, const QString &baselineTitle, const QString &comparisonTitle,
                          ProfilePtr baseline, int baselineType, ProfilePtr comparison, int comparisonType)
{
    m_profile = diff && diff->isDiff() ? std::move(diff) : nullptr;
    m_flame->setProfile(m_profile, m_profile ? m_profile->diffComparison() : 0);
    if (baseline && comparison)
        m_comparison->setProfiles(std::move(baseline), baselineType, std::move(comparison), comparisonType,
                                  baselineTitle, comparisonTitle);
    else if (m_profile)
        m_comparison->setProfiles(m_profile, m_profile->diffBaseline(), m_profile, m_profile->diffComparison(),
                                  baselineTitle, comparisonTitle);
    else
        m_comparison->setProfiles(nullptr, 0, nullptr, 0, baselineTitle, comparisonTitle);
    // The table is computed when first shown: a diff opens at its first frame.
    m_tableFilled = false;
    m_model->setProfile(nullptr);
    if (m_mode == Mode::Table)
        setMode(Mode::Table);
    updateBreadcrumbs();
    runSearch(m_search->text(), m_regex);
}

void DiffView::setMode(Mode mode)
{
    m_mode = mode;
    m_modeActions[int(mode)]->setChecked(true);
    if (mode == Mode::Table && !m_tableFilled) {
        m_model->setProfile(m_profile);
        m_tableFilled = true;
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(DiffTableModel::NameColumn, QHeaderView::Stretch);
    }
    m_pages->setCurrentIndex(int(mode));
    m_crumbs->setVisible(mode != Mode::Table);
    m_resetZoomAction->setEnabled(mode != Mode::Table);
    emit modeChanged(mode);
}

void DiffView::setDiffMode(DiffMode mode)
{
    m_diffMode = mode;
    m_absoluteAction->setChecked(mode == DiffMode::Absolute);
    m_flame->setDiffMode(mode);
    m_legend->setDiffMode(mode);
    m_model->setDiffMode(mode);
}

void DiffView::setDiffPalette(FlameColors::DiffPalette palette)
{
    m_palette = palette;
    m_paletteCombo->setCurrentIndex(m_paletteCombo->findData(int(palette)));
    m_flame->setDiffPalette(palette);
    m_legend->setDiffPalette(palette);
}

void DiffView::setSearchText(const QString &text, bool regex)
{
    m_regex = regex;
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    runSearch(text, regex);
}

QString DiffView::searchText() const
{
    return m_search->text();
}

void DiffView::runSearch(const QString &text, bool regex)
{
    QString error;
    const SearchQuery query = regex ? SearchQuery::regex(text, &error) : SearchQuery::substring(text);
    m_searchResult = m_profile && query.isValid() && !query.isEmpty()
        ? SearchResult::run(*m_profile, query)
        : SearchResult();
    m_stepper.reset();
    m_flame->setSearch(m_searchResult);
    m_comparison->setSearchText(text, regex);
    {
        const QScopedValueRollback filtering(m_filtering, true);
        if (regex)
            m_proxy->setFilterRegularExpression(query.isValid() ? text : QString());
        else
            m_proxy->setFilterFixedString(text);
    }
    m_matchLabel->showResult(
        m_profile.get(), m_searchResult,
        {m_profile ? m_profile->diffBaseline() : 0, m_profile ? m_profile->diffComparison() : 1},
        error);
}

void DiffView::stepMatch(bool forward)
{
    const NodeId node = m_profile ? m_stepper.step(*m_profile, m_searchResult, forward) : NodeId();
    if (!node.isValid())
        return;
    m_flame->zoomTo(node);
    m_flame->setSelectedNode(node);
}

void DiffView::focusSearch()
{
    m_search->focusSearch();
}

QLineEdit *DiffView::searchEdit() const
{
    return m_search;
}

QLabel *DiffView::matchLabel() const
{
    return m_matchLabel;
}

bool DiffView::zoomToPath(const QStringList &rootFirstNames)
{
    const QScopedValueRollback guard(m_followingZoom, true);
    const bool flame = m_flame->zoomToPath(rootFirstNames);
    const bool sides = m_comparison->zoomToPath(rootFirstNames);
    return flame || sides;
}

void DiffView::resetZoom()
{
    m_flame->resetZoom();
    m_comparison->resetZoom();
}

void DiffView::followZoom(const QStringList &rootFirstNames, bool fromSides)
{
    if (m_followingZoom)
        return;
    const QScopedValueRollback guard(m_followingZoom, true);
    if (fromSides)
        m_flame->zoomToPath(rootFirstNames);
    else
        m_comparison->zoomToPath(rootFirstNames);
}

void DiffView::updateBreadcrumbs()
{
    m_crumbs->setPath(m_profile.get(), m_flame->zoomRoot());
}

QStringList DiffView::breadcrumbs() const
{
    return m_crumbs->names();
}
