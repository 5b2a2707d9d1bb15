#pragma once

#include "calltree.h"
#include "nametable.h"

#include <memory>
#include <span>
#include <vector>

class Progress;

// A sample whose label set matters for filtering: its leaf in the built tree,
// the label set it carries and its values (one per sample type).
struct LabelledSample
{
    NodeId leaf;
    quint32 labelSet = 0;
    std::vector<qint64> values;
};

// Collects stacks (root first) and builds a CallTree. The stacks are sorted
// root-first by name, then one pass shares the common prefix with the previous
// stack, so the tree comes out in pre-order with children sorted by name and no
// per-frame hash lookup. Identical stacks are merged when the buffer grows large,
// so memory follows the number of distinct stacks, not the input size.
//
// The sort is a most-significant-frame-first radix sort (one frame per level,
// each level a sort of 16-byte entries by that frame), which gives the common
// prefix of neighbours for free; the tree pass then writes each node once,
// totals included, and runs on two threads split at a child of the root.
class CallTreeBuilder final
{
public:
    explicit CallTreeBuilder(int sampleTypeCount);

    int sampleTypeCount() const { return m_types; }
    // labelSet < 0: no labels that a filter could select
    void addStack(std::span<const NameId> rootFirst, std::span<const qint64> values, qint32 labelSet = -1);
    qsizetype stackCount() const { return qsizetype(m_stacks.size()); }
    // Merge identical stacks once this many frames are buffered (and again each
    // time the distinct ones double). Lowered by tests to exercise the merge.
    void setCompactionThreshold(size_t frames) { m_compactAt = frames; }

    // The names decide the order of siblings (byte order of the name). Returns an
    // empty tree when progress says cancelled.
    CallTree build(const NameTable &names, NameId rootName, Progress &progress);
    std::vector<LabelledSample> takeLabelledSamples() { return std::move(m_labelled); }

    // One entry of the sort: the stack's frames (NameId index + 1, ended by 0),
    // and the frame at the current depth, ranked, as the high half of the key.
    struct SortEntry
    {
        const quint32 *frames;
        quint32 stack;
        quint32 key;
        quint64 sortKey() const { return quint64(key) << 32 | stack; }
    };

private:
    quint32 *appendFrames(size_t count);
    void compact();
    bool worthTwoThreads() const;
    // Sorted entries and, for each, how many frames it shares with the one
    // before. rank: rank + 1 of each frame value (rank[0] = 0), or null to
    // sort by the ids themselves (compaction, where any order groups equals).
    void sortStacks(const quint32 *rank, std::vector<SortEntry> &entries, std::vector<quint32> &shared,
                    Progress *progress) const;

    int m_types;
    // Frames live in blocks that never move (no growth copies of a 50 MB
    // vector); each stack's frames are contiguous and followed by a 0.
    std::vector<std::unique_ptr<quint32[]>> m_blocks;
    quint32 *m_blockNext = nullptr;
    size_t m_blockLeft = 0;
    size_t m_frameCount = 0; // stored frames, terminators excluded
    std::vector<const quint32 *> m_stacks;
    std::vector<quint32> m_lengths;
    std::vector<qint64> m_values;
    std::vector<qint32> m_labelSet; // empty until a labelled stack arrives
    std::vector<LabelledSample> m_labelled;
    size_t m_compactAt = size_t(1) << 25;
};
