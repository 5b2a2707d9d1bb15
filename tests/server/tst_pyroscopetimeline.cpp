#include "tests/support/testregistry.h"

#include "server/pyroscopetimeline.h"

#include <QTest>

namespace {
constexpr qint64 start = 1700000000000;
constexpr qint64 minute = 60000;
constexpr qint64 hour = 60 * minute;
} // namespace

class tst_PyroscopeTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepAsPyroscopeRoundsIt()
    {
        // range / 1500, at least 10 s, rounded to Grafana's nice intervals.
        QCOMPARE(PyroscopeTimeline::step(start, start + minute), 10);
        QCOMPARE(PyroscopeTimeline::step(start, start + hour), 10);                // 2.4 s
        QCOMPARE(PyroscopeTimeline::step(start, start + 6 * hour), 15);            // 14.4 s
        QCOMPARE(PyroscopeTimeline::step(start, start + 24 * hour), 60);           // 57.6 s
        QCOMPARE(PyroscopeTimeline::step(start, start + 7 * 24 * hour), 300);      // 403.2 s
        QCOMPARE(PyroscopeTimeline::step(start, start + 30 * 24 * hour), 1800);    // 28.8 min
        QCOMPARE(PyroscopeTimeline::step(start, start + 5000 * 24 * hour), 86400); // 3.3 d: a day
        QCOMPARE(PyroscopeTimeline::step(start, start + 20000 * 24 * hour),
                 86400 * 7); // 13.3 d: a week
    }

    void zeroFilledAroundAndBetweenPoints()
    {
        // A minute at 10 s: six samples; points at +10 s and +40 s.
        const Timeline t = PyroscopeTimeline::build({{start + 10000, 3}, {start + 40000, 5}}, start,
                                                    start + minute, 10);
        QCOMPARE(t.startTime, start / 1000);
        QCOMPARE(t.durationDelta, 10);
        QCOMPARE(t.samples, (std::vector<qint64>{0, 3, 0, 0, 5, 0}));
    }

    void pointsOutsideTheRangeAreDropped()
    {
        const Timeline t = PyroscopeTimeline::build(
            {{start - 10000, 7}, {start, 1}, {start + minute, 9}}, start, start + minute, 10);
        QCOMPARE(t.samples, (std::vector<qint64>{1, 0, 0, 0, 0, 0}));
        QCOMPARE(PyroscopeTimeline::build({}, start, start + minute, 10).samples,
                 std::vector<qint64>(6, 0));
        QVERIFY(PyroscopeTimeline::build({{start, 1}}, start, start, 10).samples.empty());
    }
};

PYROGRAPH_TEST_MAIN(tst_PyroscopeTimeline)
#include "tst_pyroscopetimeline.moc"
