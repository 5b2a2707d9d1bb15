#include "parallelchunkreader.h"

#include "inputstream.h"
#include "model/progress.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {
constexpr qint64 chunkSize = qint64(1) << 20;

// A char vector whose resize() leaves new bytes uninitialised: a chunk buffer
// is about to be overwritten by read(), and zeroing 1 MiB per chunk showed up
// in profiles.
template<typename T>
struct UninitialisedAllocator : std::allocator<T>
{
    template<typename U>
    struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        if constexpr (sizeof...(Args) == 0)
            ::new (static_cast<void *>(p)) U;
        else
            ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
using Bytes = std::vector<char, UninitialisedAllocator<char>>;

size_t afterLastNewline(std::string_view bytes)
{
    const size_t nl = bytes.rfind('\n');
    return nl == std::string_view::npos ? 0 : nl + 1;
}

// A chunk: a view into a mapped file, or bytes read into a buffer of its own.
struct Job
{
    size_t index = 0;
    std::string_view view;
    Bytes bytes; // what view points into, unless the input is mapped
};

// The chunks on their way to the workers, and the buffers coming back.
class ChunkQueue
{
public:
    explicit ChunkQueue(size_t capacity)
        : m_capacity(capacity)
    {}

    void push(Job job)
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_jobs.size() < m_capacity; });
            m_jobs.push_back(std::move(job));
        }
        m_changed.notify_all();
    }
    // False when the queue is closed and empty.
    bool pop(Job *job)
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_jobs.empty() || m_closed; });
            if (m_jobs.empty())
                return false;
            *job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }
    void giveBack(Bytes bytes)
    {
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(bytes));
    }
    Bytes takeSpare()
    {
        std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return {};
        Bytes bytes = std::move(m_spare.back());
        m_spare.pop_back();
        return bytes;
    }

private:
    size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    std::vector<Bytes> m_spare;
    bool m_closed = false;
};
} // namespace

ParallelChunkReader::ParallelChunkReader(InputStream &input)
    : m_input(input)
    , m_cut(afterLastNewline)
{
    const qint64 rawSize = input.rawSize();
    if (rawSize < 0 || rawSize >= 4 * chunkSize) {
        m_threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
        m_workers = m_threads;
    }
}

ParallelChunkReader::Outcome ParallelChunkReader::run(Progress &progress, double progressEnd, const Parse &parse)
{
    ChunkQueue queue(size_t(2 * std::max(m_threads, 1)));
    std::vector<std::thread> threads;
    for (int w = 0; w < m_threads; ++w) {
        threads.emplace_back([&queue, &parse, w] {
            Job job;
            while (queue.pop(&job)) {
                parse(w, job.index, job.view);
                queue.giveBack(std::move(job.bytes));
            }
        });
    }
    size_t index = 0;
    auto dispatch = [&](std::string_view view, Bytes bytes) {
        if (m_threads == 0)
            parse(0, index++, view);
        else
            queue.push(Job{index++, view, std::move(bytes)});
    };
    auto finish = [&](Outcome outcome) {
        queue.close();
        for (std::thread &t : threads)
            t.join();
        return outcome;
    };

    const qint64 rawSize = m_input.rawSize();
    Bytes carry; // bytes after the last cut
    QByteArray raw;
    for (;;) {
        Bytes bytes = queue.takeSpare();
        if (carry.size() > size_t(chunkSize)) {
            // A stretch without a cut, longer than a chunk, grows in place
            // instead of being copied again for every chunk.
            bytes.swap(carry);
            carry.clear();
        } else {
            bytes.assign(carry.begin(), carry.end());
        }
        const size_t kept = bytes.size();
        qint64 n;
        if (!m_decode) {
            bytes.resize(kept + size_t(chunkSize));
            n = m_input.read(bytes.data() + kept, chunkSize);
            bytes.resize(kept + size_t(std::max<qint64>(n, 0)));
        } else {
            raw.resize(chunkSize);
            n = m_input.read(raw.data(), chunkSize);
            if (n > 0) {
                const QByteArray utf8 = m_decode(std::string_view(raw.constData(), size_t(n)));
                bytes.insert(bytes.end(), utf8.begin(), utf8.end());
            }
        }
        if (n < 0) {
            m_error = m_input.error();
            return finish(Outcome::Failed);
        }
        if (progress.isCanceled())
            return finish(Outcome::Canceled);
        if (n == 0) {
            if (!bytes.empty()) {
                const std::string_view view(bytes.data(), bytes.size());
                dispatch(view, std::move(bytes));
            }
            break;
        }
        const size_t cut = m_cut(std::string_view(bytes.data(), bytes.size()));
        if (cut == 0) {
            carry.swap(bytes);
            continue;
        }
        carry.assign(bytes.begin() + qsizetype(cut), bytes.end());
        bytes.resize(cut);
        const std::string_view view(bytes.data(), bytes.size());
        dispatch(view, std::move(bytes));
        if (rawSize > 0)
            progress.report(progressEnd * double(m_input.rawPosition()) / double(rawSize));
    }
    return finish(progress.isCanceled() ? Outcome::Canceled : Outcome::Done);
}
