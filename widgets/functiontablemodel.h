#pragma once

#include "model/functiontable.h"
#include "model/profile.h"

#include <QAbstractTableModel>

// The function table as an item model: one row per function name with its self
// and total in the profile's unit and as a share of the whole. It only adapts a
// FunctionTable (computed in model/); a view sorts and filters it through
// FunctionTableProxyModel, which reads the raw numbers directly so that sorting
// 60,000 rows never goes through QVariant.
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
    const FunctionStats &stats(int row) const { return m_table.rows()[size_t(row)]; }
    NameId nameAt(int row) const { return stats(row).name; }
    std::string_view nameText(int row) const;
    // -1 when the name has no row
    int rowOf(NameId name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::string_view unit() const;

    ProfilePtr m_profile;
    int m_sampleType = 0;
    FunctionTable m_table;
};
