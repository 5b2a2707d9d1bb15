#pragma once

#include "progress.h"

#include <QMutex>
#include <QObject>
#include <QRunnable>
#include <QThreadPool>

#ifdef __SANITIZE_THREAD__
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
#endif

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

// The background work of one owner (a tab, a view, a dialog), after KDAB
// Hotspot's JobTracker: every startJob() gets a new generation and supersedes
// the job before it, which is cancelled and whose result is dropped; the done
// callback runs on the tracker's thread, and only for the latest job while the
// tracker (a child of its context) is alive. The work sees a cancel and
// reports progress through the model's Progress, as importers and transforms do.
//
// Nothing ever waits for a job: destroying the tracker cancels its job and cuts
// the job's way back, so the owner goes at once and the job ends in the pool at
// its next check (Hotspot's jobs likewise only hold a QPointer to the context).
// So the work must own copies of what it reads (shared profiles, values), never
// the owner; only done may touch the owner.
class JobTracker final : public QObject
{
    Q_OBJECT
public:
    // Progress is reported to listeners in steps of a thousandth.
    static constexpr int progressSteps = 1000;

    // context owns the tracker: the done callbacks run on its thread, and end with it.
    explicit JobTracker(QObject *context);
    ~JobTracker() override;

    // work(Progress &) -> Result runs in the global thread pool; done(Result)
    // runs here if this job is still the latest when it ends. Neither may throw.
    template<class Work, class Done> void startJob(Work work, Done done);
    // Stops the job and forgets it: its done never runs.
    void cancel();
    // Asks the job to stop but still wants its result: done runs with what the
    // work returns (an export that committed its file before it saw the cancel
    // must report that the file is there).
    void requestCancel();
    // True from startJob() until its done runs or it is cancelled.
    bool isRunning() const { return m_job != nullptr; }

signals:
    // The running job's progress in [0, 1]; never a superseded job's.
    void progressChanged(double fraction);

private:
    // What the jobs share with their tracker: the way back, cut when it goes.
    struct Link
    {
        QMutex mutex;
        JobTracker *tracker = nullptr;

        // Queues fn(tracker) to the tracker's thread unless the tracker is gone;
        // a tracker destroyed before the call runs deletes the call with it.
        template<class F> void post(F fn)
        {
            const QMutexLocker lock(&mutex);
            if (JobTracker *t = tracker)
                QMetaObject::invokeMethod(
                    t, [t, fn = std::move(fn)]() mutable { fn(*t); }, Qt::QueuedConnection);
        }
    };

    // One job: the Progress its work sees.
    class Job final : public Progress
    {
    public:
        Job(std::shared_ptr<Link> link, quint64 generation)
            : m_link(std::move(link)), m_generation(generation)
        { }
        bool isCanceled() const override { return m_cancelled.load(std::memory_order_relaxed); }
        void report(double fraction) override;
        // dropped: nobody wants the result either, so a job still queued never runs.
        void stop(bool dropped);
        bool isDropped() const { return m_dropped.load(std::memory_order_relaxed); }
        quint64 generation() const { return m_generation; }
        Link &link() const { return *m_link; }

    private:
        const std::shared_ptr<Link> m_link;
        const quint64 m_generation;
        std::atomic_bool m_cancelled = false;
        std::atomic_bool m_dropped = false;
        std::atomic_int m_lastStep = -1;
    };

    // QThreadPool::start(std::function) wants a copyable callable; results and
    // callbacks may be move-only.
    // Under ThreadSanitizer the hand-over is annotated: Debian's Qt is not built
    // with TSan, so the pool's own synchronisation is invisible to it and what
    // the job captured would read as a race (./dev test --tsan).
    template<class F> class Runnable final : public QRunnable
    {
    public:
        explicit Runnable(F f) : m_f(std::move(f))
        {
#ifdef __SANITIZE_THREAD__
            __tsan_release(this);
#endif
        }
        void run() override
        {
#ifdef __SANITIZE_THREAD__
            __tsan_acquire(this);
#endif
            m_f();
        }

    private:
        F m_f;
    };

    std::shared_ptr<Job> begin();
    bool finish(quint64 generation);
    void showProgress(quint64 generation, double fraction);

    const std::shared_ptr<Link> m_link;
    std::shared_ptr<Job> m_job; // the latest job, while its result is wanted
    quint64 m_generation = 0;
};

template<class Work, class Done> void JobTracker::startJob(Work work, Done done)
{
    using Result = std::invoke_result_t<Work &, Progress &>;
    static_assert(!std::is_void_v<Result>, "a job's work returns its result");
    auto run = [job = begin(), work = std::move(work), done = std::move(done)]() mutable {
        // Superseded or cancelled before a thread was free: nobody wants it.
        if (job->isDropped())
            return;
        Result result = work(*job);
        job->link().post([generation = job->generation(), result = std::move(result),
                          done = std::move(done)](JobTracker &tracker) mutable {
            if (tracker.finish(generation))
                done(std::move(result));
        });
    };
    QThreadPool::globalInstance()->start(new Runnable<decltype(run)>(std::move(run)));
}
