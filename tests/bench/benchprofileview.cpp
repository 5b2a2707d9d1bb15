// pyrograph_benchprofileview FILE [QUERY]: the composite ProfileView (table,
// flamegraph, sandwich) on a large profile at 1600x900, raster renderer. Times,
// in milliseconds: setProfile on the GUI thread and until the function table
// (computed in the background) is in; each search keystroke (typing QUERY one
// character at a time) up to a repainted flamegraph and table; clearing the
// search; the sandwich of the top function; focus on it and reset. Run it with
// QT_QPA_PLATFORM=offscreen (or under Xvfb). One line of key=value pairs a step.

#include "widgets/functiontableview.h"
#include "widgets/profileview.h"
#include "widgets/sandwichview.h"

#include "importers/profilereader.h"
#include "model/hugepageheap.h"
#include "model/progress.h"
#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
// Runs the event loop until done() holds; returns the milliseconds it took.
template<typename F>
double waitFor(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: pyrograph_benchprofileview FILE [QUERY]\n");
        return 2;
    }
    const QString file = args.takeFirst();
    const QString query = args.isEmpty() ? QStringLiteral("Hashtable") : args.takeFirst();

    QElapsedTimer timer;
    timer.start();
    ProfileReader reader;
    const ImportResult result = reader.readFile(file, Progress::none());
    if (!result.isOk()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    const ProfilePtr profile = result.profile;
    std::printf("step=import ms=%.1f nodes=%lld names=%lld\n", msSince(timer),
                (long long)profile->tree().nodeCount(), (long long)profile->names().size());

    ProfileView view(FlameGraphView::Renderer::Raster);
    view.setViewMode(ProfileView::ViewMode::Both);
    view.resize(1600, 900);
    view.show();
    waitFor([] { return true; });

    timer.restart();
    view.setProfile(profile, profile->defaultSampleType());
    const double guiMs = msSince(timer);
    waitFor([&] { return !view.isBusy(); });
    view.flameGraphView()->renderFrameNow();
    std::printf("step=setProfile guiThreadMs=%.1f tableReadyMs=%.1f rows=%d\n", guiMs, msSince(timer),
                view.functionTableView()->model()->rowCount());

    // Each keystroke: search, filter the table, repaint the flamegraph and the table.
    const auto keystroke = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        view.setSearchText(text);
        view.flameGraphView()->renderFrameNow();
        view.functionTableView()->viewport()->repaint();
        return msSince(t);
    };
    std::vector<double> ms;
    for (qsizetype i = 1; i <= query.size(); ++i) {
        ms.push_back(keystroke(query.left(i)));
        std::printf("step=keystroke text=%s ms=%.1f rows=%d\n", qPrintable(query.left(i)), ms.back(),
                    view.functionTableView()->model()->rowCount());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("step=keystrokes medianMs=%.1f maxMs=%.1f\n", ms[ms.size() / 2], ms.back());
    std::printf("step=clearSearch ms=%.1f\n", keystroke(QString()));

    // Where a keystroke goes: the search itself, the flamegraph, the table.
    for (const QString &text : {query.left(1), query}) {
        QElapsedTimer t;
        t.start();
        const SearchResult found = SearchResult::run(*profile, SearchQuery::substring(text));
        const double searchMs = msSince(t);
        t.restart();
        view.flameGraphView()->setSearch(found);
        view.flameGraphView()->renderFrameNow();
        const double flameMs = msSince(t);
        t.restart();
        view.functionTableView()->setSearch(found);
        const double filterMs = msSince(t);
        t.restart();
        view.functionTableView()->viewport()->repaint();
        const double tablePaintMs = msSince(t);
        std::printf("step=breakdown text=%s searchMs=%.1f flameMs=%.1f tableFilterMs=%.1f tablePaintMs=%.1f\n",
                    qPrintable(text), searchMs, flameMs, filterMs, tablePaintMs);
    }
    view.setSearchText(QString());

    timer.restart();
    view.setViewMode(ProfileView::ViewMode::Sandwich);
    waitFor([&] { return !view.sandwichView()->isBusy(); });
    std::printf("step=sandwich ms=%.1f\n", msSince(timer));

    const NameId top = view.selectedFunction();
    view.setViewMode(ProfileView::ViewMode::FlameGraph);
    timer.restart();
    view.focusOnFunction(top);
    const double focusGuiMs = msSince(timer);
    waitFor([&] { return !view.isBusy(); });
    std::printf("step=focus guiThreadMs=%.1f readyMs=%.1f nodes=%lld\n", focusGuiMs, msSince(timer),
                (long long)view.shownProfile()->tree().nodeCount());
    timer.restart();
    view.resetTransforms();
    waitFor([&] { return !view.isBusy(); });
    std::printf("step=reset ms=%.1f\n", msSince(timer));
    return 0;
}
