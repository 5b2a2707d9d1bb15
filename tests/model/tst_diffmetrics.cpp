#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/diffbuilder.h"
#include "model/diffmetrics.h"

#include <QTest>

using namespace testing;

class tst_DiffMetrics : public QObject
{
    Q_OBJECT
private slots:
    void pyroscopeFormula()
    {
        // Shares of each side's own total, rounded to 0.01 %, relative change of the shares.
        QCOMPARE(DiffMetrics::changePercent(10, 100, 15, 100), 50.0);
        QCOMPARE(DiffMetrics::changePercent(20, 100, 10, 100), -50.0);
        QCOMPARE(DiffMetrics::changePercent(10, 100, 30, 100), 100.0); // +200 % clamped
        QCOMPARE(DiffMetrics::changePercent(0, 100, 5, 100), 100.0); // new
        QCOMPARE(DiffMetrics::changePercent(5, 100, 0, 100), -100.0); // removed
        QCOMPARE(DiffMetrics::changePercent(7, 100, 7, 100), 0.0);
        // 1/3 = 33.33 %, 2/5 = 40 %: (40 - 33.33) / 33.33
        QCOMPARE(DiffMetrics::changePercent(1, 3, 2, 5), (40.0 - 33.33) / 33.33 * 100.0);
        // Rounded shares that agree are no change (1/30001 and 1/30002 both 0 %).
        QCOMPARE(DiffMetrics::changePercent(1, 30001, 1, 30002), 0.0);
    }
    void relativeAgainstAbsolute()
    {
        // Twice the samples on both sides: relative sees no change, absolute +100 %.
        QCOMPARE(DiffMetrics::changePercent(10, 100, 20, 200, DiffMode::Relative), 0.0);
        QCOMPARE(DiffMetrics::changePercent(10, 100, 20, 200, DiffMode::Absolute), 100.0);
        QCOMPARE(DiffMetrics::changePercent(40, 100, 30, 200, DiffMode::Absolute), -25.0);
        QCOMPARE(DiffMetrics::changePercent(40, 100, 30, 200, DiffMode::Relative), -62.5);
        QCOMPARE(DiffMetrics::changePercent(0, 100, 3, 200, DiffMode::Absolute), 100.0);
    }
    void presence()
    {
        QCOMPARE(DiffMetrics::presence(1, 2), DiffMetrics::Presence::Both);
        QCOMPARE(DiffMetrics::presence(0, 2), DiffMetrics::Presence::New);
        QCOMPARE(DiffMetrics::presence(3, 0), DiffMetrics::Presence::Removed);
        QCOMPARE(DiffMetrics::presence(0, 0), DiffMetrics::Presence::Neither);
    }
    void perNodeOfADiffProfile()
    {
        const ProfilePtr a = fromCollapsed({"main;a 10", "main;b 30"});
        const ProfilePtr b = fromCollapsed({"main;a 40", "main;c 40"});
        const ProfilePtr d = DiffBuilder::build(*a, 0, *b, 0).profile;
        const DiffMetrics m(*d);
        QVERIFY(m.isValid());
        QCOMPARE(m.baselineTotal(), 40);
        QCOMPARE(m.comparisonTotal(), 80);
        const NodeId na = d->findPath({"main", "a"}), nb = d->findPath({"main", "b"}), nc = d->findPath({"main", "c"});
        QCOMPARE(m.baselineShare(na), 25.0);
        QCOMPARE(m.comparisonShare(na), 50.0);
        QCOMPARE(m.change(na), 100.0);
        QCOMPARE(m.presence(nb), DiffMetrics::Presence::Removed);
        QCOMPARE(m.change(nb), -100.0);
        QCOMPARE(m.presence(nc), DiffMetrics::Presence::New);
        QCOMPARE(m.change(nc), 100.0);
        QCOMPARE(m.change(CallTree::root()), 0.0);
        const DiffMetrics absolute(*d, DiffMode::Absolute);
        QCOMPARE(absolute.change(CallTree::root()), 100.0);
        QCOMPARE(absolute.change(na), 100.0);
    }
    void selfDiffIsZeroEverywhere()
    {
        const ProfilePtr a = fromCollapsed({"main;a;x 3", "main;b 7", "idle 11", "main;a 2"});
        const ProfilePtr d = DiffBuilder::build(*a, 0, *a, 0).profile;
        for (DiffMode mode : {DiffMode::Relative, DiffMode::Absolute}) {
            const DiffMetrics m(*d, mode);
            for (quint32 n = 0; n < quint32(d->tree().nodeCount()); ++n)
                QCOMPARE(m.change(NodeId(n)), 0.0);
        }
    }
    void swappingSidesFlipsTheSign()
    {
        const ProfilePtr a = fromCollapsed({"main;a 10", "main;b 30", "x 5"});
        const ProfilePtr b = fromCollapsed({"main;a 40", "main;c 40", "x 5"});
        const ProfilePtr ab = DiffBuilder::build(*a, 0, *b, 0).profile, ba = DiffBuilder::build(*b, 0, *a, 0).profile;
        const DiffMetrics mab(*ab), mba(*ba);
        int changed = 0;
        for (quint32 n = 0; n < quint32(ab->tree().nodeCount()); ++n) {
            const double x = mab.change(NodeId(n)), y = mba.change(NodeId(n));
            QCOMPARE(x > 0, y < 0);
            QCOMPARE(x == 0, y == 0);
            changed += x != 0;
        }
        QVERIFY(changed >= 4);
    }
    void widthIsTheSumOfBothSides()
    {
        const ProfilePtr d = DiffBuilder::build(*fromCollapsed({"main;a 10"}), 0, *fromCollapsed({"main;b 5"}), 0).profile;
        const std::vector<qint64> w = DiffMetrics::widthColumn(*d);
        QCOMPARE(w.size(), size_t(d->tree().nodeCount()));
        QCOMPARE(w[0], 15);
        QCOMPARE(w[d->findPath({"main", "a"}).index], 10);
        QCOMPARE(w[d->findPath({"main", "b"}).index], 5);
        QVERIFY(DiffMetrics::widthColumn(*fromCollapsed({"main 1"})).empty());
    }
    void notADiff()
    {
        const ProfilePtr p = fromCollapsed({"main 1"});
        const DiffMetrics m(*p);
        QVERIFY(!m.isValid());
        QCOMPARE(m.baseline(CallTree::root()), 0);
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffMetrics)
#include "tst_diffmetrics.moc"
