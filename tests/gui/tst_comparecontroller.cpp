#include "tests/support/testregistry.h"

#include "app/gui/comparecontroller.h"
#include "app/gui/mainwindow.h"

#include "model/flamelayout.h"
#include "widgets/comparisonview.h"
#include "widgets/difftablemodel.h"
#include "widgets/diffview.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

QString screenshotPath(const char *name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + QLatin1String(name);
}

bool waitForImports(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::importsFinished);
    return window.pendingImports() == 0 || spy.wait(30000);
}
} // namespace

class tst_CompareController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void comparingTwoTabsOpensADiffTab()
    {
        MainWindow window;
        window.setRendererPreference(QStringLiteral("raster"));
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileTab *before = window.openFile(corpus("collapsed/inferno/diff-folded_before.txt"));
        ProfileTab *after = window.openFile(corpus("collapsed/inferno/diff-folded_after.txt"));
        QVERIFY(waitForImports(window));
        QCOMPARE(before->state(), ProfileTab::State::Ready);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("compareAction")));

        ProfileTab *tab = window.compareController()->compare(before->profile(), 0, before->title(), after->profile(), 0,
                                                              after->title());
        QVERIFY(tab);
        QVERIFY(waitForImports(window));
        QCOMPARE(tab->state(), ProfileTab::State::Ready);
        QCOMPARE(window.tabCount(), 3);
        QCOMPARE(window.currentTab(), tab);
        QCOMPARE(tab->title(), QStringLiteral("diff-folded_before.txt vs diff-folded_after.txt"));
        QVERIFY(tab->profile()->isDiff());
        QCOMPARE(tab->profile()->total(0), 65);
        QCOMPARE(tab->profile()->total(1), 80);
        // Compared pairs are not recent files.
        QVERIFY(!window.recentFiles().contains(tab->path()));

        DiffView *view = window.compareController()->diffView(tab);
        QVERIFY(view);
        QCOMPARE(tab->viewWidget(ProfileTab::View::FlameGraph), view);
        QTRY_VERIFY(view->isVisible());
        // Red where it grew (dd;write is new), green where it shrank (0x234f2abc was removed).
        FlameGraphView *flame = view->flameGraphView();
        const QImage frame = flame->grabFrame();
        const qreal dpr = frame.devicePixelRatio();
        auto colourOf = [&](std::initializer_list<std::string_view> path) {
            const QRectF r = flame->nodeRect(tab->profile()->findPath(std::vector<std::string_view>(path)));
            return frame.pixel(int((r.left() + 2) * dpr), int(r.center().y() * dpr)) & 0xffffff;
        };
        QCOMPARE(colourOf({"dd", "write"}), qRgb(200, 0, 0) & 0xffffff);
        QCOMPARE(colourOf({"dd", "[unknown]", "0x234f2abc"}), qRgb(0, 170, 0) & 0xffffff);
        // Side by side shows the two tabs' own profiles.
        view->setMode(DiffView::Mode::SideBySide);
        QCOMPARE(view->comparisonView()->baselineView()->profile(), before->profile());
        QCOMPARE(view->comparisonView()->comparisonView()->profile(), after->profile());
        QVERIFY(window.grab().save(screenshotPath("compare-window-side-by-side.png")));
        // The view's search reaches the diff table.
        view->setSearchText(QStringLiteral("fget"));
        view->setMode(DiffView::Mode::Table);
        QCOMPARE(view->tableProxy()->rowCount(), 1);
        view->setSearchText(QString());
        QCOMPARE(view->tableProxy()->rowCount(), view->tableModel()->rowCount());
        view->setMode(DiffView::Mode::DiffFlameGraph);
        QVERIFY(window.grab().save(screenshotPath("compare-window-diff.png")));
    }
    // Ctrl+F reaches the comparison tab's search box as a profile tab's: from
    // inside the diff view (its own shortcut) and from the tab bar (the window's).
    void ctrlFReachesTheComparisonSearch()
    {
        MainWindow window;
        window.setRendererPreference(QStringLiteral("raster"));
        window.resize(1200, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ProfileTab *before = window.openFile(corpus("collapsed/inferno/diff-folded_before.txt"));
        ProfileTab *after = window.openFile(corpus("collapsed/inferno/diff-folded_after.txt"));
        QVERIFY(waitForImports(window));
        ProfileTab *tab = window.compareController()->compare(before->profile(), 0, before->title(),
                                                              after->profile(), 0, after->title());
        QVERIFY(tab);
        QVERIFY(waitForImports(window));
        DiffView *view = window.compareController()->diffView(tab);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        for (QWidget *from : {static_cast<QWidget *>(view->flameGraphView()),
                              static_cast<QWidget *>(window.tabWidget()->tabBar())}) {
            from->setFocus();
            QTRY_VERIFY(from->hasFocus());
            QTest::keyClick(from, Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY2(view->searchEdit()->hasFocus(), from->metaObject()->className());
        }
        QTest::keyClicks(view->searchEdit(), QStringLiteral("write"));
        QVERIFY(view->matchLabel()->text().startsWith(QStringLiteral("Matched: ")));
        QTest::keyClick(view->searchEdit(), Qt::Key_Escape);
        QVERIFY(view->searchText().isEmpty());
        QVERIFY(view->matchLabel()->text().isEmpty());
    }
    void differentUnitsAreRefusedInTheWindow()
    {
        MainWindow window;
        ProfileTab *cpu = window.openFile(corpus("pprof/go-cpu.pb.gz"));
        ProfileTab *heap = window.openFile(corpus("pprof/go-allocs.pb.gz"));
        QVERIFY(waitForImports(window));
        QSignalSpy failed(&window, &MainWindow::importFailed);
        window.compareController()->compare(cpu->profile(), 1, cpu->title(), heap->profile(), 1, heap->title());
        QVERIFY(waitForImports(window));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(window.tabCount(), 2); // the failed diff's tab is gone
        QVERIFY2(window.errorText().contains(QLatin1String("go-cpu.pb.gz")) && window.errorText().contains(QLatin1String("go-allocs.pb.gz"))
                     && window.errorText().contains(QLatin1String("units differ")),
                 qPrintable(window.errorText()));
    }
    void aDiffFileOpensAsADiffTab()
    {
        MainWindow window;
        window.setRendererPreference(QStringLiteral("raster"));
        ProfileTab *tab = window.openFile(corpus("collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt"));
        QVERIFY(waitForImports(window));
        QCOMPARE(tab->state(), ProfileTab::State::Ready);
        QVERIFY(tab->profile()->isDiff());
        DiffView *view = window.compareController()->diffView(tab);
        QVERIFY(view);
        QCOMPARE(view->profile(), tab->profile());
        QCOMPARE(view->flameGraphView()->colorScheme(), FlameGraphView::ColorScheme::Diff);
        // Its two columns are the two sides.
        QCOMPARE(view->comparisonView()->baselineView()->sampleType(), tab->profile()->diffBaseline());
        QCOMPARE(view->comparisonView()->comparisonView()->sampleType(), tab->profile()->diffComparison());
        QVERIFY(window.recentFiles().contains(tab->path()));
    }
    void anOrdinaryFileGetsNoDiffView()
    {
        MainWindow window;
        ProfileTab *tab = window.openFile(corpus("collapsed/simple.txt"));
        QVERIFY(waitForImports(window));
        QVERIFY(!window.compareController()->diffView(tab));
    }
};

PYROGRAPH_TEST_MAIN(tst_CompareController)
#include "tst_comparecontroller.moc"
