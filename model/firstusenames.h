#pragma once

#include "ids.h"

#include <cstddef>
#include <vector>

// A profile's names renumbered 0, 1, 2... in the order a writer first uses
// them, so that a file lists only the names it needs (flamebearer JSON, the
// HTML export's data) without a hash map: one slot per name of the profile.
class FirstUseNames final
{
public:
    explicit FirstUseNames(size_t profileNameCount)
        : m_index(profileNameCount, -1)
    {}

    // The name's number in the file, given on first use.
    qint32 indexOf(NameId name)
    {
        qint32 &i = m_index[name.index];
        if (i < 0) {
            i = qint32(m_names.size());
            m_names.push_back(name);
        }
        return i;
    }
    // The used names, by number.
    const std::vector<NameId> &names() const { return m_names; }

private:
    std::vector<qint32> m_index;
    std::vector<NameId> m_names;
};
