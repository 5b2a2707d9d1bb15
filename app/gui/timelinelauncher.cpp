#include "timelinelauncher.h"

#include "timelinewindow.h"

#include "app/cli/timelinequery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {
constexpr int pollMs = 50;
constexpr int settleMs = 300;
constexpr int maxWaitMs = 120'000;
} // namespace

TimelineWindow *TimelineLauncher::open(const CommandLine &commandLine, QString *error, bool *usage)
{
    TimelineQuery::Failure failure;
    const std::unique_ptr<TimelineQuery> query =
        TimelineQuery::open(commandLine.files, commandLine.timeline,
                            QDateTime::currentMSecsSinceEpoch(), error, &failure);
    *usage = failure == TimelineQuery::Failure::Usage;
    if (!query)
        return nullptr;
    std::optional<TimeRange> ranges[2];
    const QString texts[] = {commandLine.timeline.base, commandLine.timeline.compare};
    for (int i = 0; i < 2; ++i) {
        if (texts[i].isEmpty())
            continue;
        ranges[i] = query->parseRange(texts[i], error);
        if (!ranges[i]) {
            *usage = true;
            return nullptr;
        }
    }
    const FlameGraphView::Renderer renderer = commandLine.renderer == QLatin1String("gl")
        ? FlameGraphView::Renderer::OpenGL
        : commandLine.renderer == QLatin1String("raster") ? FlameGraphView::Renderer::Raster
                                                          : FlameGraphView::Renderer::Auto;
    auto *window = new TimelineWindow(query->sharedSource(), renderer);
    window->setCustomRange(query->range());
    QString selector = QString::fromStdString(query->selector().toString());
    selector =
        selector.mid(selector.indexOf(u'{')); // without the metric name: the type picker has it
    window->setQuery(QString::fromStdString(query->type().toString()), selector);
    if (ranges[0])
        window->selectRanges(ranges[0], ranges[1]);
    if (!commandLine.groupBy.isEmpty())
        window->setGroupBy(commandLine.groupBy);
    window->showHeatmap(commandLine.heatmap);
    return window;
}

void TimelineLauncher::screenshot(TimelineWindow *window, const QString &path,
                                  std::function<void(int, QString)> done)
{
    auto merged = std::make_shared<bool>(!window->chart()->range(TimelineChart::Which::Baseline));
    auto shown = std::make_shared<bool>(false);
    QObject::connect(window, &TimelineWindow::mergeShown, window, [merged] { *merged = true; });
    QObject::connect(window, &TimelineWindow::seriesShown, window, [shown] { *shown = true; });
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer(window);
    timer->setInterval(pollMs);
    QObject::connect(timer, &QTimer::timeout, window, [=, w = QPointer<TimelineWindow>(window)] {
        if (!w)
            return;
        if (clock->elapsed() > maxWaitMs) {
            timer->stop();
            done(1,
                 QStringLiteral("%1: the timeline did not finish its queries in time").arg(path));
            return;
        }
        if (!*shown || !*merged || w->isBusy())
            return;
        timer->stop();
        QTimer::singleShot(settleMs, w, [w, path, done] {
            if (!w->grab().save(path))
                done(1, QStringLiteral("%1: could not write the image").arg(path));
            else
                done(0, QString());
        });
    });
    timer->start();
}
