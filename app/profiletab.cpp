#include "profiletab.h"

#include "infocommand.h"
#include "promiseprogress.h"

#include "model/searchquery.h"
#include "model/unitformat.h"
#include "widgets/calltreemodel.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QStyle>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The tree selects at most this many matches: enough to see where a function
// is called from, few enough to stay readable on a 7-million-node tree.
constexpr size_t maxSelectedMatches = 20;
} // namespace

ProfileTab::ProfileTab(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_pages(new QStackedWidget(this))
    , m_importPage(new QWidget(this))
    , m_importLabel(new QLabel(m_importPage))
    , m_progress(new QProgressBar(m_importPage))
    , m_cancel(new QPushButton(tr("Cancel"), m_importPage))
    , m_views(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new CallTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_importLabel->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_importLabel->setAlignment(Qt::AlignCenter);
    m_progress->setRange(0, PromiseProgress::range);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *importLayout = new QVBoxLayout(m_importPage);
    importLayout->addStretch();
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_progress);
    importLayout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    importLayout->addStretch();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CallTreeModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CallTreeModel::TotalColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true); // lets the view skip measuring every row
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CallTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->setObjectName(QStringLiteral("callTree"));
    m_views->addWidget(m_tree);

    m_pages->addWidget(m_importPage);
    m_pages->addWidget(m_views);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_cancel, &QPushButton::clicked, this, &ProfileTab::cancelImport);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ProfileTab::onImportFinished);
    // A cancelled tab goes at once; the worker notices at its next check.
    connect(&m_watcher, &QFutureWatcher<ImportResult>::canceled, this, &ProfileTab::onImportFinished);
}

ProfileTab::~ProfileTab()
{
    // A running import learns it is not wanted; the thread pool finishes it.
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void ProfileTab::startImport(const ImportJob::Reader &reader)
{
    m_state = State::Importing;
    m_pages->setCurrentWidget(m_importPage);
    m_watcher.setFuture(ImportJob::start(m_path, reader));
}

void ProfileTab::cancelImport()
{
    if (m_state != State::Importing)
        return;
    m_cancel->setEnabled(false);
    m_importLabel->setText(tr("Cancelling…"));
    m_watcher.cancel();
}

int ProfileTab::progressValue() const
{
    return m_progress->value();
}

QString ProfileTab::title() const
{
    return m_path == QLatin1String("-") ? tr("stdin") : QFileInfo(m_path).fileName();
}

void ProfileTab::onImportFinished()
{
    if (m_state != State::Importing)
        return;
    const QFuture<ImportResult> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_state = State::Canceled;
        m_error = tr("cancelled");
    } else {
        const ImportResult result = future.result();
        if (result.canceled) {
            m_state = State::Canceled;
            m_error = result.error;
        } else if (!result.isOk()) {
            m_state = State::Failed;
            m_error = result.error.isEmpty() ? tr("%1: the import failed").arg(m_path) : result.error;
        } else {
            m_state = State::Ready;
            m_profile = result.profile;
            showProfile();
        }
    }
    emit importFinished(this);
}

void ProfileTab::showProfile()
{
    m_sampleType = m_profile->defaultSampleType();
    m_functionCount = InfoCommand::functionCount(*m_profile);
    m_model->setProfile(m_profile, m_sampleType);
    m_tree->expand(m_proxy->index(0, 0));
    // Wide enough for any formatted value in bold (search matches), so no
    // value is elided however deep the user scrolls; measuring rows would see
    // only the root.
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = 3 * m_tree->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    for (int column : {int(CallTreeModel::SelfColumn), int(CallTreeModel::TotalColumn)})
        m_tree->setColumnWidth(column, std::max(m_tree->header()->sectionSizeHint(column),
                                                metrics.horizontalAdvance(QStringLiteral("-888.8 ms")) + padding));
    for (int column : {int(CallTreeModel::SelfPercentColumn), int(CallTreeModel::TotalPercentColumn)})
        m_tree->setColumnWidth(column, std::max(m_tree->header()->sectionSizeHint(column),
                                                metrics.horizontalAdvance(QStringLiteral("100.00%")) + padding));
    m_pages->setCurrentWidget(m_views);
}

void ProfileTab::setSampleType(int sampleType)
{
    if (!m_profile || sampleType < 0 || sampleType >= m_profile->sampleTypeCount() || sampleType == m_sampleType)
        return;
    m_sampleType = sampleType;
    m_model->setSampleType(sampleType);
    emit sampleTypeChanged(sampleType);
}

QString ProfileTab::summary() const
{
    if (!m_profile || m_profile->sampleTypeCount() == 0)
        return {};
    const SampleType &type = m_profile->sampleTypes()[size_t(m_sampleType)];
    QString text = tr("%1: %2 total, %3 functions")
                       .arg(QString::fromStdString(type.type), UnitFormat::format(m_profile->total(m_sampleType), type.unit),
                            UnitFormat::grouped(m_functionCount));
    if (m_search.isActive())
        text += tr("; search: %1 matched (%2 functions)")
                    .arg(UnitFormat::percent(m_search.matchedTotal(m_sampleType), m_profile->total(m_sampleType)))
                    .arg(m_search.matchedNameCount());
    return text;
}

bool ProfileTab::viewFromName(const QString &name, View *view)
{
    static const std::pair<const char *, View> names[] = {
        {"flamegraph", View::FlameGraph}, {"table", View::Table}, {"both", View::Both}, {"sandwich", View::Sandwich}};
    for (const auto &[n, v] : names) {
        if (name == QLatin1String(n)) {
            *view = v;
            return true;
        }
    }
    return false;
}

void ProfileTab::setView(View view)
{
    m_view = view;
    m_views->setCurrentWidget(viewWidget(view));
}

void ProfileTab::setViewWidget(View view, QWidget *widget)
{
    if (QWidget *old = m_viewWidgets.value(int(view)); old && old != widget) {
        m_views->removeWidget(old);
        // Another mode may share it.
        if (std::count(m_viewWidgets.cbegin(), m_viewWidgets.cend(), old) == 1)
            old->deleteLater();
    }
    m_viewWidgets.insert(int(view), widget);
    if (m_views->indexOf(widget) < 0)
        m_views->addWidget(widget);
    if (view == m_view)
        m_views->setCurrentWidget(widget);
}

QWidget *ProfileTab::viewWidget(View view) const
{
    return m_viewWidgets.value(int(view), m_tree);
}

QModelIndex ProfileTab::viewIndexOf(NodeId node) const
{
    return m_proxy->mapFromSource(m_model->indexOf(node));
}

bool ProfileTab::setSearch(const QString &text, bool regex)
{
    m_searchError.clear();
    if (!m_profile)
        return false;
    SearchQuery query;
    if (regex)
        query = SearchQuery::regex(text, &m_searchError);
    else
        query = SearchQuery::substring(text);
    if (!query.isValid()) {
        m_search = SearchResult();
        m_model->setSearchResult(m_search);
        emit searchChanged();
        return false;
    }
    m_search = SearchResult::run(*m_profile, query);
    m_model->setSearchResult(m_search);

    // Select the outermost matches with the largest totals.
    std::vector<NodeId> outermost;
    if (m_search.isActive() && m_search.matchedNodeCount() > 0) {
        const CallTree &tree = m_profile->tree();
        quint32 skipUntil = 0;
        for (NodeId n : m_search.matchingNodes(*m_profile)) {
            if (n.index < skipUntil)
                continue;
            skipUntil = tree.subtreeEnd(n).index;
            outermost.push_back(n);
        }
        const size_t keep = std::min(outermost.size(), maxSelectedMatches);
        std::partial_sort(outermost.begin(), outermost.begin() + qsizetype(keep), outermost.end(),
                          [&](NodeId a, NodeId b) { return tree.total(a, m_sampleType) > tree.total(b, m_sampleType); });
        outermost.resize(keep);
    }
    revealAndSelect(outermost);
    emit searchChanged();
    return true;
}

bool ProfileTab::zoomToPath(const QStringList &rootFirstNames)
{
    if (!m_profile)
        return false;
    std::vector<QByteArray> utf8;
    for (const QString &name : rootFirstNames)
        utf8.push_back(name.toUtf8());
    std::vector<std::string_view> names;
    for (const QByteArray &b : utf8)
        names.emplace_back(b.constData(), size_t(b.size()));
    const NodeId node = m_profile->findPath(names);
    if (!node.isValid())
        return false;
    revealAndSelect({node});
    m_tree->expand(viewIndexOf(node));
    return true;
}

void ProfileTab::revealAndSelect(const std::vector<NodeId> &nodes)
{
    QItemSelectionModel *selection = m_tree->selectionModel();
    selection->clearSelection();
    QModelIndex first;
    for (NodeId node : nodes) {
        const QModelIndex index = viewIndexOf(node);
        if (!index.isValid())
            continue;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!first.isValid())
            first = index;
    }
    if (first.isValid()) {
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(first);
    }
}
