#include "tests/support/testregistry.h"

#include "model/unitformat.h"

#include <QTest>

class tst_UnitFormat : public QObject
{
    Q_OBJECT
private slots:
    void kindsFromPprofUnits()
    {
        QCOMPARE(UnitFormat::kind("nanoseconds"), UnitFormat::Kind::Time);
        QCOMPARE(UnitFormat::kind("microseconds"), UnitFormat::Kind::Time);
        QCOMPARE(UnitFormat::kind("bytes"), UnitFormat::Kind::Bytes);
        QCOMPARE(UnitFormat::kind("count"), UnitFormat::Kind::Count);
        QCOMPARE(UnitFormat::kind("objects"), UnitFormat::Kind::Count);
    }
    void nanosecondsScaleUp()
    {
        QCOMPARE(UnitFormat::format(850, "nanoseconds"), QStringLiteral("850 ns"));
        QCOMPARE(UnitFormat::format(1230, "nanoseconds"), QStringLiteral("1.23 us"));
        QCOMPARE(UnitFormat::format(12'340'000, "nanoseconds"), QStringLiteral("12.3 ms"));
        QCOMPARE(UnitFormat::format(20'500'000'000, "nanoseconds"), QStringLiteral("20.5 s"));
        QCOMPARE(UnitFormat::format(0, "nanoseconds"), QStringLiteral("0 ns"));
    }
    void otherTimeUnitsScaleFromTheirBase()
    {
        QCOMPARE(UnitFormat::format(1500, "microseconds"), QStringLiteral("1.50 ms"));
        QCOMPARE(UnitFormat::format(2, "seconds"), QStringLiteral("2.00 s"));
    }
    void roundingCarriesIntoTheNextUnit()
    {
        QCOMPARE(UnitFormat::format(999'700'000, "nanoseconds"), QStringLiteral("1.00 s"));
        QCOMPARE(UnitFormat::format(99'970'000, "nanoseconds"), QStringLiteral("100 ms"));
        QCOMPARE(UnitFormat::format(9'999'000, "nanoseconds"), QStringLiteral("10.0 ms"));
    }
    void bytesScaleBy1024()
    {
        QCOMPARE(UnitFormat::format(512, "bytes"), QStringLiteral("512 B"));
        QCOMPARE(UnitFormat::format(1536, "bytes"), QStringLiteral("1.50 KB"));
        QCOMPARE(UnitFormat::format(3 * 1024 * 1024, "bytes"), QStringLiteral("3.00 MB"));
    }
    void countsAreGroupedAndNamed()
    {
        QCOMPARE(UnitFormat::format(1234567, "count"), QStringLiteral("1,234,567"));
        QCOMPARE(UnitFormat::format(7, "objects"), QStringLiteral("7 objects"));
        QCOMPARE(UnitFormat::format(-1234, "samples"), QStringLiteral("-1,234"));
        QCOMPARE(UnitFormat::grouped(999), QStringLiteral("999"));
        QCOMPARE(UnitFormat::grouped(1000), QStringLiteral("1,000"));
    }
    void negativeTimesKeepTheirSign()
    {
        QCOMPARE(UnitFormat::format(-2'000'000, "nanoseconds"), QStringLiteral("-2.00 ms"));
    }
    void percentOfWhole()
    {
        QCOMPARE(UnitFormat::percent(1, 8), QStringLiteral("12.50%"));
        QCOMPARE(UnitFormat::percent(5, 0), QStringLiteral("0%"));
    }
};

PYROGRAPH_TEST_MAIN(tst_UnitFormat)
#include "tst_unitformat.moc"
