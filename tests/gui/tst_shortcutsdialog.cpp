#include "tests/support/testregistry.h"

#include "app/gui/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

// Help > Keyboard and Mouse reads the shortcuts from the actions themselves,
// so a shortcut added to a menu appears without editing the dialog.
class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT
private slots:
    void listsTheMenusShortcutsAsTheyAre()
    {
        QMenuBar bar;
        QMenu *file = bar.addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(QStringLiteral("No shortcut"));
        QMenu *sub = file->addMenu(QStringLiteral("&More"));
        QAction *deep = sub->addAction(QStringLiteral("&Deep"));
        deep->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_9), QKeySequence(Qt::Key_F7)});
        QAction own(QStringLiteral("Search"));
        own.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        QAction untitled;
        untitled.setShortcut(QKeySequence(Qt::Key_F8));

        const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rows(&bar, {&own, &untitled});
        QStringList menuRows;
        for (const ShortcutsDialog::Row &r : rows)
            if (r.section == QStringLiteral("Menus") || r.section == QStringLiteral("Window"))
                menuRows << r.keys + u'|' + r.what;
        QCOMPARE(menuRows,
                 QStringList({QStringLiteral("Ctrl+O|File > Open"),
                              QStringLiteral("Ctrl+9, F7|File > More > Deep"),
                              QStringLiteral("Ctrl+F|Search")}));
        // The gestures the views handle themselves follow.
        QVERIFY(rows.size() > menuRows.size() + 10);

        // The dialog shows them all, under a heading per section.
        ShortcutsDialog dialog(&bar, {&own});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Menus"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Ctrl+O"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("File > Open"));
        bool drag = false;
        for (int r = 0; r < table->rowCount(); ++r)
            drag =
                drag || (table->item(r, 0) && table->item(r, 0)->text() == QStringLiteral("Drag"));
        QVERIFY(drag);
    }
};

PYROGRAPH_TEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"
