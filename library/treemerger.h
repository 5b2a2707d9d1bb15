#pragma once

#include "library/profileblob.h"
#include "model/openhashtable.h"
#include "model/profilebuilder.h"

#include <memory>
#include <vector>

// Merges decoded stored profiles, one sample type of each, into one Profile:
// each node finds its merged node by (merged parent, global name) in an open
// hash table, so a merge is linear in the nodes added; only the merged tree
// (a few thousand nodes for an hour of one service) goes through
// ProfileBuilder's sort at the end.
class TreeMerger final
{
public:
    explicit TreeMerger(SampleType sampleType);

    void add(const ProfileBlob::Tree &tree, int sampleType);
    qsizetype mergedNodeCount() const { return qsizetype(m_parent.size()); }
    // The merged profile; the merger is spent afterwards.
    ProfilePtr build();

private:
    struct Slot
    {
        quint64 hash = 0;
        quint64 key = 0;
        quint32 node = 0;
    };

    ProfileBuilder m_builder;
    OpenHashTable<Slot> m_nodes;
    std::vector<quint32> m_parent; // merged node -> merged parent (root: itself)
    std::vector<NameId> m_name;
    std::vector<qint64> m_self;
    std::vector<quint32> m_localToMerged; // scratch, per added tree
    std::vector<NameId> m_localNames;     // scratch
};
