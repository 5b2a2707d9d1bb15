#include "diffview.h"

#include "comparisonview.h"
#include "difflegend.h"
#include "difftablemodel.h"

#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

DiffView::DiffView(FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_pages, 1);

    // A function picked in the table is outlined in the diff flamegraph.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
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
    m_search = new QLineEdit(m_toolBar);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { setSearchText(text); });
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
    QString error;
    const SearchQuery query = regex ? SearchQuery::regex(text, &error) : SearchQuery::substring(text);
    m_flame->setSearch(m_profile && query.isValid() && !query.isEmpty() ? SearchResult::run(*m_profile, query)
                                                                        : SearchResult());
    m_comparison->setSearchText(text, regex);
    if (regex)
        m_proxy->setFilterRegularExpression(query.isValid() ? text : QString());
    else
        m_proxy->setFilterFixedString(text);
}

bool DiffView::zoomToPath(const QStringList &rootFirstNames)
{
    const bool flame = m_flame->zoomToPath(rootFirstNames);
    const bool sides = m_comparison->zoomToPath(rootFirstNames);
    return flame || sides;
}
