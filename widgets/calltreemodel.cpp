#include "calltreemodel.h"

#include "model/unitformat.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace {
QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

CallTreeModel::CallTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CallTreeModel::setProfile(ProfilePtr profile, int sampleType)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_sampleType = m_profile ? std::clamp(sampleType, 0, std::max(0, m_profile->sampleTypeCount() - 1)) : 0;
    m_search = SearchResult();
    m_children.clear();
    endResetModel();
}

void CallTreeModel::setSampleType(int sampleType)
{
    if (!m_profile || sampleType == m_sampleType || sampleType < 0 || sampleType >= m_profile->sampleTypeCount())
        return;
    m_sampleType = sampleType;
    emitAllDataChanged({Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

void CallTreeModel::setSearchResult(SearchResult result)
{
    m_search = std::move(result);
    emitAllDataChanged({MatchRole, Qt::FontRole, Qt::BackgroundRole});
}

void CallTreeModel::emitAllDataChanged(const QList<int> &roles)
{
    if (!m_profile)
        return;
    // Only rows a view has seen exist as indexes: the root and the children of
    // every node whose list was made.
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1), roles);
    for (const auto &[node, kids] : m_children) {
        if (kids.empty())
            continue;
        const QModelIndex parent = createIndex(node == 0 ? 0 : rowInParent(NodeId(node)), 0, quintptr(node));
        emit dataChanged(index(0, 0, parent), index(int(kids.size()) - 1, ColumnCount - 1, parent), roles);
    }
}

const std::vector<NodeId> &CallTreeModel::children(NodeId node) const
{
    auto it = m_children.find(node.index);
    if (it != m_children.end())
        return it->second;
    std::vector<NodeId> kids;
    m_profile->tree().forEachChild(node, [&](NodeId c) { kids.push_back(c); });
    return m_children.emplace(node.index, std::move(kids)).first->second;
}

int CallTreeModel::rowInParent(NodeId node) const
{
    if (node == CallTree::root())
        return 0;
    const std::vector<NodeId> &siblings = children(m_profile->tree().parent(node));
    const auto it = std::lower_bound(siblings.begin(), siblings.end(), node);
    return int(it - siblings.begin());
}

NodeId CallTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return NodeId();
    return NodeId(quint32(index.internalId()));
}

QModelIndex CallTreeModel::indexOf(NodeId node) const
{
    if (!m_profile || !node.isValid() || node.index >= quint32(m_profile->tree().nodeCount()))
        return QModelIndex();
    return createIndex(rowInParent(node), 0, quintptr(node.index));
}

QModelIndex CallTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_profile || row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const std::vector<NodeId> &kids = children(nodeAt(parent));
    if (size_t(row) >= kids.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(kids[size_t(row)].index));
}

QModelIndex CallTreeModel::parent(const QModelIndex &child) const
{
    const NodeId node = nodeAt(child);
    if (!node.isValid() || node == CallTree::root())
        return QModelIndex();
    const NodeId p = m_profile->tree().parent(node);
    return createIndex(rowInParent(p), 0, quintptr(p.index));
}

int CallTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_profile)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const NodeId node = nodeAt(parent);
    if (!m_profile->tree().hasChildren(node))
        return 0;
    return int(children(node).size());
}

int CallTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CallTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_profile)
        return false;
    if (!parent.isValid())
        return true;
    return parent.column() == 0 && m_profile->tree().hasChildren(nodeAt(parent));
}

QString CallTreeModel::unitValue(qint64 value) const
{
    return UnitFormat::format(value, m_profile->sampleTypes()[size_t(m_sampleType)].unit);
}

QVariant CallTreeModel::data(const QModelIndex &index, int role) const
{
    const NodeId node = nodeAt(index);
    if (!m_profile || !node.isValid())
        return {};
    const CallTree &tree = m_profile->tree();
    const qint64 whole = m_profile->total(m_sampleType);
    const auto value = [&](int column) -> qint64 {
        switch (column) {
        case SelfColumn:
        case SelfPercentColumn:
            return tree.self(node, m_sampleType);
        default:
            return tree.total(node, m_sampleType);
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return fromUtf8(m_profile->name(node));
        case SelfColumn:
        case TotalColumn:
            return unitValue(value(index.column()));
        case SelfPercentColumn:
        case TotalPercentColumn:
            return UnitFormat::percent(value(index.column()), whole);
        }
        return {};
    case SortRole:
        if (index.column() == NameColumn)
            return fromUtf8(m_profile->name(node));
        return value(index.column());
    case Qt::ToolTipRole:
        return fromUtf8(m_profile->name(node)) + u'\n'
             + tr("self %1 (%2), total %3 (%4)")
                   .arg(unitValue(tree.self(node, m_sampleType)),
                        UnitFormat::percent(tree.self(node, m_sampleType), whole),
                        unitValue(tree.total(node, m_sampleType)),
                        UnitFormat::percent(tree.total(node, m_sampleType), whole));
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NodeIdRole:
        return node.index;
    case MatchRole:
        return m_search.nodeMatches(*m_profile, node);
    case Qt::FontRole:
        if (m_search.nodeMatches(*m_profile, node)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Translucent, so the row's text stays readable on light and dark palettes.
        if (m_search.nodeMatches(*m_profile, node))
            return QColor(255, 190, 0, 90);
        return {};
    }
    return {};
}

QVariant CallTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SelfColumn:
        return tr("Self");
    case SelfPercentColumn:
        return tr("Self %");
    case TotalColumn:
        return tr("Total");
    case TotalPercentColumn:
        return tr("Total %");
    }
    return {};
}
