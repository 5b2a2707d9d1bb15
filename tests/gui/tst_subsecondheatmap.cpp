#include "tests/support/testregistry.h"

#include "app/gui/subsecondheatmap.h"
#include "app/gui/timelinewindow.h"

#include "library/filetimelinesource.h"
#include "model/progress.h"
#include "widgets/diffview.h"
#include "widgets/profileview.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

// FlameScope's heatmap of a perf script file in the timeline window.
class tst_SubsecondHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDraggedSecondMergesThatSecondsSamples()
    {
        QString error;
        std::shared_ptr<FileTimelineSource> source = FileTimelineSource::open(
            QStringLiteral(PYROGRAPH_CORPUS_DIR
                           "/perf-script/flamegraph-example-perf-stacks.txt.gz"),
            Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        TimelineWindow window(source, FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SubsecondHeatmap *heatmap = window.heatmap();
        QVERIFY(heatmap);
        window.showHeatmap(true);
        QVERIFY(QTest::qWaitFor([&] { return !window.isBusy() && heatmap->grid().columns() > 0; },
                                20000));

        // Every sample is in one cell.
        const SubsecondGrid &grid = heatmap->grid();
        QCOMPARE(grid.columns(), 10);
        qint64 all = 0, third = 0;
        for (int c = 0; c < grid.columns(); ++c)
            for (int r = 0; r < grid.rows(); ++r)
                all += grid.count(c, r);
        for (int r = 0; r < grid.rows(); ++r)
            third += grid.count(2, r);
        QCOMPARE(all, qint64(source->profile()->metadata().sampleTimes.timeNanos.size()));

        // Dragging down the third column selects its second: exactly its samples.
        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        const QPoint from = heatmap->cellRect(2, 0).center(),
                     to = heatmap->cellRect(2, grid.rows() - 1).center();
        QTest::mousePress(heatmap, Qt::LeftButton, {}, from);
        QTest::mouseMove(heatmap, to);
        QTest::mouseRelease(heatmap, Qt::LeftButton, {}, to);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() > 0 && !window.isBusy(); }, 20000));
        const std::optional<TimeRange> range =
            window.chart()->range(TimelineChart::Which::Baseline);
        QVERIFY(range);
        const qint64 second = grid.originNanos() / 1000000 + 2000;
        QCOMPARE(range->startMs, second);
        QCOMPARE(range->endMs, second + 999);
        QCOMPARE(window.profileView()->profile()->total(0), third);
        // The timeline's point for that second says the same.
        const auto series = source->series(source->profileTypes(*source->span()).front(), {},
                                           *range, 1000, {}, &error);
        QCOMPARE(qint64(series->front().points.front().value), third);
    }

    void twoRectanglesCompare()
    {
        QString error;
        std::shared_ptr<FileTimelineSource> source = FileTimelineSource::open(
            QStringLiteral(PYROGRAPH_CORPUS_DIR
                           "/perf-script/flamegraph-example-perf-stacks.txt.gz"),
            Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        TimelineWindow window(source, FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showHeatmap(true);
        SubsecondHeatmap *heatmap = window.heatmap();
        QVERIFY(QTest::qWaitFor([&] { return !window.isBusy() && heatmap->grid().columns() > 0; },
                                20000));
        const SubsecondGrid &grid = heatmap->grid();
        for (QCheckBox *box : window.findChildren<QCheckBox *>())
            if (box->text() == QStringLiteral("Compare two ranges"))
                box->setChecked(true);
        // Baseline: the first half of second 1; comparison: rows 10 to 39 of second 5.
        auto cells = [&](int column, int first, int last) {
            qint64 n = 0;
            for (int r = first; r <= last; ++r)
                n += grid.count(column, r);
            return n;
        };
        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        auto drag = [&](int column, int first, int last) {
            QTest::mousePress(heatmap, Qt::LeftButton, {},
                              heatmap->cellRect(column, first).center());
            QTest::mouseMove(heatmap, heatmap->cellRect(column, last).center());
            QTest::mouseRelease(heatmap, Qt::LeftButton, {},
                                heatmap->cellRect(column, last).center());
        };
        drag(1, 0, 24);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        drag(5, 10, 39);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 2 && !window.isBusy(); }, 20000));
        const ProfilePtr diff = window.diffView()->profile();
        QVERIFY(diff && diff->isDiff());
        QCOMPARE(diff->total(diff->diffBaseline()), cells(1, 0, 24));
        QCOMPARE(diff->total(diff->diffComparison()), cells(5, 10, 39));
    }
};

PYROGRAPH_TEST_MAIN(tst_SubsecondHeatmap)
#include "tst_subsecondheatmap.moc"
