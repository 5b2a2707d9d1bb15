#include "functiontableproxymodel.h"

#include "functiontablemodel.h"

FunctionTableProxyModel::FunctionTableProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FunctionTableModel::SortRole);
}

void FunctionTableProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_model = qobject_cast<FunctionTableModel *>(sourceModel);
    Q_ASSERT(m_model || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void FunctionTableProxyModel::setSearch(const SearchResult &result)
{
    if (!result.isActive() && !m_search.isActive())
        return;
    m_search = result;
    invalidateFilter();
}

bool FunctionTableProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model || !m_search.isActive())
        return true;
    return m_search.nameMatches(m_model->nameAt(sourceRow));
}

bool FunctionTableProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const FunctionStats &a = m_model->stats(left.row());
    const FunctionStats &b = m_model->stats(right.row());
    switch (left.column()) {
    case FunctionTableModel::SelfColumn:
    case FunctionTableModel::SelfPercentColumn:
        if (a.self != b.self)
            return a.self < b.self;
        break;
    case FunctionTableModel::TotalColumn:
    case FunctionTableModel::TotalPercentColumn:
        if (a.total != b.total)
            return a.total < b.total;
        break;
    default:
        break;
    }
    // Names break ties (and sort the name column), so the order is stable
    // between runs; byte order keeps it cheap and the same as the call tree's.
    return m_model->nameText(left.row()) < m_model->nameText(right.row());
}
