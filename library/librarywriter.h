#pragma once

#include "library/sqliteconnection.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

// The library's one writer: a thread owning the write connection that runs
// every pending job in one transaction, each job inside a savepoint of its own
// (a job that fails is rolled back alone), and answers the callers once the
// commit is durable (WAL, synchronous=FULL: the commit fsyncs the log).
// Callers that arrive while a commit is being synced share the next one, so
// 8 threads adding at once pay for one fsync per batch, not one each.
class LibraryWriter final
{
public:
    // A job writes through the connection; false with *error undoes what it wrote.
    using Job = std::function<bool(SqliteConnection &db, QString *error)>;

    explicit LibraryWriter(std::unique_ptr<SqliteConnection> db);
    ~LibraryWriter();

    // Blocks until the job's transaction committed (true) or it failed (false, *error).
    bool run(Job job, QString *error);

private:
    struct Pending
    {
        Job job;
        bool done = false;
        bool ok = false;
        QString error;
    };

    void loop();
    void commitBatch(std::deque<Pending *> &batch);

    std::unique_ptr<SqliteConnection> m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Pending *> m_pending;
    bool m_stop = false;
    std::thread m_thread;
};
