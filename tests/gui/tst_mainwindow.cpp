#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/comparecontroller.h"
#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"
#include "app/gui/screenshotrunner.h"

#include "model/flamelayout.h"
#include "model/progress.h"
#include "widgets/comparisonview.h"
#include "widgets/diffview.h"
#include "widgets/functiontableview.h"
#include "widgets/sandwichview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QThread>
#include <QToolBar>
#include <QUrl>

#include <atomic>
#include <numeric>

using GuiTest::corpus;
using GuiTest::dropFiles;
using GuiTest::openAndWait;

namespace {
// Waits, reporting half done, until the import is cancelled (or 30 s pass).
ImportResult waitForCancel(const QString &, Progress &progress)
{
    progress.report(0.5);
    for (int i = 0; i < 3000 && !progress.isCanceled(); ++i)
        QThread::msleep(10);
    return progress.isCanceled() ? ImportResult::cancellation() : ImportResult::failure(QStringLiteral("not cancelled"));
}

QString nameOf(const Profile &profile, NodeId node)
{
    const std::string_view name = profile.name(node);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

// The weight of each thread ("comm tid") in a perf script file, counted here
// as stackcollapse-perf.pl does: the period on the event line, else 1.
QHash<QString, qint64> perfThreadWeights(const QString &path)
{
    QHash<QString, qint64> weights;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return weights;
    static const QRegularExpression event(
        QStringLiteral(R"(^(\S.*?)\s+(?:\d+/)?(\d+)\s+(?:\[\d+\]\s+)?[\d.]+:\s+(?:(\d+)\s+)?\S+:)"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        const QRegularExpressionMatch m = event.match(line);
        if (m.hasMatch())
            weights[m.captured(1) + u' ' + m.captured(2)] += m.capturedLength(3) > 0 ? m.captured(3).toLongLong() : 1;
    }
    return weights;
}

// The share of pixels in the rectangle that are strongly coloured, as the
// flamegraph's boxes are and no background, text or frame of the window is.
double colouredShare(const QImage &image, const QRect &rect)
{
    int coloured = 0, all = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 2) {
            ++all;
            if (QColor(image.pixel(x, y)).hsvSaturation() > 60)
                ++coloured;
        }
    }
    return all ? double(coloured) / all : 0.0;
}

QString flameToolTip(ProfileView *view)
{
    return view->flameGraphView()->toolTipText(CallTree::root());
}

QString pyrograph()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph");
}

// Runs pyrograph --screenshot with the arguments; the image, or a null one
// (with the reason in *error).
QImage screenshot(const QStringList &arguments, QString *error, const QString &stdinFile = QString())
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // not the user's settings
    process.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(pyrograph(), arguments + QStringList{QStringLiteral("--screenshot"), out});
    if (!process.waitForFinished(120000)) {
        *error = QStringLiteral("timed out");
        return {};
    }
    *error = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 0)
        return {};
    return QImage(out);
}

// Kept for people to look at: build-*/screenshots/NAME.png.
void keepScreenshot(const QImage &image, const QString &name)
{
    const QString keep = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QDir().mkpath(keep);
    image.save(keep + u'/' + name + QStringLiteral(".png"));
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // Settings of the tests stay apart from the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("PyrographTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init()
    {
        QSettings().clear();
    }

    void dropOpensATab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dropFiles(&window, {corpus("collapsed/simple.txt")}));
        QCOMPARE(window.tabCount(), 1);
        QTRY_COMPARE(window.tab(0)->state(), ProfileTab::State::Ready);
        ProfileTab *tab = window.tab(0);
        QCOMPARE(window.tabWidget()->tabText(0), QStringLiteral("simple.txt"));
        QCOMPARE(tab->profile()->total(0), 14);
        // The tab shows its profile's flamegraph: the root spans the width, a above it.
        ProfileView *view = tab->profileView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->profile(), tab->profile());
        FlameGraphView *flame = view->flameGraphView();
        QVERIFY(flame->isVisible());
        const FlameLayout &layout = flame->layout();
        QVERIFY(layout.size() >= 4);
        QCOMPARE(layout.node(0), CallTree::root());
        QCOMPARE(layout.width(0), double(flame->width()));
        QCOMPARE(nameOf(*tab->profile(), layout.node(layout.rowBegin(1))), QStringLiteral("a"));
        QCOMPARE(window.statusText(), QStringLiteral("samples: 14 total, 4 functions"));
        QVERIFY(window.errorText().isEmpty());
    }
    void dropOfManyFilesOpensATabEach()
    {
        MainWindow window;
        window.show();
        QVERIFY(dropFiles(&window, {corpus("collapsed/simple.txt"), corpus("pprof/go-cpu.pb.gz")}));
        QCOMPARE(window.tabCount(), 2);
        QTRY_COMPARE(window.pendingImports(), 0);
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.tab(1)->profile()->metadata().format, std::string("pprof"));
        QCOMPARE(window.currentTab(), window.tab(1));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("cpu: 22.6 s total, 451 functions")),
                 qPrintable(window.statusText()));
    }
    void bundledSampleOpens()
    {
        MainWindow window;
        ProfileTab *tab = openAndWait(window, QStringLiteral(":/samples/go-cpu.pb.gz"));
        QVERIFY(tab);
        QCOMPARE(tab->state(), ProfileTab::State::Ready);
        QCOMPARE(tab->profile()->total(tab->profile()->sampleTypeIndex("samples")), 2257);
        QVERIFY(window.recentFiles().isEmpty()); // not a file the user chose
    }
    void dropWithoutFilesIsRefused()
    {
        MainWindow window;
        QMimeData mime;
        mime.setText(QStringLiteral("not a file"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
        QCOMPARE(window.tabCount(), 0);
    }
    void badFileShowsAnErrorAndKeepsTheOtherTabs()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("garbage.bin"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, '\x07'));
        f.close();

        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        QSignalSpy failed(&window, &MainWindow::importFailed);
        QVERIFY(dropFiles(&window, {bad}));
        QTRY_COMPARE(failed.count(), 1);
        QTRY_COMPARE(window.tabCount(), 1);
        QCOMPARE(window.tab(0)->state(), ProfileTab::State::Ready);
        QCOMPARE(window.tab(0)->path(), corpus("collapsed/simple.txt"));
        // In the window itself, with the file's name and the reason.
        auto *banner = window.findChild<QFrame *>(QStringLiteral("errorBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(window.errorText().contains(QStringLiteral("garbage.bin")), qPrintable(window.errorText()));
        QVERIFY(window.errorText().length() > QStringLiteral("Could not open ").length() + bad.length() + 2);
        window.clearErrors();
        QVERIFY(!banner->isVisible());
    }
    void missingFileShowsAnError()
    {
        MainWindow window;
        window.show();
        window.openFile(QStringLiteral("/nonexistent/profile.pb.gz"));
        QTRY_VERIFY(!window.errorText().isEmpty());
        QVERIFY(window.errorText().contains(QStringLiteral("profile.pb.gz")));
        QCOMPARE(window.tabCount(), 0);
    }
    void importShowsProgressAndCancelRemovesTheTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        window.setImportReader(waitForCancel);
        ProfileTab *pending = window.openFile(corpus("pprof/go-cpu.pb.gz"));
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(pending->state(), ProfileTab::State::Importing);
        auto *progress = pending->findChild<QProgressBar *>(QStringLiteral("importProgress"));
        auto *cancel = pending->findChild<QPushButton *>(QStringLiteral("cancelImport"));
        QVERIFY(progress && cancel);
        QTRY_VERIFY(progress->isVisible());
        QTRY_COMPARE(progress->value(), 500);
        QVERIFY(window.statusText().contains(QStringLiteral("Importing go-cpu.pb.gz")));
        QSignalSpy finished(&window, &MainWindow::importsFinished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(window.tabCount(), 1);
        QCOMPARE(window.tab(0)->path(), corpus("collapsed/simple.txt"));
        QCOMPARE(finished.count(), 1);
        QVERIFY(window.errorText().isEmpty()); // a cancel is not an error
    }
    void closingAnImportingTabCancelsIt()
    {
        MainWindow window;
        // The job may not have started when the tab closes (a busy thread
        // pool): then it never runs, which is a cancel too. What must not
        // happen is a reader that runs on, uncancelled (30 s here).
        std::atomic<bool> ran = false, sawCancel = false;
        window.setImportReader([&](const QString &path, Progress &progress) {
            ran = true;
            ImportResult r = waitForCancel(path, progress);
            sawCancel = r.isCancelled();
            return r;
        });
        window.openFile(corpus("pprof/go-cpu.pb.gz"));
        QCOMPARE(window.pendingImports(), 1);
        window.tabWidget()->tabCloseRequested(0);
        QCOMPARE(window.tabCount(), 0);
        QTRY_VERIFY(QThreadPool::globalInstance()->activeThreadCount() == 0);
        QVERIFY(!ran.load() || sawCancel.load());
    }
    void sampleTypeSelectorSwitchesTheView()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        QComboBox *selector = window.sampleTypeSelector();
        QCOMPARE(selector->count(), 2);
        QCOMPARE(selector->currentText(), QStringLiteral("cpu (nanoseconds)"));
        ProfileView *view = tab->profileView();
        QCOMPARE(view->sampleType(), 1);
        QVERIFY(flameToolTip(view).contains(QStringLiteral("22.6 s")));
        selector->setCurrentIndex(0);
        QCOMPARE(tab->sampleType(), 0);
        QCOMPARE(view->sampleType(), 0);
        QCOMPARE(view->flameGraphView()->sampleType(), 0);
        QVERIFY2(flameToolTip(view).contains(QStringLiteral("2,257")), qPrintable(flameToolTip(view)));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("samples: 2,257 total")), qPrintable(window.statusText()));
    }
    void searchReachesTheView()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        QVERIFY(tab->setSearch(QStringLiteral("SHA256.BLOCK")));
        ProfileView *view = tab->profileView();
        QCOMPARE(view->searchText(), QStringLiteral("SHA256.BLOCK"));
        QVERIFY(tab->searchResult().isActive());
        QCOMPARE(tab->searchResult().matchedNameCount(), 1);
        QCOMPARE(qRound(tab->searchResult().matchedShare(tab->sampleType()) * 10000), 864);
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("Matched: 8.6% of cpu"));
        // Enter in the view's field steps through the matches; its message reaches the status bar.
        QTest::keyClick(view->searchEdit(), Qt::Key_Return);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Match 1 of ")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!tab->setSearch(QStringLiteral("(unclosed"), true));
        QVERIFY(!tab->searchResult().isActive());
        QVERIFY(tab->setSearch(QString()));
        QVERIFY(view->searchText().isEmpty());
    }
    void ctrlFReachesTheCurrentTabsSearch()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        ProfileTab *tab = openAndWait(window, corpus("collapsed/recursion.txt"));
        QVERIFY(tab);
        // From inside the view (its own shortcut) and from the tab bar (the window's).
        for (QWidget *from : {static_cast<QWidget *>(tab->profileView()->flameGraphView()),
                              static_cast<QWidget *>(window.tabWidget()->tabBar())}) {
            from->setFocus();
            QTRY_VERIFY(from->hasFocus());
            QTest::keyClick(from, Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY2(tab->profileView()->searchEdit()->hasFocus(), qPrintable(from->objectName()));
        }
    }
    void zoomReachesTheFlameGraph()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QVERIFY(tab->zoomToPath({"a", "b", "d"}));
        FlameGraphView *flame = tab->profileView()->flameGraphView();
        QCOMPARE(nameOf(*tab->profile(), flame->zoomRoot()), QStringLiteral("d"));
        QCOMPARE(tab->profileView()->breadcrumbs(), QStringList({"total", "a", "b", "d"}));
        const NameId d = tab->profile()->tree().name(flame->zoomRoot());
        QCOMPARE(tab->profileView()->selectedFunction(), d);
        tab->setView(ProfileTab::View::Sandwich);
        QCOMPARE(tab->profileView()->sandwichView()->function(), d);
        QVERIFY(!tab->zoomToPath({"a", "nope"}));
    }
    void viewModesReachTheProfileView()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        ProfileView *view = tab->profileView();
        QCOMPARE(tab->view(), ProfileTab::View::FlameGraph);
        QVERIFY(!view->functionTableView()->isVisible());
        tab->setView(ProfileTab::View::Both);
        QCOMPARE(view->viewMode(), ProfileView::ViewMode::Both);
        QVERIFY(view->functionTableView()->isVisible() && view->flameGraphView()->isVisible());
        tab->setView(ProfileTab::View::Sandwich);
        QVERIFY(view->sandwichView()->isVisible());
        QVERIFY(!view->flameGraphView()->isVisible());
        QTRY_VERIFY(!tab->isBusy());
        QVERIFY(view->selectedFunction().isValid()); // the table's top function
        // The view's own mode buttons keep the tab in step.
        view->viewModeAction(ProfileView::ViewMode::Table)->trigger();
        QCOMPARE(tab->view(), ProfileTab::View::Table);
        QVERIFY(view->functionTableView()->isVisible());
    }
    void eachTabKeepsItsOwnViewAndNewTabsTheDefault()
    {
        MainWindow window;
        window.show();
        ProfileTab *first = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(first);
        // The user's Sandwich in one tab is not the next tab's view, nor the first's after it.
        first->profileView()->viewModeAction(ProfileView::ViewMode::Sandwich)->trigger();
        QCOMPARE(first->view(), ProfileTab::View::Sandwich);
        ProfileTab *second = openAndWait(window, corpus("collapsed/recursion.txt"));
        QVERIFY(second);
        QCOMPARE(second->view(), ProfileTab::View::FlameGraph);
        second->profileView()->viewModeAction(ProfileView::ViewMode::Table)->trigger();
        QCOMPARE(first->view(), ProfileTab::View::Sandwich);
        QCOMPARE(second->view(), ProfileTab::View::Table);
        ProfileTab *third = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(third);
        QCOMPARE(third->view(), ProfileTab::View::FlameGraph);
        QVERIFY(third->profileView()->flameGraphView()->isVisible());
    }
    void viewWidgetReplacesTheProfileView()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QCOMPARE(tab->viewWidget(ProfileTab::View::Table), tab->profileView());
        auto *table = new QWidget;
        tab->setViewWidget(ProfileTab::View::Table, table);
        tab->setView(ProfileTab::View::Table);
        QVERIFY(table->isVisible());
        QVERIFY(!tab->profileView()->isVisible());
        tab->setView(ProfileTab::View::FlameGraph);
        QVERIFY(tab->profileView()->isVisible());
        QCOMPARE(tab->profileView()->viewMode(), ProfileView::ViewMode::FlameGraph);
    }
    void threadSelectorShowsOneThread()
    {
        const QString path = corpus("perf-script/forks.linux-perf.txt");
        const QHash<QString, qint64> weights = perfThreadWeights(path);
        QCOMPARE(weights.size(), 4);
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        // Sorted with numbers as numbers.
        QCOMPARE(tab->threads(), QStringList({"forks 9", "forks 10", "forks 11", "swapper 0"}));
        QComboBox *selector = tab->threadSelector();
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->count(), 5);
        QCOMPARE(selector->itemText(0), QStringLiteral("All threads"));
        const int type = tab->sampleType();
        const qint64 all = tab->profile()->total(type);
        QCOMPARE(all, std::accumulate(weights.cbegin(), weights.cend(), qint64(0)));

        // Chosen in the combo as a user does: two steps down from "All threads".
        QTest::keyClick(selector, Qt::Key_Down);
        QTest::keyClick(selector, Qt::Key_Down);
        QCOMPARE(tab->thread(), QStringLiteral("forks 10"));
        QTRY_VERIFY(!tab->isBusy());
        QCOMPARE(tab->shownProfile()->total(type), weights.value(QStringLiteral("forks 10")));
        QCOMPARE(tab->profileView()->flameGraphView()->profile(), tab->shownProfile());
        QVERIFY2(window.statusText().contains(QStringLiteral("in thread forks 10")), qPrintable(window.statusText()));
        // A newer choice wins whatever order the filters finish in.
        tab->setThread(QStringLiteral("swapper 0"));
        tab->setThread(QStringLiteral("forks 9"));
        QTRY_VERIFY(!tab->isBusy());
        QCOMPARE(tab->shownProfile()->total(type), weights.value(QStringLiteral("forks 9")));
        QCOMPARE(selector->currentText(), QStringLiteral("forks 9"));
        tab->setThread(QString());
        QCOMPARE(tab->shownProfile(), tab->profile());
        QVERIFY(!window.statusText().contains(QStringLiteral("thread")));
    }
    void threadSelectorHiddenWithoutThreads()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QVERIFY(tab->threads().isEmpty());
        QVERIFY(!tab->threadSelector()->isVisible());
        tab->setThread(QStringLiteral("main"));
        QCOMPARE(tab->shownProfile(), tab->profile());
    }
    void recentFilesAreRememberedNewestFirst()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        QVERIFY(openAndWait(window, corpus("collapsed/recursion.txt")));
        QVERIFY(openAndWait(window, corpus("collapsed/simple.txt")));
        QCOMPARE(window.recentFiles(), QStringList({corpus("collapsed/simple.txt"), corpus("collapsed/recursion.txt")}));
        QTemporaryDir dir;
        QStringList copies;
        for (int i = 0; i < 12; ++i) {
            copies << dir.filePath(QStringLiteral("p%1.txt").arg(i));
            QVERIFY(QFile::copy(corpus("collapsed/simple.txt"), copies.last()));
        }
        window.openFiles(copies);
        QTRY_COMPARE(window.pendingImports(), 0);
        QCOMPARE(window.recentFiles().size(), MainWindow::maxRecentFiles);
        // The order the imports finish in is not fixed; the oldest are dropped.
        QVERIFY(!window.recentFiles().contains(corpus("collapsed/recursion.txt")));
    }
    void geometryIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(777, 555));
    }
    void themesAreReadable()
    {
        MainWindow window;
        for (MainWindow::Theme theme : {MainWindow::Theme::Dark, MainWindow::Theme::Light, MainWindow::Theme::System}) {
            window.setTheme(theme);
            const QPalette p = QApplication::palette();
            // Text and its background differ enough in lightness to read.
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 120);
            QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) > 120);
            if (theme == MainWindow::Theme::Dark)
                QVERIFY(p.color(QPalette::Window).lightness() < 100);
            if (theme == MainWindow::Theme::Light)
                QVERIFY(p.color(QPalette::Window).lightness() > 200);
        }
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toInt(), int(MainWindow::Theme::System));
    }
    void statusBarNamesTheRenderer_data()
    {
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("expected");
        QTest::newRow("raster") << "raster" << "Raster";
        // Under Xvfb Mesa makes a context; offscreen has none, and auto falls back.
        if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
            QTest::newRow("auto") << "" << "Raster";
        } else {
            QTest::newRow("gl") << "gl" << "OpenGL";
            QTest::newRow("auto") << "" << "OpenGL";
        }
    }
    void statusBarNamesTheRenderer()
    {
        QFETCH(QString, preference);
        QFETCH(QString, expected);
        MainWindow window;
        window.setRendererPreference(preference);
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("rendererLabel"));
        QVERIFY(label);
        QVERIFY(label->text().isEmpty()); // no tab, no renderer
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QCOMPARE(tab->rendererName(), expected);
        QCOMPARE(label->text(), QStringLiteral("Renderer: %1").arg(expected));
        QCOMPARE(tab->profileView()->activeRendererName(), expected);
    }

    void screenshotWritesTheWindow()
    {
        QString err;
        const QImage image = screenshot({corpus("pprof/go-cpu.pb.gz"), corpus("collapsed/simple.txt"), "--size",
                                         "1000x700", "--view", "table", "--search", "sha256", "--zoom",
                                         "runtime.main;main.main"},
                                        &err);
        QVERIFY2(!image.isNull(), qPrintable(err));
        // The path is in the Go profile (and reported missing in the other).
        QVERIFY2(!err.contains(QStringLiteral("go-cpu.pb.gz: no call path")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("simple.txt: no call path")), qPrintable(err));
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1000, 700));
        QVERIFY(distinctColours(image) > 8); // text, frames, highlights: not blank
        keepScreenshot(image, QStringLiteral("mainwindow"));
    }
    void screenshotShowsTheViews_data()
    {
        QTest::addColumn<QString>("renderer");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QRectF>("coloured"); // where the flamegraph is, as fractions of the window
        QStringList renderers{QStringLiteral("raster")};
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            renderers << QStringLiteral("gl");
        for (const QString &renderer : renderers) {
            const QByteArray r = renderer.toLatin1();
            // The lower part of the flamegraph, where the wide frames are.
            QTest::newRow(r + "-flamegraph") << renderer << "flamegraph" << QRectF(0.1, 0.6, 0.8, 0.25);
            QTest::newRow(r + "-both") << renderer << "both" << QRectF(0.5, 0.6, 0.4, 0.25);
            // The callers above the function's row and the callees below it.
            QTest::newRow(r + "-sandwich") << renderer << "sandwich" << QRectF(0.5, 0.45, 0.4, 0.1);
        }
    }
    void screenshotShowsTheViews()
    {
        QFETCH(QString, renderer);
        QFETCH(QString, view);
        QFETCH(QRectF, coloured);
        QString err;
        const QImage image = screenshot(
            {corpus("pprof/go-cpu.pb.gz"), "--size", "1000x700", "--view", view, "--renderer", renderer}, &err);
        QVERIFY2(!image.isNull(), qPrintable(err));
        keepScreenshot(image, QStringLiteral("%1-%2").arg(view, renderer));
        const QImage frame = image.scaled(image.size() / image.devicePixelRatio());
        const QRect region(int(coloured.x() * frame.width()), int(coloured.y() * frame.height()),
                           int(coloured.width() * frame.width()), int(coloured.height() * frame.height()));
        // The flamegraph's coloured boxes, not a plain background.
        const double share = colouredShare(frame, region);
        QVERIFY2(share > 0.5, qPrintable(QString::number(share)));
        QVERIFY(colouredShare(frame, QRect(0, 0, frame.width(), 20)) < 0.1); // the menu bar is not
    }
    void stdinOpensInTheWindow()
    {
        QString err;
        const QImage image = screenshot({"-", "--size", "800x600"}, &err, corpus("collapsed/simple.txt"));
        QVERIFY2(!image.isNull(), qPrintable(err));
        const QImage frame = image.scaled(image.size() / image.devicePixelRatio());
        // "total", a and b span the width at the bottom of the flamegraph, just
        // above the status bar.
        QVERIFY(colouredShare(frame, QRect(100, frame.height() - 80, 600, 36)) > 0.5);
    }
    void screenshotShowsTheDiffViews_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("mode");
        QTest::newRow("diff") << "diff" << int(DiffView::Mode::DiffFlameGraph);
        QTest::newRow("side-by-side") << "side-by-side" << int(DiffView::Mode::SideBySide);
        QTest::newRow("diff-table") << "diff-table" << int(DiffView::Mode::Table);
    }
    void screenshotShowsTheDiffViews()
    {
        // In process, so the window can be asked what it showed.
        QFETCH(QString, view);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("diff.png"));
        const CommandLine c = CommandLine::parse(
            {"pyrograph", corpus("collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt"),
             "--screenshot", out, "--size", "1000x650", "--view", view});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        MainWindow window;
        window.show();
        ScreenshotRunner runner(&window, c);
        QSignalSpy finished(&runner, &ScreenshotRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toInt() == 0, qPrintable(runner.errors()));
        DiffView *diff = window.compareController()->diffView(window.tab(0));
        QVERIFY(diff);
        QCOMPARE(int(diff->mode()), mode);
        QVERIFY(diff->isVisible());
        QCOMPARE(diff->flameGraphView()->isVisible(), mode == int(DiffView::Mode::DiffFlameGraph));
        QCOMPARE(diff->comparisonView()->isVisible(), mode == int(DiffView::Mode::SideBySide));
        QCOMPARE(diff->tableView()->isVisible(), mode == int(DiffView::Mode::Table));
        const QImage image(out);
        QVERIFY(!image.isNull());
        keepScreenshot(image, QStringLiteral("diff-file-") + view);
        // The flamegraphs' boxes fill the lower rows; the table there is plain.
        const QImage frame = image.scaled(image.size() / image.devicePixelRatio());
        const double lower = colouredShare(frame, QRect(frame.width() / 10, frame.height() * 88 / 100,
                                                        frame.width() * 8 / 10, frame.height() / 20));
        if (mode == int(DiffView::Mode::Table))
            QVERIFY2(lower < 0.1, qPrintable(QString::number(lower)));
        else if (mode == int(DiffView::Mode::SideBySide))
            QVERIFY2(lower > 0.5, qPrintable(QString::number(lower)));
    }
    void diffViewOfAPlainProfileIsAnError()
    {
        QString err;
        const QImage image = screenshot({corpus("pprof/go-cpu.pb.gz"), "--view", "side-by-side"}, &err);
        QVERIFY(image.isNull());
        QVERIFY2(err.contains(QLatin1String("go-cpu.pb.gz: not a diff, so it has no view \"side-by-side\"")),
                 qPrintable(err));
    }
    void screenshotFailsWhenAnImportFails()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"),
                      {"/nonexistent/x.pb.gz", "--screenshot", out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("x.pb.gz")));
    }
};

PYROGRAPH_TEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
