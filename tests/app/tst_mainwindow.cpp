#include "app/mainwindow.h"

#include "model/progress.h"
#include "widgets/calltreemodel.h"

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
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>
#include <QUrl>

#include <atomic>

namespace {
QString corpus(const char *relative)
{
    // Clean, as the window shows and remembers absolute paths.
    return QDir::cleanPath(QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative));
}

// Sends a real drag-enter and drop with file URLs to the window, as a file
// manager does; returns whether the drop was accepted.
bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// Waits, reporting half done, until the import is cancelled (or 30 s pass).
ImportResult waitForCancel(const QString &, Progress &progress)
{
    progress.report(0.5);
    for (int i = 0; i < 3000 && !progress.isCanceled(); ++i)
        QThread::msleep(10);
    return progress.isCanceled() ? ImportResult::cancellation() : ImportResult::failure(QStringLiteral("not cancelled"));
}

QStringList selectedNames(QTreeView *view)
{
    QStringList names;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        names << i.data().toString();
    return names;
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

    ProfileTab *openAndWait(MainWindow &window, const QString &path)
    {
        ProfileTab *tab = window.openFile(path);
        if (!QTest::qWaitFor([&] { return window.pendingImports() == 0; }, 20000))
            return nullptr;
        return tab;
    }

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
        // The call tree shows the root, expanded: a under total.
        QTreeView *tree = tab->callTreeView();
        QVERIFY(tree->isVisible());
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("total"));
        QVERIFY(tree->isExpanded(root));
        QCOMPARE(tree->model()->index(0, 0, root).data().toString(), QStringLiteral("a"));
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
        std::atomic<bool> sawCancel = false;
        window.setImportReader([&sawCancel](const QString &path, Progress &progress) {
            ImportResult r = waitForCancel(path, progress);
            sawCancel = r.canceled;
            return r;
        });
        window.openFile(corpus("pprof/go-cpu.pb.gz"));
        QCOMPARE(window.pendingImports(), 1);
        window.tabWidget()->tabCloseRequested(0);
        QCOMPARE(window.tabCount(), 0);
        QTRY_VERIFY(sawCancel.load());
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
        const QModelIndex rootTotal = tab->callTreeView()->model()->index(0, CallTreeModel::TotalColumn);
        QCOMPARE(rootTotal.data().toString(), QStringLiteral("22.6 s"));
        selector->setCurrentIndex(0);
        QCOMPARE(tab->sampleType(), 0);
        QCOMPARE(rootTotal.data().toString(), QStringLiteral("2,257"));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("samples: 2,257 total")), qPrintable(window.statusText()));
    }
    void searchSelectsMatchingRows()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        window.searchField()->setText(QStringLiteral("SHA256.BLOCK"));
        QVERIFY(tab->searchResult().isActive());
        const QStringList selected = selectedNames(tab->callTreeView());
        QVERIFY(!selected.isEmpty());
        for (const QString &name : selected)
            QCOMPARE(name, QStringLiteral("crypto/sha256.block"));
        // Each selected row is visible: its ancestors are expanded.
        for (const QModelIndex &i : tab->callTreeView()->selectionModel()->selectedRows())
            for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
                QVERIFY(tab->callTreeView()->isExpanded(p));
        QVERIFY2(window.statusText().contains(QStringLiteral("search: 8.64% matched")), qPrintable(window.statusText()));
        window.searchField()->clear();
        QVERIFY(!tab->searchResult().isActive());
        QVERIFY(selectedNames(tab->callTreeView()).isEmpty());
    }
    void zoomExpandsAndSelectsThePath()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QVERIFY(tab->zoomToPath({"a", "b", "d"}));
        QCOMPARE(selectedNames(tab->callTreeView()), QStringList({"d"}));
        QCOMPARE(tab->callTreeView()->currentIndex().data().toString(), QStringLiteral("d"));
        QVERIFY(!tab->zoomToPath({"a", "nope"}));
    }
    void viewWidgetReplacesTheCallTree()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        QCOMPARE(tab->viewWidget(ProfileTab::View::Table), tab->callTreeView());
        auto *table = new QWidget;
        tab->setViewWidget(ProfileTab::View::Table, table);
        tab->setView(ProfileTab::View::Table);
        QVERIFY(table->isVisible());
        QVERIFY(!tab->callTreeView()->isVisible());
        tab->setView(ProfileTab::View::FlameGraph);
        QVERIFY(tab->callTreeView()->isVisible());
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
    void rendererSlotShowsInTheStatusBar()
    {
        MainWindow window;
        window.setRendererName(QStringLiteral("Raster"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("rendererLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Renderer: Raster"));
    }

    void screenshotWritesTheWindow()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // not the user's settings
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"),
                      {corpus("pprof/go-cpu.pb.gz"), corpus("collapsed/simple.txt"), "--screenshot", out, "--size",
                       "1000x700", "--view", "table", "--search", "sha256", "--zoom", "runtime.main;main.main"});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        // The path is in the Go profile (and reported missing in the other).
        QVERIFY2(!err.contains(QStringLiteral("go-cpu.pb.gz: no call path")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("simple.txt: no call path")), qPrintable(err));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1000, 700));
        QVERIFY(distinctColours(image) > 8); // text, frames, highlights: not blank
        // Kept for people to look at.
        const QString keep = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
        QDir().mkpath(keep);
        QFile::remove(keep + QStringLiteral("/mainwindow.png"));
        QVERIFY(QFile::copy(out, keep + QStringLiteral("/mainwindow.png")));
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
