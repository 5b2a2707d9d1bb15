#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"
#include "app/gui/recentfiles.h"
#include "app/gui/welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace GuiTest;

// The empty window's welcome page: shown while no tab is open, and each of
// its ways in (the sample, a recent file, a drop) opens a tab.
class tst_WelcomePage : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void anEmptyWindowWelcomesTheUser()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *page = window.welcomePage();
        QVERIFY(page->isVisible());
        QVERIFY(!window.tabWidget()->isVisible());
        QVERIFY(page->openButton()->isVisible());
        QVERIFY(page->recentButtons().isEmpty()); // nothing opened yet

        QTest::mouseClick(page->sampleButton(), Qt::LeftButton);
        QCOMPARE(window.tabCount(), 1);
        QTRY_COMPARE(window.pendingImports(), 0);
        QCOMPARE(window.currentTab()->state(), ProfileTab::State::Ready);
        QVERIFY(!page->isVisible());
        QVERIFY(window.tabWidget()->isVisible());

        // The last tab closed: the page is back (Ctrl+W, as the user closes it).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(window.tabCount(), 0);
        QVERIFY(page->isVisible());
        QVERIFY(!window.tabWidget()->isVisible());
    }

    void recentFilesAreButtonsToldApartByFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("old/cpu")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("new/cpu")));
        const QString older = dir.filePath(QStringLiteral("old/cpu/go-cpu.pb.gz"));
        const QString newer = dir.filePath(QStringLiteral("new/cpu/go-cpu.pb.gz"));
        QVERIFY(QFile::copy(corpus("pprof/go-cpu.pb.gz"), older));
        QVERIFY(QFile::copy(corpus("collapsed/simple.txt"), newer));
        RecentFiles::add(corpus("collapsed/recursion.txt"));
        RecentFiles::add(older);
        RecentFiles::add(newer);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPushButton *> buttons = window.welcomePage()->recentButtons();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons[0]->text(), QStringLiteral("go-cpu.pb.gz (new/cpu)"));
        QCOMPARE(buttons[1]->text(), QStringLiteral("go-cpu.pb.gz (old/cpu)"));
        QCOMPARE(buttons[2]->text(), QStringLiteral("recursion.txt"));
        QCOMPARE(buttons[1]->toolTip(), older);
        QVERIFY(buttons[1]->isVisible());

        QTest::mouseClick(buttons[1], Qt::LeftButton);
        QTRY_COMPARE(window.pendingImports(), 0);
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(window.currentTab()->path(), older);
        QCOMPARE(window.currentTab()->profile()->metadata().format, std::string("pprof"));
    }

    void aDropOnThePageOpensTheFiles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(dropFiles(&window, {corpus("collapsed/simple.txt")}));
        QTRY_COMPARE(window.pendingImports(), 0);
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(!window.welcomePage()->isVisible());
    }

    void screenshotOfTheEmptyWindow()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("welcome.png"));
        QProcess process;
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"),
                      {QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
                       QStringLiteral("900x600")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        // The page's text and buttons, not one flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

PYROGRAPH_TEST_MAIN(tst_WelcomePage)
#include "tst_welcomepage.moc"
