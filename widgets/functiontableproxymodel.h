#pragma once

#include "model/searchresult.h"

#include <QSortFilterProxyModel>

class FunctionTableModel;

// Filters a FunctionTableModel by the active SearchResult's name mask (no regex
// per row), and hands sort() to the source model, which sorts itself on the raw
// numbers. The proxy itself never sorts, so a search keystroke on 60,000 rows is
// one pass over the rows and no re-sort of what it lets through.
class FunctionTableProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FunctionTableProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    FunctionTableModel *functionModel() const { return m_model; }

    // An inactive result shows every row.
    void setSearch(const SearchResult &result);
    const SearchResult &search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FunctionTableModel *m_model = nullptr;
    SearchResult m_search;
};
