// Frame time of the flamegraph on a large profile (issue 4), in process:
//   pyrograph_benchframe FILE [--size WxH] [--frames N] [--search TEXT]
// For each renderer (OpenGL when a context can be made, and raster), at 1600x900:
// the full view redrawn N times, then a scripted zoom sequence (down the hottest
// path and back out, then Ctrl+wheel steps in and out). Each frame gives two
// figures: "drawn" is layout + scene + drawing, timed inside the renderer's
// paint (the GL renderer waits for the GPU with glFinish); "presented" is the
// whole synchronous repaint from the state change, Qt's composition of the
// window and the X11 presentation included.
// Then search keystrokes to repaint (SearchResult::run + setSearch + frame) and
// file open to first frame against the import alone. Prints one line per figure:
//   renderer=OpenGL scenario=full-view frames=50 medianMs=... p95Ms=...
//   renderer=OpenGL scenario=full-view-presented frames=50 medianMs=... p95Ms=...
// (tests/bench/run.sh reads the renderer= lines) with, at the end, the CPU time
// the whole process spent on the frame (median, ms; llvmpipe's threads
// included): on a busy machine the wall times grow with the load, the CPU time
// much less. The other figures as
//   search renderer=... keystrokes=N medianMs=... p95Ms=...
//   open importSeconds=... firstFrameSeconds=... ratio=...

#include "widgets/flamegraphview.h"
#include "widgets/flamerenderer.h"

#include "importers/profilereader.h"
#include "model/flamelayout.h"
#include "model/hugepageheap.h"
#include "model/progress.h"
#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {
struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    return Stats{at(0.5), at(0.95)};
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

bool waitExposed(QWidget &w)
{
    QElapsedTimer timer;
    timer.start();
    while (!(w.windowHandle() && w.windowHandle()->isExposed()) && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return w.windowHandle() && w.windowHandle()->isExposed();
}

void wheel(FlameGraphView &view, QPointF at, int angle)
{
    QWheelEvent e(at, view.mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::ControlModifier,
                  Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &e);
}

// The hottest path from the root: the widest child at each level.
std::vector<NodeId> hotPath(const Profile &p, int type, int levels)
{
    std::vector<NodeId> path;
    const CallTree &t = p.tree();
    NodeId n = CallTree::root();
    for (int i = 0; i < levels; ++i) {
        NodeId best;
        qint64 bestTotal = -1;
        t.forEachChild(n, [&](NodeId c) {
            if (t.total(c, type) > bestTotal) {
                bestTotal = t.total(c, type);
                best = c;
            }
        });
        if (!best.isValid())
            break;
        path.push_back(best);
        n = best;
    }
    return path;
}

FlameRenderer *rendererOf(FlameGraphView &view)
{
    for (QWidget *child : view.findChildren<QWidget *>())
        if (auto *r = dynamic_cast<FlameRenderer *>(child))
            return r;
    return nullptr;
}

// The frames of one scenario: drawn (inside the renderer) and presented (wall).
struct Frames
{
    std::vector<double> drawn;
    std::vector<double> presented;
    std::vector<double> cpu; // process CPU time of the presented frame
};

void print(const char *renderer, const char *scenario, const std::vector<double> &ms, const std::vector<double> &cpu)
{
    const Stats s = stats(ms);
    std::printf("renderer=%s scenario=%s frames=%zu medianMs=%.2f p95Ms=%.2f cpuMedianMs=%.2f\n", renderer, scenario,
                ms.size(), s.median, s.p95, stats(cpu).median);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: pyrograph_benchframe FILE [--size WxH] [--frames N] [--search TEXT]\n");
        return 2;
    }
    const QString file = args.at(1);
    QSize size(1600, 900);
    int frames = 50;
    QString searchText = QStringLiteral("decode");
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(u'x');
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else if (args[i] == QLatin1String("--frames")) {
            frames = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--search")) {
            searchText = args[i + 1];
        }
    }

    ProfileReader reader;
    QElapsedTimer importTimer;
    importTimer.start();
    ImportResult imported = reader.readFile(file, Progress::none());
    const double importSeconds = double(importTimer.nsecsElapsed()) / 1e9;
    if (!imported.isOk()) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error));
        return 1;
    }
    const ProfilePtr profile = imported.profile;
    const int type = profile->defaultSampleType();
    std::printf("profile nodes=%lld names=%lld importSeconds=%.2f\n", qlonglong(profile->tree().nodeCount()),
                qlonglong(profile->names().size()), importSeconds);

    // The layout alone, full view: what the renderers share.
    {
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i)
            ms.push_back(timeMs([&] { (void)FlameLayout::compute(*profile, type, CallTree::root(), size.width()); }));
        const FlameLayout l = FlameLayout::compute(*profile, type, CallTree::root(), size.width());
        const Stats s = stats(ms);
        std::printf("layout scenario=full-view boxes=%lld rows=%d medianMs=%.3f p95Ms=%.3f\n", qlonglong(l.size()),
                    l.rowCount(), s.median, s.p95);
    }

    const std::vector<NodeId> path = hotPath(*profile, type, 12);
    // The layout alone for each zoom root of the sequence's first part (down
    // the hottest path and back).
    {
        std::vector<double> ms;
        for (int pass = 0; pass < 5; ++pass)
            for (NodeId n : path)
                ms.push_back(timeMs([&] { (void)FlameLayout::compute(*profile, type, n, size.width()); }));
        const Stats s = stats(ms);
        std::printf("layout scenario=zoom-path roots=%zu medianMs=%.3f p95Ms=%.3f\n", path.size(), s.median, s.p95);
    }
    for (FlameGraphView::Renderer kind : {FlameGraphView::Renderer::OpenGL, FlameGraphView::Renderer::Raster}) {
        if (kind == FlameGraphView::Renderer::OpenGL) {
            FlameGraphView probe;
            if (probe.activeRendererName() != QLatin1String("OpenGL")) {
                std::printf("renderer=OpenGL unavailable (platform %s)\n", qPrintable(QGuiApplication::platformName()));
                continue;
            }
        }
        FlameGraphView view(kind);
        const QByteArray name = view.activeRendererName().toLatin1();
        view.resize(size);
        view.setProfile(profile, type);
        view.show();
        if (!waitExposed(view)) {
            std::fprintf(stderr, "the window was never exposed\n");
            return 1;
        }
        FlameRenderer *renderer = rendererOf(view);
        if (!renderer) {
            std::fprintf(stderr, "no renderer\n");
            return 1;
        }
        renderer->setSynchronous(true);
        view.renderFrameNow(); // warm-up: GL init, glyph caches
        view.renderFrameNow();
        auto frame = [&](Frames &out, const std::function<void()> &change) {
            const double cpu = processCpuMs();
            out.presented.push_back(timeMs([&] {
                change();
                view.renderFrameNow();
            }));
            out.cpu.push_back(processCpuMs() - cpu);
            out.drawn.push_back(double(renderer->lastFrameNs()) / 1e6);
        };
        auto report = [&](const char *scenario, const Frames &f) {
            if (qEnvironmentVariableIsSet("PYROGRAPH_BENCH_EACH"))
                for (size_t i = 0; i < f.drawn.size(); ++i)
                    std::printf("  %s frame=%zu drawnMs=%.2f cpuMs=%.2f\n", scenario, i, f.drawn[i], f.cpu[i]);
            print(name.constData(), scenario, f.drawn, f.cpu);
            print(name.constData(), (std::string(scenario) + "-presented").c_str(), f.presented, f.cpu);
        };

        Frames full;
        for (int i = 0; i < frames; ++i)
            frame(full, [] {});
        report("full-view", full);

        Frames zoom;
        for (NodeId n : path)
            frame(zoom, [&] { view.zoomTo(n, false); });
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            frame(zoom, [&] { view.zoomTo(*it, false); });
        frame(zoom, [&] { view.zoomTo(CallTree::root(), false); });
        const QPointF centre(size.width() * 0.37, size.height() / 2.0);
        for (int i = 0; i < 15; ++i)
            frame(zoom, [&] { wheel(view, centre, 240); });
        for (int i = 0; i < 15; ++i)
            frame(zoom, [&] { wheel(view, centre, -240); });
        report("zoom-sequence", zoom);

        // Typing the search text one key at a time, then clearing it.
        // searchRun: SearchResult::run alone (the model's part of a keystroke).
        std::vector<double> search, searchRun;
        for (int len = 1; len <= searchText.size(); ++len) {
            const QString prefix = searchText.left(len);
            search.push_back(timeMs([&] {
                SearchResult result;
                searchRun.push_back(
                    timeMs([&] { result = SearchResult::run(*profile, SearchQuery::substring(prefix)); }));
                view.setSearch(result);
                view.renderFrameNow();
            }));
        }
        search.push_back(timeMs([&] {
            view.setSearch(SearchResult());
            view.renderFrameNow();
        }));
        const Stats s = stats(search), run = stats(searchRun);
        std::printf("search renderer=%s text=%s keystrokes=%zu medianMs=%.2f p95Ms=%.2f searchRunMedianMs=%.2f\n",
                    name.constData(), qPrintable(searchText), search.size(), s.median, s.p95, run.median);
        std::fflush(stdout);
    }

    // File open to first frame on screen, against the import alone (measured
    // above, with the same cold-ish caches after the first read).
    imported = ImportResult();
    {
        QElapsedTimer openTimer;
        openTimer.start();
        ImportResult again = reader.readFile(file, Progress::none());
        const double secondImport = double(openTimer.nsecsElapsed()) / 1e9;
        FlameGraphView view;
        view.resize(size);
        view.setProfile(again.profile, again.profile->defaultSampleType());
        view.show();
        waitExposed(view);
        view.renderFrameNow();
        const double firstFrame = double(openTimer.nsecsElapsed()) / 1e9;
        std::printf("open renderer=%s importSeconds=%.2f firstFrameSeconds=%.2f ratio=%.2f\n",
                    qPrintable(view.activeRendererName()), secondImport, firstFrame, firstFrame / secondImport);
    }
    return 0;
}
