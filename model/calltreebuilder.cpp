#include "calltreebuilder.h"

#include "hugepageheap.h"
#include "hugepagereserve.h"

#include "progress.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <memory>
#include <numeric>
#include <thread>

namespace {
// Blocks of frames start small and double up to 4 MiB: a push of a few
// thousand stacks then stays in memory the heap reuses instead of touching
// fresh pages (pyrograph_benchingest, median parse of its push: 0.93 ms with a
// 4 MiB first block, 0.86 ms with this).
constexpr size_t firstBlockFrames = size_t(1) << 14; // 64 KiB
constexpr size_t blockFrames = size_t(1) << 20;      // 4 MiB
// Ranges this small are sorted by comparing whole stacks (insertion sort):
// cheaper than a level of radix per frame they share.
constexpr size_t smallRange = 16;
// Below this many stacks and frames the sort and the tree pass stay on one
// thread. Frames count too: the work is per frame, and the 300 MB perf script
// benchmark file has 89,000 distinct stacks of 26 frames on average (2.3
// million frames, 986,000 nodes), which had sorted and written on one thread.
constexpr size_t parallelStacks = 100000;
constexpr size_t parallelFrames = size_t(1) << 20;
// How many entries ahead the sort and the tree pass prefetch a stack's frames.
constexpr size_t prefetchAhead = 16;

using SortEntry = CallTreeBuilder::SortEntry;

struct Range
{
    size_t begin;
    size_t end;
    quint32 depth; // the frames before it are equal throughout the range
};

// Sorts stacks root-first by the rank of each frame (a stack that is a prefix of
// another comes first), identical stacks by label set and then input order, and
// records how many frames each shares with its predecessor.
class StackSorter final
{
public:
    StackSorter(const quint32 *rank, const qint32 *labelSet, SortEntry *entries, quint32 *shared,
                std::atomic<bool> &canceled)
        : m_rank(rank)
        , m_labelSet(labelSet)
        , m_entries(entries)
        , m_shared(shared)
        , m_canceled(canceled)
    {}

    // Sorts the range by its frame at r.depth and pushes the groups that still
    // need sorting; shared[] gets the depth at each group boundary.
    void split(const Range &r, std::vector<Range> &work) const
    {
        const size_t n = r.end - r.begin;
        if (n <= 1)
            return;
        if (n <= smallRange) {
            sortSmall(r);
            return;
        }
        SortEntry *b = m_entries + r.begin;
        SortEntry *e = m_entries + r.end;
        const quint32 d = r.depth;
        bool allSame = true;
        const quint32 first = key(b->frames[d]);
        for (SortEntry *p = b; p != e; ++p) {
            if (e - p > qsizetype(prefetchAhead))
                __builtin_prefetch(p[prefetchAhead].frames + d);
            p->key = key(p->frames[d]);
            allSame = allSame && p->key == first;
        }
        if (allSame) {
            // One child only (common near the root): next frame, no sort.
            if (first == 0)
                sortEqual(r.begin, r.end, d);
            else
                work.push_back({r.begin, r.end, d + 1});
            return;
        }
        if (!groupByKey(b, e))
            std::sort(b, e, [](const SortEntry &x, const SortEntry &y) { return x.sortKey() < y.sortKey(); });
        for (size_t i = r.begin; i < r.end;) {
            const quint32 k = m_entries[i].key;
            size_t j = i + 1;
            while (j < r.end && m_entries[j].key == k)
                ++j;
            if (i != r.begin)
                m_shared[i] = d;
            if (k == 0)
                sortEqual(i, j, d);
            else if (j - i > 1)
                work.push_back({i, j, d + 1});
            i = j;
        }
    }

    void run(std::vector<Range> &work) const
    {
        while (!work.empty() && !m_canceled.load(std::memory_order_relaxed)) {
            const Range r = work.back();
            work.pop_back();
            split(r, work);
        }
    }

private:
    quint32 key(quint32 frame) const { return m_rank ? m_rank[frame] : frame; }

    // When the range has few distinct keys (a node's children: the usual case
    // for real stacks, which share long prefixes), a counting sort: the keys
    // sorted, then one stable pass into a scratch buffer. The entries of a range
    // are in stack order, and stay so within each key, as std::sort by
    // (key, stack) leaves them. On a real 39 KB Go CPU push the comparison sort
    // at every level was a fifth of the parse. false: too many keys, not sorted.
    bool groupByKey(SortEntry *b, SortEntry *e) const
    {
        constexpr size_t maxKeys = 32;
        std::array<quint32, maxKeys> keys;
        std::array<size_t, maxKeys> counts{};
        size_t distinct = 0;
        size_t last = 0;
        for (SortEntry *p = b; p != e; ++p) {
            if (distinct > 0 && keys[last] == p->key) {
                ++counts[last];
                continue;
            }
            last = size_t(std::find(keys.begin(), keys.begin() + qsizetype(distinct), p->key) - keys.begin());
            if (last == distinct) {
                if (distinct == maxKeys)
                    return false;
                keys[distinct++] = p->key;
            }
            ++counts[last];
        }
        std::array<quint32, maxKeys> order;
        std::iota(order.begin(), order.begin() + qsizetype(distinct), 0u);
        std::sort(order.begin(), order.begin() + qsizetype(distinct),
                  [&](quint32 x, quint32 y) { return keys[x] < keys[y]; });
        std::array<size_t, maxKeys> start;
        size_t at = 0;
        for (size_t i = 0; i < distinct; ++i) {
            start[order[i]] = at;
            at += counts[order[i]];
        }
        thread_local std::vector<SortEntry> scratch;
        scratch.resize(size_t(e - b));
        last = 0;
        for (SortEntry *p = b; p != e; ++p) {
            if (keys[last] != p->key)
                last = size_t(std::find(keys.begin(), keys.begin() + qsizetype(distinct), p->key) - keys.begin());
            scratch[start[last]++] = *p;
        }
        std::copy(scratch.begin(), scratch.end(), b);
        return true;
    }

    bool less(const SortEntry &a, const SortEntry &b, quint32 depth) const
    {
        const quint32 *p = a.frames + depth;
        const quint32 *q = b.frames + depth;
        while (*p == *q && *p != 0) {
            ++p;
            ++q;
        }
        if (*p != *q)
            return key(*p) < key(*q); // the end (0) sorts first: a parent before its child
        if (m_labelSet && m_labelSet[a.stack] != m_labelSet[b.stack])
            return m_labelSet[a.stack] < m_labelSet[b.stack];
        return a.stack < b.stack;
    }

    void sortSmall(const Range &r) const
    {
        SortEntry *b = m_entries + r.begin;
        SortEntry *e = m_entries + r.end;
        for (SortEntry *i = b + 1; i != e; ++i) {
            const SortEntry x = *i;
            SortEntry *j = i;
            for (; j != b && less(x, j[-1], r.depth); --j)
                *j = j[-1];
            *j = x;
        }
        for (SortEntry *i = b + 1; i != e; ++i) {
            const quint32 *p = i[-1].frames + r.depth;
            const quint32 *q = i->frames + r.depth;
            quint32 common = r.depth;
            while (*p == *q && *p != 0) {
                ++p;
                ++q;
                ++common;
            }
            m_shared[size_t(i - m_entries)] = common;
        }
    }

    // Stacks that ended at depth: all equal, ordered by label set and input order.
    void sortEqual(size_t begin, size_t end, quint32 depth) const
    {
        std::sort(m_entries + begin, m_entries + end, [this](const SortEntry &a, const SortEntry &b) {
            if (m_labelSet && m_labelSet[a.stack] != m_labelSet[b.stack])
                return m_labelSet[a.stack] < m_labelSet[b.stack];
            return a.stack < b.stack;
        });
        for (size_t i = begin + 1; i < end; ++i)
            m_shared[i] = depth;
    }

    const quint32 *m_rank;
    const qint32 *m_labelSet;
    SortEntry *m_entries;
    quint32 *m_shared;
    std::atomic<bool> &m_canceled;
};

// Writes the nodes of a run of sorted stacks that starts at a child of the
// root, each node once: parent, name, depth, and on leaving it its subtree end
// and its totals (summed on a path stack, so no pass over the tree afterwards).
struct TreeWriter
{
    const SortEntry *entries;
    const quint32 *shared;
    const qint64 *values;
    const qint32 *labelSet; // null: no labels
    size_t types;
    size_t maxLength;
    NodeId *parents;
    NameId *names;
    quint32 *depths;
    quint32 *ends;
    std::vector<qint64 *> totals;

    std::vector<LabelledSample> labelled;
    std::vector<qint64> rootTotal;
    quint32 maxDepth = 0;

    // false when cancelled
    bool run(size_t begin, size_t end, quint32 next, Progress *progress)
    {
        std::vector<quint32> path(maxLength + 1, 0); // path[d]: node at depth d, path[0] the root
        std::vector<qint64> sums((maxLength + 1) * types, 0); // totals of the nodes on the path
        if (labelSet)
            labelled.reserve(end - begin); // at most one a stack: no growth copies
        quint32 top = 0;
        const size_t reportEvery = std::max<size_t>((end - begin) / 50, 4096);
        auto leave = [&] {
            const quint32 node = path[top];
            ends[node] = next;
            qint64 *sum = sums.data() + size_t(top) * types;
            qint64 *parentSum = sums.data() + size_t(top - 1) * types;
            // The slot is left zeroed for the next node at this depth: zeroing
            // on entry was a memset call per node (a twentieth of a push's parse).
            for (size_t t = 0; t < types; ++t) {
                totals[t][node] = sum[t];
                parentSum[t] += sum[t];
                sum[t] = 0;
            }
            --top;
        };
        for (size_t i = begin; i < end; ++i) {
            // The stacks' frames and values are read in sorted order, which is
            // random in memory: fetch some stacks ahead (this pass on the 6M-node
            // benchmark profile: about 430 -> 220 ms CPU, from perf samples).
            if (i + prefetchAhead < end) {
                const SortEntry &ahead = entries[i + prefetchAhead];
                __builtin_prefetch(ahead.frames + shared[i + prefetchAhead]);
                __builtin_prefetch(values + size_t(ahead.stack) * types);
            }
            const SortEntry &e = entries[i];
            const quint32 common = shared[i];
            while (top > common)
                leave();
            for (const quint32 *p = e.frames + common; *p != 0; ++p) {
                const quint32 node = next++;
                parents[node] = NodeId(path[top]);
                names[node] = NameId(*p - 1);
                depths[node] = ++top;
                path[top] = node;
            }
            const qint64 *v = values + size_t(e.stack) * types;
            qint64 *sum = sums.data() + size_t(top) * types;
            for (size_t t = 0; t < types; ++t)
                sum[t] += v[t];
            maxDepth = std::max(maxDepth, top);
            if (labelSet && labelSet[e.stack] >= 0)
                labelled.push_back({NodeId(path[top]), quint32(labelSet[e.stack]), std::vector<qint64>(v, v + types)});
            if (progress && (i - begin) % reportEvery == 0) {
                if (progress->isCanceled())
                    return false;
                progress->report(0.6 + 0.35 * double(i - begin) / double(end - begin));
            }
        }
        while (top > 0)
            leave();
        rootTotal.assign(sums.begin(), sums.begin() + qsizetype(types));
        return true;
    }
};
} // namespace

CallTreeBuilder::CallTreeBuilder(int sampleTypeCount)
    : m_types(sampleTypeCount)
{}

quint32 *CallTreeBuilder::appendFrames(size_t count)
{
    if (count > m_blockLeft) {
        const size_t doubled = firstBlockFrames << std::min<size_t>(m_blocks.size(), 6);
        const size_t size = std::max(std::min(blockFrames, doubled), count);
        m_blocks.push_back(std::make_unique_for_overwrite<quint32[]>(size));
        adviseHugePages(m_blocks.back().get(), size * sizeof(quint32));
        m_blockNext = m_blocks.back().get();
        m_blockLeft = size;
    }
    quint32 *at = m_blockNext;
    m_blockNext += count;
    m_blockLeft -= count;
    return at;
}

void CallTreeBuilder::addStack(std::span<const NameId> rootFirst, std::span<const qint64> values,
                               qint32 labelSet)
{
    // Frames are stored as NameId + 1 and ended by 0, so the sort reads a frame
    // per level without a length check and the end sorts before any name.
    const size_t n = rootFirst.size();
    quint32 *frames = appendFrames(n + 1);
    for (size_t i = 0; i < n; ++i)
        frames[i] = rootFirst[i].index + 1;
    frames[n] = 0;
    m_stacks.push_back(frames);
    m_lengths.push_back(quint32(n));
    m_frameCount += n;
    for (int t = 0; t < m_types; ++t)
        m_values.push_back(t < qsizetype(values.size()) ? values[size_t(t)] : 0);
    // The label column starts with the first labelled stack: the stacks before
    // it get -1 (resize is a no-op once the column is in step).
    if (labelSet >= 0 || !m_labelSet.empty()) {
        m_labelSet.resize(m_stacks.size() - 1, -1);
        m_labelSet.push_back(labelSet);
    }
    if (m_frameCount >= m_compactAt)
        compact();
}

bool CallTreeBuilder::worthTwoThreads() const
{
    return (m_stacks.size() >= parallelStacks || m_frameCount >= parallelFrames)
        && std::thread::hardware_concurrency() > 1;
}

void CallTreeBuilder::sortStacks(const quint32 *rank, std::vector<SortEntry> &entries, std::vector<quint32> &shared,
                                 Progress *progress) const
{
    const size_t n = m_stacks.size();
    entries.resize(n);
    for (size_t s = 0; s < n; ++s)
        entries[s] = {m_stacks[s], quint32(s), 0};
    shared.assign(n, 0);
    std::atomic<bool> canceled = false;
    const StackSorter sorter(rank, m_labelSet.empty() ? nullptr : m_labelSet.data(), entries.data(), shared.data(),
                             canceled);
    std::vector<Range> work{{0, n, 0}};
    if (!worthTwoThreads()) {
        sorter.run(work);
        return;
    }
    // The first levels (big ranges) on this thread, then the ranges below an
    // eighth of the stacks shared out to two threads, biggest first.
    std::vector<Range> pending;
    while (!work.empty()) {
        const Range r = work.back();
        work.pop_back();
        if (r.end - r.begin > n / 8)
            sorter.split(r, work);
        else
            pending.push_back(r);
    }
    std::sort(pending.begin(), pending.end(),
              [](const Range &a, const Range &b) { return a.end - a.begin > b.end - b.begin; });
    std::vector<Range> mine, theirs;
    size_t myLoad = 0, theirLoad = 0;
    for (const Range &r : pending) {
        if (myLoad <= theirLoad) {
            mine.push_back(r);
            myLoad += r.end - r.begin;
        } else {
            theirs.push_back(r);
            theirLoad += r.end - r.begin;
        }
    }
    std::thread helper([&] {
        std::vector<Range> stack;
        for (const Range &r : theirs) {
            stack.push_back(r);
            sorter.run(stack);
        }
    });
    std::vector<Range> stack;
    size_t polled = 0;
    for (const Range &r : mine) {
        // The helper only reads the flag, so Progress is asked from one thread.
        if (progress && ++polled % 64 == 0 && progress->isCanceled())
            canceled.store(true, std::memory_order_relaxed);
        stack.push_back(r);
        sorter.run(stack);
    }
    helper.join();
}

void CallTreeBuilder::compact()
{
    // Any order that puts equal stacks (and labels) side by side will do: sort
    // by the ids themselves.
    std::vector<SortEntry> entries;
    std::vector<quint32> shared;
    sortStacks(nullptr, entries, shared, nullptr);
    std::vector<std::unique_ptr<quint32[]>> oldBlocks = std::move(m_blocks);
    const std::vector<quint32> oldLengths = std::move(m_lengths);
    const std::vector<qint64> oldValues = std::move(m_values);
    const std::vector<qint32> oldLabels = std::move(m_labelSet);
    m_blocks.clear();
    m_blockNext = nullptr;
    m_blockLeft = 0;
    m_frameCount = 0;
    m_stacks.clear();
    m_lengths.clear();
    m_values.clear();
    m_labelSet.clear();
    const size_t types = size_t(m_types);
    for (size_t i = 0; i < entries.size(); ++i) {
        const quint32 s = entries[i].stack;
        const quint32 length = oldLengths[s];
        const qint64 *v = oldValues.data() + size_t(s) * types;
        if (i > 0) {
            const quint32 p = entries[i - 1].stack;
            if (shared[i] == length && oldLengths[p] == length
                && (oldLabels.empty() || oldLabels[p] == oldLabels[s])) {
                for (size_t t = 0; t < types; ++t)
                    m_values[m_values.size() - types + t] += v[t];
                continue;
            }
        }
        quint32 *frames = appendFrames(length + 1);
        std::copy_n(entries[i].frames, length + 1, frames);
        m_stacks.push_back(frames);
        m_lengths.push_back(length);
        m_frameCount += length;
        m_values.insert(m_values.end(), v, v + types);
        if (!oldLabels.empty())
            m_labelSet.push_back(oldLabels[s]);
    }
    // Compact again only once the distinct stacks have doubled.
    m_compactAt = std::max(m_compactAt, m_frameCount * 2);
}

// Measured on the benchmark profile (500,000 stacks, 12.5M frames, 6.07M nodes;
// 2-core machine under load, CPU seconds user + sys of the whole pprof import):
// the comparison sort on stack indices plus a shared-prefix pass and a backward
// totals pass took 1.9 s; this radix sort and one-pass tree with prefetching,
// together with the pprof decoder changes, 1.2 s (perf samples: sort 0.8 ->
// 0.3 s, tree 0.45 -> 0.2 s). Peak memory rises by 30 MB (the frames live
// until the tree is written).
CallTree CallTreeBuilder::build(const NameTable &names, NameId rootName, Progress &progress)
{
    // The heap may have grown while the stacks came in; the sort's entries
    // and the ranks are allocated next.
    HugePageHeap::adviseThisThread();
    // Rank names by their bytes, so sorting ranks sorts siblings by name. The
    // sort looks ranks up as it reads frames (rank[id + 1] = rank + 1, rank[0]
    // = 0 for the end) instead of rewriting every frame first.
    const quint32 nameCount = quint32(names.size());
    const std::vector<quint32> byName = names.idsInByteOrder();
    std::vector<quint32> rank(size_t(nameCount) + 1, 0);
    for (quint32 r = 0; r < nameCount; ++r)
        rank[byName[r] + 1] = r + 1;
    progress.report(0.05);

    std::vector<SortEntry> entries;
    std::vector<quint32> shared;
    sortStacks(rank.data(), entries, shared, &progress);
    if (progress.isCanceled())
        return {};
    progress.report(0.5);

    // The exact node count, so the tree's arrays are allocated once at their
    // final size (no growth copies, no slack).
    const size_t count = entries.size();
    size_t nodeCount = 1;
    size_t maxLength = 0;
    for (size_t i = 0; i < count; ++i) {
        const quint32 length = m_lengths[entries[i].stack];
        nodeCount += length - shared[i];
        maxLength = std::max<size_t>(maxLength, length);
    }
    if (nodeCount > size_t(std::numeric_limits<quint32>::max()))
        throw std::bad_alloc(); // node ids are 32 bits

    CallTree tree;
    const size_t types = size_t(m_types);
    // In huge pages, and the columns of plain numbers not zeroed first: the
    // writers below set every element of every column.
    const auto allocate = [nodeCount](auto &column) {
        reserveInHugePages(column, nodeCount);
        column.resize(nodeCount);
    };
    allocate(tree.m_parent);
    allocate(tree.m_name);
    allocate(tree.m_depth);
    allocate(tree.m_subtreeEnd);
    tree.m_total.resize(types);
    for (auto &column : tree.m_total)
        allocate(column);
    progress.report(0.6);

    TreeWriter writer{entries.data(), shared.data(), m_values.data(), m_labelSet.empty() ? nullptr : m_labelSet.data(),
                      types, maxLength, tree.m_parent.data(), tree.m_name.data(), tree.m_depth.data(),
                      tree.m_subtreeEnd.data(), {}, {}, {}, 0};
    for (auto &column : tree.m_total)
        writer.totals.push_back(column.data());

    // Two threads when it pays: the second takes the stacks from the child of
    // the root where half of the nodes have been written. Each writes its own
    // id range; only the root is shared, and it is filled in afterwards.
    size_t split = count;
    quint32 splitNode = quint32(nodeCount);
    if (worthTwoThreads()) {
        size_t written = 1;
        size_t best = count, bestDistance = nodeCount;
        for (size_t i = 0; i < count; ++i) {
            if (shared[i] == 0 && i > 0) {
                const size_t distance = written > nodeCount / 2 ? written - nodeCount / 2 : nodeCount / 2 - written;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                    splitNode = quint32(written);
                }
            }
            written += m_lengths[entries[i].stack] - shared[i];
        }
        split = best;
    }
    bool ok = true;
    if (split < count) {
        TreeWriter second = writer;
        std::thread helper([&] { second.run(split, count, splitNode, nullptr); });
        ok = writer.run(0, split, 1, &progress);
        helper.join();
        // A cancelled writer stopped before it summed the root: nothing to add to.
        if (!ok)
            return {};
        writer.labelled.insert(writer.labelled.end(), std::make_move_iterator(second.labelled.begin()),
                               std::make_move_iterator(second.labelled.end()));
        for (size_t t = 0; t < types; ++t)
            writer.rootTotal[t] += second.rootTotal[t];
        writer.maxDepth = std::max(writer.maxDepth, second.maxDepth);
    } else {
        ok = writer.run(0, count, 1, &progress);
    }
    if (!ok)
        return {};

    tree.m_parent[0] = NodeId();
    tree.m_name[0] = rootName;
    tree.m_depth[0] = 0;
    tree.m_subtreeEnd[0] = quint32(nodeCount);
    for (size_t t = 0; t < types; ++t)
        tree.m_total[t][0] = writer.rootTotal[t];
    tree.m_maxDepth = writer.maxDepth;
    m_labelled = std::move(writer.labelled);

    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_blockNext = nullptr;
    m_blockLeft = 0;
    m_frameCount = 0;
    m_stacks = {};
    m_lengths = {};
    m_values = {};
    m_labelSet = {};
    progress.report(1.0);
    return tree;
}
