#include "searchresult.h"

#include "profile.h"
#include "parallelmap.h"
#include "searchquery.h"

#include <QThread>
#include <QtAlgorithms>

#include <algorithm>

namespace {
// Below this much work a thread costs more than it saves.
constexpr quint32 minNamesPerChunk = 8192;
constexpr quint32 minNodesPerChunk = 1u << 19;

struct Range
{
    quint32 begin = 0;
    quint32 end = 0;
};

std::vector<Range> chunks(quint32 begin, quint32 end, quint32 minChunk)
{
    const quint32 size = end > begin ? end - begin : 0;
    const quint32 threads = quint32(std::max(1, QThread::idealThreadCount()));
    const quint32 count = std::max(1u, std::min(threads * 2, size / minChunk));
    std::vector<Range> ranges;
    for (quint32 i = 0; i < count; ++i)
        ranges.push_back({begin + quint32(quint64(size) * i / count), begin + quint32(quint64(size) * (i + 1) / count)});
    return ranges;
}

struct NameChunk
{
    Range range;
    qsizetype matched = 0;
};

struct NodeChunk
{
    Range range;
    qsizetype matched = 0;
    std::vector<qint64> totals;
};
} // namespace

SearchResult SearchResult::run(const Profile &profile, const SearchQuery &query)
{
    SearchResult result;
    if (query.isEmpty() || !query.isValid())
        return result;
    result.m_active = true;

    // Each distinct name is tested once; nodes then only look up the mask.
    const NameTable &names = profile.names();
    result.m_nameMask.assign(size_t(names.size()), 0);
    quint8 *mask = result.m_nameMask.data();
    std::vector<NameChunk> nameChunks;
    for (const Range &r : chunks(0, quint32(names.size()), minNamesPerChunk))
        nameChunks.push_back({r});
    parallelMap(nameChunks, [&](NameChunk &chunk) {
        // A regular expression is compiled per thread rather than shared.
        const SearchQuery local = query.isRegex() && nameChunks.size() > 1
                                      ? SearchQuery::regex(query.text(), nullptr)
                                      : query;
        for (quint32 i = chunk.range.begin; i < chunk.range.end; ++i) {
            if (local.matches(names.name(NameId(i)))) {
                mask[i] = 1;
                ++chunk.matched;
            }
        }
    });
    for (const NameChunk &chunk : nameChunks)
        result.m_matchedNameCount += chunk.matched;

    const CallTree &tree = profile.tree();
    const int types = tree.sampleTypeCount();
    result.m_matchedTotal.assign(size_t(types), 0);
    result.m_rootTotal.assign(size_t(types), 0);
    for (int t = 0; t < types; ++t)
        result.m_rootTotal[size_t(t)] = tree.total(CallTree::root(), t);
    if (result.m_matchedNameCount == 0)
        return result;

    // One pass in pre-order, split into ranges of nodes. Every matching node is
    // counted, but only the outermost match on a path adds its total: nodes
    // before skipUntil lie under a match already summed. A range starts by
    // looking up its first node's ancestors for a match above it. Node 0 is the
    // synthetic root, never a match.
    const std::span<const NameId> nodeNames = tree.names();
    const std::span<const quint32> subtreeEnds = tree.subtreeEnds();
    std::vector<NodeChunk> nodeChunks;
    for (const Range &r : chunks(1, quint32(nodeNames.size()), minNodesPerChunk))
        nodeChunks.push_back({r, 0, std::vector<qint64>(size_t(types), 0)});
    parallelMap(nodeChunks, [&](NodeChunk &chunk) {
        quint32 skipUntil = 0;
        if (chunk.range.begin < chunk.range.end) {
            for (NodeId a = tree.parent(NodeId(chunk.range.begin)); a.isValid() && a != CallTree::root();
                 a = tree.parent(a))
                if (mask[nodeNames[a.index].index])
                    skipUntil = subtreeEnds[a.index]; // the last one found is the outermost
        }
        // 64 nodes at a time: their matches gathered into a word without a
        // branch, then only the matching nodes visited. A branch per node
        // mispredicts on dense matches: on the 6M-node profile, "d" (5.3M
        // nodes) took 30 ms of CPU that way and 27 ms like this, with rare
        // matches ("Hashtable", 57k nodes) the same at about 27 ms (both
        // threads, measured under load 11).
        qsizetype matched = 0;
        std::vector<std::span<const qint64>> totals;
        for (int t = 0; t < types; ++t)
            totals.push_back(tree.totals(t));
        for (quint32 block = chunk.range.begin; block < chunk.range.end; block += 64) {
            const quint32 count = std::min<quint32>(64, chunk.range.end - block);
            const NameId *names = nodeNames.data() + block;
            quint64 bits = 0;
            for (quint32 j = 0; j < count; ++j)
                bits |= quint64(mask[names[j].index]) << j;
            matched += qPopulationCount(bits);
            while (bits) {
                const quint32 n = block + quint32(qCountTrailingZeroBits(bits));
                bits &= bits - 1;
                if (n < skipUntil)
                    continue;
                skipUntil = subtreeEnds[n];
                for (int t = 0; t < types; ++t)
                    chunk.totals[size_t(t)] += totals[size_t(t)][n];
            }
        }
        chunk.matched = matched;
    });
    for (const NodeChunk &chunk : nodeChunks) {
        result.m_matchedNodeCount += chunk.matched;
        for (int t = 0; t < types; ++t)
            result.m_matchedTotal[size_t(t)] += chunk.totals[size_t(t)];
    }
    return result;
}

bool SearchResult::nodeMatches(const Profile &p, NodeId node) const
{
    return node != CallTree::root() && nameMatches(p.tree().name(node));
}

qint64 SearchResult::matchedTotal(int sampleType) const
{
    if (sampleType < 0 || size_t(sampleType) >= m_matchedTotal.size())
        return 0;
    return m_matchedTotal[size_t(sampleType)];
}

double SearchResult::matchedShare(int sampleType) const
{
    if (sampleType < 0 || size_t(sampleType) >= m_rootTotal.size() || m_rootTotal[size_t(sampleType)] == 0)
        return 0.0;
    return double(m_matchedTotal[size_t(sampleType)]) / double(m_rootTotal[size_t(sampleType)]);
}

std::vector<NodeId> SearchResult::matchingNodes(const Profile &p) const
{
    std::vector<NodeId> nodes;
    if (!m_active || m_matchedNodeCount == 0)
        return nodes;
    nodes.reserve(size_t(m_matchedNodeCount));
    const std::span<const NameId> nodeNames = p.tree().names();
    for (quint32 n = 1; n < quint32(nodeNames.size()); ++n)
        if (nameMatches(nodeNames[n]))
            nodes.push_back(NodeId(n));
    return nodes;
}
