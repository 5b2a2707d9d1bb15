// Diff of two profiles to the first frame (issue 5), in process:
//   pyrograph_benchdiff BASE NEW [--size WxH] [--runs N]
// Imports both (timed apart: the import has its own benchmark), then N times:
// DiffBuilder::build (the merged tree), then the diff flamegraph (a shown
// FlameGraphView in the Diff scheme, widths baseline + comparison) given the
// profile and drawn once (renderFrameNow: layout, scene, drawing; glFinish on
// OpenGL). Prints
//   import seconds=... nodes=... (each side)
//   diff renderer=... nodes=... buildSeconds=... firstFrameSeconds=... seconds=...
// where seconds is build + first frame (wall), cpuSeconds the same in this
// thread's CPU time (a loaded machine stretches the first, hardly the second),
// each the median over the runs (tests/bench/run.sh
// reads the "diff " line's seconds=).

#include "widgets/flamegraphview.h"

#include "importers/profilereader.h"
#include "model/diffbuilder.h"
#include "model/flamelayout.h"
#include "model/hugepageheap.h"
#include "model/progress.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWindow>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

namespace {
// CPU seconds of this thread: what a loaded machine does not stretch.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    HugePageHeap::configure(); // as the application does
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: pyrograph_benchdiff BASE NEW [--size WxH] [--runs N]\n");
        return 2;
    }
    QSize size(1600, 900);
    int runs = 3;
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(u'x');
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else if (args[i] == QLatin1String("--runs")) {
            runs = std::max(1, args[i + 1].toInt());
        }
    }

    ProfilePtr sides[2];
    const ProfileReader reader;
    for (int s = 0; s < 2; ++s) {
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = reader.readFile(args[1 + s], Progress::none());
        if (!r.isOk()) {
            std::fprintf(stderr, "pyrograph_benchdiff: %s\n", qPrintable(r.error));
            return 1;
        }
        sides[s] = r.profile;
        std::printf("import seconds=%.3f nodes=%lld file=%s\n", double(timer.nsecsElapsed()) / 1e9,
                    qlonglong(r.profile->tree().nodeCount()), qPrintable(args[1 + s]));
    }
    const SampleTypePairing pairing = DiffBuilder::pairSampleTypes(*sides[0], *sides[1]);
    if (!pairing.ok()) {
        std::fprintf(stderr, "pyrograph_benchdiff: %s\n", qPrintable(pairing.error));
        return 1;
    }

    FlameGraphView view;
    view.resize(size);
    view.setColorScheme(FlameGraphView::ColorScheme::Diff);
    view.show();
    QElapsedTimer wait;
    wait.start();
    while (!(view.windowHandle() && view.windowHandle()->isExposed()) && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();

    std::vector<double> build, frame, total, cpu, buildCpu;
    qlonglong nodes = 0;
    for (int run = 0; run < runs; ++run) {
        view.setProfile(nullptr, 0); // the previous diff goes first, as a new tab would not have it
        QElapsedTimer timer;
        const double cpu0 = threadCpuSeconds();
        timer.start();
        const DiffResult diff = DiffBuilder::build(*sides[0], pairing.baseline, *sides[1], pairing.comparison);
        const double built = double(timer.nsecsElapsed()) / 1e9;
        buildCpu.push_back(threadCpuSeconds() - cpu0);
        if (!diff.ok()) {
            std::fprintf(stderr, "pyrograph_benchdiff: %s\n", qPrintable(diff.error));
            return 1;
        }
        view.setProfile(diff.profile, diff.profile->diffComparison());
        view.renderFrameNow();
        const double all = double(timer.nsecsElapsed()) / 1e9;
        cpu.push_back(threadCpuSeconds() - cpu0);
        build.push_back(built);
        frame.push_back(all - built);
        total.push_back(all);
        nodes = qlonglong(diff.profile->tree().nodeCount());
        if (view.layout().isEmpty()) {
            std::fprintf(stderr, "pyrograph_benchdiff: the first frame has no boxes\n");
            return 1;
        }
    }
    std::printf("diff renderer=%s nodes=%lld buildSeconds=%.3f firstFrameSeconds=%.3f buildCpuSeconds=%.3f cpuSeconds=%.3f "
                "seconds=%.3f runs=%d\n",
                qPrintable(view.activeRendererName()), nodes, median(build), median(frame), median(buildCpu), median(cpu),
                median(total), runs);
    return 0;
}
