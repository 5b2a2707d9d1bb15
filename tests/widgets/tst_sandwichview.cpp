#include "tests/support/testregistry.h"

#include "widgets/sandwichview.h"

#include "model/profilebuilder.h"
#include "model/searchquery.h"

#include "widgettestutil.h"

#include <QSignalSpy>
#include <QTest>

#include <string>

using namespace widgettest;

namespace {
// "name total" per node in pre-order, indented by depth.
QString printTree(const Profile &p)
{
    QString out;
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const std::string_view name = p.name(NodeId(n));
        out += QString(int(t.depth(NodeId(n))) * 2, u' ') + QString::fromUtf8(name.data(), qsizetype(name.size()))
             + u' ' + QString::number(t.total(NodeId(n), 0)) + u'\n';
    }
    return out;
}

const QStringList stacks{"main;a;x 3", "main;b;x;y 2", "main;x 1", "main;b 4"};
} // namespace

class tst_SandwichView : public QObject
{
    Q_OBJECT
private slots:
    void hintUntilAFunctionIsSet()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        view.setProfile(fromCollapsed(stacks), 0);
        QVERIFY(showExposed(view, QSize(600, 500)));
        QVERIFY(!view.callersView()->isVisible());
        QVERIFY(!view.callersView()->profile());
    }
    void callersAboveCalleesBelow()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        const ProfilePtr p = fromCollapsed(stacks);
        view.setProfile(p, 0);
        QVERIFY(showExposed(view, QSize(600, 500)));
        QSignalSpy shown(&view, &SandwichView::functionShown);
        view.setFunction(nameId(*p, "x"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view.function(), nameId(*p, "x"));
        QVERIFY(view.callersView()->isVisible());
        QVERIFY(view.calleesView()->isVisible());
        QCOMPARE(printTree(*view.callersView()->profile()),
                 QStringLiteral("x 6\n  a 3\n    main 3\n  b 2\n    main 2\n  main 1\n"));
        QCOMPARE(printTree(*view.calleesView()->profile()), QStringLiteral("x 6\n  y 2\n"));
        // Callers grow up onto the function, callees hang below it.
        QCOMPARE(view.callersView()->orientation(), FlameGraphView::Orientation::Flame);
        QCOMPARE(view.calleesView()->orientation(), FlameGraphView::Orientation::Icicle);
        QVERIFY(view.callersView()->mapTo(&view, QPoint(0, 0)).y() < view.calleesView()->mapTo(&view, QPoint(0, 0)).y());
    }
    // The function is the base both halves grow from, drawn across the whole
    // width: the bottom row of the callers, the top row of the callees, and
    // no "total" bar under it.
    void theFunctionIsTheBaseOfBothHalves()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        const ProfilePtr p = fromCollapsed(stacks);
        view.setProfile(p, 0);
        QVERIFY(showExposed(view, QSize(600, 500)));
        view.setFunction(nameId(*p, "x"));
        FlameGraphView *callers = view.callersView(), *callees = view.calleesView();
        const int row = callers->rowHeight();
        const auto nameAt = [](FlameGraphView *half, QPoint at) {
            const NodeId node = half->nodeAt(at);
            const std::string_view n =
                node.isValid() ? half->profile()->name(node) : std::string_view();
            return QString::fromUtf8(n.data(), qsizetype(n.size()));
        };
        QTRY_COMPARE(nameAt(callers, QPoint(callers->width() / 2, callers->height() - row / 2)),
                     QStringLiteral("x"));
        QCOMPARE(nameAt(callers, QPoint(4, callers->height() - row / 2)), QStringLiteral("x"));
        QCOMPARE(nameAt(callers, QPoint(callers->width() / 4, callers->height() - row * 3 / 2)),
                 QStringLiteral("a"));
        QCOMPARE(nameAt(callees, QPoint(callees->width() / 2, row / 2)), QStringLiteral("x"));
        for (FlameGraphView *half : {callers, callees})
            for (quint32 n = 0; n < quint32(half->profile()->tree().nodeCount()); ++n)
                QVERIFY(half->profile()->name(NodeId(n)) != "total");
    }
    void clickingACallerSelectsItInTheProfile()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        const ProfilePtr p = fromCollapsed(stacks);
        view.setProfile(p, 0);
        QVERIFY(showExposed(view, QSize(800, 600)));
        view.setFunction(nameId(*p, "x"));
        FlameGraphView *callers = view.callersView();
        const ProfilePtr half = callers->profile();
        const NodeId a = half->findPath({"a"});
        QVERIFY(a.isValid());
        QTRY_VERIFY(!callers->nodeRect(a).isEmpty());
        QSignalSpy selected(&view, &SandwichView::functionSelected);
        QTest::mouseClick(callers, Qt::LeftButton, {}, callers->nodeRect(a).center().toPoint());
        QTRY_COMPARE(selected.count(), 1);
        // The id is one of the whole profile's, not of the half's own name table.
        QCOMPARE(selected.at(0).at(0).value<NameId>(), nameId(*p, "a"));
    }
    void searchReachesBothHalves()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        const ProfilePtr p = fromCollapsed(stacks);
        view.setProfile(p, 0);
        QVERIFY(showExposed(view, QSize(600, 500)));
        view.setFunction(nameId(*p, "x"));
        QTRY_VERIFY(!view.calleesView()
                         ->nodeRect(view.calleesView()->profile()->findPath({"y"}))
                         .isEmpty());
        const QImage before = view.calleesView()->grabFrame();
        view.setSearchQuery(SearchQuery::substring(QStringLiteral("y")));
        QCoreApplication::processEvents();
        const QImage after = view.calleesView()->grabFrame();
        QCOMPARE(after.size(), before.size());
        QVERIFY(after != before); // the rest is dimmed
    }
    void searchWhileHiddenAppliesWhenShown()
    {
        const ProfilePtr p = fromCollapsed(stacks);
        SandwichView plain(FlameGraphView::Renderer::Raster), searched(FlameGraphView::Renderer::Raster);
        for (SandwichView *view : {&plain, &searched}) {
            view->setProfile(p, 0);
            view->setFunction(nameId(*p, "x"));
            view->resize(600, 500);
        }
        searched.setSearchQuery(SearchQuery::substring(QStringLiteral("y"))); // while hidden
        plain.show();
        searched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QVERIFY(QTest::qWaitForWindowExposed(&searched));
        QTRY_VERIFY(!searched.calleesView()
                         ->nodeRect(searched.calleesView()->profile()->findPath({"y"}))
                         .isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(searched.calleesView()->grabFrame() != plain.calleesView()->grabFrame());
        searched.setSearchQuery(SearchQuery());
        QCoreApplication::processEvents();
        QCOMPARE(searched.calleesView()->grabFrame(), plain.calleesView()->grabFrame());
    }
    void newProfileClearsTheFunction()
    {
        SandwichView view(FlameGraphView::Renderer::Raster);
        const ProfilePtr p = fromCollapsed(stacks);
        view.setProfile(p, 0);
        view.setFunction(nameId(*p, "b"));
        QVERIFY(view.callersView()->profile());
        view.setProfile(fromCollapsed({"q;r 1"}), 0);
        QVERIFY(!view.function().isValid());
        QVERIFY(!view.callersView()->profile());
    }
    void bigProfileOffThreadKeepsOnlyTheLatest()
    {
        // More nodes than the threshold: the halves are computed in the background.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        const qsizetype leaves = SandwichView::backgroundThreshold + 1000;
        for (qsizetype i = 0; i < leaves; ++i) {
            const std::string mid = (i % 2) ? "odd" : "even";
            const std::string leaf = "leaf" + std::to_string(i);
            const std::vector<std::string_view> stack{"main", mid, leaf};
            const qint64 value = 1;
            builder.addStack(std::span<const std::string_view>(stack), std::span<const qint64>(&value, 1));
        }
        const ProfilePtr p = builder.build();
        QVERIFY(p->tree().nodeCount() > SandwichView::backgroundThreshold);
        SandwichView view(FlameGraphView::Renderer::Raster);
        view.setProfile(p, 0);
        QSignalSpy shown(&view, &SandwichView::functionShown);
        view.setFunction(nameId(*p, "odd"));
        QVERIFY(view.isBusy());
        view.setFunction(nameId(*p, "even")); // supersedes "odd"
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<NameId>(), nameId(*p, "even"));
        const ProfilePtr callees = view.calleesView()->profile();
        QCOMPARE(callees->total(0), (leaves + 1) / 2);
        QVERIFY(callees->findPath({"leaf0"}).isValid());
    }
};

PYROGRAPH_TEST_MAIN(tst_SandwichView)
#include "tst_sandwichview.moc"
