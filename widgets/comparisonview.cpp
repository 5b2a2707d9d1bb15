#include "comparisonview.h"

#include "model/searchquery.h"
#include "model/searchresult.h"
#include "model/unitformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <string>

ComparisonView::ComparisonView(FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    for (int side = 0; side < 2; ++side) {
        auto *pane = new QWidget(splitter);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_titles[side] = new QLabel(pane);
        m_titles[side]->setObjectName(side == 0 ? QStringLiteral("baselineTitle") : QStringLiteral("comparisonTitle"));
        m_titles[side]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_views[side] = new FlameGraphView(renderer, pane);
        m_views[side]->setAccessibleName(side == 0 ? tr("Baseline flame graph")
                                                   : tr("Comparison flame graph"));
        layout->addWidget(m_titles[side]);
        layout->addWidget(m_views[side], 1);
        splitter->addWidget(pane);
        connect(m_views[side], &FlameGraphView::zoomChanged, this, [this, side](NodeId root) { syncZoom(side, root); });
        connect(m_views[side], &FlameGraphView::functionSelected, this, [this, side] { syncSelection(side); });
    }
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ComparisonView::setProfiles(ProfilePtr baseline, int baselineType, ProfilePtr comparison, int comparisonType,
                                 const QString &baselineTitle, const QString &comparisonTitle)
{
    m_syncing = true;
    m_views[0]->setProfile(std::move(baseline), baselineType);
    m_views[1]->setProfile(std::move(comparison), comparisonType);
    m_syncing = false;
    m_names[0] = baselineTitle;
    m_names[1] = comparisonTitle;
    updateTitles();
}

void ComparisonView::updateTitles()
{
    static const char *const roles[] = {QT_TR_NOOP("Baseline"), QT_TR_NOOP("Comparison")};
    for (int side = 0; side < 2; ++side) {
        const ProfilePtr p = m_views[side]->profile();
        QString text = QStringLiteral("<b>%1</b>: %2").arg(tr(roles[side]), m_names[side].toHtmlEscaped());
        if (p && p->sampleTypeCount() > 0) {
            const int type = m_views[side]->sampleType();
            const SampleType &t = p->sampleTypes()[size_t(type)];
            text += tr(" — %1 total").arg(UnitFormat::format(p->total(type), t.unit, QLocale()));
        }
        m_titles[side]->setText(text);
    }
}

QString ComparisonView::title(int side) const
{
    return m_titles[side]->text();
}

QStringList ComparisonView::pathOf(int side, NodeId node) const
{
    return pathOf(m_views[side]->profile().get(), node);
}

QStringList ComparisonView::pathOf(const Profile *p, NodeId node)
{
    QStringList names;
    if (!p || !node.isValid())
        return names;
    for (NameId name : p->path(node)) {
        const std::string_view n = p->names().name(name);
        names << QString::fromUtf8(n.data(), qsizetype(n.size()));
    }
    return names;
}

NodeId ComparisonView::deepestNode(int side, const QStringList &rootFirstNames, int *matched) const
{
    const ProfilePtr p = m_views[side]->profile();
    if (matched)
        *matched = 0;
    if (!p || p->tree().nodeCount() == 0)
        return NodeId();
    const CallTree &tree = p->tree();
    NodeId node = CallTree::root();
    for (const QString &name : rootFirstNames) {
        const QByteArray utf8 = name.toUtf8();
        const std::string_view want(utf8.constData(), size_t(utf8.size()));
        NodeId next;
        tree.forEachChild(node, [&](NodeId c) {
            if (!next.isValid() && p->name(c) == want)
                next = c;
        });
        if (!next.isValid())
            break;
        node = next;
        if (matched)
            ++*matched;
    }
    return node;
}

void ComparisonView::syncZoom(int from, NodeId root)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QStringList path = pathOf(from, root);
    const int other = 1 - from;
    m_views[other]->zoomTo(deepestNode(other, path), m_views[other]->isVisible());
    m_syncing = false;
    emit zoomChanged(path);
}

void ComparisonView::syncSelection(int from)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int other = 1 - from;
    int matched = 0;
    const QStringList path = pathOf(from, m_views[from]->selectedNode());
    const NodeId node = deepestNode(other, path, &matched);
    // Only the same path selects: a prefix would select a different function.
    m_views[other]->setSelectedNode(matched == path.size() && !path.isEmpty() ? node : NodeId());
    m_syncing = false;
}

void ComparisonView::setSearchText(const QString &text, bool regex)
{
    QString error;
    const SearchQuery query = regex ? SearchQuery::regex(text, &error) : SearchQuery::substring(text);
    for (FlameGraphView *view : m_views) {
        const ProfilePtr p = view->profile();
        view->setSearch(p && query.isValid() && !query.isEmpty() ? SearchResult::run(*p, query) : SearchResult());
    }
}

bool ComparisonView::zoomToPath(const QStringList &rootFirstNames)
{
    bool any = false;
    m_syncing = true;
    for (int side = 0; side < 2; ++side) {
        int matched = 0;
        const NodeId node = deepestNode(side, rootFirstNames, &matched);
        any = any || (matched == rootFirstNames.size() && node.isValid());
        m_views[side]->zoomTo(node, false);
    }
    m_syncing = false;
    return any;
}

void ComparisonView::resetZoom()
{
    m_syncing = true;
    for (FlameGraphView *view : m_views)
        view->resetZoom();
    m_syncing = false;
}
