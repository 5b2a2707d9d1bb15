#pragma once

#include "ids.h"

#include <QtGlobal>

#include <vector>

class Profile;
class SearchQuery;

// The outcome of one search over one profile: which names match (a mask indexed
// by NameId, so views ask in O(1) per frame) and how much of each sample type
// the matching frames account for. A node under a matching ancestor is not
// counted twice, like the "matched" share in Brendan Gregg's flamegraph.pl.
// Immutable value; a new query makes a new result.
class SearchResult final
{
public:
    // no search active
    SearchResult() = default;
    // names tested once each, then one pass over nodes
    static SearchResult run(const Profile &profile, const SearchQuery &query);

    bool isActive() const { return m_active; }
    // O(1); false when not active or the id is out of range
    bool nameMatches(NameId name) const
    {
        return name.index < m_nameMask.size() && m_nameMask[name.index] != 0;
    }
    // nameMatches(p.tree().name(node))
    bool nodeMatches(const Profile &p, NodeId node) const;
    // a node under a matching ancestor not counted twice; 0 for an unknown type
    qint64 matchedTotal(int sampleType) const;
    // matchedTotal / root total (0 when total is 0)
    double matchedShare(int sampleType) const;
    qsizetype matchedNodeCount() const { return m_matchedNodeCount; }
    qsizetype matchedNameCount() const { return m_matchedNameCount; }
    // pre-order, all matching nodes (including those under a matching ancestor)
    std::vector<NodeId> matchingNodes(const Profile &p) const;

private:
    bool m_active = false;
    std::vector<quint8> m_nameMask;
    std::vector<qint64> m_matchedTotal; // [sampleType]
    std::vector<qint64> m_rootTotal;    // [sampleType]
    qsizetype m_matchedNodeCount = 0;
    qsizetype m_matchedNameCount = 0;
};
