#include "functiontableproxymodel.h"

#include "functiontablemodel.h"

FunctionTableProxyModel::FunctionTableProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FunctionTableProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_model = qobject_cast<FunctionTableModel *>(sourceModel);
    Q_ASSERT(m_model || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void FunctionTableProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

void FunctionTableProxyModel::setSearch(const SearchResult &result)
{
    if (!result.isActive() && !m_search.isActive())
        return;
    m_search = result;
    invalidate();
}

bool FunctionTableProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model || !m_search.isActive())
        return true;
    return m_search.nameMatches(m_model->nameAt(sourceRow));
}
