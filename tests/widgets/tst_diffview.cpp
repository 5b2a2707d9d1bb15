#include "tests/support/testregistry.h"

#include "widgets/breadcrumbbar.h"
#include "widgets/comparisonview.h"
#include "widgets/difflegend.h"
#include "widgets/difftablemodel.h"
#include "widgets/diffview.h"

#include "importers/profilereader.h"
#include "model/diffbuilder.h"
#include "model/flamelayout.h"
#include "model/progress.h"
#include "tests/model/collapsedtext.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using testing::fromCollapsed;

namespace {
// Baseline and comparison of 100 each: grow 10 -> 30, shrink 40 -> 20, same 20
// -> 20, gone 30 -> 0 (removed), fresh 0 -> 30 (new).
ProfilePtr before()
{
    return fromCollapsed({"main;grow 10", "main;shrink 40", "main;same 20", "main;gone 30"});
}
ProfilePtr after()
{
    return fromCollapsed({"main;grow 30", "main;shrink 20", "main;same 20", "main;fresh 30"});
}

ProfilePtr diffOf(const ProfilePtr &a, const ProfilePtr &b)
{
    return DiffBuilder::build(*a, 0, *b, 0, QStringLiteral("before"), QStringLiteral("after")).profile;
}

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

// The fill colour at a node's box centre: the box is found in the view's
// FlameLayout, its row placed as the view places rows (flame: root at the
// bottom). Labels are drawn in the middle, so read a little left of the label
// start, at the vertical centre.
QRgb boxColour(FlameGraphView &view, const QImage &frame, NodeId node)
{
    const FlameLayout &layout = view.layout();
    const Profile &p = *view.profile();
    const int row = int(p.tree().depth(node));
    const qsizetype i = layout.indexOf(node, row);
    if (i < 0)
        return 0;
    const double y = view.height() - (row + 0.5) * view.rowHeight();
    const double x = layout.x(i) + 2;
    const qreal dpr = frame.devicePixelRatio();
    return frame.pixel(int(x * dpr), int(y * dpr)) & 0xffffff;
}

QRgb rgb(QRgb c)
{
    return c & 0xffffff;
}

bool isGrey(QRgb c)
{
    return rgb(c) == rgb(FlameColors::diffColor(0));
}
} // namespace

class tst_DiffView : public QObject
{
    Q_OBJECT

    std::unique_ptr<DiffView> makeView(ProfilePtr diff)
    {
        auto view = std::make_unique<DiffView>(FlameGraphView::Renderer::Raster);
        view->resize(1000, 420);
        view->setProfile(std::move(diff), QStringLiteral("before"), QStringLiteral("after"));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

private slots:
    void redWhereItGrewGreenWhereItShrank()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView &flame = *view->flameGraphView();
        QCOMPARE(flame.colorScheme(), FlameGraphView::ColorScheme::Diff);
        const QImage frame = flame.grabFrame();
        auto at = [&](std::initializer_list<std::string_view> path) {
            return boxColour(flame, frame, d->findPath(std::vector<std::string_view>(path)));
        };
        // grow: 10 % -> 30 %: +200 %, clamped to full red; shrink 40 % -> 20 %: -50 %.
        QCOMPARE(at({"main", "grow"}), rgb(FlameColors::diffColor(100)));
        QCOMPARE(at({"main", "shrink"}), rgb(FlameColors::diffColor(-50)));
        QVERIFY(qGreen(at({"main", "shrink"})) > qRed(at({"main", "shrink"})));
        QCOMPARE(at({"main", "same"}), rgb(FlameColors::diffColor(0)));
        QCOMPARE(at({"main", "gone"}), rgb(qRgb(0, 170, 0)));
        QCOMPARE(at({"main", "fresh"}), rgb(qRgb(200, 0, 0)));
        QVERIFY(isGrey(at({"main"})));
    }
    void widthsAreBaselinePlusComparison()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView &flame = *view->flameGraphView();
        const double w = flame.width();
        // 200 in all: gone (30 + 0) and fresh (0 + 30) are both drawn, 15 % wide each.
        QCOMPARE(flame.nodeRect(d->findPath({"main", "gone"})).width(), w * 30 / 200);
        QCOMPARE(flame.nodeRect(d->findPath({"main", "fresh"})).width(), w * 30 / 200);
        QCOMPARE(flame.nodeRect(d->findPath({"main", "shrink"})).width(), w * 60 / 200);
        // Zoom keeps to the same widths.
        flame.zoomTo(d->findPath({"main", "grow"}), false);
        QCOMPARE(flame.nodeRect(d->findPath({"main", "grow"})).width(), w);
    }
    void selfDiffIsAllGrey()
    {
        ProfileReader reader;
        const ImportResult imported = reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz"),
                                                      Progress::none());
        QVERIFY2(imported.isOk(), qPrintable(imported.error));
        const ProfilePtr p = imported.profile;
        const int type = p->defaultSampleType();
        const ProfilePtr d = DiffBuilder::build(*p, type, *p, type).profile;
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView &flame = *view->flameGraphView();
        const QImage frame = flame.grabFrame();
        const FlameLayout &layout = flame.layout();
        QVERIFY(layout.size() > 20);
        int checked = 0;
        for (qsizetype i = 0; i < layout.size(); ++i) {
            const int row = int(layout.row(i));
            if (layout.isMerged(i) || layout.width(i) < 6 || flame.height() - (row + 1) * flame.rowHeight() < 0)
                continue; // too narrow to read, or above the visible rows
            QVERIFY2(isGrey(boxColour(flame, frame, layout.node(i))), qPrintable(QString::number(i)));
            ++checked;
        }
        QVERIFY(checked > 10);
        QVERIFY(flame.toolTipText(layout.node(layout.size() - 1)).contains(QLatin1String("(+0.00%)"))
                || flame.toolTipText(layout.node(layout.size() - 1)).contains(QLatin1String("(0.00%)")));
    }
    void swappingSidesSwapsTheColours()
    {
        const ProfilePtr ab = diffOf(before(), after()), ba = diffOf(after(), before());
        auto viewAb = makeView(ab);
        auto viewBa = makeView(ba);
        QVERIFY(viewAb && viewBa);
        const QImage frameAb = viewAb->flameGraphView()->grabFrame(), frameBa = viewBa->flameGraphView()->grabFrame();
        for (const char *name : {"grow", "shrink", "gone", "fresh"}) {
            const QRgb x = boxColour(*viewAb->flameGraphView(), frameAb, ab->findPath({"main", name}));
            const QRgb y = boxColour(*viewBa->flameGraphView(), frameBa, ba->findPath({"main", name}));
            // Red one way is green the other.
            QVERIFY2((qRed(x) > qGreen(x)) == (qGreen(y) > qRed(y)), name);
            QVERIFY2(!isGrey(x) && !isGrey(y), name);
        }
        QCOMPARE(boxColour(*viewBa->flameGraphView(), frameBa, ba->findPath({"main", "gone"})), rgb(qRgb(200, 0, 0)));
        QCOMPARE(boxColour(*viewBa->flameGraphView(), frameBa, ba->findPath({"main", "fresh"})), rgb(qRgb(0, 170, 0)));
    }
    void absoluteAndPaletteToggles()
    {
        // Twice the samples everywhere: relative says no change, absolute +100 %.
        const ProfilePtr d = diffOf(fromCollapsed({"main;a 10", "main;b 30"}), fromCollapsed({"main;a 20", "main;b 60"}));
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView &flame = *view->flameGraphView();
        const NodeId a = d->findPath({"main", "a"});
        QVERIFY(isGrey(boxColour(flame, flame.grabFrame(), a)));
        view->modeAction(DiffView::Mode::DiffFlameGraph)->trigger();
        view->setDiffMode(DiffMode::Absolute);
        QCOMPARE(flame.diffMode(), DiffMode::Absolute);
        QCOMPARE(view->legend()->diffMode(), DiffMode::Absolute);
        QCOMPARE(boxColour(flame, flame.grabFrame(), a), rgb(qRgb(200, 0, 0)));
        QVERIFY(flame.toolTipText(a).contains(QLatin1String("Change: +10 (+100.00%)")));

        const ProfilePtr d2 = diffOf(before(), after());
        view->setProfile(d2, QStringLiteral("before"), QStringLiteral("after"));
        view->setDiffMode(DiffMode::Relative);
        view->setDiffPalette(FlameColors::DiffPalette::ColorBlind);
        QCOMPARE(view->legend()->diffPalette(), FlameColors::DiffPalette::ColorBlind);
        const QImage frame = flame.grabFrame();
        QCOMPARE(boxColour(flame, frame, d2->findPath({"main", "gone"})), rgb(qRgb(26, 133, 255)));
        QCOMPARE(boxColour(flame, frame, d2->findPath({"main", "fresh"})), rgb(qRgb(220, 50, 32)));
    }
    void tooltipExplainsOneSidedNodes()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView &flame = *view->flameGraphView();
        const QString fresh = flame.toolTipText(d->findPath({"main", "fresh"}));
        QVERIFY2(fresh.startsWith(QLatin1String("fresh (new)\nBaseline: 0 (0.00% of 100)\nComparison: 30 (30.00% of 100)")),
                 qPrintable(fresh));
        QVERIFY(fresh.contains(QLatin1String("Only in the comparison")));
        const QString gone = flame.toolTipText(d->findPath({"main", "gone"}));
        QVERIFY2(gone.startsWith(QLatin1String("gone (removed)")), qPrintable(gone));
        QVERIFY(gone.contains(QLatin1String("Change: -30")));
        const QString shrink = flame.toolTipText(d->findPath({"main", "shrink"}));
        QVERIFY2(shrink.startsWith(QLatin1String("shrink (-50.00%)")), qPrintable(shrink));
        QVERIFY2(shrink.contains(QLatin1String("Change: -20 (share -20.00 points, -50.00% relative)")), qPrintable(shrink));
    }
    void threeModes()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        QVERIFY(view->flameGraphView()->isVisible());
        view->setMode(DiffView::Mode::SideBySide);
        QVERIFY(view->comparisonView()->isVisible());
        QCOMPARE(view->comparisonView()->baselineView()->sampleType(), d->diffBaseline());
        QCOMPARE(view->comparisonView()->comparisonView()->sampleType(), d->diffComparison());
        view->setMode(DiffView::Mode::Table);
        QVERIFY(view->tableView()->isVisible());
        QCOMPARE(view->tableModel()->rowCount(), 6); // main, grow, shrink, same, gone, fresh
        QVERIFY(view->modeAction(DiffView::Mode::Table)->isChecked());
        view->setSearchText(QStringLiteral("gr"));
        QCOMPARE(view->tableProxy()->rowCount(), 1);
    }
    void tableNumericColumnsSortDescendingOnFirstClick()
    {
        auto view = makeView(diffOf(before(), after()));
        QVERIFY(view);
        view->setMode(DiffView::Mode::Table);
        QHeaderView *header = view->tableView()->horizontalHeader();
        const auto clickHeader = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        const auto firstName = [&] {
            return view->tableProxy()->index(0, DiffTableModel::NameColumn).data().toString();
        };
        clickHeader(DiffTableModel::BaselineColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(firstName(), QStringLiteral("shrink")); // 40, the most before
        clickHeader(DiffTableModel::ComparisonColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        clickHeader(DiffTableModel::NameColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(firstName(), QStringLiteral("fresh"));
    }
    void zoomToPathReachesEveryView()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        QVERIFY(view->zoomToPath({"main", "shrink"}));
        QCOMPARE(view->flameGraphView()->zoomRoot(), d->findPath({"main", "shrink"}));
        QCOMPARE(view->comparisonView()->baselineView()->zoomRoot(), d->findPath({"main", "shrink"}));
    }
    // The comparison tab answers the keys of a profile tab: Ctrl+F from
    // anywhere inside it, Escape in the search box clears the search.
    void ctrlFFocusesTheSearchAndEscapeClearsIt()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        FlameGraphView *flame = view->flameGraphView();
        flame->setFocus();
        QVERIFY(!view->searchEdit()->hasFocus());
        QTest::keyClick(flame, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->searchEdit()->hasFocus());

        QTest::keyClicks(view->searchEdit(), QStringLiteral("gro"));
        QVERIFY(view->searchResult().isActive());
        const NodeId shrink = d->findPath({"main", "shrink"});
        QCOMPARE(boxColour(*flame, flame->grabFrame(), shrink), rgb(FlameColors::dimmedColor()));
        QTest::keyClick(view->searchEdit(), Qt::Key_Escape);
        QVERIFY(view->searchText().isEmpty());
        QVERIFY(!view->searchResult().isActive());
        QVERIFY(view->matchLabel()->text().isEmpty());
        QCOMPARE(boxColour(*flame, flame->grabFrame(), shrink), rgb(FlameColors::diffColor(-50)));
    }
    // A function picked in the table is outlined in the diff flamegraph; a
    // search in the table, once cleared, leaves no outline of its own there.
    void clearedSearchLeavesNoOutlines()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        FlameGraphView *flame = view->flameGraphView();
        const QImage plain = flame->grabFrame();
        view->setMode(DiffView::Mode::Table);
        QTableView *table = view->tableView();
        const auto rowOf = [&](const QString &name) {
            for (int r = 0; r < view->tableProxy()->rowCount(); ++r)
                if (view->tableProxy()->index(r, DiffTableModel::NameColumn).data().toString()
                    == name)
                    return view->tableProxy()->index(r, DiffTableModel::NameColumn);
            return QModelIndex();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(rowOf(QStringLiteral("shrink"))).center());
        view->setMode(DiffView::Mode::DiffFlameGraph);
        const QImage picked = flame->grabFrame();
        QVERIFY(picked != plain); // shrink's boxes are outlined

        view->setMode(DiffView::Mode::Table);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("gr"));
        QCOMPARE(view->tableProxy()->rowCount(), 1); // grow
        QTest::keyClick(view->searchEdit(), Qt::Key_Escape);
        view->setMode(DiffView::Mode::DiffFlameGraph);
        QCOMPARE(flame->grabFrame(), picked);
    }
    void searchShowsTheMatchedShareOfBothSides()
    {
        auto view = makeView(diffOf(before(), after()));
        QVERIFY(view);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("grow"));
        // grow: 10 of 100 before, 30 of 100 after.
        QCOMPARE(view->matchLabel()->text(),
                 QStringLiteral("Matched: 10.0% of baseline, 30.0% of comparison"));
        QVERIFY(view->matchLabel()->isVisible());
        QTest::keyClicks(view->searchEdit(), QStringLiteral("xyz"));
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("No match"));
        view->setSearchText(QStringLiteral("(unclosed"), true);
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("Invalid regex"));
        view->setSearchText(QStringLiteral("^(grow|shrink)$"), true);
        QCOMPARE(view->matchLabel()->text(),
                 QStringLiteral("Matched: 50.0% of baseline, 50.0% of comparison"));
    }
    void enterStepsThroughTheMatches()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("s"));
        // fresh, same and shrink, in tree order (children sorted by name).
        QTest::keyClick(view->searchEdit(), Qt::Key_Return);
        QCOMPARE(view->flameGraphView()->zoomRoot(), d->findPath({"main", "fresh"}));
        QTest::keyClick(view->searchEdit(), Qt::Key_Return);
        QCOMPARE(view->flameGraphView()->zoomRoot(), d->findPath({"main", "same"}));
        QTest::keyClick(view->searchEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->flameGraphView()->zoomRoot(), d->findPath({"main", "fresh"}));
        QCOMPARE(view->flameGraphView()->selectedNode(), d->findPath({"main", "fresh"}));
    }
    void breadcrumbsFollowTheZoomOfEitherMode()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        QCOMPARE(view->breadcrumbs(), QStringList{QStringLiteral("total")});
        QVERIFY(view->breadcrumbBar()->isVisible());
        // A click on a box of the diff flamegraph zooms it; the crumbs follow, and so do the sides.
        FlameGraphView *flame = view->flameGraphView();
        QTest::mouseClick(flame, Qt::LeftButton, {},
                          flame->nodeRect(d->findPath({"main", "shrink"})).center().toPoint());
        QTRY_COMPARE(flame->zoomRoot(), d->findPath({"main", "shrink"}));
        QCOMPARE(view->breadcrumbs(), (QStringList{"total", "main", "shrink"}));
        ComparisonView *sides = view->comparisonView();
        QCOMPARE(sides->pathOf(0, sides->baselineView()->zoomRoot()),
                 (QStringList{"main", "shrink"}));
        // Side by side: a zoom on one side moves the crumbs too.
        view->setMode(DiffView::Mode::SideBySide);
        QVERIFY(view->breadcrumbBar()->isVisible());
        FlameGraphView *right = sides->comparisonView();
        right->zoomTo(view->comparisonView()->deepestNode(1, {"main", "fresh"}), false);
        QCOMPARE(view->breadcrumbs(), (QStringList{"total", "main", "fresh"}));
        // A crumb zooms every view back out.
        view->breadcrumbBar()->crumb(1)->click();
        QTRY_COMPARE(view->breadcrumbs(), (QStringList{"total", "main"}));
        QCOMPARE(sides->pathOf(1, right->zoomRoot()), QStringList{"main"});
        QCOMPARE(sides->pathOf(0, sides->baselineView()->zoomRoot()), QStringList{"main"});
        view->setMode(DiffView::Mode::Table);
        QVERIFY(!view->breadcrumbBar()->isVisible());
    }
    void resetZoomShowsTheWholeTree()
    {
        const ProfilePtr d = diffOf(before(), after());
        auto view = makeView(d);
        QVERIFY(view);
        QVERIFY(view->zoomToPath({"main", "grow"}));
        QAction *reset = view->resetZoomAction();
        QVERIFY(reset && reset->isEnabled());
        QWidget *button = view->toolBar()->widgetForAction(reset);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(view->flameGraphView()->zoomRoot(), CallTree::root());
        QCOMPARE(view->comparisonView()->baselineView()->zoomRoot(), CallTree::root());
        QCOMPARE(view->comparisonView()->comparisonView()->zoomRoot(), CallTree::root());
        QCOMPARE(view->breadcrumbs(), QStringList{QStringLiteral("total")});
    }
    void screenshots()
    {
        // The inferno pair, as a user would open it: diff view, side by side, table.
        ProfileReader reader;
        const QString dir = QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed/inferno/");
        const ImportResult a = reader.readFile(dir + QStringLiteral("diff-folded_before.txt"), Progress::none());
        const ImportResult b = reader.readFile(dir + QStringLiteral("diff-folded_after.txt"), Progress::none());
        QVERIFY(a.isOk() && b.isOk());
        const DiffResult d = DiffBuilder::build(*a.profile, 0, *b.profile, 0, QStringLiteral("diff-folded_before.txt"),
                                                QStringLiteral("diff-folded_after.txt"));
        QVERIFY(d.ok());
        DiffView view(FlameGraphView::Renderer::Raster);
        view.resize(1400, 560);
        view.setProfile(d.profile, QStringLiteral("diff-folded_before.txt"), QStringLiteral("diff-folded_after.txt"),
                        a.profile, 0, b.profile, 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString out = screenshotDir();
        QVERIFY(view.grab().save(out + QStringLiteral("/diff-flamegraph.png")));
        view.setMode(DiffView::Mode::SideBySide);
        view.comparisonView()->zoomToPath({"dd", "[unknown]"});
        QVERIFY(view.grab().save(out + QStringLiteral("/diff-side-by-side.png")));
        view.setMode(DiffView::Mode::Table);
        QVERIFY(view.grab().save(out + QStringLiteral("/diff-table.png")));
        qInfo("screenshots in %s", qPrintable(out));
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffView)
#include "tst_diffview.moc"
