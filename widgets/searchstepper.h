#pragma once

#include "model/ids.h"

#include <QtGlobal>

#include <vector>

class Profile;
class SearchResult;

// Enter and Shift+Enter in a search field: the nodes the search matched, one
// at a time in tree order, wrapping around at either end. The list is made on
// the first step, so typing a search costs nothing more.
class SearchStepper final
{
public:
    // A new search or profile: the next step starts again at the first (or last) match.
    void reset();
    // The next match in that direction; invalid when the search is inactive or matched nothing.
    NodeId step(const Profile &profile, const SearchResult &search, bool forward);
    // Where the last step landed, from 1, and how many matches there are.
    qsizetype position() const { return m_index + 1; }
    qsizetype count() const { return qsizetype(m_matches.size()); }

private:
    std::vector<NodeId> m_matches;
    qsizetype m_index = -1;
};
