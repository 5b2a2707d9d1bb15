#pragma once

#include "model/functiontable.h"
#include "model/profile.h"

#include <QAbstractTableModel>

#include <vector>

// The function table as an item model: one row per function name with its self
// and total in the profile's unit and as a share of the whole. It adapts a
// FunctionTable (computed in model/) and sorts itself: a permutation of the
// table's rows sorted on the raw numbers, so sorting 60,000 rows never goes
// through QVariant. FunctionTableProxyModel only filters (and forwards sort()
// here), so a search keystroke costs one pass over the rows, never a re-sort.
class FunctionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SelfColumn, SelfPercentColumn, TotalColumn, TotalPercentColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for the value columns, QString for the name
        NameIdRole,                  // the row's NameId index as quint32
    };

    explicit FunctionTableModel(QObject *parent = nullptr);

    // Computes the table on the calling thread.
    void setProfile(ProfilePtr profile, int sampleType);
    // Takes a table computed elsewhere (off the GUI thread) for that profile and type.
    void setTable(ProfilePtr profile, int sampleType, FunctionTable table);
    void clear();

    ProfilePtr profile() const { return m_profile; }
    int sampleType() const { return m_sampleType; }
    const FunctionTable &table() const { return m_table; }
    const FunctionStats &stats(int row) const { return m_table.rows()[m_order[size_t(row)]]; }
    NameId nameAt(int row) const { return stats(row).name; }
    std::string_view nameText(int row) const;
    // -1 when the name has no row
    int rowOf(NameId name) const;

    // Self descending at first, as Pyroscope's table; equal values list their names A to Z.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::string_view unit() const;
    void sortOrderOfRows();

    ProfilePtr m_profile;
    int m_sampleType = 0;
    FunctionTable m_table;
    std::vector<quint32> m_order; // model row -> table row
    std::vector<quint32> m_rowOfTableRow; // table row -> model row
    int m_sortColumn = SelfColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
