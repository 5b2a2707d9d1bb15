#pragma once

#include "nametable.h"
#include "openhashtable.h"

#include <string_view>

// Builds a NameTable with each distinct name once. The hash slots point into
// the table's own storage: no std::string per name, no node per entry.
class NameInterner final
{
public:
    NameId intern(std::string_view name);
    const NameTable &table() const { return m_table; }
    NameTable takeTable();
    qsizetype size() const { return m_table.size(); }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint32 id = 0; // NameId index
    };

    NameTable m_table;
    OpenHashTable<Slot> m_slots;
};
