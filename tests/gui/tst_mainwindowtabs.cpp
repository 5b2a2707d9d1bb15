#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"

#include "widgets/sandwichview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace GuiTest;

namespace {

// The actions of a menu of the menu bar, found by their texts ("&File", "Open &Recent").
QMenu *menuAt(MainWindow &window, const QStringList &path)
{
    QList<QAction *> actions = window.menuBar()->actions();
    QMenu *menu = nullptr;
    for (const QString &step : path) {
        menu = nullptr;
        for (QAction *a : actions)
            if (a->text() == step && a->menu())
                menu = a->menu();
        if (!menu)
            return nullptr;
        emit menu->aboutToShow(); // as opening it does: the recent menu is built then
        actions = menu->actions();
    }
    return menu;
}

// Clicks a tab of the window's tab bar, as the user does.
void clickTab(MainWindow &window, int index)
{
    QTabBar *bar = window.tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(index).center());
}
} // namespace

// MainWindow and its tabs: which tab is current after an open fails or finds
// the file already open, and that each tab keeps its own view.
class tst_MainWindowTabs : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void aFailedOpenKeepsTheUserInTheirTab()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("garbage.pb.gz"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, '\x07'));
        f.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        QVERIFY(openAndWait(window, corpus("collapsed/recursion.txt")));
        QVERIFY(openAndWait(window, corpus("pprof/go-cpu.pb.gz")));
        clickTab(window, 0);
        QCOMPARE(window.tabWidget()->currentIndex(), 0);

        QSignalSpy failed(&window, &MainWindow::importFailed);
        window.openFile(bad);
        QTRY_COMPARE(failed.count(), 1);
        QTRY_COMPARE(window.tabCount(), 3);
        QCOMPARE(window.tabWidget()->currentIndex(), 0);
        QCOMPARE(window.currentTab()->path(), corpus("collapsed/simple.txt"));
        QVERIFY(window.errorText().contains(QStringLiteral("garbage.pb.gz")));
    }

    void openingAnOpenFileSwitchesToItsTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileTab *first = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(openAndWait(window, corpus("collapsed/recursion.txt")));
        QCOMPARE(window.tabWidget()->currentIndex(), 1);
        // Again through Open Recent, as the user would.
        QMenu *recent = menuAt(window, {QStringLiteral("&File"), QStringLiteral("Open &Recent")});
        QVERIFY(recent);
        QAction *simple = nullptr;
        for (QAction *a : recent->actions())
            if (a->text() == QStringLiteral("simple.txt"))
                simple = a;
        QVERIFY(simple);
        simple->trigger();
        QCOMPARE(window.pendingImports(), 0);
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentTab(), first);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("simple.txt is already open")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.recentFiles().first(), corpus("collapsed/simple.txt"));
    }

    void openRecentTellsSameNamesApartByFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/prod")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b/prod")));
        const QString a = dir.filePath(QStringLiteral("a/prod/go-cpu.pb.gz"));
        const QString b = dir.filePath(QStringLiteral("b/prod/go-cpu.pb.gz"));
        QVERIFY(QFile::copy(corpus("pprof/go-cpu.pb.gz"), a));
        QVERIFY(QFile::copy(corpus("pprof/go-cpu.pb.gz"), b));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, a));
        QVERIFY(openAndWait(window, b));
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        QMenu *recent = menuAt(window, {QStringLiteral("&File"), QStringLiteral("Open &Recent")});
        QVERIFY(recent);
        QStringList texts, tips;
        for (QAction *action : recent->actions()) {
            if (!action->isSeparator() && action->text() != QStringLiteral("Clear")) {
                texts << action->text();
                tips << action->toolTip();
            }
        }
        QCOMPARE(texts,
                 QStringList({QStringLiteral("simple.txt"), QStringLiteral("go-cpu.pb.gz (b/prod)"),
                              QStringLiteral("go-cpu.pb.gz (a/prod)")}));
        QCOMPARE(tips, QStringList({corpus("collapsed/simple.txt"), b, a}));
    }

    void eachTabHasItsOwnViewAndANewTabTheDefault()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileTab *first = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(first);
        ProfileView *view = first->profileView();
        // The user's click on Sandwich in this tab...
        QTest::mouseClick(
            view->toolBar()->widgetForAction(view->viewModeAction(ProfileView::ViewMode::Sandwich)),
            Qt::LeftButton);
        QCOMPARE(first->view(), ProfileTab::View::Sandwich);
        // ...is not the next tab's view.
        ProfileTab *second = openAndWait(window, corpus("collapsed/recursion.txt"));
        QVERIFY(second);
        QCOMPARE(second->view(), ProfileTab::View::FlameGraph);
        QVERIFY(second->profileView()->flameGraphView()->isVisible());
        // Switching the second tab leaves the first alone.
        QTest::mouseClick(second->profileView()->toolBar()->widgetForAction(
                              second->profileView()->viewModeAction(ProfileView::ViewMode::Table)),
                          Qt::LeftButton);
        QCOMPARE(second->view(), ProfileTab::View::Table);
        QCOMPARE(first->view(), ProfileTab::View::Sandwich);
        // The default for new tabs is a choice of its own, in the View menu.
        QMenu *defaults =
            menuAt(window, {QStringLiteral("&View"), QStringLiteral("&Default View for New Tabs")});
        QVERIFY(defaults);
        for (QAction *a : defaults->actions())
            if (a->text() == QStringLiteral("&Both"))
                a->trigger();
        ProfileTab *third = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(third);
        QCOMPARE(third->view(), ProfileTab::View::Both);
        QCOMPARE(second->view(), ProfileTab::View::Table);
    }

    void colourSchemeAndIcicleAreRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
            QVERIFY(tab);
            ProfileView *view = tab->profileView();
            QCOMPARE(view->flameGraphView()->orientation(), FlameOrientation::Flame);
            QTest::mouseClick(toolWidget(view, QStringLiteral("Icicle")), Qt::LeftButton);
            QCOMPARE(view->flameGraphView()->orientation(), FlameOrientation::Icicle);
            // The colour box from the keyboard: focus it, Down picks the next scheme.
            auto *colours = view->toolBar()->findChild<QComboBox *>();
            QVERIFY(colours);
            colours->setFocus();
            QTest::keyClick(colours, Qt::Key_Down);
            QCOMPARE(view->flameGraphView()->colorScheme(), FlameColorScheme::Heat);
        }
        // A new window (the next start) opens its tabs the same way.
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/recursion.txt"));
        QVERIFY(tab);
        QCOMPARE(tab->profileView()->flameGraphView()->orientation(), FlameOrientation::Icicle);
        QCOMPARE(tab->profileView()->flameGraphView()->colorScheme(), FlameColorScheme::Heat);
        QCOMPARE(tab->profileView()->sandwichView()->callersView()->colorScheme(),
                 FlameColorScheme::Heat);
    }
};

PYROGRAPH_TEST_MAIN(tst_MainWindowTabs)
#include "tst_mainwindowtabs.moc"
