#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/profilestats.h"

#include <QTest>

using namespace testing;

class tst_ProfileStats : public QObject
{
    Q_OBJECT
private slots:
    void functionCountCountsEachNameOnce()
    {
        // "c" sits under a and under b, "a" under main and under other: 5 names.
        const ProfilePtr p = fromCollapsed({"main;a;c 3", "main;b;c 2", "main 1", "other;a 4"});
        QCOMPARE(ProfileStats::functionCount(*p), 5);
    }

    void recursionCountsOnce()
    {
        const ProfilePtr p = fromCollapsed({"f;f;f;g 1"});
        QCOMPARE(ProfileStats::functionCount(*p), 2);
    }

    void emptyProfileHasNone()
    {
        const ProfilePtr p = fromCollapsed({});
        QCOMPARE(ProfileStats::functionCount(*p), 0);
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileStats)
#include "tst_profilestats.moc"
