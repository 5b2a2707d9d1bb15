#include "jobtracker.h"

#include <algorithm>

JobTracker::JobTracker(QObject *context) : QObject(context), m_link(std::make_shared<Link>())
{
    m_link->tracker = this;
}

JobTracker::~JobTracker()
{
    {
        // After this no job can queue a call to us; calls already queued go
        // with this object. No signal here: the owner is being destroyed.
        const QMutexLocker lock(&m_link->mutex);
        m_link->tracker = nullptr;
    }
    if (m_job)
        m_job->stop(true);
}

std::shared_ptr<JobTracker::Job> JobTracker::begin()
{
    cancel();
    m_job = std::make_shared<Job>(m_link, ++m_generation);
    return m_job;
}

void JobTracker::cancel()
{
    if (m_job)
        m_job->stop(true);
    m_job.reset();
}

void JobTracker::requestCancel()
{
    if (m_job)
        m_job->stop(false);
}

bool JobTracker::finish(quint64 generation)
{
    if (!m_job || m_job->generation() != generation)
        return false;
    // Before done runs: done may start the next job.
    m_job.reset();
    return true;
}

void JobTracker::showProgress(quint64 generation, double fraction)
{
    if (m_job && m_job->generation() == generation)
        emit progressChanged(fraction);
}

void JobTracker::Job::stop(bool dropped)
{
    if (dropped)
        m_dropped.store(true, std::memory_order_relaxed);
    m_cancelled.store(true, std::memory_order_relaxed);
}

void JobTracker::Job::report(double fraction)
{
    const int step = fraction > 0 ? int(std::min(fraction, 1.0) * progressSteps) : 0;
    // Only changes cross threads (work may report from several threads at once),
    // and none for a job nobody waits for.
    if (isDropped() || m_lastStep.exchange(step, std::memory_order_relaxed) == step)
        return;
    m_link->post([generation = m_generation, step](JobTracker &tracker) {
        tracker.showProgress(generation, double(step) / progressSteps);
    });
}
