#include "parallelchunkreader.h"

#include "inputstream.h"
#include "model/defaultinitallocator.h"
#include "model/hugepageheap.h"
#include "model/progress.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {
constexpr qint64 chunkSize = qint64(1) << 20;
constexpr qint64 firstChunkSize = qint64(64) << 10;

// A chunk buffer is about to be overwritten by read(): zeroing 1 MiB per
// chunk showed up in profiles, so its resize() leaves new bytes uninitialised.
using Bytes = UninitializedVector<char>;

size_t afterLastNewline(std::string_view bytes)
{
    const size_t nl = bytes.rfind('\n');
    return nl == std::string_view::npos ? 0 : nl + 1;
}

} // namespace

ParallelChunkReader::ParallelChunkReader(InputStream &input)
    : m_input(input)
    , m_cut(afterLastNewline)
{
    const qint64 rawSize = input.rawSize();
    if (rawSize < 0 || rawSize >= 4 * chunkSize)
        m_workers = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
}

ParallelChunkReader::Outcome ParallelChunkReader::run(Progress &progress, double progressEnd, const Parse &parse)
{
    if (!m_decode) {
        if (const std::optional<std::string_view> whole = m_input.takeRest())
            return runOnView(*whole, progress, progressEnd, parse);
    }

    // Each worker reads its next chunk itself, under the lock, then parses it
    // while the others read theirs: the bytes the kernel copies are still in
    // that core's cache when the parse touches them. With a thread that only
    // read and handed chunks over, the parse met every byte cold, and the
    // reader took a core's share of the CPU on a 2-core machine.
    std::mutex mutex; // the input, carry, index and outcome
    Bytes carry; // bytes after the last cut
    QByteArray raw;
    size_t index = 0;
    bool finished = false;
    Outcome outcome = Outcome::Done;
    const qint64 rawSize = m_input.rawSize();

    // The next chunk into bytes, with its index; false at the end or on failure.
    auto next = [&](Bytes &bytes, size_t *chunkIndex) {
        while (!finished) {
            if (carry.size() > size_t(chunkSize)) {
                // A stretch without a cut, longer than a chunk, grows in place
                // instead of being copied again for every chunk.
                bytes.swap(carry);
                carry.clear();
            } else {
                bytes.assign(carry.begin(), carry.end());
            }
            const size_t kept = bytes.size();
            // The first chunks are smaller (64 KB, doubling): a small
            // compressed input does not allocate 1 MiB buffers.
            const qint64 want = std::min(chunkSize, firstChunkSize << std::min<size_t>(index, 4));
            qint64 n;
            if (!m_decode) {
                bytes.resize(kept + size_t(want));
                n = m_input.read(bytes.data() + kept, want);
                bytes.resize(kept + size_t(std::max<qint64>(n, 0)));
            } else {
                raw.resize(want);
                n = m_input.read(raw.data(), want);
                if (n > 0) {
                    const QByteArray utf8 = m_decode(std::string_view(raw.constData(), size_t(n)));
                    bytes.insert(bytes.end(), utf8.begin(), utf8.end());
                }
            }
            if (n < 0 || progress.isCanceled()) {
                if (n < 0)
                    m_error = m_input.error();
                outcome = n < 0 ? Outcome::Failed : Outcome::Canceled;
                finished = true;
                return false;
            }
            if (n == 0) {
                finished = true;
                if (bytes.empty())
                    return false;
                *chunkIndex = index++;
                return true;
            }
            const size_t cut = m_cut(std::string_view(bytes.data(), bytes.size()));
            if (cut == 0) {
                carry.swap(bytes);
                continue;
            }
            carry.assign(bytes.begin() + qsizetype(cut), bytes.end());
            bytes.resize(cut);
            *chunkIndex = index++;
            if (rawSize > 0)
                progress.report(progressEnd * double(m_input.rawPosition()) / double(rawSize));
            return true;
        }
        return false;
    };
    auto work = [&](int worker) {
        Bytes bytes;
        size_t chunkIndex = 0;
        for (;;) {
            {
                std::lock_guard lock(mutex);
                if (!next(bytes, &chunkIndex))
                    return;
            }
            parse(worker, chunkIndex, std::string_view(bytes.data(), bytes.size()));
        }
    };
    runWorkers(work);
    if (outcome == Outcome::Done && progress.isCanceled())
        outcome = Outcome::Canceled;
    return outcome;
}

// The same chunks, cut from one view of an input already in memory (a request
// body, a test's bytes): no copy into a buffer.
ParallelChunkReader::Outcome ParallelChunkReader::runOnView(std::string_view whole, Progress &progress,
                                                            double progressEnd, const Parse &parse)
{
    std::mutex mutex; // offset and index
    size_t offset = 0;
    size_t index = 0;
    bool canceled = false;
    auto next = [&](std::string_view *chunk, size_t *chunkIndex) {
        std::lock_guard lock(mutex);
        if (canceled || offset == whole.size())
            return false;
        if (progress.isCanceled()) {
            canceled = true;
            return false;
        }
        const std::string_view rest = whole.substr(offset);
        size_t window = size_t(chunkSize), cut = 0;
        // A stretch without a cut, longer than a chunk, stays in one chunk.
        while (window < rest.size() && (cut = m_cut(rest.substr(0, window))) == 0)
            window *= 2;
        if (window >= rest.size())
            cut = rest.size(); // the last chunk: whatever is left, as at the end of read()
        *chunk = rest.substr(0, cut);
        *chunkIndex = index++;
        offset += cut;
        progress.report(progressEnd * double(offset) / double(whole.size()));
        return true;
    };
    auto work = [&](int worker) {
        std::string_view chunk;
        size_t chunkIndex = 0;
        while (next(&chunk, &chunkIndex))
            parse(worker, chunkIndex, chunk);
    };
    runWorkers(work);
    return canceled || progress.isCanceled() ? Outcome::Canceled : Outcome::Done;
}

void ParallelChunkReader::runWorkers(const std::function<void(int worker)> &work) const
{
    std::vector<std::thread> threads;
    for (int w = 1; w < m_workers; ++w)
        threads.emplace_back([&work, w] {
            HugePageHeap::adviseThisThread();
            work(w);
        });
    HugePageHeap::adviseThisThread();
    work(0);
    for (std::thread &t : threads)
        t.join();
}
