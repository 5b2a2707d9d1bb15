#include "functiontableview.h"

#include "functionactions.h"
#include "functiontablemodel.h"
#include "functiontableproxymodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>

FunctionTableView::FunctionTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new FunctionTableModel(this))
    , m_proxy(new FunctionTableProxyModel(this))
    , m_actions(new FunctionActions(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(FunctionTableModel::SelfColumn, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // the end of a long C++ or Go name says which function it is
    setShowGrid(false);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);

    // Fixed row heights and no per-row sizing: the header never measures 60,000 rows.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);

    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(FunctionTableModel::NameColumn, QHeaderView::Stretch);
    columns->setHighlightSections(false);
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("000.00 ms__")) + 12;
    const int percentWidth = fontMetrics().horizontalAdvance(QStringLiteral("100.00%__")) + 12;
    for (int c = FunctionTableModel::SelfColumn; c < FunctionTableModel::ColumnCount; ++c) {
        columns->setSectionResizeMode(c, QHeaderView::Interactive);
        const bool percent = c == FunctionTableModel::SelfPercentColumn || c == FunctionTableModel::TotalPercentColumn;
        columns->resizeSection(c, percent ? percentWidth : valueWidth);
    }

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit functionActivated(NameId(index.data(FunctionTableModel::NameIdRole).toUInt()));
    });
}

void FunctionTableView::setProfile(ProfilePtr profile, int sampleType)
{
    const QScopedValueRollback guard(m_selecting, true);
    m_selected = NameId();
    m_model->setProfile(std::move(profile), sampleType);
}

void FunctionTableView::setTable(ProfilePtr profile, int sampleType, FunctionTable table)
{
    const QScopedValueRollback guard(m_selecting, true);
    m_selected = NameId();
    m_model->setTable(std::move(profile), sampleType, std::move(table));
}

void FunctionTableView::clear()
{
    const QScopedValueRollback guard(m_selecting, true);
    m_selected = NameId();
    m_model->clear();
}

void FunctionTableView::setSearch(const SearchResult &result)
{
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_proxy->setSearch(result);
    }
    restoreSelection();
}

int FunctionTableView::viewRowOf(NameId name) const
{
    const int sourceRow = m_model->rowOf(name);
    if (sourceRow < 0)
        return -1;
    return m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

void FunctionTableView::selectFunction(NameId name)
{
    m_selected = name;
    restoreSelection();
}

void FunctionTableView::restoreSelection()
{
    const QScopedValueRollback guard(m_selecting, true);
    const int row = m_selected.isValid() ? viewRowOf(m_selected) : -1;
    if (row < 0) {
        selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_proxy->index(row, FunctionTableModel::NameColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void FunctionTableView::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    const NameId name(current.data(FunctionTableModel::NameIdRole).toUInt());
    if (name == m_selected)
        return;
    m_selected = name;
    emit functionSelected(name);
}

QMenu *FunctionTableView::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (index.isValid())
        m_actions->addTo(menu, NameId(index.data(FunctionTableModel::NameIdRole).toUInt()),
                         index.siblingAtColumn(FunctionTableModel::NameColumn).data().toString());
    return menu;
}

void FunctionTableView::contextMenuEvent(QContextMenuEvent *event)
{
    // A mouse event comes from the viewport, in its coordinates; the menu key
    // acts on the current row.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    // The row the menu acts on is the selected one, as in a file manager.
    setCurrentIndex(index);
    QMenu *menu = createContextMenu(index, this);
    menu->exec(keyboard ? viewport()->mapToGlobal(visualRect(index).center()) : event->globalPos());
    delete menu;
}
