#pragma once

#include "nametable.h"

#include <string_view>
#include <vector>

// Builds a NameTable with each distinct name once. An open-addressing hash over
// the table's own storage: no std::string per name, no node per entry.
class NameInterner final
{
public:
    NameInterner();
    NameId intern(std::string_view name);
    const NameTable &table() const { return m_table; }
    NameTable takeTable();
    qsizetype size() const { return m_table.size(); }

private:
    void grow();

    NameTable m_table;
    std::vector<quint32> m_slots; // NameId index + 1; 0 = empty
    std::vector<quint64> m_hashes;
};
