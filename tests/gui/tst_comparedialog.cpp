#include "tests/support/testregistry.h"

#include "app/gui/comparedialog.h"

#include "tests/model/collapsedtext.h"

#include "model/progress.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using testing::fromCollapsed;

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

const std::vector<SampleType> pprofTypes{{"samples", "count"}, {"cpu", "nanoseconds"}};

// A reader that reports half done, then works until it sees a cancel (at
// most 30 s) and says whether it saw one.
ImportJob::Reader waitingReader(std::shared_ptr<std::atomic_bool> sawCancel)
{
    return [sawCancel](const QString &, Progress &progress) {
        progress.report(0.5);
        for (int i = 0; i < 3000 && !progress.isCanceled(); ++i)
            QThread::msleep(10);
        *sawCancel = progress.isCanceled();
        return progress.isCanceled() ? ImportResult::cancellation()
                                     : ImportResult::failure(QStringLiteral("not cancelled"));
    };
}
} // namespace

class tst_CompareDialog : public QObject
{
    Q_OBJECT
private slots:
    void picksTheLastTwoTabsAndPairsTypes()
    {
        const QList<CompareDialog::Source> open{
            {QStringLiteral("old.txt"), fromCollapsed({"main 1"})},
            {QStringLiteral("cpu.pb.gz"), fromCollapsed({"main 1 10"}, pprofTypes)},
            {QStringLiteral("new.txt"), fromCollapsed({"main 2"})},
        };
        CompareDialog dialog(open);
        QCOMPARE(dialog.title(CompareDialog::Baseline), QStringLiteral("cpu.pb.gz"));
        QCOMPARE(dialog.title(CompareDialog::Comparison), QStringLiteral("new.txt"));
        // cpu.pb.gz defaults to cpu, which new.txt lacks: paired on "samples".
        QCOMPARE(dialog.sampleType(CompareDialog::Baseline), 0);
        QCOMPARE(dialog.sampleType(CompareDialog::Comparison), 0);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
        if (const QByteArray shots = qgetenv("PYROGRAPH_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QFile::decodeName(shots) + QStringLiteral("/compare-recordings.png"));
        }
    }
    void refusesDifferentUnitsInTheWindow()
    {
        const QList<CompareDialog::Source> open{
            {QStringLiteral("cpu.pb.gz"), fromCollapsed({"main 1 10"}, pprofTypes)},
            {QStringLiteral("cpu2.pb.gz"), fromCollapsed({"main 1 20"}, pprofTypes)},
        };
        CompareDialog dialog(open);
        QCOMPARE(dialog.sampleType(CompareDialog::Baseline), 1);
        QVERIFY(dialog.isAcceptable());
        // The user pairs cpu (nanoseconds) with samples (count): refused, both named.
        dialog.setSampleType(CompareDialog::Comparison, 0);
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.message().contains(QLatin1String("cpu.pb.gz (cpu in nanoseconds)"))
                     && dialog.message().contains(QLatin1String("cpu2.pb.gz (samples in count)"))
                     && dialog.message().contains(QLatin1String("units differ")),
                 qPrintable(dialog.message()));
        dialog.setSampleType(CompareDialog::Baseline, 0);
        QVERIFY(dialog.isAcceptable());
        QVERIFY(dialog.message().isEmpty());
    }
    void nothingInCommandIsExplained()
    {
        const QList<CompareDialog::Source> open{
            {QStringLiteral("cpu.pb.gz"), fromCollapsed({"main 10"}, {{"cpu", "nanoseconds"}})},
            {QStringLiteral("heap.pb.gz"), fromCollapsed({"main 10"}, {{"inuse_space", "bytes"}})},
        };
        CompareDialog dialog(open);
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.message().contains(QLatin1String("no sample type in common")), qPrintable(dialog.message()));
    }
    void readsFilesOfAnyFormat()
    {
        CompareDialog dialog({});
        QVERIFY(!dialog.isAcceptable());
        QSignalSpy spy(&dialog, &CompareDialog::sourcesChanged);
        dialog.setFile(CompareDialog::Baseline, corpus("pprof/go-cpu.pb.gz"));
        dialog.setFile(CompareDialog::Comparison, corpus("collapsed/inferno/diff-folded_after.txt"));
        QVERIFY(dialog.isReading());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
        QVERIFY(!dialog.isReading());
        QVERIFY(dialog.profile(CompareDialog::Baseline));
        QCOMPARE(dialog.profile(CompareDialog::Baseline)->metadata().format, std::string("pprof"));
        QCOMPARE(dialog.title(CompareDialog::Comparison), QStringLiteral("diff-folded_after.txt"));
        QCOMPARE(dialog.sampleType(CompareDialog::Baseline), 0); // samples, to pair with the collapsed count
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
        if (const QByteArray shots = qgetenv("PYROGRAPH_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QFile::decodeName(shots) + QStringLiteral("/compare-recordings.png"));
        }
    }
    void badFileIsReported()
    {
        CompareDialog dialog({});
        QSignalSpy spy(&dialog, &CompareDialog::sourcesChanged);
        dialog.setFile(CompareDialog::Baseline, QStringLiteral("/nonexistent/x.pb.gz"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.message().contains(QLatin1String("/nonexistent/x.pb.gz")), qPrintable(dialog.message()));
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("baselineProgress"))
                     ->isVisibleTo(&dialog));
    }
    void readerErrorNamesTheFile()
    {
        // A reader whose message does not name the file: the dialog does.
        CompareDialog dialog({});
        dialog.setReader([](const QString &, Progress &) {
            return ImportResult::failure(QStringLiteral("bad magic"));
        });
        QSignalSpy spy(&dialog, &CompareDialog::sourcesChanged);
        dialog.setFile(CompareDialog::Comparison, QStringLiteral("/data/after.pb.gz"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(dialog.message(), QStringLiteral("Could not read /data/after.pb.gz: bad magic"));
        QVERIFY(!dialog.isAcceptable());
    }
    void readingShowsProgressAndCancelKeepsTheDialogUsable()
    {
        const QList<CompareDialog::Source> open{
            {QStringLiteral("old.txt"), fromCollapsed({"main 1"})},
            {QStringLiteral("new.txt"), fromCollapsed({"main 2"})},
        };
        CompareDialog dialog(open);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("comparisonProgress"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("comparisonCancel"));
        QVERIFY(progress && cancel);
        QVERIFY(!progress->isVisible() && !cancel->isVisible()); // only while reading

        const auto sawCancel = std::make_shared<std::atomic_bool>(false);
        dialog.setReader(waitingReader(sawCancel));
        QSignalSpy changed(&dialog, &CompareDialog::sourcesChanged);
        const QString path = QStringLiteral("/data/slow.pb.gz");
        dialog.setFile(CompareDialog::Comparison, path);
        QVERIFY(dialog.isReading());
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.message().contains(QLatin1String("slow.pb.gz")),
                 qPrintable(dialog.message()));
        QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("baselineProgress"))->isVisible());
        QTRY_COMPARE(progress->value(), 500);

        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!dialog.isReading());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!progress->isVisible() && !cancel->isVisible());
        QVERIFY(!dialog.profile(CompareDialog::Comparison));
        auto *source = dialog.findChild<QComboBox *>(QStringLiteral("comparisonSource"));
        QCOMPARE(source->findData(path), -1);
        QVERIFY(!dialog.isAcceptable());
        QTRY_VERIFY(sawCancel->load()); // the reader was told, not left running

        // Still usable: another source makes it acceptable, and the cancelled
        // read never lands on it.
        dialog.setSource(CompareDialog::Comparison, 1);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(dialog.title(CompareDialog::Comparison), QStringLiteral("new.txt"));
        QCOMPARE(changed.count(), 1);
    }

    // File > Compare… offers the latest adhoc recordings and, with no tabs
    // open, picks the newest and the run before it of the same command.
    void picksTwoRecordingsOfOneCommand()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &folder, const QByteArray &stacks) {
            QDir(dir.path()).mkpath(folder);
            const QString path = QDir(dir.path()).filePath(folder + QStringLiteral("/cpu.folded"));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(stacks);
            return path;
        };
        const QString first = write(QStringLiteral("adhoc-busy-20261206-101500"), "main;spin 3\n");
        const QString other = write(QStringLiteral("adhoc-other-20261206-101600"), "main;idle 9\n");
        const QString second = write(QStringLiteral("adhoc-busy-20261206-101700"), "main;spin 5\n");
        CompareDialog dialog({}, nullptr, {second, other, first});
        auto *source = dialog.findChild<QComboBox *>(QStringLiteral("baselineSource"));
        QVERIFY(source);
        QVERIFY(source->findText(QStringLiteral("Recording: adhoc-other-20261206-101600/cpu.folded")) >= 0);
        QTRY_VERIFY(!dialog.isReading());
        QTRY_VERIFY(dialog.profile(CompareDialog::Baseline) && dialog.profile(CompareDialog::Comparison));
        QCOMPARE(dialog.title(CompareDialog::Baseline), QStringLiteral("adhoc-busy-20261206-101500/cpu.folded"));
        QCOMPARE(dialog.title(CompareDialog::Comparison), QStringLiteral("adhoc-busy-20261206-101700/cpu.folded"));
        QCOMPARE(dialog.profile(CompareDialog::Baseline)->total(0), 3);
        QCOMPARE(dialog.profile(CompareDialog::Comparison)->total(0), 5);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
        if (const QByteArray shots = qgetenv("PYROGRAPH_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QFile::decodeName(shots) + QStringLiteral("/compare-recordings.png"));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
