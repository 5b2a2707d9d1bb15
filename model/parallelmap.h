#pragma once

#include <QThreadPool>

#include <algorithm>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

// Calls f on every element of work, spread over Qt Core's global thread pool,
// and returns when all are done. The model links Qt Core only, so this stands
// in for QtConcurrent::blockingMap. The calling thread takes items too, so the
// map finishes even when every pool thread is busy (a search started from a
// pool thread while the other pool threads wait): a pool task that starts late
// finds nothing left to claim and touches neither work nor f.
template<typename T, typename F>
void parallelMap(std::vector<T> &work, F &&f)
{
    const size_t count = work.size();
    if (count <= 1) {
        if (count == 1)
            f(work.front());
        return;
    }
    struct State
    {
        std::atomic<size_t> next{0};
        std::mutex mutex;
        std::condition_variable allDone;
        size_t done = 0;
    };
    const auto state = std::make_shared<State>();
    auto runner = [state, count, items = work.data(), fn = &f] {
        for (size_t i; (i = state->next.fetch_add(1)) < count;) {
            (*fn)(items[i]);
            const std::lock_guard lock(state->mutex);
            if (++state->done == count)
                state->allDone.notify_all();
        }
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const size_t helpers = std::min(count - 1, size_t(std::max(1, pool->maxThreadCount())));
    for (size_t i = 0; i < helpers; ++i)
        pool->start(runner);
    runner();
    std::unique_lock lock(state->mutex);
    state->allDone.wait(lock, [&] { return state->done == count; });
}
