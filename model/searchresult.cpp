#include "searchresult.h"

#include "profile.h"
#include "searchquery.h"

SearchResult SearchResult::run(const Profile &profile, const SearchQuery &query)
{
    SearchResult result;
    if (query.isEmpty() || !query.isValid())
        return result;
    result.m_active = true;

    // Each distinct name is tested once; nodes then only look up the mask.
    const NameTable &names = profile.names();
    const qsizetype nameCount = names.size();
    result.m_nameMask.assign(size_t(nameCount), 0);
    for (qsizetype i = 0; i < nameCount; ++i) {
        if (query.matches(names.name(NameId(quint32(i))))) {
            result.m_nameMask[size_t(i)] = 1;
            ++result.m_matchedNameCount;
        }
    }

    const CallTree &tree = profile.tree();
    const int types = tree.sampleTypeCount();
    result.m_matchedTotal.assign(size_t(types), 0);
    result.m_rootTotal.assign(size_t(types), 0);
    for (int t = 0; t < types; ++t)
        result.m_rootTotal[size_t(t)] = tree.total(CallTree::root(), t);
    if (result.m_matchedNameCount == 0)
        return result;

    // One pass in pre-order. Every matching node is counted, but only the
    // outermost match on a path adds its total: the nodes before skipUntil lie
    // under a match already summed. Node 0 is the synthetic root, never a match.
    const std::span<const NameId> nodeNames = tree.names();
    const std::span<const quint32> subtreeEnds = tree.subtreeEnds();
    const quint8 *mask = result.m_nameMask.data();
    const quint32 count = quint32(nodeNames.size());
    qsizetype matchedNodes = 0;
    quint32 skipUntil = 0;
    for (quint32 n = 1; n < count; ++n) {
        if (!mask[nodeNames[n].index])
            continue;
        ++matchedNodes;
        if (n < skipUntil)
            continue;
        skipUntil = subtreeEnds[n];
        for (int t = 0; t < types; ++t)
            result.m_matchedTotal[size_t(t)] += tree.totals(t)[n];
    }
    result.m_matchedNodeCount = matchedNodes;
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
