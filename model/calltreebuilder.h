#pragma once

#include "calltree.h"
#include "nametable.h"

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
class CallTreeBuilder final
{
public:
    explicit CallTreeBuilder(int sampleTypeCount);

    int sampleTypeCount() const { return m_types; }
    // labelSet < 0: no labels that a filter could select
    void addStack(std::span<const NameId> rootFirst, std::span<const qint64> values, qint32 labelSet = -1);
    qsizetype stackCount() const { return qsizetype(m_stackStart.size()) - 1; }

    // The names decide the order of siblings (byte order of the name). Returns an
    // empty tree when progress says cancelled.
    CallTree build(const NameTable &names, NameId rootName, Progress &progress);
    std::vector<LabelledSample> takeLabelledSamples() { return std::move(m_labelled); }

private:
    void compact();
    std::vector<quint32> sortedStacks(Progress *progress) const;
    bool sameStack(quint32 a, quint32 b) const;

    int m_types;
    std::vector<quint32> m_frames;
    std::vector<quint64> m_stackStart{0};
    std::vector<qint64> m_values;
    std::vector<qint32> m_labelSet; // empty until a labelled stack arrives
    std::vector<LabelledSample> m_labelled;
    size_t m_compactAt = size_t(1) << 25;
};
