#pragma once

#include "model/profile.h"
#include "model/searchresult.h"

#include <QAbstractItemModel>

#include <unordered_map>
#include <vector>

// The call tree of a Profile as an item model: the root ("total") is the one
// top-level row, children come in tree order (by name) and a view sorts them
// through a QSortFilterProxyModel on SortRole. Children lists are made only when
// a view asks for them (forEachChild), so opening a 7-million-node tree costs
// nothing until it is expanded. Columns as in FunctionTableModel: the name, self
// and total in the profile's unit and as a share of the whole.
class CallTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SelfColumn, SelfPercentColumn, TotalColumn, TotalPercentColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for the value columns, QString for the name
        NodeIdRole,                  // the row's NodeId index as quint32
        MatchRole,                   // bool: the name matches the active search
    };

    explicit CallTreeModel(QObject *parent = nullptr);

    void setProfile(ProfilePtr profile, int sampleType);
    ProfilePtr profile() const { return m_profile; }
    // Values change, the rows stay: expanded rows stay expanded.
    void setSampleType(int sampleType);
    int sampleType() const { return m_sampleType; }
    // Matching rows are shown bold on a highlight; an inactive result clears it.
    void setSearchResult(SearchResult result);
    const SearchResult &searchResult() const { return m_search; }

    NodeId nodeAt(const QModelIndex &index) const;
    // The index of a node (column 0), making the children lists on its path.
    QModelIndex indexOf(NodeId node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<NodeId> &children(NodeId node) const;
    int rowInParent(NodeId node) const;
    void emitAllDataChanged(const QList<int> &roles);
    QString unitValue(qint64 value) const;

    ProfilePtr m_profile;
    int m_sampleType = 0;
    SearchResult m_search;
    // Children lists of the nodes a view has asked about, in tree (pre-)order, so
    // a child's row is a binary search.
    mutable std::unordered_map<quint32, std::vector<NodeId>> m_children;
};
