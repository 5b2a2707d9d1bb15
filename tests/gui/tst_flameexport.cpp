#include "tests/support/testregistry.h"

#include "app/gui/exportcontroller.h"
#include "app/cli/profileexporter.h"
#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"

#include "tests/cli/clirunner.h"

#include "importers/profilereader.h"
#include "widgets/flamegraphview.h"
#include "widgets/render/flamecolors.h"
#include "widgets/render/pngexporter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

QString xmllint(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("xmllint did not run (Debian: libxml2-utils)");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// The flamegraph formats on the command line (`export -o .svg|.html|.png`,
// `diff -o .svg|.html`, without a display) and File > Export's background job.
class tst_FlameExport : public QObject
{
    Q_OBJECT
private slots:
    void formatsAreRowsOfTheExportTable()
    {
        QStringList flameGraphs;
        for (const ProfileExporter::Entry &e : ProfileExporter::entries())
            if (ExportFormats::isFlameGraph(e.format))
                flameGraphs << ExportFormats::extension(e.format);
        QCOMPARE(flameGraphs, QStringList({".svg", ".html", ".png"}));
    }
    void svgFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("go.svg"));
        const CliRun r = CliRun::run({"export", corpus("pprof/go-cpu.pb.gz"), "-o", out, "--width", "1600",
                                      "--minwidth", "0.5", "--icicle"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(xmllint(out), QString());
        const QByteArray svg = read(out);
        QVERIFY(svg.contains("width=\"1600\""));
        QVERIFY(svg.contains("fg:minwidth=\"0.5\""));
        QVERIFY(svg.contains("fg:orient=\"icicle\""));
    }
    void htmlFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("go.html"));
        const CliRun r = CliRun::run({"export", corpus("pprof/go-cpu.pb.gz"), "-o", out, "-t", "samples"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray html = read(out);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("\"sampleType\":\"samples\""));
    }
    void pngFromTheCommandLineWithoutADisplay()
    {
        // CliRun removes DISPLAY and names a platform that does not exist.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("go.png"));
        const CliRun r = CliRun::run({"export", corpus("pprof/go-cpu.pb.gz"), "-o", out, "--width", "640",
                                      "--height", "360", "--scale", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1280, 720));
        const QImage image = reader.read();
        // The root row, at the bottom, is drawn (not background).
        QVERIFY(QColor(image.pixel(640, 710)) != QColor(Qt::white));
    }
    void badImageOptionsAreUsageErrors()
    {
        QTemporaryDir dir;
        const CliRun r = CliRun::run({"export", corpus("pprof/go-cpu.pb.gz"), "-o", dir.filePath(QStringLiteral("x.png")),
                                      "--width", "wide"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--width")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
    void diffToSvgAndHtml()
    {
        QTemporaryDir dir;
        const QString before = corpus("collapsed/inferno/diff-folded_before.txt");
        const QString after = corpus("collapsed/inferno/diff-folded_after.txt");
        const QString svg = dir.filePath(QStringLiteral("d.svg")), html = dir.filePath(QStringLiteral("d.html"));
        const CliRun a = CliRun::run({"diff", before, after, "-o", svg});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QCOMPARE(xmllint(svg), QString());
        QVERIFY(read(svg).contains("Differential Flame Graph"));
        const CliRun b = CliRun::run({"diff", before, after, "-o", html});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY(read(html).contains("\"diff\":true"));
    }
    void backgroundExportReportsTheResult()
    {
        ProfileReader reader;
        const ImportResult imported = reader.readFile(corpus("pprof/go-cpu.pb.gz"), Progress::none());
        QVERIFY(imported.isOk());
        QTemporaryDir dir;
        ExportController controller(nullptr);
        QSignalSpy finished(&controller, &ExportController::finished);
        const QString out = dir.filePath(QStringLiteral("bg.html"));
        QVERIFY(controller.start(imported.profile, ExportOptions(), out));
        QVERIFY(!controller.start(imported.profile, ExportOptions(), out) || !controller.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), out);
        QCOMPARE(finished.first().at(1).value<JobOutcome>(), JobOutcome::Done);
        QVERIFY(read(out).contains("pyrograph-data"));
        // Not an export format: nothing starts.
        QVERIFY(!controller.start(imported.profile, ExportOptions(), dir.filePath(QStringLiteral("x.txt"))));
    }
    void cancelledExportLeavesNoFile()
    {
        ProfileReader reader;
        const ImportResult imported = reader.readFile(corpus("pprof/pprof-large.cpu.pb.gz"), Progress::none());
        QVERIFY(imported.isOk());
        QTemporaryDir dir;
        ExportController controller(nullptr);
        QSignalSpy finished(&controller, &ExportController::finished);
        const QString out = dir.filePath(QStringLiteral("cancel.svg"));
        // The export waits in the pool's queue until the cancel is set (as when
        // the user cancels before a busy machine runs it), so the cancel
        // always lands, however fast the export would be: on CI's busy
        // machine an export started and cancelled at once could finish first.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        QSemaphore blocking;
        bool released = false;
        const auto unblock = [&] {
            if (!released)
                release.release();
            released = true;
        };
        // Whatever fails below, the pool's thread goes free before the
        // semaphores go, and the pool gets its threads back.
        const auto restore = qScopeGuard([&] {
            unblock();
            pool->waitForDone(60000);
            pool->setMaxThreadCount(threads);
        });
        pool->start([&] {
            blocking.release();
            release.acquire();
        });
        blocking.acquire(); // the pool's one thread is taken
        QVERIFY(controller.start(imported.profile, ExportOptions(), out));
        controller.cancel();
        unblock();
        QVERIFY(finished.wait(60000));
        // The report and the disk agree: cancelled, and nothing written.
        QCOMPARE(finished.first().at(1).value<JobOutcome>(), JobOutcome::Cancelled);
        QVERIFY(finished.first().at(2).toString().isEmpty()); // nothing to tell the user
        QVERIFY(!QFile::exists(out));
        QVERIFY(dir.isValid() && QDir(dir.path()).isEmpty());
    }
    void fileMenuExportsTheShownView()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        ProfileTab *tab = window.openFile(corpus("pprof/go-cpu.pb.gz"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->state(), ProfileTab::State::Ready, 60000);
        FlameGraphView *view = ExportController::shownFlameGraph(tab);
        QVERIFY(view);
        QCOMPARE(view, tab->profileView()->flameGraphView());
        // The view zoomed and searched: the PNG shows that state at the view's size.
        QVERIFY(view->zoomToPath({QStringLiteral("runtime.main"), QStringLiteral("main.main")}));
        QTRY_VERIFY(!view->isAnimating());
        QVERIFY(tab->setSearch(QStringLiteral("gzip")));
        const ExportOptions options = ExportController::optionsFor(*view, tab->searchResult());
        QCOMPARE(options.zoomRoot, view->zoomRoot());
        QVERIFY(options.search.isActive());
        QCOMPARE(options.width, view->width());
        QCOMPARE(options.height,
                 std::max(view->height(), PngExporter::graphHeight(*view->profile(), options)));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("view.png"));
        ExportController controller(nullptr);
        QSignalSpy finished(&controller, &ExportController::finished);
        QVERIFY(controller.start(view->profile(), options, out));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<JobOutcome>(), JobOutcome::Done);
        QImageReader reader(out);
        // The size read from the view (it may be resized by later events in the window).
        QCOMPARE(reader.size(), QSize(qRound(options.width * options.scale), qRound(options.height * options.scale)));
    }
    // Issue 14, point 3: File > Export's PNG holds every row of a deep graph,
    // not only the rows the window shows.
    void pngFromTheWindowHoldsTheWholeDepth()
    {
        QTemporaryDir dir;
        QStringList frames;
        for (int i = 0; i < 80; ++i)
            frames << QStringLiteral("f%1").arg(i);
        const QString input = dir.filePath(QStringLiteral("deep.folded"));
        {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((frames.join(u';') + QStringLiteral(" 3\nshort 1\n")).toUtf8());
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileTab *tab = window.openFile(input);
        QTRY_COMPARE_WITH_TIMEOUT(tab->state(), ProfileTab::State::Ready, 60000);
        FlameGraphView *view = ExportController::shownFlameGraph(tab);
        QVERIFY(view);
        const int rows = 81;                                // the root and f0..f79
        QVERIFY(rows * view->rowHeight() > view->height()); // deeper than the window
        const ExportOptions options = ExportController::optionsFor(*view, SearchResult());
        QCOMPARE(options.height, rows * view->rowHeight());
        const QString out = dir.filePath(QStringLiteral("deep.png"));
        ExportController controller(nullptr);
        QSignalSpy finished(&controller, &ExportController::finished);
        QVERIFY(controller.start(view->profile(), options, out));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<JobOutcome>(), JobOutcome::Done);
        QImage png(out);
        QCOMPARE(png.height(), qRound(rows * view->rowHeight() * options.scale));
        // The deepest frame is in the top row, the root in the bottom one (read left of their
        // labels).
        const int x = int(2 * options.scale);
        QCOMPARE(png.pixel(x, int(3 * options.scale)) | 0xff000000u,
                 FlameColors::packageColor("f79"));
        QCOMPARE(png.pixel(x, png.height() - int((view->rowHeight() - 3) * options.scale))
                     | 0xff000000u,
                 FlameColors::packageColor(view->profile()->name(NodeId(0))));
    }
    void viewFilterListsEveryFormat()
    {
        const QString filter = ExportController::fileFilter();
        for (const QString &ext : ProfileExporter::extensions())
            QVERIFY2(filter.contains(QStringLiteral("*") + ext), qPrintable(ext));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameExport)
#include "tst_flameexport.moc"
