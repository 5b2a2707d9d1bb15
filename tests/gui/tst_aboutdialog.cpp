#include "tests/support/testregistry.h"

#include "app/gui/aboutdialog.h"
#include "app/gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

// Help > About, opened from the window's menu as a user does, names the
// version, both Qt versions and the licence of each library the executable
// links.
class tst_AboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void helpMenuOpensTheDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text().remove(u'&') == QStringLiteral("Help"))
                for (QAction *a : menu->menu()->actions())
                    if (a->objectName() == QStringLiteral("aboutAction"))
                        about = a;
        QVERIFY2(about, "Help > About is missing");
        about->trigger();
        AboutDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = window.findChild<AboutDialog *>();
            return dialog && dialog->isVisible();
        }));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString heading = dialog->heading()->text();
        QVERIFY2(heading.contains(QStringLiteral("Pyrograph " PYROGRAPH_VERSION)),
                 qPrintable(heading));
        QVERIFY(heading.contains(QStringLiteral("Built with Qt " QT_VERSION_STR)));
        QVERIFY(
            heading.contains(QStringLiteral("running on Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(heading.contains(QStringLiteral("Apache License 2.0")));

        // Escape closes it, and it goes away with its window.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !window.findChild<AboutDialog *>(); }));
    }

    void listsTheLicenceOfEveryLinkedLibrary()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QHash<QString, QString> shown;
        QTableWidget *table = dialog.table();
        for (int r = 0; r < table->rowCount(); ++r)
            shown.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        const QList<std::pair<QString, QString>> expected = {
            {QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0-only")},
            {QStringLiteral("QtKeychain"), QStringLiteral("BSD-2-Clause")},
            {QStringLiteral("Protocol Buffers"), QStringLiteral("BSD-3-Clause")},
            {QStringLiteral("zlib"), QStringLiteral("Zlib")},
            {QStringLiteral("libdeflate"), QStringLiteral("MIT")},
            {QStringLiteral("Zstandard"), QStringLiteral("BSD-3-Clause")},
            {QStringLiteral("SQLite"), QStringLiteral("Public domain")},
            {QStringLiteral("cpp-httplib"), QStringLiteral("MIT")},
            {QStringLiteral("yaml-cpp"), QStringLiteral("MIT")},
            {QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0")},
        };
        for (const auto &[name, licence] : expected) {
            QVERIFY2(shown.contains(name), qPrintable(name));
            QCOMPARE(shown.value(name), licence);
        }
        bool qt = false;
        for (auto it = shown.cbegin(); it != shown.cend(); ++it)
            qt = qt
                || (it.key().startsWith(QStringLiteral("Qt 6"))
                    && it.value() == QStringLiteral("LGPL-3.0-only"));
        QVERIFY(qt);
        // Every row reads fully: no cell is left empty.
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                QVERIFY(table->item(r, c) && !table->item(r, c)->text().isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
