#include "tests/support/testregistry.h"

#include "widgets/render/flamenavigator.h"

#include "model/flamelayout.h"
#include "model/profile.h"
#include "tests/model/collapsedtext.h"

#include <QTest>

using testing::fromCollapsed;

namespace {
// idle 50 and main 50 under the root; main;serve with parse 30 and write 20.
ProfilePtr serverProfile()
{
    return fromCollapsed({"main;serve;parse 30", "main;serve;write 20", "idle 50"});
}
} // namespace

class tst_FlameNavigator : public QObject
{
    Q_OBJECT
private slots:
    void upAndDownTheTree()
    {
        const ProfilePtr p = serverProfile();
        const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 800);
        const FlameNavigator nav(p->tree(), layout, 0);
        const NodeId root = CallTree::root(), main = p->findPath({"main"}), serve = p->findPath({"main", "serve"}),
                     parse = p->findPath({"main", "serve", "parse"}), idle = p->findPath({"idle"});
        QCOMPARE(nav.parent(serve), main);
        QCOMPARE(nav.parent(root), root); // nowhere to go: stays
        QCOMPARE(nav.widestChild(serve), parse); // 30 beats write's 20
        QCOMPARE(nav.widestChild(root), idle); // a tie: the first
        QCOMPARE(nav.widestChild(parse), parse); // a leaf: stays
    }

    void theWidestChildIsOneTheLayoutDraws()
    {
        // idle is wider than main, but zoomed into main it is not drawn.
        const ProfilePtr p = fromCollapsed({"main;serve 40", "idle 60"});
        const NodeId main = p->findPath({"main"}), idle = p->findPath({"idle"});
        const FlameLayout all = FlameLayout::compute(*p, 0, CallTree::root(), 800);
        QCOMPARE(FlameNavigator(p->tree(), all, 0).widestChild(CallTree::root()), idle);
        const FlameLayout zoomed = FlameLayout::compute(*p, 0, main, 800);
        QCOMPARE(FlameNavigator(p->tree(), zoomed, 0).widestChild(CallTree::root()), main);
    }

    void theSampleTypeRanksTheChildren()
    {
        const ProfilePtr p = fromCollapsed({"a 10 1", "b 5 9"}, {{"samples", "count"}, {"alloc", "bytes"}});
        const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 800);
        QCOMPARE(FlameNavigator(p->tree(), layout, 0).widestChild(CallTree::root()), p->findPath({"a"}));
        QCOMPARE(FlameNavigator(p->tree(), layout, 1).widestChild(CallTree::root()), p->findPath({"b"}));
    }

    void alongTheRowPastMergedBoxes()
    {
        // At 102 pixels the four 1-sample functions are half a pixel each:
        // drawn as one merged box between a and z (siblings in name order).
        const ProfilePtr p = fromCollapsed(
            {"main;a 100", "main;m1 1", "main;m2 1", "main;m3 1", "main;m4 1", "main;z 100"});
        const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 102);
        const NodeId a = p->findPath({"main", "a"}), z = p->findPath({"main", "z"});
        QCOMPARE(layout.rowEnd(2) - layout.rowBegin(2), qsizetype(3));
        QVERIFY(layout.isMerged(layout.rowBegin(2) + 1));
        const FlameNavigator nav(p->tree(), layout, 0);
        QCOMPARE(nav.neighbour(a, 1), z);
        QCOMPARE(nav.neighbour(z, -1), a);
        QCOMPARE(nav.neighbour(z, 1), z); // the last in its row: stays
        QCOMPARE(nav.neighbour(a, -1), a);
        // A node the layout does not draw has no neighbours.
        const NodeId m2 = p->findPath({"main", "m2"});
        QCOMPARE(nav.neighbour(m2, 1), m2);
    }

    void arrowKeysByOrientation()
    {
        const ProfilePtr p = serverProfile();
        const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 800);
        const FlameNavigator nav(p->tree(), layout, 0);
        const NodeId main = p->findPath({"main"}), serve = p->findPath({"main", "serve"}),
                     parse = p->findPath({"main", "serve", "parse"}), write = p->findPath({"main", "serve", "write"});
        // Nothing selected: any arrow selects the zoom root.
        for (Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right})
            QCOMPARE(nav.afterKey(key, NodeId(), serve, true), serve);
        // Flame (root at the bottom): up is a child, down the parent.
        QCOMPARE(nav.afterKey(Qt::Key_Up, serve, main, true), parse);
        QCOMPARE(nav.afterKey(Qt::Key_Down, serve, main, true), main);
        // Icicle (root at the top): the other way round.
        QCOMPARE(nav.afterKey(Qt::Key_Up, serve, main, false), main);
        QCOMPARE(nav.afterKey(Qt::Key_Down, serve, main, false), parse);
        QCOMPARE(nav.afterKey(Qt::Key_Right, parse, main, true), write);
        QCOMPARE(nav.afterKey(Qt::Key_Left, write, main, false), parse);
        QCOMPARE(nav.afterKey(Qt::Key_Home, write, main, true), write);
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameNavigator)
#include "tst_flamenavigator.moc"
