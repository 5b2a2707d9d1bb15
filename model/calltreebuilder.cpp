#include "calltreebuilder.h"

#include "progress.h"

#include <algorithm>
#include <numeric>

CallTreeBuilder::CallTreeBuilder(int sampleTypeCount)
    : m_types(sampleTypeCount)
{}

void CallTreeBuilder::addStack(std::span<const NameId> rootFirst, std::span<const qint64> values,
                               qint32 labelSet)
{
    for (NameId n : rootFirst)
        m_frames.push_back(n.index);
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
    size_t compared = 0;
    bool canceled = false;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        if (progress && (++compared & 0xfffff) == 0)
            canceled = canceled || progress->isCanceled();
        if (canceled)
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
    });
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

    CallTree tree;
    const size_t types = size_t(m_types);
    tree.m_total.assign(types, {});
    const size_t estimate = m_frames.size() / 2 + 1;
    tree.m_parent.reserve(estimate);
    tree.m_name.reserve(estimate);
    tree.m_depth.reserve(estimate);
    for (auto &t : tree.m_total)
        t.reserve(estimate);

    auto addNode = [&](NodeId parent, NameId name, quint32 depth) {
        tree.m_parent.push_back(parent);
        tree.m_name.push_back(name);
        tree.m_depth.push_back(depth);
        for (auto &t : tree.m_total)
            t.push_back(0);
        return NodeId(quint32(tree.m_parent.size() - 1));
    };
    addNode(NodeId(), rootName, 0);

    std::vector<NodeId> path; // path[d] = node at depth d + 1 for the previous stack
    const quint32 *frames = m_frames.data();
    qint64 previous = -1;
    const size_t reportEvery = std::max<size_t>(order.size() / 50, 4096);
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 s = order[i];
        const quint32 *begin = frames + m_stackStart[s];
        const size_t length = m_stackStart[s + 1] - m_stackStart[s];
        size_t common = 0;
        if (previous >= 0) {
            const quint32 *prev = frames + m_stackStart[size_t(previous)];
            const size_t prevLength = m_stackStart[size_t(previous) + 1] - m_stackStart[size_t(previous)];
            const size_t limit = std::min(length, prevLength);
            while (common < limit && prev[common] == begin[common])
                ++common;
        }
        path.resize(common);
        for (size_t d = common; d < length; ++d) {
            const NodeId parent = d == 0 ? CallTree::root() : path[d - 1];
            path.push_back(addNode(parent, NameId(byName[begin[d]]), quint32(d + 1)));
        }
        const NodeId leaf = length == 0 ? CallTree::root() : path[length - 1];
        const qint64 *v = m_values.data() + size_t(s) * types;
        for (size_t t = 0; t < types; ++t)
            tree.m_total[t][leaf.index] += v[t];
        if (!m_labelSet.empty() && m_labelSet[s] >= 0)
            m_labelled.push_back({leaf, quint32(m_labelSet[s]), std::vector<qint64>(v, v + types)});
        tree.m_maxDepth = std::max(tree.m_maxDepth, quint32(length));
        previous = s;
        if (i % reportEvery == 0) {
            if (progress.isCanceled())
                return {};
            progress.report(0.5 + 0.4 * double(i) / double(order.size()));
        }
    }
    // Release the stack buffers before the totals pass: peak memory is the tree.
    m_frames = {};
    m_stackStart = {0};
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
