#include "tests/support/testregistry.h"

#include "server/pyroscopetime.h"

#include <QTest>

#include <limits>

namespace {
constexpr qint64 kNow = 1'700'000'000'000; // 2023-11-14T22:13:20Z
}

class tst_PyroscopeTime : public QObject
{
    Q_OBJECT
private slots:
    void unixTimeByNumberOfDigits()
    {
        QCOMPARE(PyroscopeTime::parseMs("1700000000", kNow), std::optional<qint64>(1'700'000'000'000));
        QCOMPARE(PyroscopeTime::parseMs("1700000000123", kNow), std::optional<qint64>(1'700'000'000'123));
        QCOMPARE(PyroscopeTime::parseMs("1700000000123456", kNow), std::optional<qint64>(1'700'000'000'123));
        QCOMPARE(PyroscopeTime::parseMs("1700000000123456789", kNow), std::optional<qint64>(1'700'000'000'123));
        QCOMPARE(PyroscopeTime::parseMs("0", kNow), std::optional<qint64>(0));
    }
    void eightDigitsAreADate()
    {
        QCOMPARE(PyroscopeTime::parseMs("20231114", kNow), std::optional<qint64>(1'699'920'000'000));
        // not a date: seconds
        QCOMPARE(PyroscopeTime::parseMs("99999999", kNow), std::optional<qint64>(99'999'999'000));
    }
    void nowWithOffsets()
    {
        QCOMPARE(PyroscopeTime::parseMs("now", kNow), std::optional<qint64>(kNow));
        QCOMPARE(PyroscopeTime::parseMs(" now-1h ", kNow), std::optional<qint64>(kNow - 3'600'000));
        QCOMPARE(PyroscopeTime::parseMs("now-15m", kNow), std::optional<qint64>(kNow - 900'000));
        QCOMPARE(PyroscopeTime::parseMs("now-15min", kNow), std::optional<qint64>(kNow - 900'000));
        QCOMPARE(PyroscopeTime::parseMs("now-1M", kNow), std::optional<qint64>(kNow - 30LL * 86'400'000));
        QCOMPARE(PyroscopeTime::parseMs("now-2w", kNow), std::optional<qint64>(kNow - 14LL * 86'400'000));
        QCOMPARE(PyroscopeTime::parseMs("now+30s", kNow), std::optional<qint64>(kNow + 30'000));
        QCOMPARE(PyroscopeTime::parseMs("now-3h30m", kNow), std::optional<qint64>(kNow - 12'600'000));
        QCOMPARE(PyroscopeTime::parseMs("now-1y", kNow), std::optional<qint64>(kNow - 365LL * 86'400'000));
    }
    void rfc3339IsAcceptedToo()
    {
        QCOMPARE(PyroscopeTime::parseMs("2023-11-14T22:13:20Z", kNow), std::optional<qint64>(kNow));
    }
    void garbageIsRefused()
    {
        QVERIFY(!PyroscopeTime::parseMs("", kNow));
        QVERIFY(!PyroscopeTime::parseMs("yesterday", kNow));
        QVERIFY(!PyroscopeTime::parseMs("now-", kNow));
        QVERIFY(!PyroscopeTime::parseMs("now-1", kNow));
        QVERIFY(!PyroscopeTime::parseMs("now-1x", kNow));
        QVERIFY(!PyroscopeTime::parseMs("now*2", kNow));
        QVERIFY(!PyroscopeTime::parseMs("-5", kNow));
        QVERIFY(!PyroscopeTime::parseMs("99999999999999999999999", kNow));
        QVERIFY(!PyroscopeTime::parseMs("now-99999999999999999y", kNow));
        // Each term fits, their sum would not (found by fuzz_pyroscopetime).
        QVERIFY(!PyroscopeTime::parseMs("now-200000000y200000000y", kNow));
        // The offset fits, now plus it would not.
        QVERIFY(!PyroscopeTime::parseMs("now+292000000y", std::numeric_limits<qint64>::max() - 10));
    }
};

PYROGRAPH_TEST_MAIN(tst_PyroscopeTime)
#include "tst_pyroscopetime.moc"
