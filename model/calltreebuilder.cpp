#include "calltreebuilder.h"

#include "progress.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <numeric>
#include <thread>
#include <type_traits>

CallTreeBuilder::CallTreeBuilder(int sampleTypeCount)
    : m_types(sampleTypeCount)
{}

void CallTreeBuilder::addStack(std::span<const NameId> rootFirst, std::span<const qint64> values,
                               qint32 labelSet)
{
    // One copy per stack, not a push_back per frame (the hot path of a pprof import).
    static_assert(sizeof(NameId) == sizeof(quint32) && std::is_trivially_copyable_v<NameId>);
    const size_t old = m_frames.size();
    m_frames.resize(old + rootFirst.size());
    if (!rootFirst.empty())
        std::memcpy(m_frames.data() + old, rootFirst.data(), rootFirst.size_bytes());
    m_stackStart.push_back(m_frames.size());
    for (int t = 0; t < m_types; ++t)
        m_values.push_back(t < qsizetype(values.size()) ? values[size_t(t)] : 0);
    // The label column starts with the first labelled stack: the stacks before
    // it get -1 (resize is a no-op once the column is in step).
    if (labelSet >= 0 || !m_labelSet.empty()) {
        m_labelSet.resize(m_stackStart.size() - 2, -1);
        m_labelSet.push_back(labelSet);
    }
    if (m_frames.size() >= m_compactAt)
        compact();
}

bool CallTreeBuilder::sameStack(quint32 a, quint32 b) const
{
    const quint64 la = m_stackStart[a + 1] - m_stackStart[a];
    const quint64 lb = m_stackStart[b + 1] - m_stackStart[b];
    if (la != lb)
        return false;
    if (!m_labelSet.empty() && m_labelSet[a] != m_labelSet[b])
        return false;
    return std::equal(m_frames.begin() + qint64(m_stackStart[a]), m_frames.begin() + qint64(m_stackStart[a + 1]),
                      m_frames.begin() + qint64(m_stackStart[b]));
}

std::vector<quint32> CallTreeBuilder::sortedStacks(Progress *progress) const
{
    std::vector<quint32> order(m_stackStart.size() - 1);
    std::iota(order.begin(), order.end(), 0u);
    const quint32 *frames = m_frames.data();
    const quint64 *start = m_stackStart.data();
    const bool labelled = !m_labelSet.empty();
    std::atomic<bool> canceled = false;
    // poll: this thread asks progress now and then; the helper thread only
    // reads the flag, so Progress is never called from two threads.
    auto makeLess = [&](bool poll) {
        return [&, poll, compared = size_t(0)](quint32 a, quint32 b) mutable {
            if ((++compared & 0xfffff) == 0 && poll && progress && progress->isCanceled())
                canceled.store(true, std::memory_order_relaxed);
            if (canceled.load(std::memory_order_relaxed))
                return a < b;
            const quint32 *pa = frames + start[a], *ea = frames + start[a + 1];
            const quint32 *pb = frames + start[b], *eb = frames + start[b + 1];
            while (pa != ea && pb != eb) {
                if (*pa != *pb)
                    return *pa < *pb;
                ++pa;
                ++pb;
            }
            if (pa != ea || pb != eb)
                return pa == ea; // a prefix sorts first: a parent comes before its child
            if (labelled && m_labelSet[a] != m_labelSet[b])
                return m_labelSet[a] < m_labelSet[b];
            return a < b;
        };
    };
    // The sort is the biggest step of a large import: on two cores each sorts
    // one half, then one merge (500k stacks: 530 ms -> about 300 ms of wall time).
    if (order.size() >= 100000 && std::thread::hardware_concurrency() > 1) {
        const auto middle = order.begin() + qsizetype(order.size() / 2);
        std::thread helper([&] { std::sort(order.begin(), middle, makeLess(false)); });
        std::sort(middle, order.end(), makeLess(true));
        helper.join();
        std::inplace_merge(order.begin(), middle, order.end(), makeLess(true));
    } else {
        std::sort(order.begin(), order.end(), makeLess(true));
    }
    return order;
}

void CallTreeBuilder::compact()
{
    const std::vector<quint32> order = sortedStacks(nullptr);
    std::vector<quint32> frames;
    std::vector<quint64> stackStart{0};
    std::vector<qint64> values;
    std::vector<qint32> labelSet;
    frames.reserve(m_frames.size() / 2);
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 s = order[i];
        if (i > 0 && sameStack(order[i - 1], s)) {
            for (int t = 0; t < m_types; ++t)
                values[values.size() - size_t(m_types) + size_t(t)] += m_values[size_t(s) * size_t(m_types) + size_t(t)];
            continue;
        }
        frames.insert(frames.end(), m_frames.begin() + qint64(m_stackStart[s]),
                      m_frames.begin() + qint64(m_stackStart[s + 1]));
        stackStart.push_back(frames.size());
        for (int t = 0; t < m_types; ++t)
            values.push_back(m_values[size_t(s) * size_t(m_types) + size_t(t)]);
        if (!m_labelSet.empty())
            labelSet.push_back(m_labelSet[s]);
    }
    m_frames = std::move(frames);
    m_stackStart = std::move(stackStart);
    m_values = std::move(values);
    m_labelSet = std::move(labelSet);
    // Compact again only once the distinct stacks have doubled.
    m_compactAt = std::max(m_compactAt, m_frames.size() * 2);
}

CallTree CallTreeBuilder::build(const NameTable &names, NameId rootName, Progress &progress)
{
    // Rank names by their bytes, so sorting ranks sorts siblings by name.
    const quint32 nameCount = quint32(names.size());
    std::vector<quint32> byName(nameCount);
    std::iota(byName.begin(), byName.end(), 0u);
    std::sort(byName.begin(), byName.end(),
              [&](quint32 a, quint32 b) { return names.name(NameId(a)) < names.name(NameId(b)); });
    std::vector<quint32> rank(nameCount);
    for (quint32 r = 0; r < nameCount; ++r)
        rank[byName[r]] = r;
    for (quint32 &f : m_frames)
        f = rank[f];
    progress.report(0.05);

    const std::vector<quint32> order = sortedStacks(&progress);
    if (progress.isCanceled())
        return {};
    progress.report(0.5);

    // First pass: how much of each stack it shares with the one before, which
    // gives the exact node count, so the tree's arrays are allocated once at
    // their final size (no growth copies, no slack: peak memory is the tree).
    const quint32 *frames = m_frames.data();
    std::vector<quint32> shared(order.size());
    size_t nodeCount = 1;
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 s = order[i];
        const quint32 *begin = frames + m_stackStart[s];
        const size_t length = m_stackStart[s + 1] - m_stackStart[s];
        size_t common = 0;
        if (i > 0) {
            const quint32 p = order[i - 1];
            const quint32 *prev = frames + m_stackStart[p];
            const size_t limit = std::min<size_t>(length, m_stackStart[p + 1] - m_stackStart[p]);
            while (common < limit && prev[common] == begin[common])
                ++common;
        }
        shared[i] = quint32(common);
        nodeCount += length - common;
    }
    if (progress.isCanceled())
        return {};
    progress.report(0.6);

    CallTree tree;
    const size_t types = size_t(m_types);
    tree.m_parent.resize(nodeCount);
    tree.m_name.resize(nodeCount);
    tree.m_depth.resize(nodeCount);
    NodeId *parents = tree.m_parent.data();
    NameId *nodeNames = tree.m_name.data();
    quint32 *depths = tree.m_depth.data();
    parents[0] = NodeId();
    nodeNames[0] = rootName;
    depths[0] = 0;

    std::vector<quint32> path; // path[d] = node at depth d + 1 for the previous stack
    quint32 next = 1;
    const size_t reportEvery = std::max<size_t>(order.size() / 50, 4096);
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 s = order[i];
        const quint32 *begin = frames + m_stackStart[s];
        const size_t length = m_stackStart[s + 1] - m_stackStart[s];
        path.resize(shared[i]);
        for (size_t d = shared[i]; d < length; ++d) {
            parents[next] = d == 0 ? CallTree::root() : NodeId(path[d - 1]);
            nodeNames[next] = NameId(byName[begin[d]]);
            depths[next] = quint32(d + 1);
            path.push_back(next++);
        }
        shared[i] = length == 0 ? 0 : path[length - 1]; // from here on: the stack's leaf
        tree.m_maxDepth = std::max(tree.m_maxDepth, quint32(length));
        if (i % reportEvery == 0) {
            if (progress.isCanceled())
                return {};
            progress.report(0.6 + 0.3 * double(i) / double(order.size()));
        }
    }
    // Release the frames before the totals take their memory: peak memory is
    // the tree, not the tree plus the input stacks.
    m_frames = {};
    m_stackStart = {0};
    tree.m_total.assign(types, std::vector<qint64>(nodeCount, 0));
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 s = order[i];
        const NodeId leaf(shared[i]);
        const qint64 *v = m_values.data() + size_t(s) * types;
        for (size_t t = 0; t < types; ++t)
            tree.m_total[t][leaf.index] += v[t];
        if (!m_labelSet.empty() && m_labelSet[s] >= 0)
            m_labelled.push_back({leaf, quint32(m_labelSet[s]), std::vector<qint64>(v, v + types)});
    }
    m_values = {};
    m_labelSet = {};

    const size_t count = tree.m_parent.size();
    tree.m_subtreeEnd.resize(count);
    for (size_t n = 0; n < count; ++n)
        tree.m_subtreeEnd[n] = quint32(n + 1);
    for (size_t n = count - 1; n > 0; --n) {
        const quint32 p = tree.m_parent[n].index;
        tree.m_subtreeEnd[p] = std::max(tree.m_subtreeEnd[p], tree.m_subtreeEnd[n]);
        for (auto &t : tree.m_total)
            t[p] += t[n];
    }
    progress.report(1.0);
    return tree;
}
