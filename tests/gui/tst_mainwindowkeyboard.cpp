#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"
#include "app/gui/shortcutsdialog.h"

#include "widgets/functiontableview.h"
#include "widgets/sandwichview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace GuiTest;

namespace {

// Presses Tab count times where the focus is, as the user does; the widgets
// that had the focus after each press.
QList<QWidget *> tabThrough(MainWindow &window, int count)
{
    QList<QWidget *> visited;
    for (int i = 0; i < count; ++i) {
        QWidget *at = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(at, Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    return visited;
}

double distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue());
}
} // namespace

// The window with the keyboard alone: Tab reaches every control in the
// toolbar's order and shows where it is, Ctrl+1..4 switch views, and F1 lists
// the shortcuts.
class tst_MainWindowKeyboard : public QObject
{
    Q_OBJECT
private:
    void showActive(MainWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private slots:
    void init() { QSettings().clear(); }

    void tabReachesEveryControlInOrder()
    {
        MainWindow window;
        showActive(window);
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        ProfileView *view = tab->profileView();
        QList<QWidget *> expected;
        for (auto mode : {ProfileView::ViewMode::Table, ProfileView::ViewMode::FlameGraph,
                          ProfileView::ViewMode::Both, ProfileView::ViewMode::Sandwich})
            expected << view->toolBar()->widgetForAction(view->viewModeAction(mode));
        expected << view->searchEdit() << toolWidget(view, QStringLiteral(".*"))
                 << toolWidget(view, QStringLiteral("Icicle"))
                 << view->toolBar()->findChild<QComboBox *>()
                 << toolWidget(view, QStringLiteral("Reset Zoom")) << view->flameGraphView();
        QVERIFY(!expected.contains(nullptr));

        const QList<QWidget *> visited = tabThrough(window, 30);
        qsizetype last = -1;
        for (QWidget *w : expected) {
            const qsizetype at = visited.indexOf(w, last + 1);
            QVERIFY2(at > last,
                     qPrintable(QStringLiteral("%1 (%2) not reached in order")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->toolTip())));
            last = at;
        }
        QVERIFY(visited.contains(window.sampleTypeSelector())
                || !window.sampleTypeSelector()->isEnabled());
        QVERIFY(visited.contains(window.tabWidget()->tabBar()));
        // And each of them answers the keyboard: Space on a focused view button switches the view.
        QWidget *table = expected.first();
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(tab->view(), ProfileTab::View::Table);
        // In the table, Tab leaves the table instead of moving between its cells.
        view->functionTableView()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view->functionTableView(), Qt::Key_Tab);
        QVERIFY(!view->functionTableView()->hasFocus());
    }

    void theFocusIsVisible()
    {
        MainWindow window;
        showActive(window);
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        ProfileView *view = tab->profileView();
        QWidget *icicle = toolWidget(view, QStringLiteral("Icicle"));
        FlameGraphView *flame = view->flameGraphView();
        QVERIFY(icicle);

        // A tool button reached with Tab draws a focus frame.
        view->searchEdit()->setFocus(Qt::TabFocusReason);
        const QImage before = icicle->grab().toImage();
        QTest::keyClick(view->searchEdit(), Qt::Key_Tab); // the regex toggle
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(icicle->hasFocus());
        QVERIFY2(icicle->grab().toImage() != before,
                 "the focused Icicle button looks like an unfocused one");

        // The flamegraph draws a frame in the highlight colour while it has the focus.
        const QColor highlight = flame->palette().color(QPalette::Highlight);
        const QPoint edge(0, flame->height() / 2);
        const QColor unfocusedEdge = flame->grabFrame().pixelColor(edge);
        QVERIFY(distance(unfocusedEdge, highlight) > 30);
        while (!flame->hasFocus() && QApplication::focusWidget())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(flame->hasFocus());
        QTRY_VERIFY2(distance(flame->grabFrame().pixelColor(edge), highlight) < 30,
                     qPrintable(flame->grabFrame().pixelColor(edge).name()));
        QTest::keyClick(flame, Qt::Key_Tab);
        QVERIFY(!flame->hasFocus());
        QTRY_COMPARE(flame->grabFrame().pixelColor(edge), unfocusedEdge);
    }

    void ctrlDigitsSwitchTheCurrentTabsView()
    {
        MainWindow window;
        showActive(window);
        ProfileTab *other = openAndWait(window, corpus("collapsed/simple.txt"));
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(other && tab);
        ProfileView *view = tab->profileView();
        view->flameGraphView()->setFocus();
        const std::pair<Qt::Key, ProfileTab::View> keys[] = {
            {Qt::Key_1, ProfileTab::View::Table},
            {Qt::Key_4, ProfileTab::View::Sandwich},
            {Qt::Key_3, ProfileTab::View::Both},
            {Qt::Key_2, ProfileTab::View::FlameGraph}};
        for (const auto &[key, expected] : keys) {
            QTest::keyClick(QApplication::focusWidget(), key, Qt::ControlModifier);
            QCOMPARE(tab->view(), expected);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(view->functionTableView()->isVisible());
        QVERIFY(!view->flameGraphView()->isVisible());
        QCOMPARE(other->view(), ProfileTab::View::FlameGraph); // only the current tab
    }

    void f1ListsTheShortcuts()
    {
        MainWindow window;
        showActive(window);
        QVERIFY(!window.findChild<ShortcutsDialog *>());
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList lines;
        for (int r = 0; r < dialog->table()->rowCount(); ++r) {
            const QTableWidgetItem *keys = dialog->table()->item(r, 0);
            const QTableWidgetItem *what = dialog->table()->item(r, 1);
            lines << (keys ? keys->text() : QString()) + u'|' + (what ? what->text() : QString());
        }
        for (const QString &expected :
             {QStringLiteral("Ctrl+1|View > Table"), QStringLiteral("Ctrl+4|View > Sandwich"),
              QStringLiteral("Ctrl+O|File > Open"),
              QStringLiteral("Ctrl+F|Search in the current tab"),
              QStringLiteral("F1|Help > Keyboard and Mouse"),
              QStringLiteral("Ctrl+wheel|Zoom in and out around the pointer")})
            QVERIFY2(lines.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing from:\n") + lines.join(u'\n')));
        dialog->close();
    }
};

PYROGRAPH_TEST_MAIN(tst_MainWindowKeyboard)
#include "tst_mainwindowkeyboard.moc"
