#pragma once

#include "model/diffmetrics.h"
#include "model/functiontable.h"
#include "model/profile.h"

#include <QAbstractTableModel>

// The diff table: one row per function of either side of a diff profile, with
// its self on each side and the change, as Pyroscope's diff table (Location /
// Baseline / Comparison / Diff). It adapts two FunctionTables of the merged
// profile (one per column), joined by NameId. SortRole gives plain numbers
// (new functions sort as +infinity), so a QSortFilterProxyModel with
// setSortRole(SortRole) sorts every column numerically.
class DiffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BaselineColumn, ComparisonColumn, DeltaColumn, ChangeColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for values, double for the change, QString for the name
        NameIdRole,                  // the row's NameId index as quint32
    };

    explicit DiffTableModel(QObject *parent = nullptr);

    // A diff profile (Profile::isDiff()); anything else empties the table.
    void setProfile(ProfilePtr profile);
    ProfilePtr profile() const { return m_profile; }
    // Relative (shares of each side's total) or absolute change.
    void setDiffMode(DiffMode mode);
    DiffMode diffMode() const { return m_mode; }

    NameId nameAt(int row) const { return m_rows[size_t(row)].name; }
    qint64 baselineSelf(int row) const { return m_rows[size_t(row)].baseline; }
    qint64 comparisonSelf(int row) const { return m_rows[size_t(row)].comparison; }
    // In percent, unclamped; +infinity for a function new in the comparison.
    double change(int row) const;
    int rowOf(NameId name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        NameId name;
        qint64 baseline = 0;
        qint64 comparison = 0;
    };

    ProfilePtr m_profile;
    DiffMode m_mode = DiffMode::Relative;
    std::vector<Row> m_rows;
    std::vector<int> m_rowOfName; // NameId -> row; -1 = none
    qint64 m_baselineTotal = 0;
    qint64 m_comparisonTotal = 0;
};
