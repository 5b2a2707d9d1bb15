#pragma once

#include <httplib.h>

#include <atomic>
#include <functional>

// cpp-httplib's task queue with a cap on open connections (`serve
// --max-connections`). Each accepted connection is a task that serves it
// until it closes; past the cap, a connection goes to two threads of their
// own that answer its requests 503 (HttpServer asks overLimit()), so a flood
// of idle or slow clients never takes the workers that serve the others.
// (cpp-httplib offers no way to close the refused socket early: a client that
// keeps it open holds a refusal thread until the keep-alive timeout.)
class ConnectionLimitQueue final : public httplib::TaskQueue
{
public:
    ConnectionLimitQueue(size_t threads, int maxConnections);

    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

    // True on the thread answering a connection past the cap.
    static bool overLimit();
    int openConnections() const { return m_open.load(); }

private:
    httplib::ThreadPool m_pool;
    httplib::ThreadPool m_refusals;
    const int m_max;
    std::atomic_int m_open = 0;
};
