#include "library/librarywriter.h"

LibraryWriter::LibraryWriter(std::unique_ptr<SqliteConnection> db)
    : m_db(std::move(db))
    , m_thread([this] { loop(); })
{}

LibraryWriter::~LibraryWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool LibraryWriter::run(Job job, QString *error)
{
    Pending pending;
    pending.job = std::move(job);
    std::unique_lock lock(m_mutex);
    m_pending.push_back(&pending);
    m_wake.notify_one();
    m_done.wait(lock, [&] { return pending.done; });
    if (!pending.ok && error)
        *error = pending.error;
    return pending.ok;
}

void LibraryWriter::loop()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_stop || !m_pending.empty(); });
        if (m_pending.empty())
            return; // stopping, nothing left
        std::deque<Pending *> batch;
        batch.swap(m_pending);
        lock.unlock();
        commitBatch(batch);
        lock.lock();
        for (Pending *pending : batch)
            pending->done = true;
        m_done.notify_all();
    }
}

void LibraryWriter::commitBatch(std::deque<Pending *> &batch)
{
    QString error;
    if (!m_db->exec("BEGIN IMMEDIATE", &error)) {
        for (Pending *pending : batch)
            pending->error = error;
        return;
    }
    for (Pending *pending : batch) {
        QString ignored;
        if (!m_db->exec("SAVEPOINT job", &pending->error))
            continue;
        pending->ok = pending->job(*m_db, &pending->error);
        if (!pending->ok)
            m_db->exec("ROLLBACK TO job", &ignored);
        m_db->exec("RELEASE job", &ignored);
    }
    if (!m_db->exec("COMMIT", &error)) {
        QString ignored;
        m_db->exec("ROLLBACK", &ignored);
        for (Pending *pending : batch) {
            pending->ok = false;
            pending->error = error;
        }
    }
}
