#include "tests/support/testregistry.h"

#include "model/subsecondgrid.h"

#include <QTest>

// FlameScope's subsecond heatmap over sample times.
class tst_SubsecondGrid : public QObject
{
    Q_OBJECT

private slots:
    void countsPerSecondAndSlice()
    {
        SampleTimes times;
        // 10.000 s, 10.010 s, 10.990 s, 12.500 s (two in 12.500)
        for (qint64 ms : {10000, 10010, 10990, 12500, 12500}) {
            times.timeNanos.push_back(ms * 1000000);
            times.weights.push_back(1);
        }
        const SubsecondGrid grid = SubsecondGrid::compute(times, 0, 50); // 20 ms rows
        QCOMPARE(grid.columns(), 3);
        QCOMPARE(grid.rows(), 50);
        QCOMPARE(grid.originNanos(), qint64(10) * 1000000000);
        QCOMPARE(grid.count(0, 0), qint64(2));
        QCOMPARE(grid.count(0, 49), qint64(1));
        QCOMPARE(grid.count(1, 0), qint64(0));
        QCOMPARE(grid.count(2, 25), qint64(2));
        QCOMPARE(grid.maxCount(), qint64(2));
        qint64 total = 0;
        for (int c = 0; c < grid.columns(); ++c)
            for (int r = 0; r < grid.rows(); ++r)
                total += grid.count(c, r);
        QCOMPARE(total, qint64(5));
    }

    void offsetMovesTheOrigin()
    {
        SampleTimes times;
        times.timeNanos = {1500000000};
        times.weights = {1};
        const SubsecondGrid grid = SubsecondGrid::compute(times, 250000000, 4); // at 1.75 s
        QCOMPARE(grid.originNanos(), qint64(1000000000));
        QCOMPARE(grid.count(0, 3), qint64(1));
    }

    void spanOfTwoCellsIsContiguousInTime()
    {
        SampleTimes times;
        times.timeNanos = {0, 3000000000};
        times.weights = {1, 1};
        const SubsecondGrid grid = SubsecondGrid::compute(times, 0, 10); // 100 ms rows
        // A whole column: one second.
        QCOMPARE(grid.span(1, 0, 1, 9), (std::pair<qint64, qint64>{1000000000, 2000000000}));
        // From the bottom of column 1 to the top of column 2, dragged backwards.
        QCOMPARE(grid.span(2, 0, 1, 9), (std::pair<qint64, qint64>{1900000000, 2100000000}));
    }
};

PYROGRAPH_TEST_MAIN(tst_SubsecondGrid)
#include "tst_subsecondgrid.moc"
