// pyrograph_benchtimeline --file LIB [--profiles N] [--runs N]: issue 18's
// timeline window on the week that pyrograph_benchlibrary builds (60,480
// 10-second profiles of one service), in process, on the display it is given
// (Xvfb: llvmpipe for the OpenGL flamegraph). Times:
//   the series query of the whole week plus the chart's redraw (goal <= 100 ms),
//   a drag of a range on the chart: frames per second, each move painted (>= 60),
//   one hour selected to its flamegraph painted (<= 1 s),
//   two hours selected to their diff painted (<= 1.5 s).
// One line of key=value pairs a figure, medians of N runs.
// With --url URL (issue 19) the window reads the same week from a server
// (`pyrograph serve --library LIB`, over loopback) instead of the file: each
// merge is then a SelectMergeProfile over HTTP, decoded, laid out and painted.

#include "app/gui/timelinewindow.h"
#include "library/library.h"
#include "library/librarytimelinesource.h"
#include "model/hugepageheap.h"
#include "server/serversources.h"
#include "widgets/diffview.h"
#include "widgets/profileview.h"

#include <QApplication>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Runs the event loop until signal fires (or 60 s pass).
template<class Signal> bool waitFor(TimelineWindow *window, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection c = QObject::connect(window, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

void mouse(QWidget *target, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}
} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString file, url;
    int profiles = 60480, runs = 11;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--file"))
            file = args[i + 1];
        else if (args[i] == QLatin1String("--url"))
            url = args[i + 1];
        else if (args[i] == QLatin1String("--profiles"))
            profiles = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    QString error;
    std::shared_ptr<const TimelineSource> source;
    if (!url.isEmpty()) {
        ServerConnection connection;
        connection.url = url;
        connection.timeoutMs = 60000;
        source = ServerSources::open(connection, &error);
    } else if (std::shared_ptr<Library> library =
                   file.isEmpty() ? nullptr : Library::open(file, &error)) {
        source = std::make_shared<LibraryTimelineSource>(library);
    }
    if (!source) {
        std::fprintf(stderr,
                     "pyrograph_benchtimeline: --file LIB (made by pyrograph_benchlibrary) or "
                     "--url URL: %s\n",
                     qPrintable(error));
        return 1;
    }
    // pyrograph_benchlibrary's week.
    const qint64 stepMs = 10'000;
    const qint64 weekStartMs = 1'700'000'000'000 - 1'700'000'000'000 % 86'400'000;
    const TimeRange week{weekStartMs, weekStartMs + qint64(profiles) * stepMs - 1};
    const QString type = QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds");

    TimelineWindow window(source);
    window.resize(1400, 900);
    window.show();
    window.setCustomRange(week);
    window.setQuery(type, QStringLiteral("{service_name=\"shop\"}"));
    if (!waitFor(&window, &TimelineWindow::seriesShown)) {
        std::fprintf(stderr, "pyrograph_benchtimeline: the week's series did not come\n");
        return 1;
    }
    TimelineChart *chart = window.chart();

    std::vector<double> query;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        window.runQuery();
        waitFor(&window, &TimelineWindow::seriesShown);
        chart->viewport()->repaint();
        query.push_back(msSince(start));
    }
    std::printf("query range=week series=%lld medianMs=%.1f worstMs=%.1f\n",
                (long long)(chart->seriesCount()), median(query),
                *std::max_element(query.begin(), query.end()));

    // A drag: press, 240 moves across a third of the plot, each painted at once.
    const QRectF plot = chart->plotRectInViewport();
    const int moves = 240;
    const double y = plot.center().y(), x0 = plot.left() + plot.width() / 3;
    QWidget *viewport = chart->viewport();
    mouse(viewport, QEvent::MouseButtonPress, {x0, y}, Qt::LeftButton);
    const auto dragStart = Clock::now();
    for (int i = 1; i <= moves; ++i) {
        mouse(viewport, QEvent::MouseMove, {x0 + i * plot.width() / 3 / moves, y}, Qt::LeftButton);
        viewport->repaint();
    }
    const double dragMs = msSince(dragStart);
    chart->blockSignals(true); // no merge of the dragged range
    mouse(viewport, QEvent::MouseButtonRelease, {x0 + plot.width() / 3, y}, Qt::NoButton);
    chart->blockSignals(false);
    std::printf("drag moves=%d ms=%.1f fps=%.1f renderer=%s\n", moves, dragMs,
                moves / (dragMs / 1000), qPrintable(window.profileView()->activeRendererName()));

    std::vector<double> hour, two;
    for (int r = 0; r < runs; ++r) {
        const qint64 at = week.startMs + (week.endMs - week.startMs) / (runs + 2) * (r + 1);
        const TimeRange h{at, at + 3'600'000 - 1},
            next{at + 86'400'000, at + 86'400'000 + 3'600'000 - 1};
        auto start = Clock::now();
        window.selectRanges(h, std::nullopt);
        waitFor(&window, &TimelineWindow::mergeShown);
        window.profileView()->repaint();
        hour.push_back(msSince(start));

        start = Clock::now();
        window.selectRanges(h, next);
        waitFor(&window, &TimelineWindow::mergeShown);
        window.diffView()->repaint();
        two.push_back(msSince(start));
    }
    std::printf("hour medianMs=%.1f worstMs=%.1f\n", median(hour),
                *std::max_element(hour.begin(), hour.end()));
    std::printf("compare medianMs=%.1f worstMs=%.1f\n", median(two),
                *std::max_element(two.begin(), two.end()));
    return 0;
}
