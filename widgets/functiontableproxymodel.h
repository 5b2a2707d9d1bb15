#pragma once

#include "model/searchresult.h"

#include <QSortFilterProxyModel>

class FunctionTableModel;

// Sorts and filters a FunctionTableModel. Sorting compares the raw numbers (or
// the UTF-8 names) straight from the table, and filtering asks the active
// SearchResult's name mask, so neither touches a QVariant or a regex per row:
// with 60,000 rows both stay in the low milliseconds.
class FunctionTableProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FunctionTableProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    FunctionTableModel *functionModel() const { return m_model; }

    // An inactive result shows every row.
    void setSearch(const SearchResult &result);
    const SearchResult &search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FunctionTableModel *m_model = nullptr;
    SearchResult m_search;
};
