#include "tests/support/testregistry.h"

#include "app/gui/mainwindow.h"
#include "app/gui/recorddialog.h"
#include "library/library.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// File > Record…: a recording under perf started and stopped from the dialog
// (the built pyrograph runs `adhoc` beside the test), the elapsed time moving
// while the window stays responsive, and the result in a tab of its own.
class tst_RecordDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The recording's adhoc process adds to the recent recordings in its settings.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void startAndStopOpensTheRecordingInATab()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QAction *record = window.findChild<QAction *>(QStringLiteral("recordAction"));
        QVERIFY(record);
        record->trigger();
        RecordDialog *dialog = window.recordDialog();
        QVERIFY(dialog->isVisible());
        const QString library = dir.filePath(QStringLiteral("record.sqlite"));
        dialog->setLibraryFile(library);
        dialog->commandEdit()->setText(QStringLiteral("sh"));
        dialog->argumentsEdit()->setText(
            QStringLiteral("-c \"echo started; while :; do :; done\""));
        dialog->workingDirectoryEdit()->setText(dir.path());
        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(Recorder::Mode::Perf)));
        QVERIFY(!dialog->stopButton()->isEnabled());

        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY2(dialog->recorder()->isRunning(), qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->stopButton()->isEnabled());
        QVERIFY(!dialog->startButton()->isEnabled());
        // The elapsed time moves while the event loop runs: nothing blocks the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->elapsedLabel()->text().contains(QLatin1String("0:01.")),
                                 10000);
        QTRY_VERIFY2(dialog->log().contains(QLatin1String("started")), qPrintable(dialog->log()));
        QVERIFY2(dialog->recorder()->isRunning(), qPrintable(dialog->log()));
        if (const QByteArray shots = qgetenv("PYROGRAPH_TEST_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(QFile::decodeName(shots) + QStringLiteral("/record-dialog.png"));

        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->recorder()->isRunning(), 20000);
        QVERIFY2(!dialog->recorder()->outputDirectory().isEmpty(), "no output folder");
        QTRY_COMPARE_WITH_TIMEOUT(window.tabCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.pendingImports(), 0, 20000);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY2(window.tabWidget()->tabText(0).contains(QLatin1String("samples")),
                 qPrintable(window.tabWidget()->tabText(0)));
        QVERIFY(dialog->startButton()->isEnabled());
        // Stop was a Ctrl+C: the endless loop ended by SIGINT (128 + 2), or by the
        // SIGTERM perf sends its workload when the SIGINT reaches perf first.
        QVERIFY2(dialog->statusLabel()->text().contains(
                     QRegularExpression(QStringLiteral("exit status 1(30|43)"))),
                 qPrintable(dialog->statusLabel()->text()));
        const QString elapsed = dialog->elapsedLabel()->text();
        QTest::qWait(300);
        QCOMPARE(dialog->elapsedLabel()->text(), elapsed); // stopped with the recording
        if (const QByteArray shots = qgetenv("PYROGRAPH_TEST_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(QFile::decodeName(shots) + QStringLiteral("/record-tab.png"));

        QString error;
        const auto stored = Library::open(library, &error);
        QVERIFY2(stored, qPrintable(error));
        const auto profiles = stored->list({}, TimeRange{0, std::numeric_limits<qint64>::max()});
        QCOMPARE(profiles.size(), size_t(1));
        QVERIFY2(profiles.front().source.starts_with("adhoc --perf"),
                 profiles.front().source.c_str());
    }

    void aMissingCommandSaysSo()
    {
        RecordDialog dialog;
        dialog.commandEdit()->setText(QString());
        dialog.startRecording();
        QVERIFY(!dialog.recorder()->isRunning());
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("no command")),
                 qPrintable(dialog.statusLabel()->text()));
    }
};

PYROGRAPH_TEST_MAIN(tst_RecordDialog)
#include "tst_recorddialog.moc"
