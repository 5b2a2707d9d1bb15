#include "tests/support/testregistry.h"

#include "model/profilebuilder.h"

#include "collapsedtext.h"

#include <QTest>

#include <string>

using namespace testing;

class tst_CallTree : public QObject
{
    Q_OBJECT
private slots:
    void totalsFromCollapsedText()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3", "a;c 2", "a 1"});
        QCOMPARE(printTree(*p), QStringLiteral("total 6/0\n  a 6/1\n    b 3/3\n    c 2/2\n"));
        QCOMPARE(p->total(0), 6);
    }
    void siblingsSortedByNameAndMerged()
    {
        const ProfilePtr p = fromCollapsed({"m;z 1", "m;a 1", "m;z 4", "k 2"});
        QCOMPARE(printTree(*p), QStringLiteral("total 8/0\n  k 2/2\n  m 6/0\n    a 1/1\n    z 5/5\n"));
    }
    void subtreeEndAndChildren()
    {
        const ProfilePtr p = fromCollapsed({"a;b;c 1", "a;d 1", "e 1"});
        const CallTree &t = p->tree();
        QCOMPARE(t.nodeCount(), 6);
        QCOMPARE(t.subtreeEnd(NodeId(1)).index, 5u); // a: b, c, d
        QCOMPARE(t.maxDepth(), 3u);
        int children = 0;
        t.forEachChild(NodeId(1), [&](NodeId) { ++children; });
        QCOMPARE(children, 2);
        QCOMPARE(p->findPath({"a", "b", "c"}).index, 3u);
        QVERIFY(!p->findPath({"a", "x"}).isValid());
    }
    void compactionKeepsTotals()
    {
        // Many duplicate stacks: the builder merges them as its buffer grows.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}, {"cpu", "nanoseconds"}});
        const NameId a = builder.intern("a"), b = builder.intern("b");
        const NameId stack[] = {a, b};
        for (int i = 0; i < 200000; ++i) {
            const qint64 v[] = {1, 10};
            builder.addStack(std::span<const NameId>(stack, 1 + (i % 2)), v);
        }
        const ProfilePtr p = builder.build();
        QCOMPARE(p->tree().nodeCount(), 3);
        QCOMPARE(p->total(0), 200000);
        QCOMPARE(p->total(1), 2000000);
        QCOMPARE(p->tree().self(NodeId(1), 0), 100000);
        QCOMPARE(p->defaultSampleType(), 1);
    }
};

PYROGRAPH_TEST_MAIN(tst_CallTree)
#include "tst_calltree.moc"
