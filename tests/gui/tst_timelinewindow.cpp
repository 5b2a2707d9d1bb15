#include "tests/support/testregistry.h"

#include "app/gui/mainwindow.h"
#include "app/gui/pushreceiver.h"
#include "app/gui/timelinewindow.h"

#include "library/library.h"
#include "library/librarytimelinesource.h"
#include "model/diffbuilder.h"
#include "model/functiontable.h"
#include "model/jobtracker.h"
#include "model/profilebuilder.h"
#include "server/servertimelinesource.h"
#include "tests/server/servertestutil.h"
#include "widgets/diffview.h"
#include "widgets/profileview.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWheelEvent>
#include <QXYSeries>

#include <httplib.h>

#include <atomic>

namespace {
const ProfileTypeId cpu{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
const qint64 t0 = 1699999980000; // 2023-11-14T22:13:00Z, on a whole minute
constexpr qint64 minute = 60000;

ProfilePtr profileOf(const std::vector<std::pair<std::string, qint64>> &stacks)
{
    ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
    for (const auto &[stack, value] : stacks) {
        std::vector<std::string> names;
        for (const QString &part : QString::fromStdString(stack).split(u';'))
            names.push_back(part.toStdString());
        const std::vector<std::string_view> views(names.begin(), names.end());
        const qint64 values[] = {value};
        builder.addStack(views, values);
    }
    return builder.build();
}

bool add(Library &library, const std::string &region, qint64 at,
         std::vector<std::pair<std::string, qint64>> stacks)
{
    ProfileRecord record;
    record.labels = {{"region", region}, {"service_name", "app"}};
    record.startMs = at;
    record.endMs = at + 5000;
    record.source = "test";
    record.profile = profileOf(stacks);
    record.types = {cpu};
    QString error;
    return library.add(record, &error) > 0;
}

// Minute i of ten: eu spends 100 * (i + 1) in parse, and 10 in render from
// minute 5; us spends 7 in parse.
std::shared_ptr<Library> tenMinutes(const QString &file)
{
    QString error;
    std::shared_ptr<Library> library = Library::open(file, &error);
    for (qint64 i = 0; library && i < 10; ++i) {
        std::vector<std::pair<std::string, qint64>> eu{{"main;parse", 100 * (i + 1)}};
        if (i >= 5)
            eu.push_back({"main;render", 10});
        if (!add(*library, "eu", t0 + i * minute, eu)
            || !add(*library, "us", t0 + i * minute, {{"main;parse", 7}}))
            return nullptr;
    }
    return library;
}

double seriesSum(TimelineChart *chart)
{
    double sum = 0;
    for (QAbstractSeries *s : chart->chart()->series())
        for (const QPointF &p : static_cast<QXYSeries *>(s)->points())
            sum += p.y();
    return sum;
}

void drag(TimelineChart *chart, qint64 fromMs, qint64 toMs)
{
    QWidget *viewport = chart->viewport();
    const int y = int(chart->plotRectInViewport().center().y());
    const QPoint from(int(std::lround(chart->xForTime(fromMs))), y),
        to(int(std::lround(chart->xForTime(toMs))), y);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// The library's answers, but a merge that waits (as a slow server does),
// reporting a quarter done, until it is cancelled: what the test saw.
class WaitingSource final : public TimelineSource
{
public:
    explicit WaitingSource(std::shared_ptr<Library> library) : m_inner(std::move(library)) { }
    QString description() const override { return QStringLiteral("waiting"); }
    std::optional<TimeRange> span() const override { return std::nullopt; }
    std::vector<ProfileTypeId> profileTypes(TimeRange range) const override
    {
        return m_inner.profileTypes(range);
    }
    std::vector<std::string> labelNames(const LabelSelector &selector,
                                        TimeRange range) const override
    {
        return m_inner.labelNames(selector, range);
    }
    std::vector<std::string> labelValues(const std::string &name, const LabelSelector &selector,
                                         TimeRange range) const override
    {
        return m_inner.labelValues(name, selector, range);
    }
    std::optional<std::vector<SeriesPoints>>
    series(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range, qint64 stepMs,
           const std::vector<std::string> &groupBy, QString *error,
           Progress &progress) const override
    {
        return m_inner.series(type, selector, range, stepMs, groupBy, error, progress);
    }
    ProfilePtr merge(const ProfileTypeId &, const LabelSelector &, TimeRange, QString *error,
                     Progress &progress) const override
    {
        progress.report(0.25);
        QDeadlineTimer deadline(30000);
        while (!progress.isCanceled() && !deadline.hasExpired())
            QThread::msleep(5);
        sawCancel = progress.isCanceled();
        *error = QStringLiteral("cancelled");
        return nullptr;
    }

    mutable std::atomic_bool sawCancel = false;

private:
    LibraryTimelineSource m_inner;
};

// Functions with their self and total on each side of a diff.
QMap<QString, QList<qint64>> functions(const Profile &diff)
{
    QMap<QString, QList<qint64>> out;
    for (int side : {diff.diffBaseline(), diff.diffComparison()}) {
        const FunctionTable table = FunctionTable::compute(diff, side);
        for (const FunctionStats &f : table.rows()) {
            const std::string_view name = diff.names().name(f.name);
            out[QString::fromUtf8(name.data(), qsizetype(name.size()))] << f.self << f.total;
        }
    }
    return out;
}
} // namespace

// The timeline window over a library the test fills, under Xvfb.
class tst_TimelineWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<Library> newLibrary()
    {
        return tenMinutes(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_files)));
    }

    static bool showQuery(TimelineWindow &window, TimeRange range, const QString &selector)
    {
        QSignalSpy shown(&window, &TimelineWindow::seriesShown);
        window.setCustomRange(range);
        window.setQuery(QString::fromStdString(cpu.toString()), selector);
        return QTest::qWaitFor([&] { return !window.isBusy() && shown.size() > 0; }, 20000);
    }

private Q_SLOTS:
    void dragTwoRangesShowsTheirDiff()
    {
        std::shared_ptr<Library> library = newLibrary();
        QVERIFY(library);
        auto source = std::make_shared<LibraryTimelineSource>(library);
        TimelineWindow window(source, FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showQuery(window, {t0, t0 + 10 * minute - 1},
                          QStringLiteral("{service_name=\"app\"}")));
        TimelineChart *chart = window.chart();
        QCOMPARE(chart->seriesCount(), 1);
        QCOMPARE(seriesSum(chart), 5550.0 + 70.0);

        // One range: its merge in the profile view.
        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        drag(chart, t0 + 50000, t0 + 2 * minute + 30000);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        QVERIFY(window.profileView()->isVisible());
        QCOMPARE(window.profileView()->profile()->total(0), qint64(200 + 300 + 14));

        // Two ranges: baseline (the one above) and comparison, in compare mode.
        QCheckBox *compare = nullptr;
        for (QCheckBox *box : window.findChildren<QCheckBox *>())
            if (box->text() == QStringLiteral("Compare two ranges"))
                compare = box;
        QVERIFY(compare);
        compare->setChecked(true);
        drag(chart, t0 + 5 * minute + 50000, t0 + 7 * minute + 30000);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 2 && !window.isBusy(); }, 20000));
        QVERIFY(window.diffView()->isVisible());
        const std::optional<TimeRange> baseline = chart->range(TimelineChart::Which::Baseline);
        const std::optional<TimeRange> comparison = chart->range(TimelineChart::Which::Comparison);
        QVERIFY(baseline && comparison);
        QVERIFY(qAbs(baseline->startMs - (t0 + 50000)) < 2000);
        QVERIFY(qAbs(comparison->endMs - (t0 + 7 * minute + 30000)) < 2000);

        // The diff shown equals the diff of the two merges computed apart.
        QString error;
        const auto selector = LabelSelector::parse(R"({service_name="app"})", &error);
        const ProfilePtr base = library->merge(cpu.toString(), *selector, *baseline, &error);
        const ProfilePtr next = library->merge(cpu.toString(), *selector, *comparison, &error);
        const DiffResult expected = DiffBuilder::build(*base, 0, *next, 0);
        QVERIFY(expected.ok());
        const ProfilePtr shown = window.diffView()->profile();
        QVERIFY(shown && shown->isDiff());
        QCOMPARE(shown->total(shown->diffBaseline()), qint64(514));
        QCOMPARE(shown->total(shown->diffComparison()), qint64(700 + 800 + 20 + 14));
        QCOMPARE(functions(*shown), functions(*expected.profile));

        // Moving the comparison by its middle merges again.
        const double middle =
            (chart->xForTime(comparison->startMs) + chart->xForTime(comparison->endMs)) / 2;
        const int y = int(chart->plotRectInViewport().center().y());
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, QPoint(int(middle), y));
        QTest::mouseMove(
            chart->viewport(),
            QPoint(int(middle + chart->xForTime(t0 + minute) - chart->xForTime(t0)), y));
        QTest::mouseRelease(
            chart->viewport(), Qt::LeftButton, {},
            QPoint(int(middle + chart->xForTime(t0 + minute) - chart->xForTime(t0)), y));
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 3 && !window.isBusy(); }, 20000));
        QCOMPARE(window.diffView()->profile()->total(1), qint64(800 + 900 + 20 + 14));
    }

    // The window over a Pyroscope server (here `pyrograph serve`'s PyroscopeServer
    // on loopback) shows the numbers the same library shows directly.
    void serverSourceShowsWhatTheLibraryShows()
    {
        servertest::TestServer server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        for (qint64 i = 0; i < 10; ++i) {
            std::vector<std::pair<std::string, qint64>> eu{{"main;parse", 100 * (i + 1)}};
            if (i >= 5)
                eu.push_back({"main;render", 10});
            QVERIFY(add(server.library(), "eu", t0 + i * minute, eu));
            QVERIFY(add(server.library(), "us", t0 + i * minute, {{"main;parse", 7}}));
        }
        ServerConnection connection;
        connection.url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        QString error;
        std::shared_ptr<const TimelineSource> source =
            ServerTimelineSource::open(connection, &error);
        QVERIFY2(source, qPrintable(error));
        TimelineWindow window(source, FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showQuery(window, {t0, t0 + 10 * minute - 1},
                          QStringLiteral("{service_name=\"app\"}")));
        QCOMPARE(window.chart()->seriesCount(), 1);
        QCOMPARE(seriesSum(window.chart()), 5550.0 + 70.0);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.completions().contains(QStringLiteral("region")); }, 20000));

        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        drag(window.chart(), t0 + 50000, t0 + 2 * minute + 30000);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        const std::optional<TimeRange> range =
            window.chart()->range(TimelineChart::Which::Baseline);
        QVERIFY(range);
        const auto selector = LabelSelector::parse(R"({service_name="app"})", &error);
        const ProfilePtr direct = server.library().merge(cpu.toString(), *selector, *range, &error);
        QVERIFY2(direct, qPrintable(error));
        QCOMPARE(window.profileView()->profile()->total(0), qint64(200 + 300 + 14));
        const auto table = [](const Profile &profile) {
            QMap<QString, QList<qint64>> out;
            const FunctionTable functions = FunctionTable::compute(profile, 0);
            for (const FunctionStats &f : functions.rows()) {
                const std::string_view name = profile.names().name(f.name);
                out[QString::fromUtf8(name.data(), qsizetype(name.size()))] << f.self << f.total;
            }
            return out;
        };
        QCOMPARE(table(*window.profileView()->profile()), table(*direct));
        QCOMPARE(table(*direct).value(QStringLiteral("parse")), (QList<qint64>{514, 514}));

        // Save to Library keeps the fetched range: the library's own timeline
        // finds it by the same query, with the same numbers, from the server.
        QVERIFY(window.saveButton()->isHidden());
        const QString kept = m_dir.filePath(QStringLiteral("kept.sqlite"));
        window.setLibraryFile(kept);
        QVERIFY(window.saveButton()->isVisible());
        QVERIFY(window.saveButton()->isEnabled());
        QSignalSpy saved(&window, &TimelineWindow::savedToLibrary);
        QTest::mouseClick(window.saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1; }, 20000));
        QCOMPARE(saved.front().front().value<QList<qint64>>().size(), 1);
        QVERIFY2(window.statusText().contains(kept), qPrintable(window.statusText()));
        std::shared_ptr<Library> library = Library::open(kept, &error);
        QVERIFY2(library, qPrintable(error));
        const LibraryTimelineSource keptSource(library);
        const ProfilePtr again = keptSource.merge(cpu, *selector, *range, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(table(*again), table(*direct));
        const std::vector<StoredProfileInfo> stored = library->list({}, *range);
        QCOMPARE(stored.size(), size_t(1));
        QVERIFY(stored.front().origin == ProfileOrigin::Server);
        QCOMPARE(QString::fromStdString(stored.front().source), source->description());

        // The service picked in its box, two ranges compared: the diff's sides
        // are the library's merges of those ranges, fetched from the server.
        window.selectorEdit()->clear();
        const int app = window.serviceBox()->findText(QStringLiteral("app"));
        QVERIFY(app > 0);
        QSignalSpy shown(&window, &TimelineWindow::seriesShown);
        window.serviceBox()->setCurrentIndex(app);
        QVERIFY(QTest::qWaitFor([&] { return shown.size() > 0 && !window.isBusy(); }, 20000));
        const TimeRange first{t0, t0 + 5 * minute - 1},
            second{t0 + 5 * minute, t0 + 10 * minute - 1};
        merged.clear();
        window.selectRanges(first, second);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        QVERIFY(window.diffView()->isVisible());
        const ProfilePtr diff = window.diffView()->profile();
        QVERIFY(diff && diff->isDiff());
        const ProfilePtr before = server.library().merge(cpu.toString(), *selector, first, &error);
        const ProfilePtr after = server.library().merge(cpu.toString(), *selector, second, &error);
        QVERIFY2(before && after, qPrintable(error));
        QCOMPARE(diff->total(diff->diffBaseline()), before->total(0));
        QCOMPARE(diff->total(diff->diffComparison()), after->total(0));
        QCOMPARE(before->total(0), qint64(1500 + 35));
        QCOMPARE(after->total(0), qint64(4000 + 50 + 35));
    }

    // A merge that takes long shows a progress bar and a Cancel button; Cancel
    // reaches the running merge, and the window is idle at once.
    void aSlowMergeShowsProgressAndCancels()
    {
        std::shared_ptr<Library> library = newLibrary();
        QVERIFY(library);
        auto source = std::make_shared<WaitingSource>(library);
        TimelineWindow window(source, FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showQuery(window, {t0, t0 + 10 * minute - 1}, QString()));
        QVERIFY(window.cancelButton()->isHidden());
        QVERIFY(window.progressBar()->isHidden());

        drag(window.chart(), t0 + 50000, t0 + 2 * minute + 30000);
        QVERIFY(window.isBusy());
        QVERIFY(window.cancelButton()->isVisible());
        QVERIFY(window.progressBar()->isVisible());
        QVERIFY(QTest::qWaitFor(
            [&] { return window.progressBar()->value() == JobTracker::progressSteps / 4; }, 20000));
        QVERIFY(!source->sawCancel);
        QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
        QVERIFY(!window.isBusy());
        QVERIFY(window.cancelButton()->isHidden());
        QVERIFY(window.progressBar()->isHidden());
        QCOMPARE(window.statusText(), QStringLiteral("Cancelled"));
        QVERIFY(QTest::qWaitFor([&] { return source->sawCancel.load(); }, 20000));
        // Nothing half done is offered for saving.
        QVERIFY(!window.exportButton()->isEnabled());
    }

    void typedTimesAndWheelZoom()
    {
        std::shared_ptr<Library> library = newLibrary();
        QVERIFY(library);
        TimelineWindow window(std::make_shared<LibraryTimelineSource>(library),
                              FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showQuery(window, {t0, t0 + 10 * minute - 1}, QString()));
        TimelineChart *chart = window.chart();

        // The selector completes label names and values of the range.
        QVERIFY(QTest::qWaitFor(
            [&] { return window.completions().contains(QStringLiteral("region")); }, 20000));
        QVERIFY(window.completions().contains(QStringLiteral("region=\"us\"")));
        QVERIFY(window.completions().contains(QStringLiteral("service_name=\"app\"")));

        // The wheel zooms around the cursor; a double click shows the query again.
        const TimeRange before = chart->visibleRange();
        const QPoint middle = chart->plotRectInViewport().center().toPoint();
        QWheelEvent wheel(middle, chart->viewport()->mapToGlobal(middle), {}, QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart->viewport(), &wheel);
        const TimeRange zoomed = chart->visibleRange();
        QVERIFY(zoomed.endMs - zoomed.startMs < (before.endMs - before.startMs) * 7 / 10);
        QVERIFY(zoomed.startMs > before.startMs && zoomed.endMs < before.endMs);
        // The overview's band follows the view, and a drag on it chooses the view.
        QCOMPARE(window.overview()->range(TimelineChart::Which::Baseline)->startMs, zoomed.startMs);
        QCOMPARE(window.overview()->range(TimelineChart::Which::Baseline)->endMs, zoomed.endMs);
        // (Outside the band: a drag inside it moves it, which pans.)
        drag(window.overview(), t0 + 8 * minute + 30000, t0 + 9 * minute + 30000);
        QVERIFY(qAbs(chart->visibleRange().startMs - (t0 + 8 * minute + 30000)) < 5000);
        QVERIFY(qAbs(chart->visibleRange().endMs - (t0 + 9 * minute + 30000)) < 5000);
        QTest::mouseDClick(chart->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(chart->visibleRange().startMs, before.startMs);

        // A drag makes the baseline; typed times then move it, and the merge follows.
        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        drag(chart, t0 + 50000, t0 + 2 * minute + 30000);
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        QList<QDateTimeEdit *> edits;
        for (QDateTimeEdit *edit : window.findChildren<QDateTimeEdit *>())
            if (edit->isEnabled() && edit->dateTime().toMSecsSinceEpoch() > t0
                && edit->dateTime().toMSecsSinceEpoch() < t0 + 5 * minute)
                edits << edit;
        QCOMPARE(edits.size(),
                 2); // the baseline's from and until (the query's are at t0 and its end)
        edits[0]->setDateTime(QDateTime::fromMSecsSinceEpoch(t0 + 8 * minute + 30000));
        edits[1]->setDateTime(QDateTime::fromMSecsSinceEpoch(t0 + 9 * minute + 30000));
        Q_EMIT edits[1]->editingFinished();
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 2 && !window.isBusy(); }, 20000));
        QCOMPARE(chart->range(TimelineChart::Which::Baseline)->startMs, t0 + 8 * minute + 30000);
        QCOMPARE(window.profileView()->profile()->total(0), qint64(1000 + 10 + 7)); // minute 9

        // Zoom to the range: the chart shows just it.
        QTest::mouseClick(window.zoomToRangesButton(), Qt::LeftButton);
        QCOMPARE(chart->visibleRange().startMs, t0 + 8 * minute + 30000);
        QCOMPARE(chart->visibleRange().endMs, t0 + 9 * minute + 30000);
    }

    void labelBreakdownTotalsAndFilter()
    {
        std::shared_ptr<Library> library = newLibrary();
        QVERIFY(library);
        TimelineWindow window(std::make_shared<LibraryTimelineSource>(library),
                              FlameGraphView::Renderer::Raster);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showQuery(window, {t0, t0 + 10 * minute - 1}, QString()));
        QSignalSpy shown(&window, &TimelineWindow::seriesShown);
        window.setGroupBy(QStringLiteral("region"));
        QVERIFY(QTest::qWaitFor([&] { return shown.size() > 0 && !window.isBusy(); }, 20000));
        QCOMPARE(window.chart()->seriesCount(), 2);
        QTableWidget *table = window.breakdownTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("eu"));
        QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toLongLong(), qint64(5550));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("us"));
        QCOMPARE(table->item(1, 1)->data(Qt::UserRole).toLongLong(), qint64(70));
        QCOMPARE(table->item(1, 2)->text().left(4), QStringLiteral("1.25")); // 70 of 5620

        // Ctrl+click on two values compares them: baseline eu, comparison us.
        QSignalSpy merged(&window, &TimelineWindow::mergeShown);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualItemRect(table->item(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualItemRect(table->item(1, 0)).center());
        QVERIFY(QTest::qWaitFor([&] { return merged.size() == 1 && !window.isBusy(); }, 20000));
        QVERIFY(window.diffView()->isVisible());
        const ProfilePtr values = window.diffView()->profile();
        QCOMPARE(values->total(values->diffBaseline()), qint64(5550));
        QCOMPARE(values->total(values->diffComparison()), qint64(70));
        QCOMPARE(window.selectorEdit()->text(), QString()); // no filter

        // A click on a value filters by it.
        table->clearSelection();
        shown.clear();
        const QRect cell = table->visualItemRect(table->item(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(QTest::qWaitFor([&] { return shown.size() > 0 && !window.isBusy(); }, 20000));
        QVERIFY2(window.selectorEdit()->text().contains(QStringLiteral("region=\"us\"")),
                 qPrintable(window.selectorEdit()->text()));
        QCOMPARE(window.chart()->seriesCount(), 1);
        QCOMPARE(seriesSum(window.chart()), 70.0);
    }

    void libraryTimelineFollowsPushesToTheWindowsServer()
    {
        // File > Receive Pushes, then File > Library Timeline on the same (empty)
        // library, following now; an SDK's push over HTTP shows up.
        MainWindow main;
        ServerOptions options;
        options.port = 0;
        options.libraryFile = m_dir.filePath(QStringLiteral("pushes.sqlite"));
        main.pushReceiver()->setOptions(options);
        main.receivePushesAction()->trigger();
        QVERIFY(main.pushReceiver()->isRunning());
        const int port = main.pushReceiver()->url().section(u':', -1).toInt();
        QAction *open = main.findChild<QAction *>(QStringLiteral("libraryTimelineAction"));
        QVERIFY(open);
        open->trigger();
        TimelineWindow *window = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<TimelineWindow *>(w))
                window = t;
        QVERIFY(window);
        window->setPreset(TimelineWindow::Preset::Last5Minutes);
        window->setFollowNow(true);
        QVERIFY(QTest::qWaitFor([&] { return !window->isBusy(); }, 20000));
        QCOMPARE(seriesSum(window->chart()), 0.0);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        httplib::Client client("127.0.0.1", port);
        const auto result = client.Post("/ingest?name=shop.cpu&from=" + std::to_string(now - 10)
                                            + "&until=" + std::to_string(now),
                                        "main;work;leaf 3\nmain;idle 1\n", "text/plain");
        QVERIFY(result && result->status == 200);
        // 4 samples at the default 100 Hz: 40 ms of CPU, stored in nanoseconds.
        QVERIFY2(QTest::qWaitFor([&] { return seriesSum(window->chart()) == 4e7; }, 15000),
                 qPrintable(QString::number(seriesSum(window->chart()))));
        QVERIFY(window->typeBox()->currentText().startsWith(
            QStringLiteral("process_cpu:cpu:nanoseconds")));
        window->close();
    }

    void followNowPicksUpAPush()
    {
        QString error;
        std::shared_ptr<Library> library =
            Library::open(m_dir.filePath(QStringLiteral("live.sqlite")), &error);
        QVERIFY2(library, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(add(*library, "eu", now - 60000, {{"main;parse", 11}}));
        TimelineWindow window(std::make_shared<LibraryTimelineSource>(library),
                              FlameGraphView::Renderer::Raster);
        window.show();
        QSignalSpy shown(&window, &TimelineWindow::seriesShown);
        window.setPreset(TimelineWindow::Preset::Last5Minutes);
        QVERIFY(QTest::qWaitFor(
            [&] { return seriesSum(window.chart()) == 11.0 && !window.isBusy(); }, 20000));
        window.setFollowNow(true);
        // A push while the window follows now.
        QVERIFY(
            add(*library, "eu", QDateTime::currentMSecsSinceEpoch() - 1000, {{"main;parse", 31}}));
        QVERIFY(QTest::qWaitFor([&] { return seriesSum(window.chart()) == 42.0; }, 15000));
    }
};

PYROGRAPH_TEST_MAIN(tst_TimelineWindow)
#include "tst_timelinewindow.moc"
