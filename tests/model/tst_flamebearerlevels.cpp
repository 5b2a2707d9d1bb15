#include "tests/support/testregistry.h"

#include "model/diffbuilder.h"
#include "model/flamebearerlevels.h"

#include "collapsedtext.h"

#include <QTest>

namespace {
std::vector<std::string> names(const FlamebearerLevels &levels)
{
    return {levels.names.begin(), levels.names.end()};
}

const int single[] = {0};
} // namespace

class tst_FlamebearerLevels : public QObject
{
    Q_OBJECT
private slots:
    void tinyProfileAsPyroscope()
    {
        // pyroscope-notes.md's example: bar (2) at x=1 after main's self, then
        // foo (3) right after it, delta-encoded (gap 1, then 0).
        const ProfilePtr p = testing::fromCollapsed({"main;foo 3", "main;bar 2", "main 1"});
        const FlamebearerLevels levels = FlamebearerLevels::build(*p, single);
        QCOMPARE(names(levels), (std::vector<std::string>{"total", "main", "bar", "foo"}));
        QCOMPARE(levels.rows,
                 (std::vector<std::vector<qint64>>{
                     {0, 6, 0, 0}, {0, 6, 1, 1}, {1, 2, 2, 2, 0, 3, 3, 3}}));
        QCOMPARE(levels.maxSelf, 3);
        QCOMPARE(levels.ticks, std::vector<qint64>{6});
    }

    void minTotalIsTheNthLargestTotal()
    {
        // Totals below the root: a 10, b 6, a;c 4, a;d 3, e 2, e;f 2, g 1.
        const ProfilePtr p =
            testing::fromCollapsed({"a;c 4", "a;d 3", "a 3", "b 6", "e;f 2", "g 1"});
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 1), 10);
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 3), 4);
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 5), 2);
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 6), 2);
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 7), 0); // 7 nodes: nothing to cut
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, 0), 0);
        QCOMPARE(FlamebearerLevels::minTotalFor(*p, single, -1), 0);
    }

    void smallChildrenFoldIntoOther()
    {
        const ProfilePtr p =
            testing::fromCollapsed({"a;c 4", "a;d 3", "a 3", "b 6", "e;f 2", "g 1"});
        // minTotal 4 keeps a (10), b (6) and a;c (4); d goes to "other" under
        // a, e and g (2 + 1) to one "other" under the root, after b.
        const FlamebearerLevels levels = FlamebearerLevels::build(*p, single, 4);
        QCOMPARE(names(levels), (std::vector<std::string>{"total", "a", "c", "other", "b"}));
        // Row 1: a@0 (10, self 3), b@10 (6), other@16 (3). Row 2: c@3 (4), other@7 (3).
        QCOMPARE(levels.rows,
                 (std::vector<std::vector<qint64>>{{0, 19, 0, 0},
                                                   {0, 10, 3, 1, 0, 6, 6, 4, 0, 3, 3, 3},
                                                   {3, 4, 4, 2, 0, 3, 3, 3}}));
        QCOMPARE(levels.maxSelf, 6);
        QCOMPARE(levels.ticks, std::vector<qint64>{19});
    }

    void aNodeNamedOtherIsAlwaysFolded()
    {
        const ProfilePtr p = testing::fromCollapsed({"other;x 5", "y 1"});
        const FlamebearerLevels levels = FlamebearerLevels::build(*p, single);
        QCOMPARE(names(levels), (std::vector<std::string>{"total", "y", "other"}));
        QCOMPARE(levels.rows,
                 (std::vector<std::vector<qint64>>{{0, 6, 0, 0}, {0, 1, 1, 1, 0, 5, 5, 2}}));
    }

    void emptyProfileDrawsTheRoot()
    {
        const ProfilePtr p = testing::fromCollapsed({});
        const FlamebearerLevels levels = FlamebearerLevels::build(*p, single);
        QCOMPARE(names(levels), std::vector<std::string>{"total"});
        QCOMPARE(levels.rows, (std::vector<std::vector<qint64>>{{0, 0, 0, 0}}));
    }

    void diffHasSevenIntsANode()
    {
        // pyroscope-notes.md's double example: left main;foo 3, main;bar 2,
        // main 1; right main;foo 1, main;bar 2, main;baz 3.
        const ProfilePtr left = testing::fromCollapsed({"main;foo 3", "main;bar 2", "main 1"});
        const ProfilePtr right = testing::fromCollapsed({"main;foo 1", "main;bar 2", "main;baz 3"});
        const DiffResult diff = DiffBuilder::build(*left, 0, *right, 0);
        QVERIFY(diff.ok());
        const int columns[] = {diff.profile->diffBaseline(), diff.profile->diffComparison()};
        const FlamebearerLevels levels = FlamebearerLevels::build(*diff.profile, columns);
        QCOMPARE(names(levels), (std::vector<std::string>{"total", "main", "bar", "baz", "foo"}));
        QCOMPARE(levels.rows[2], (std::vector<qint64>{1, 2, 2, 0, 2, 2, 2, 0, 0, 0, 0,
                                                      3, 3, 3, 0, 3, 3, 0, 1, 1, 4}));
        QCOMPARE(levels.ticks, (std::vector<qint64>{6, 6}));
        // The cut weighs a node by its larger side, the root counted: 6 6 3 3 2,
        // so baz (0 | 3) stays at 3.
        const qint64 cut = FlamebearerLevels::minTotalFor(*diff.profile, columns, 3);
        QCOMPARE(cut, 3);
        QCOMPARE(FlamebearerLevels::minTotalFor(*diff.profile, columns, 2), 6);
        const FlamebearerLevels truncated = FlamebearerLevels::build(*diff.profile, columns, cut);
        QCOMPARE(names(truncated),
                 (std::vector<std::string>{"total", "main", "baz", "foo", "other"}));
        QCOMPARE(truncated.rows[2], (std::vector<qint64>{1, 0, 0, 0, 3, 3, 2, 0, 3, 3, 0,
                                                         1, 1, 3, 0, 2, 2, 0, 2, 2, 4}));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlamebearerLevels)
#include "tst_flamebearerlevels.moc"
