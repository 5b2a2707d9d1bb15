#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/exportcontroller.h"
#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"
#include "importers/importresult.h"
#include "importers/pprofwriter.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "widgets/functiontableview.h"
#include "widgets/profileview.h"
#include "widgets/sandwichview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <array>
#include <functional>
#include <random>

// Issue 14: closing a tab after using its thread filter killed the whole
// application (a continuation ran on a tab being destroyed). A tab, and the
// window, must be closable at every moment of its background work: import,
// thread filter, transforms, function table, sandwich and export. These tests
// close them at a range of moments during each kind of work, on a profile big
// enough that the views do their work in the background, and check that the
// application goes on with the tabs it still has. Run them under
// AddressSanitizer with `./dev sanitize` (CONTRIBUTING.md).

namespace {

// A profile like the issue's `pyrograph_generate --stacks 200000 --functions 30000`:
// random stacks over many functions, each sample in one of eight threads, so
// that its call tree has more nodes than the views' background thresholds.
ProfilePtr threadedProfile()
{
    static const ProfilePtr profile = [] {
        constexpr int functions = 30000, stacks = 200000, threads = 8;
        ProfileBuilder builder({{"samples", "count"}, {"cpu", "nanoseconds"}});
        std::vector<NameId> names;
        names.reserve(functions);
        for (int i = 0; i < functions; ++i)
            names.push_back(builder.intern("pkg/module" + std::to_string(i % 97) + ".Function"
                                           + std::to_string(i)));
        std::array<qint32, threads> labelSets{};
        for (int t = 0; t < threads; ++t)
            labelSets[size_t(t)] =
                qint32(builder.addLabelSet({{"thread", "worker " + std::to_string(t)}}));
        std::mt19937 random(14);
        std::vector<NameId> stack;
        for (int s = 0; s < stacks; ++s) {
            stack.clear();
            stack.push_back(names[size_t(s % 5)]); // a few roots, as real programs have
            const int depth = 4 + int(random() % 16);
            for (int d = 1; d < depth; ++d)
                stack.push_back(names[random() % functions]);
            const std::array<qint64, 2> values{1 + qint64(random() % 5), 10'000'000};
            builder.addStack(stack, values, labelSets[size_t(s % threads)]);
        }
        return builder.build();
    }();
    return profile;
}

// A reader that hands out the built profile, as an import does, without
// reading a file: most rows here need a fresh tab, not a fresh parse.
ImportResult readThreaded(const QString &, Progress &)
{
    return ImportResult::success(threadedProfile());
}

// Lets the event loop run for about ms milliseconds (0: one pass).
void runFor(int ms)
{
    if (ms == 0)
        QCoreApplication::processEvents();
    else
        QTest::qWait(ms);
}

// The moments at which the tests close: before the work had a chance to start,
// while it runs, and about when it ends.
const std::array<int, 6> closeDelaysMs{0, 1, 5, 20, 60, 200};

// The big profile's import, on a busy two-core machine.
constexpr int bigImportMs = 60000;

} // namespace

using GuiTest::corpus;
using GuiTest::openAndWait;

class tst_ProfileTab : public QObject
{
    Q_OBJECT
private:
    // Ctrl+W is a window shortcut: it needs the window active.
    static void showActive(MainWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // Closes the current tab with Ctrl+W, as a user does, and checks that the
    // window still shows the other tab, whole.
    void closeCurrentAndCheck(MainWindow &window, ProfileTab *keep)
    {
        const int before = window.tabCount();
        QTest::keyClick(window.tabWidget()->tabBar(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.tabCount(), before - 1);
        QVERIFY(window.tabWidget()->indexOf(keep) >= 0);
        // Whatever the closed tab's jobs deliver now must land nowhere.
        runFor(30);
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 60000);
        runFor(0);
        QVERIFY(keep->profile());
        QVERIFY(keep->profileView()->flameGraphView()->profile());
    }

    QTemporaryDir m_dir;
    QString m_threadedFile; // the threaded profile, written as gzipped pprof

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_threadedFile = m_dir.filePath(QStringLiteral("big.pb.gz"));
        QFile file(m_threadedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(PprofWriter::write(*threadedProfile(), file, &error), qPrintable(error));
        // Bigger than the views' thresholds, so their work runs in the background.
        QVERIFY(threadedProfile()->tree().nodeCount() > ProfileView::backgroundThreshold);
    }

    // The steps: the big profile next to another file, a thread picked
    // in the "All threads" box, Ctrl+W at once.
    void closingAfterPickingAThreadKeepsTheApplication()
    {
        MainWindow window;
        showActive(window);
        ProfileTab *other = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(other);
        ProfileTab *big = openAndWait(window, m_threadedFile, bigImportMs);
        QVERIFY(big && big->profile());
        QCOMPARE(window.currentTab(), big);
        QComboBox *selector = big->threadSelector();
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->count(), 9);
        QTest::keyClick(selector, Qt::Key_Down);
        QCOMPARE(big->thread(), QStringLiteral("worker 0"));
        QVERIFY(big->isBusy()); // the filter runs while the tab closes
        closeCurrentAndCheck(window, other);
        QCOMPARE(window.currentTab(), other);
    }

    // Each kind of background work, and the moment at which its tab closes.
    void closingDuringWork_data()
    {
        QTest::addColumn<QString>("work");
        QTest::addColumn<int>("delayMs");
        for (const char *work :
             {"import", "thread filter", "focus", "collapse", "sandwich", "function table"})
            for (int delay : closeDelaysMs)
                QTest::addRow("%s after %d ms", work, delay) << QString::fromLatin1(work) << delay;
    }
    void closingDuringWork()
    {
        QFETCH(QString, work);
        QFETCH(int, delayMs);
        MainWindow window;
        showActive(window);
        ProfileTab *other = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(other);
        if (work == QLatin1String("import")) {
            // The real reader on the real file: the parse is what is running.
            window.openFile(m_threadedFile);
            runFor(delayMs);
            closeCurrentAndCheck(window, other);
            return;
        }
        window.setImportReader(readThreaded);
        ProfileTab *tab = openAndWait(window, QStringLiteral("big.pb.gz"));
        QVERIFY(tab && tab->profile());
        ProfileView *view = tab->profileView();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        const ProfilePtr profile = tab->profile();
        const NameId busiest = profile->tree().name(NodeId(1)); // the root's first child
        if (work == QLatin1String("thread filter")) {
            tab->setThread(QStringLiteral("worker 3"));
        } else if (work == QLatin1String("focus")) {
            view->focusOnFunction(busiest);
        } else if (work == QLatin1String("collapse")) {
            view->collapseFunction(busiest);
        } else if (work == QLatin1String("sandwich")) {
            view->setViewMode(ProfileView::ViewMode::Sandwich);
            view->selectFunction(busiest);
            QVERIFY(view->sandwichView()->isBusy());
        } else if (work == QLatin1String("function table")) {
            // A new sample type recomputes the table in the background.
            view->setViewMode(ProfileView::ViewMode::Table);
            tab->setSampleType(1 - tab->sampleType());
        }
        QVERIFY2(tab->isBusy(),
                 "the work must run in the background for the test to mean anything");
        runFor(delayMs);
        closeCurrentAndCheck(window, other);
    }

    // Closing the window while its tabs work: every tab goes at once.
    void closingTheWindowDuringWork()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->setImportReader(readThreaded);
        ProfileTab *tab = openAndWait(*window, QStringLiteral("big.pb.gz"));
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        tab->setThread(QStringLiteral("worker 1"));
        tab->profileView()->focusOnFunction(tab->profile()->tree().name(NodeId(1)));
        window->openFile(QStringLiteral("second.pb.gz"));
        QPointer<MainWindow> alive(window);
        window->close();
        QTRY_VERIFY(alive.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 60000);
        runFor(30);
    }

    // An export runs on after its tab closes (it owns a copy of the profile),
    // and its owner may go at every moment without taking the application along.
    void closingTheExportsOwnerDuringTheExport_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int delay : closeDelaysMs)
            QTest::addRow("after %d ms", delay) << delay;
    }
    void closingTheExportsOwnerDuringTheExport()
    {
        QFETCH(int, delayMs);
        auto *owner = new QWidget;
        auto *exporter = new ExportController(owner);
        ExportOptions options;
        options.htmlMinShare = 0; // every node: the export takes a while
        const QString path = m_dir.filePath(QStringLiteral("export-%1.html").arg(delayMs));
        QVERIFY(exporter->start(threadedProfile(), options, path));
        QVERIFY(exporter->isRunning());
        runFor(delayMs);
        delete owner;
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 60000);
        runFor(30);
        // A cancelled export leaves no half file; a finished one a whole file.
        if (QFile::exists(path)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().trimmed().endsWith("</html>"));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileTab)
#include "tst_profiletab.moc"
