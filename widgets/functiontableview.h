#pragma once

#include "model/functiontable.h"
#include "model/ids.h"
#include "model/profile.h"

#include <QTableView>

class FunctionActions;
class FunctionTableModel;
class FunctionTableProxyModel;
class QMenu;
class SearchResult;

// The function table: name, self, self %, total, total %; sortable by every
// column (self descending at first, as Pyroscope), filtered by the search, and
// kept in step with the flamegraph through functionSelected/selectFunction. A
// right click on a row selects it and offers the flamegraph's function actions.
class FunctionTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit FunctionTableView(QWidget *parent = nullptr);

    void setProfile(ProfilePtr profile, int sampleType);
    // A table computed off the GUI thread for that profile and sample type.
    void setTable(ProfilePtr profile, int sampleType, FunctionTable table);
    void clear();
    void setSearch(const SearchResult &result);

    FunctionTableModel *functionModel() const { return m_model; }
    FunctionTableProxyModel *proxyModel() const { return m_proxy; }
    NameId selectedFunction() const { return m_selected; }
    // The view row that shows a function, or -1 (no row, or filtered out).
    int viewRowOf(NameId name) const;
    // The actions of a row's context menu; their requests are its signals.
    FunctionActions *functionActions() const { return m_actions; }
    // The context menu for a row (an empty menu for an invalid index); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

public slots:
    // Selects and scrolls to the function's row without emitting functionSelected;
    // an invalid id (or a filtered-out function) clears the selection.
    void selectFunction(NameId name);

signals:
    // The user selected a row (mouse or keyboard).
    void functionSelected(NameId name);
    // Double click or Enter on a row.
    void functionActivated(NameId name);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void restoreSelection();

    FunctionTableModel *m_model;
    FunctionTableProxyModel *m_proxy;
    FunctionActions *m_actions;
    NameId m_selected;
    bool m_selecting = false; // set while selectFunction() moves the selection
};
