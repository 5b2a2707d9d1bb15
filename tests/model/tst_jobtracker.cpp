#include "tests/support/testregistry.h"

#include "model/jobtracker.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace {
// Work that blocks until the test lets it go or it sees a cancel; tells the
// test when it runs and whether it saw the cancel.
struct Gate
{
    QSemaphore started;
    std::atomic_bool open = false;
    std::atomic_bool sawCancel = false;
    std::atomic_bool ended = false;

    int wait(Progress &progress, int value)
    {
        started.release();
        while (!open.load() && !progress.isCanceled())
            QThread::yieldCurrentThread();
        sawCancel = progress.isCanceled();
        ended = true;
        return value;
    }
};

// Everything queued to the pool has run and posted what it posts.
bool poolDrained()
{
    return QThreadPool::globalInstance()->waitForDone(30000);
}
} // namespace

class tst_JobTracker : public QObject
{
    Q_OBJECT
private slots:
    void doneGetsTheResultOnTheOwnersThread()
    {
        QObject owner;
        JobTracker tracker(&owner);
        std::atomic<QThread *> workThread = nullptr;
        QThread *doneThread = nullptr;
        int result = 0;
        tracker.startJob(
            [&](Progress &) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThread();
                result = value;
            });
        QVERIFY(tracker.isRunning());
        QTRY_COMPARE(result, 42);
        QVERIFY(!tracker.isRunning());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workThread.load() != QThread::currentThread());
    }
    void aSupersededJobsResultIsDropped()
    {
        QObject owner;
        JobTracker tracker(&owner);
        Gate first;
        QList<int> results;
        tracker.startJob([&](Progress &p) { return first.wait(p, 1); },
                         [&](int v) { results << v; });
        QVERIFY(first.started.tryAcquire(1, 30000)); // running, not merely queued
        tracker.startJob([](Progress &) { return 2; }, [&](int v) { results << v; });
        QTRY_VERIFY(first.ended.load());
        QVERIFY(first.sawCancel.load()); // superseding cancels
        QVERIFY(poolDrained());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(results, QList<int>{2});
        QVERIFY(!tracker.isRunning());
    }
    void aSupersededJobStillRunningLateIsDropped()
    {
        // The old job ends after the new one was delivered: still dropped.
        QObject owner;
        JobTracker tracker(&owner);
        Gate first;
        QList<int> results;
        // Ignores the cancel: only the gate ends it.
        tracker.startJob(
            [&](Progress &) {
                first.started.release();
                while (!first.open.load())
                    QThread::yieldCurrentThread();
                return 1;
            },
            [&](int v) { results << v; });
        QVERIFY(first.started.tryAcquire(1, 30000));
        tracker.startJob([](Progress &) { return 2; }, [&](int v) { results << v; });
        QTRY_COMPARE(results, QList<int>{2});
        first.open = true;
        QVERIFY(poolDrained());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(results, QList<int>{2});
    }
    void cancelStopsTheJobAndDropsItsResult()
    {
        QObject owner;
        JobTracker tracker(&owner);
        Gate gate;
        bool done = false;
        tracker.startJob([&](Progress &p) { return gate.wait(p, 1); }, [&](int) { done = true; });
        QVERIFY(gate.started.tryAcquire(1, 30000));
        tracker.cancel();
        QVERIFY(!tracker.isRunning());
        QTRY_VERIFY(gate.ended.load());
        QVERIFY(gate.sawCancel.load());
        QVERIFY(poolDrained());
        QCoreApplication::sendPostedEvents();
        QVERIFY(!done);
    }
    void requestCancelStillDeliversTheResult()
    {
        QObject owner;
        JobTracker tracker(&owner);
        Gate gate;
        int result = 0;
        tracker.startJob(
            [&](Progress &p) {
                gate.wait(p, 0);
                return p.isCanceled() ? 7 : 1;
            },
            [&](int v) { result = v; });
        QVERIFY(gate.started.tryAcquire(1, 30000));
        tracker.requestCancel();
        QVERIFY(tracker.isRunning());
        QTRY_COMPARE(result, 7);
        QVERIFY(gate.sawCancel.load());
        QVERIFY(!tracker.isRunning());
    }
    void aJobCancelledWhileQueuedNeverRuns()
    {
        // The pool's only thread is busy, so the job waits in the queue.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        QSemaphore blocking;
        const auto restore = qScopeGuard([&] {
            release.release();
            pool->waitForDone(30000);
            pool->setMaxThreadCount(threads);
        });
        pool->start([&] {
            blocking.release();
            release.acquire();
        });
        QVERIFY(blocking.tryAcquire(1, 30000));
        QObject owner;
        JobTracker tracker(&owner);
        std::atomic_bool ran = false;
        tracker.startJob(
            [&](Progress &) {
                ran = true;
                return 0;
            },
            [](int) {});
        tracker.cancel();
        release.release();
        QVERIFY(pool->waitForDone(30000));
        QVERIFY(!ran.load());
    }
    void progressReachesTheListener()
    {
        QObject owner;
        JobTracker tracker(&owner);
        QSignalSpy progress(&tracker, &JobTracker::progressChanged);
        bool done = false;
        tracker.startJob(
            [](Progress &p) {
                p.report(0.25);
                p.report(0.25); // no change: no signal
                p.report(0.5);
                p.report(2.0); // clamped
                return 0;
            },
            [&](int) { done = true; });
        QTRY_VERIFY(done);
        // Queued from the work before its result, so all here by now.
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(0).at(0).toDouble(), 0.25);
        QCOMPARE(progress.at(1).at(0).toDouble(), 0.5);
        QCOMPARE(progress.at(2).at(0).toDouble(), 1.0);
    }
    void aSupersededJobsProgressIsNotShown()
    {
        QObject owner;
        JobTracker tracker(&owner);
        QSignalSpy progress(&tracker, &JobTracker::progressChanged);
        Gate first;
        tracker.startJob(
            [&](Progress &p) {
                first.started.release();
                while (!first.open.load())
                    QThread::yieldCurrentThread();
                p.report(0.9); // after it was superseded
                return 0;
            },
            [](int) {});
        QVERIFY(first.started.tryAcquire(1, 30000));
        bool done = false;
        tracker.startJob(
            [&](Progress &p) {
                first.open = true;
                p.report(0.1);
                return 0;
            },
            [&](int) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(poolDrained());
        QCoreApplication::sendPostedEvents();
        QVERIFY(!progress.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(progress))
            QCOMPARE(signal.at(0).toDouble(), 0.1);
    }
    void destroyingTheTrackerDuringAJobIsSafe()
    {
        auto owner = std::make_unique<QObject>();
        auto *tracker = new JobTracker(owner.get());
        auto gate = std::make_shared<Gate>();
        auto done = std::make_shared<std::atomic_bool>(false);
        tracker->startJob(
            [gate](Progress &p) {
                const int v = gate->wait(p, 1);
                p.report(1.0); // to a tracker that is gone
                return v;
            },
            [done](int) { *done = true; });
        QVERIFY(gate->started.tryAcquire(1, 30000));
        owner.reset(); // deletes the tracker, which must not wait for the job
        QTRY_VERIFY(gate->ended.load());
        QVERIFY(gate->sawCancel.load());
        QVERIFY(poolDrained());
        QCoreApplication::sendPostedEvents();
        QVERIFY(!done->load());
    }
    void destroyedWhileTheResultIsQueued()
    {
        // The result was posted, then the tracker went: the call goes with it.
        auto owner = std::make_unique<QObject>();
        auto *tracker = new JobTracker(owner.get());
        bool done = false;
        tracker->startJob([](Progress &) { return 1; }, [&](int) { done = true; });
        QVERIFY(poolDrained()); // posted, not delivered: no event loop ran since
        owner.reset();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!done);
    }
};

PYROGRAPH_TEST_MAIN(tst_JobTracker)
#include "tst_jobtracker.moc"
