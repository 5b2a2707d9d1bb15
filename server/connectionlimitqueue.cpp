#include "connectionlimitqueue.h"

namespace {
thread_local bool refusing = false;
} // namespace

ConnectionLimitQueue::ConnectionLimitQueue(size_t threads, int maxConnections)
    : m_pool(threads), m_refusals(2), m_max(maxConnections)
{ }

void ConnectionLimitQueue::enqueue(std::function<void()> fn)
{
    if (m_open.fetch_add(1) >= m_max) {
        m_open.fetch_sub(1);
        m_refusals.enqueue([fn = std::move(fn)] {
            refusing = true;
            fn();
            refusing = false;
        });
        return;
    }
    m_pool.enqueue([this, fn = std::move(fn)] {
        fn();
        m_open.fetch_sub(1);
    });
}

void ConnectionLimitQueue::shutdown()
{
    m_pool.shutdown();
    m_refusals.shutdown();
}

bool ConnectionLimitQueue::overLimit()
{
    return refusing;
}
