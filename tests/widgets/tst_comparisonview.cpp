#include "tests/support/testregistry.h"

#include "widgets/comparisonview.h"

#include "model/searchresult.h"
#include "tests/model/collapsedtext.h"

#include <QTest>

using testing::fromCollapsed;

namespace {
// The two sides share main;serve;parse but not main;serve;write or idle.
ProfilePtr before()
{
    return fromCollapsed({"main;serve;parse 30", "main;serve;write 20", "idle 50"});
}
ProfilePtr after()
{
    return fromCollapsed({"main;serve;parse;json 60", "main;serve;cache 20", "main;init 20"});
}
} // namespace

class tst_ComparisonView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ComparisonView> makeView()
    {
        auto view = std::make_unique<ComparisonView>(FlameGraphView::Renderer::Raster);
        view->resize(1000, 400);
        view->setProfiles(before(), 0, after(), 0, QStringLiteral("before.txt"), QStringLiteral("after.txt"));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

private slots:
    void eachSideHasItsOwnTotals()
    {
        auto view = makeView();
        QVERIFY(view);
        QCOMPARE(view->baselineView()->profile()->total(0), 100);
        QCOMPARE(view->comparisonView()->profile()->total(0), 100);
        QVERIFY2(view->title(0).contains(QLatin1String("before.txt")) && view->title(0).contains(QLatin1String("100 total")),
                 qPrintable(view->title(0)));
        QVERIFY(view->title(1).contains(QLatin1String("after.txt")));
        // Each root spans its view's width.
        QCOMPARE(view->baselineView()->nodeRect(CallTree::root()).width(), double(view->baselineView()->width()));
        QCOMPARE(view->comparisonView()->nodeRect(CallTree::root()).width(), double(view->comparisonView()->width()));
    }
    void zoomFollowsTheCallPath()
    {
        auto view = makeView();
        QVERIFY(view);
        const ProfilePtr left = view->baselineView()->profile(), right = view->comparisonView()->profile();
        view->baselineView()->zoomTo(left->findPath({"main", "serve", "parse"}), false);
        QCOMPARE(view->comparisonView()->zoomRoot(), right->findPath({"main", "serve", "parse"}));
        // And back the other way.
        view->comparisonView()->zoomTo(right->findPath({"main", "serve"}), false);
        QCOMPARE(view->baselineView()->zoomRoot(), left->findPath({"main", "serve"}));
    }
    void missingPathZoomsToTheLongestPrefix()
    {
        auto view = makeView();
        QVERIFY(view);
        const ProfilePtr left = view->baselineView()->profile(), right = view->comparisonView()->profile();
        view->baselineView()->zoomTo(left->findPath({"main", "serve", "write"}), false);
        QCOMPARE(view->comparisonView()->zoomRoot(), right->findPath({"main", "serve"}));
        view->baselineView()->zoomTo(left->findPath({"idle"}), false);
        QCOMPARE(view->comparisonView()->zoomRoot(), CallTree::root());
        int matched = -1;
        QCOMPARE(view->deepestNode(1, {"main", "serve", "parse", "json"}, &matched),
                 right->findPath({"main", "serve", "parse", "json"}));
        QCOMPARE(matched, 4);
    }
    void zoomToPathZoomsBoth()
    {
        auto view = makeView();
        QVERIFY(view);
        QVERIFY(view->zoomToPath({"main", "serve", "parse"}));
        QCOMPARE(view->baselineView()->zoomRoot(), view->baselineView()->profile()->findPath({"main", "serve", "parse"}));
        QCOMPARE(view->comparisonView()->zoomRoot(), view->comparisonView()->profile()->findPath({"main", "serve", "parse"}));
        QVERIFY(!view->zoomToPath({"nowhere"}));
    }
    void selectionFollowsTheCallPath()
    {
        auto view = makeView();
        QVERIFY(view);
        const ProfilePtr left = view->baselineView()->profile(), right = view->comparisonView()->profile();
        view->baselineView()->setSelectedNode(left->findPath({"main", "serve", "parse"}));
        QCOMPARE(view->comparisonView()->selectedNode(), right->findPath({"main", "serve", "parse"}));
        // A path the other side lacks clears its selection rather than pick another function.
        view->baselineView()->setSelectedNode(left->findPath({"idle"}));
        QVERIFY(!view->comparisonView()->selectedNode().isValid());
    }
    void searchRunsOnBothSides()
    {
        auto view = makeView();
        QVERIFY(view);
        view->setSearchText(QStringLiteral("serve"));
        // Each side dims what does not match: the root is dimmed on both.
        const QImage left = view->baselineView()->grabFrame(), right = view->comparisonView()->grabFrame();
        const QRectF rootLeft = view->baselineView()->nodeRect(CallTree::root());
        const QRectF rootRight = view->comparisonView()->nodeRect(CallTree::root());
        const qreal dpr = view->devicePixelRatioF();
        QCOMPARE(left.pixel(int((rootLeft.left() + 2) * dpr), int((rootLeft.top() + 3) * dpr)), FlameColors::dimmedColor());
        QCOMPARE(right.pixel(int((rootRight.left() + 2) * dpr), int((rootRight.top() + 3) * dpr)), FlameColors::dimmedColor());
        view->setSearchText(QString());
        const QImage cleared = view->baselineView()->grabFrame();
        QVERIFY(cleared.pixel(int((rootLeft.left() + 2) * dpr), int((rootLeft.top() + 3) * dpr)) != FlameColors::dimmedColor());
    }
};

PYROGRAPH_TEST_MAIN(tst_ComparisonView)
#include "tst_comparisonview.moc"
