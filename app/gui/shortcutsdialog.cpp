#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString plain(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// Depth first, in menu order: "File > Open Recent > ...".
void collect(const QList<QAction *> &actions, const QString &path,
             QList<ShortcutsDialog::Row> &rows)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString name = path.isEmpty() ? plain(action->text())
                                            : path + QStringLiteral(" > ") + plain(action->text());
        if (action->menu())
            collect(action->menu()->actions(), name, rows);
        else if (!action->shortcuts().isEmpty())
            rows.append({QObject::tr("Menus"), keysOf(action), name});
    }
}
} // namespace

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(QMenuBar *menuBar,
                                                  const QList<QAction *> &windowActions)
{
    QList<Row> rows;
    if (menuBar)
        collect(menuBar->actions(), QString(), rows);
    for (const QAction *action : windowActions)
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
            rows.append({tr("Window"), keysOf(action), plain(action->text())});
    // What the views handle in their own event handlers (FlameGraphView,
    // ProfileView's search field, FunctionTableView): no action to read.
    const QString flame = tr("Flame graph"), search = tr("Search field"),
                  table = tr("Function table"), all = tr("Everywhere");
    rows.append({
        {all, tr("Tab, Shift+Tab"), tr("Move between the controls, the views and the tabs")},
        {flame, tr("Click"),
         tr("Select a frame and zoom to it; click the zoomed frame to zoom out")},
        {flame, tr("Double-click"), tr("The same as one click")},
        {flame, tr("Click a grey group"), tr("Zoom into the functions too narrow to draw")},
        {flame, tr("Drag"), tr("Pan sideways and up and down")},
        {flame, tr("Wheel"), tr("Scroll up and down")},
        {flame, tr("Horizontal wheel"), tr("Pan sideways")},
        {flame, tr("Ctrl+wheel"), tr("Zoom in and out around the pointer")},
        {flame, tr("Right-click"), tr("Focus, collapse, copy the name, show in the sandwich")},
        {flame, tr("Hover"), tr("Total and self of a frame in the tooltip and the status bar")},
        {flame, tr("Arrow keys"), tr("Select the parent, a child or a neighbour")},
        {flame, tr("Enter"), tr("Zoom to the selected frame")},
        {flame, tr("Esc"), tr("Show the whole tree (Reset Zoom)")},
        {search, tr("Enter, Shift+Enter"), tr("Zoom to the next, the previous match")},
        {search, tr("Esc"), tr("Clear the search")},
        {table, tr("Click a column header"), tr("Sort by it")},
        {table, tr("Enter, double-click"),
         tr("Select the function (from the Table view: show its sandwich)")},
    });
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, const QList<QAction *> &windowActions,
                                 QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard and Mouse"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    const QList<Row> list = rows(menuBar, windowActions);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys or mouse"), tr("Does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QString section;
    for (const Row &row : list) {
        if (row.section != section) {
            // A heading row across both columns.
            section = row.section;
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto *heading = new QTableWidgetItem(section);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(r, 0, heading);
            m_table->setSpan(r, 0, 1, 2);
        }
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.keys));
        m_table->setItem(r, 1, new QTableWidgetItem(row.what));
    }
    m_table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 620);
}
