#include "tests/support/testregistry.h"

#include "model/flamelayout.h"
#include "model/profilebuilder.h"

#include "collapsedtext.h"

#include <QTest>

#include <string>

using testing::fromCollapsed;

namespace {
// "row:name@x+width" per box, rows in order, x and width rounded to 0.01 px;
// merged boxes print as "row:[N from name]@x+width".
QString print(const Profile &p, const FlameLayout &l)
{
    QStringList out;
    for (qsizetype i = 0; i < l.size(); ++i) {
        const std::string_view n = p.name(l.node(i));
        QString name = QString::fromUtf8(n.data(), qsizetype(n.size()));
        if (l.isMerged(i))
            name = QStringLiteral("[%1 from %2]").arg(l.mergedCount(i)).arg(name);
        out << QStringLiteral("%1:%2@%3+%4")
                   .arg(l.row(i))
                   .arg(name)
                   .arg(QString::number(l.x(i), 'f', 2), QString::number(l.width(i), 'f', 2));
    }
    return out.join(u' ');
}

// A root with `leaves` one-sample children under "wide", plus a heavy sibling.
ProfilePtr manyLeaves(int leaves, int heavy)
{
    QStringList lines;
    for (int i = 0; i < leaves; ++i)
        lines << QStringLiteral("wide;leaf%1 1").arg(i, 6, 10, QLatin1Char('0'));
    lines << QStringLiteral("heavy %1").arg(heavy);
    return fromCollapsed(lines);
}
} // namespace

class tst_FlameLayout : public QObject
{
    Q_OBJECT
private slots:
    void exactRectanglesForSmallTree()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1", "d 4"});
        const FlameLayout l = FlameLayout::compute(*p, 0, NodeId(0), 100);
        QCOMPARE(print(*p, l),
                 QStringLiteral("0:total@0.00+100.00 1:a@0.00+60.00 1:d@60.00+40.00 2:b@0.00+30.00 "
                                "2:c@30.00+20.00"));
        QCOMPARE(l.rowCount(), 3);
        QCOMPARE(l.rowBegin(1), 1);
        QCOMPARE(l.rowEnd(1), 3);
        QCOMPARE(l.zoomRootRow(), 0);
    }
    void zoomDrawsAncestorsFullWidthAndOnlyTheSubtree()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1", "d;e 4"});
        const NodeId a = p->findPath({"a"});
        const FlameLayout l = FlameLayout::compute(*p, 0, a, 120);
        QCOMPARE(print(*p, l),
                 QStringLiteral("0:total@0.00+120.00 1:a@0.00+120.00 2:b@0.00+60.00 2:c@60.00+40.00"));
        QCOMPARE(l.zoomRoot(), a);
        QCOMPARE(l.zoomRootRow(), 1);
        // Zooming deeper keeps every ancestor as a full-width row.
        const NodeId e = p->findPath({"d", "e"});
        const FlameLayout deep = FlameLayout::compute(*p, 0, e, 50);
        QCOMPARE(print(*p, deep), QStringLiteral("0:total@0.00+50.00 1:d@0.00+50.00 2:e@0.00+50.00"));
    }
    void nodeRangeIsTheAbsoluteOffset()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1", "d;e 4"});
        const FlameLayout::Range c = FlameLayout::nodeRange(*p, 0, p->findPath({"a", "c"}));
        QCOMPARE(c.start, 3.0);
        QCOMPARE(c.end, 5.0);
        const FlameLayout::Range e = FlameLayout::nodeRange(*p, 0, p->findPath({"d", "e"}));
        QCOMPARE(e.start, 6.0);
        QCOMPARE(e.end, 10.0);
    }
    void viewRangeClipsAndCulls()
    {
        // Show values [2, 7) of 10: b is clipped on the left, e on the right; nothing else changes.
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1", "d;e 4"});
        FlameLayout::Params params;
        params.viewStart = 2;
        params.viewEnd = 7;
        params.width = 50;
        const FlameLayout l = FlameLayout::compute(*p, params);
        QCOMPARE(print(*p, l),
                 QStringLiteral("0:total@0.00+50.00 1:a@0.00+40.00 1:d@40.00+10.00 2:b@0.00+10.00 "
                                "2:c@10.00+20.00 2:e@40.00+10.00"));
        // A view entirely inside c: b and d are culled, not merely clipped.
        params.viewStart = 3.5;
        params.viewEnd = 4.5;
        const FlameLayout inside = FlameLayout::compute(*p, params);
        QCOMPARE(print(*p, inside),
                 QStringLiteral("0:total@0.00+50.00 1:a@0.00+50.00 2:c@0.00+50.00"));
    }
    void narrowSiblingsAreMerged()
    {
        // 100 leaves of 1 in 1000 at 100 px: each is 0.1 px, together 10 px.
        const ProfilePtr p = manyLeaves(100, 900);
        const FlameLayout l = FlameLayout::compute(*p, 0, NodeId(0), 100);
        QCOMPARE(print(*p, l),
                 QStringLiteral("0:total@0.00+100.00 1:heavy@0.00+90.00 1:wide@90.00+10.00 "
                                "2:[100 from leaf000000]@90.00+10.00"));
        QVERIFY(l.isMerged(3));
        QCOMPARE(l.nodeAt(95, 2), NodeId()); // a merged box is not one node
        QCOMPARE(l.indexAt(95, 2), 3);
    }
    void tooNarrowGroupsAreCulled()
    {
        const ProfilePtr p = fromCollapsed({"a;b 1", "a;c 1", "z 9998"});
        const FlameLayout l = FlameLayout::compute(*p, 0, NodeId(0), 100);
        // a is 0.02 px: culled with its subtree; z is drawn.
        QCOMPARE(print(*p, l), QStringLiteral("0:total@0.00+100.00 1:z@0.02+99.98"));
        // A larger minimum width culls what a 1 px minimum keeps.
        const ProfilePtr q = fromCollapsed({"a 3", "b 97"});
        QCOMPARE(print(*q, FlameLayout::compute(*q, 0, NodeId(0), 100, 5.0)),
                 QStringLiteral("0:total@0.00+100.00 1:b@3.00+97.00"));
        QCOMPARE(FlameLayout::compute(*q, 0, NodeId(0), 100, 1.0).size(), 3);
    }
    void costFollowsWhatIsVisible()
    {
        // 200,000 leaves at 1,000 px: a handful of boxes, not 200,000.
        const ProfilePtr p = manyLeaves(200000, 200000);
        const FlameLayout l = FlameLayout::compute(*p, 0, NodeId(0), 1000);
        QCOMPARE(l.size(), 4);
        // Zoomed into "wide" at 1,000 px: the leaves are 0.005 px, still one merged box.
        const FlameLayout z = FlameLayout::compute(*p, 0, p->findPath({"wide"}), 1000);
        QCOMPARE(z.size(), 3);
        QCOMPARE(z.mergedCount(2), 200000u);
    }
    void maxRowsStopsDescent()
    {
        const ProfilePtr p = fromCollapsed({"a;b;c;d;e 1"});
        FlameLayout::Params params;
        params.width = 10;
        QCOMPARE(FlameLayout::compute(*p, params).rowCount(), 6);
        params.maxRows = 3;
        const FlameLayout l = FlameLayout::compute(*p, params);
        QCOMPARE(l.rowCount(), 3);
        QCOMPARE(l.size(), 3);
    }
    void hitTestingByBinarySearch()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1", "d 4"});
        const FlameLayout l = FlameLayout::compute(*p, 0, NodeId(0), 100);
        const NodeId a = p->findPath({"a"}), b = p->findPath({"a", "b"}), c = p->findPath({"a", "c"}),
                     d = p->findPath({"d"});
        QCOMPARE(l.nodeAt(0, 0), NodeId(0));
        QCOMPARE(l.nodeAt(59.9, 1), a);
        QCOMPARE(l.nodeAt(60, 1), d);
        QCOMPARE(l.nodeAt(99.99, 1), d);
        QCOMPARE(l.nodeAt(100, 1), NodeId());
        QCOMPARE(l.nodeAt(-1, 1), NodeId());
        QCOMPARE(l.nodeAt(29.5, 2), b);
        QCOMPARE(l.nodeAt(30, 2), c);
        QCOMPARE(l.nodeAt(55, 2), NodeId()); // a's self: no child there
        QCOMPARE(l.nodeAt(5, 3), NodeId()); // below the deepest row
        QCOMPARE(l.indexOf(c, 2), 4);
        QCOMPARE(l.indexOf(d, 1), 2);
        QCOMPARE(l.indexOf(d, 2), -1);
    }
    void emptyInputsGiveEmptyLayouts()
    {
        const ProfilePtr p = fromCollapsed({"a 0"});
        QVERIFY(FlameLayout::compute(*p, 0, NodeId(0), 100).isEmpty());
        const ProfilePtr q = fromCollapsed({"a 1"});
        QVERIFY(FlameLayout::compute(*q, 0, NodeId(0), 0).isEmpty());
        QVERIFY(FlameLayout::compute(*q, 3, NodeId(0), 100).isEmpty());
        QCOMPARE(FlameLayout::compute(*q, 0, NodeId(0), 100).size(), 2);
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameLayout)
#include "tst_flamelayout.moc"
