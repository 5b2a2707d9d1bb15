#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/functiontable.h"
#include "model/progress.h"

#include <QTest>

using namespace testing;

namespace {
class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};

QString row(const Profile &p, const FunctionStats &s)
{
    return qName(p, s.name) + u' ' + QString::number(s.self) + u'/' + QString::number(s.total);
}

QStringList rows(const Profile &p, const FunctionTable &t)
{
    QStringList out;
    for (const FunctionStats &s : t.rows())
        out << row(p, s);
    return out;
}
} // namespace

class tst_FunctionTable : public QObject
{
    Q_OBJECT
private slots:
    void selfAndTotalSummedByName()
    {
        const ProfilePtr p = fromCollapsed({"main;a;c 3", "main;b;c 2", "main 1", "other;a 4"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QCOMPARE(t.profileTotal(), 10);
        QCOMPARE(rows(*p, t),
                 QStringList({"c 5/5", "a 4/7", "main 1/6", "b 0/2", "other 0/4"}));
    }
    void directRecursionCountedOncePerStack()
    {
        const ProfilePtr p = fromCollapsed({"f;f;f 3", "f 1"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        const FunctionStats *f = t.find(nameId(*p, "f"));
        QVERIFY(f);
        QCOMPARE(f->self, 4);
        QCOMPARE(f->total, 4);
    }
    void indirectRecursionCountedOncePerStack()
    {
        // a -> b -> a -> b: each total once per stack, siblings still add.
        const ProfilePtr p = fromCollapsed({"a;b;a;b 2", "a;b;a 1", "c;b 5"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QCOMPARE(t.find(nameId(*p, "a"))->total, 3);
        QCOMPARE(t.find(nameId(*p, "a"))->self, 1);
        QCOMPARE(t.find(nameId(*p, "b"))->total, 8);
        QCOMPARE(t.find(nameId(*p, "b"))->self, 7);
        QCOMPARE(t.find(nameId(*p, "c"))->total, 5);
    }
    void recursionAfterLeavingTheFunctionCountsAgain()
    {
        // The path stack must drop names when the walk goes back up.
        const ProfilePtr p = fromCollapsed({"x;f;g 1", "y;g;f 2"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QCOMPARE(t.find(nameId(*p, "f"))->total, 3);
        QCOMPARE(t.find(nameId(*p, "g"))->total, 3);
    }
    void sortedBySelfThenName()
    {
        const ProfilePtr p = fromCollapsed({"zeta 2", "alpha 2", "mid 7", "beta 1"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QCOMPARE(rows(*p, t), QStringList({"mid 7/7", "alpha 2/2", "zeta 2/2", "beta 1/1"}));
    }
    void secondSampleType()
    {
        const ProfilePtr p = fromCollapsed({"a;b 1 10", "a 2 30"}, {{"samples", "count"}, {"cpu", "nanoseconds"}});
        const FunctionTable t = FunctionTable::compute(*p, 1);
        QCOMPARE(t.sampleType(), 1);
        QCOMPARE(t.profileTotal(), 40);
        QCOMPARE(rows(*p, t), QStringList({"a 30/40", "b 10/10"}));
    }
    void functionsWithoutCostInTheTypeAreNoRows()
    {
        // perf's cpuidle only in the cycles column, memcpy only in page-faults.
        const ProfilePtr p = fromCollapsed({"main;work 5 0", "main;cpuidle 3 0", "main;memcpy 0 7"},
                                           {{"cycles", "count"}, {"page-faults", "count"}});
        QCOMPARE(rows(*p, FunctionTable::compute(*p, 0)), QStringList({"work 5/5", "cpuidle 3/3", "main 0/8"}));
        const FunctionTable faults = FunctionTable::compute(*p, 1);
        QCOMPARE(rows(*p, faults), QStringList({"memcpy 7/7", "main 0/7"}));
        QVERIFY(!faults.find(nameId(*p, "work")));
    }
    void findUnknownName()
    {
        const ProfilePtr p = fromCollapsed({"a 1"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QVERIFY(!t.find(NameId()));
        QVERIFY(!t.find(NameId(1000)));
        // The root's name ("total") has no row of its own.
        QVERIFY(!t.find(p->tree().name(CallTree::root())));
        QCOMPARE(t.rows().size(), size_t(1));
    }
    void functionNamedLikeTheRoot()
    {
        const ProfilePtr p = fromCollapsed({"total;a 2", "b 1"});
        const FunctionTable t = FunctionTable::compute(*p, 0);
        const FunctionStats *total = t.find(nameId(*p, "total"));
        QVERIFY(total);
        QCOMPARE(total->self, 0);
        QCOMPARE(total->total, 2);
    }
    void deepTreeNeedsNoRecursion()
    {
        // 200,000 frames deep: a recursive walk would overflow the stack.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        std::vector<NameId> stack;
        for (int i = 0; i < 200000; ++i)
            stack.push_back(builder.intern(i % 2 ? "odd" : "even"));
        const qint64 one = 1;
        builder.addStack(stack, std::span<const qint64>(&one, 1));
        const ProfilePtr p = builder.build();
        const FunctionTable t = FunctionTable::compute(*p, 0);
        QCOMPARE(t.find(nameId(*p, "odd"))->total, 1);
        QCOMPARE(t.find(nameId(*p, "odd"))->self, 1);
        QCOMPARE(t.find(nameId(*p, "even"))->self, 0);
    }
    void invalidSampleTypeGivesEmptyTable()
    {
        const ProfilePtr p = fromCollapsed({"a 1"});
        QVERIFY(FunctionTable::compute(*p, 3).rows().empty());
        QVERIFY(FunctionTable::compute(*p, -1).rows().empty());
    }
    void cancelGivesEmptyTable()
    {
        // Cancellation is checked every 2^20 nodes: make a tree that big.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        const qint64 one = 1;
        for (int i = 0; i < (1 << 20) + 10; ++i) {
            const NameId n = builder.intern(std::to_string(i));
            builder.addStack(std::span<const NameId>(&n, 1), std::span<const qint64>(&one, 1));
        }
        const ProfilePtr p = builder.build();
        CancelAtOnce cancel;
        QVERIFY(FunctionTable::compute(*p, 0, cancel).rows().empty());
        QCOMPARE(FunctionTable::compute(*p, 0).rows().size(), size_t((1 << 20) + 10));
    }
};

PYROGRAPH_TEST_MAIN(tst_FunctionTable)
#include "tst_functiontable.moc"
