#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/gui/exportcontroller.h"
#include "app/gui/exportnotice.h"
#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace GuiTest;

// What File > Export says once it is done: the notice with its folder button,
// the status bar, and the name the save dialog proposes.
class tst_ExportNotice : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void aFinishedExportIsConfirmedWithItsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("go-cpu.svg"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProfileTab *tab = openAndWait(window, corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        QList<QUrl> opened;
        window.exportNotice()->setFolderOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QVERIFY(!window.exportNotice()->isVisible());

        ExportController *exporter = window.exportController();
        QSignalSpy finished(exporter, &ExportController::finished);
        FlameGraphView *view = tab->profileView()->flameGraphView();
        QVERIFY(exporter->start(tab->profile(), ExportController::optionsFor(*view, SearchResult()),
                                path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(window.exportNotice()->isVisible());
        QVERIFY2(window.exportNotice()->text().contains(QStringLiteral("go-cpu.svg")),
                 qPrintable(window.exportNotice()->text()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(window.statusBar()->currentMessage()));

        QTest::mouseClick(window.exportNotice()->openFolderButton(), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>({QUrl::fromLocalFile(QFileInfo(path).absolutePath())}));
    }

    void aFailedExportShowsNoNotice()
    {
        MainWindow window;
        window.show();
        ProfileTab *tab = openAndWait(window, corpus("collapsed/simple.txt"));
        QVERIFY(tab);
        ExportController *exporter = window.exportController();
        QSignalSpy finished(exporter, &ExportController::finished);
        // A folder that does not exist: the write fails (its warning box closed at once).
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        QVERIFY(exporter->start(
            tab->profile(),
            ExportController::optionsFor(*tab->profileView()->flameGraphView(), SearchResult()),
            QStringLiteral("/nonexistent/folder/x.svg")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!window.exportNotice()->isVisible());
    }

    void theSaveDialogProposesTheProfilesNameWithoutItsExtensions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, corpus("pprof/go-cpu.pb.gz")));
        QString proposed;
        // File > Export… opens the save dialog; read what it proposes, then cancel it.
        QTimer::singleShot(0, &window, [&proposed] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                proposed = name->text();
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QCOMPARE(proposed, QStringLiteral("go-cpu.svg"));
    }
};

PYROGRAPH_TEST_MAIN(tst_ExportNotice)
#include "tst_exportnotice.moc"
