#pragma once

#include "ids.h"

#include <QtGlobal>

#include <vector>

class Profile;
class Progress;

// One function's cost over the whole profile, for one sample type.
struct FunctionStats
{
    NameId name;
    qint64 self = 0; // the sum of the self of every node with this name
    qint64 total = 0; // recursion counted once per stack
};

// The flat "top functions" table (pprof -top, speedscope's sandwich list):
// one row per name of the tree that has a cost in this sample type (as pprof
// -top: a function only another event reached is not listed). Computed in
// one pass over the nodes, so it is cheap enough to redo when the sample type
// changes.
class FunctionTable final
{
public:
    // An empty table when progress says cancelled.
    static FunctionTable compute(const Profile &profile, int sampleType, Progress &progress);
    static FunctionTable compute(const Profile &profile, int sampleType);

    // Sorted by self descending, then by name.
    const std::vector<FunctionStats> &rows() const { return m_rows; }
    qint64 profileTotal() const { return m_profileTotal; }
    int sampleType() const { return m_sampleType; }
    // Null when the name has no node in the tree.
    const FunctionStats *find(NameId name) const;

private:
    std::vector<FunctionStats> m_rows;
    std::vector<quint32> m_rowOfName; // NameId -> row + 1; 0 = no row
    qint64 m_profileTotal = 0;
    int m_sampleType = 0;
};
