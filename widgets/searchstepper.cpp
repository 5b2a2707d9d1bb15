#include "searchstepper.h"

#include "model/searchresult.h"

void SearchStepper::reset()
{
    m_matches.clear();
    m_index = -1;
}

NodeId SearchStepper::step(const Profile &profile, const SearchResult &search, bool forward)
{
    if (!search.isActive())
        return NodeId();
    if (m_matches.empty()) {
        m_matches = search.matchingNodes(profile);
        m_index = -1;
    }
    if (m_matches.empty())
        return NodeId();
    const qsizetype n = count();
    m_index = m_index < 0 ? (forward ? 0 : n - 1) : (m_index + (forward ? 1 : n - 1)) % n;
    return m_matches[size_t(m_index)];
}
