#include "tests/support/testregistry.h"

#include "widgets/render/flametooltip.h"

#include "model/diffbuilder.h"
#include "model/profile.h"
#include "tests/model/collapsedtext.h"

#include <QTest>

using testing::fromCollapsed;

namespace {
ProfilePtr diffProfile()
{
    const ProfilePtr before = fromCollapsed({"main;grow 10", "main;shrink 40", "main;same 20", "main;gone 30"});
    const ProfilePtr after = fromCollapsed({"main;grow 30", "main;shrink 20", "main;same 20", "main;fresh 30"});
    return DiffBuilder::build(*before, 0, *after, 0, QStringLiteral("before"), QStringLiteral("after")).profile;
}
} // namespace

class tst_FlameToolTip : public QObject
{
    Q_OBJECT
private slots:
    void valuesInTheProfileUnitWithTheirShares()
    {
        const ProfilePtr p = fromCollapsed({"main;work 1500000", "main 500000", "gc 2000000"},
                                           {{"cpu", "nanoseconds"}});
        QCOMPARE(FlameToolTip::text(*p, p->findPath({"main"}), {}),
                 QStringLiteral("main\nTotal: 2.00 ms (50.00% of all, 50.00% of parent)\n"
                                "Self: 500 us (12.50% of all)"));
        QCOMPARE(FlameToolTip::text(*p, p->findPath({"main", "work"}), {}),
                 QStringLiteral("work\nTotal: 1.50 ms (37.50% of all, 75.00% of parent)\n"
                                "Self: 1.50 ms (37.50% of all)"));
        // The root has no parent to be a share of.
        QCOMPARE(FlameToolTip::text(*p, CallTree::root(), {}).section(u'\n', 1, 1),
                 QStringLiteral("Total: 4.00 ms (100.00% of all)"));
    }

    void theSampleTypeChoosesTheValues()
    {
        const ProfilePtr p = fromCollapsed({"main;work 3 300", "main 1 700"},
                                           {{"samples", "count"}, {"alloc", "bytes"}});
        const NodeId work = p->findPath({"main", "work"});
        QVERIFY(FlameToolTip::text(*p, work, {0, DiffMode::Relative})
                    .contains(QLatin1String("Total: 3 (75.00% of all, 75.00% of parent)")));
        const QString bytes = FlameToolTip::text(*p, work, {1, DiffMode::Relative});
        QVERIFY2(bytes.contains(QLatin1String("(30.00% of all, 30.00% of parent)")), qPrintable(bytes));
        QVERIFY2(!bytes.contains(QLatin1String("Total: 300 (")), qPrintable(bytes)); // in bytes' unit
    }

    void noTextForANodeNotInTheProfile()
    {
        const ProfilePtr p = fromCollapsed({"main 1"});
        QVERIFY(FlameToolTip::text(*p, NodeId(), {}).isEmpty());
        QVERIFY(FlameToolTip::text(*p, NodeId(quint32(p->tree().nodeCount())), {}).isEmpty());
    }

    void aDiffComparesTheTwoSides()
    {
        const ProfilePtr d = diffProfile();
        const NodeId shrink = d->findPath({"main", "shrink"});
        QCOMPARE(FlameToolTip::text(*d, shrink, {0, DiffMode::Relative}),
                 QStringLiteral("shrink (-50.00%)\nBaseline: 40 (40.00% of 100)\nComparison: 20 (20.00% of 100)\n"
                                "Change: -20 (share -20.00 points, -50.00% relative)"));
        QCOMPARE(FlameToolTip::text(*d, shrink, {0, DiffMode::Absolute}).section(u'\n', 3),
                 QStringLiteral("Change: -20 (-50.00%)"));
        const QString same = FlameToolTip::text(*d, d->findPath({"main", "same"}), {});
        QVERIFY2(same.startsWith(QLatin1String("same (0.00%)\n")), qPrintable(same));
        QVERIFY2(same.contains(QLatin1String("Change: 0 (share 0.00 points")), qPrintable(same));
    }

    void aDiffSaysWhatOneSideLacks()
    {
        const ProfilePtr d = diffProfile();
        const QString fresh = FlameToolTip::text(*d, d->findPath({"main", "fresh"}), {});
        QVERIFY2(fresh.startsWith(QLatin1String("fresh (new)\nBaseline: 0 (0.00% of 100)\n")), qPrintable(fresh));
        QVERIFY2(fresh.endsWith(QLatin1String("\nOnly in the comparison: not called in the baseline.")),
                 qPrintable(fresh));
        const QString gone = FlameToolTip::text(*d, d->findPath({"main", "gone"}), {});
        QVERIFY2(gone.startsWith(QLatin1String("gone (removed)\n")), qPrintable(gone));
        QVERIFY2(gone.endsWith(QLatin1String("\nOnly in the baseline: no longer called in the comparison.")),
                 qPrintable(gone));
    }

    void aMergedBoxCountsItsFunctions()
    {
        QCOMPARE(FlameToolTip::mergedText(7),
                 QStringLiteral("7 functions, each too narrow to show; click to zoom in to them"));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameToolTip)
#include "tst_flametooltip.moc"
