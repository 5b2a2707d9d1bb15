#include "functiontable.h"

#include "profile.h"
#include "progress.h"

#include <algorithm>

FunctionTable FunctionTable::compute(const Profile &profile, int sampleType)
{
    return compute(profile, sampleType, Progress::none());
}

FunctionTable FunctionTable::compute(const Profile &profile, int sampleType, Progress &progress)
{
    FunctionTable table;
    const CallTree &tree = profile.tree();
    if (sampleType < 0 || sampleType >= tree.sampleTypeCount())
        return table;
    table.m_sampleType = sampleType;
    table.m_profileTotal = tree.total(CallTree::root(), sampleType);

    const size_t nameCount = size_t(profile.names().size());
    std::vector<qint64> self(nameCount, 0), total(nameCount, 0);
    std::vector<quint32> onPath(nameCount, 0); // how often each name is on the current path
    std::vector<quint8> seen(nameCount, 0);
    std::vector<quint32> path; // names of the current path, path[d - 1] at depth d

    const std::span<const NameId> names = tree.names();
    const std::span<const NodeId> parents = tree.parents();
    const std::span<const quint32> depths = tree.depths();
    const std::span<const qint64> totals = tree.totals(sampleType);
    const quint32 count = quint32(names.size());
    const quint32 reportEvery = 1u << 20;

    // One pre-order pass, no recursion (trees are thousands deep). A node's
    // total counts for its name only when no ancestor has that name, so a
    // recursive function is not counted once per level. Self is each node's
    // total minus its children's: added to its own name, subtracted from the
    // parent's name, which avoids a self column of 8 bytes a node.
    for (quint32 n = 1; n < count; ++n) {
        if ((n & (reportEvery - 1)) == 0) {
            if (progress.isCanceled())
                return FunctionTable();
            progress.report(0.9 * double(n) / double(count));
        }
        const quint32 depth = depths[n];
        while (path.size() >= depth) {
            --onPath[path.back()];
            path.pop_back();
        }
        const quint32 name = names[n].index;
        const qint64 value = totals[n];
        self[name] += value;
        if (parents[n].index != 0)
            self[names[parents[n].index].index] -= value;
        if (onPath[name] == 0)
            total[name] += value;
        ++onPath[name];
        path.push_back(name);
        seen[name] = 1;
    }

    // A name with nothing in this sample type (a function that only another
    // event of a perf file reached) is not a row: the table lists what costs.
    for (size_t i = 0; i < nameCount; ++i)
        if (seen[i] && (self[i] != 0 || total[i] != 0))
            table.m_rows.push_back({NameId(quint32(i)), self[i], total[i]});
    const NameTable &nameTable = profile.names();
    std::sort(table.m_rows.begin(), table.m_rows.end(), [&](const FunctionStats &a, const FunctionStats &b) {
        if (a.self != b.self)
            return a.self > b.self;
        return nameTable.name(a.name) < nameTable.name(b.name);
    });
    table.m_rowOfName.assign(nameCount, 0);
    for (size_t r = 0; r < table.m_rows.size(); ++r)
        table.m_rowOfName[table.m_rows[r].name.index] = quint32(r + 1);
    progress.report(1.0);
    return table;
}

const FunctionStats *FunctionTable::find(NameId name) const
{
    if (name.index >= m_rowOfName.size() || m_rowOfName[name.index] == 0)
        return nullptr;
    return &m_rows[m_rowOfName[name.index] - 1];
}
