#pragma once

#include "defaultinitallocator.h"
#include "ids.h"

#include <span>
#include <vector>

// A top-down call tree as flat arrays in pre-order: a node's descendants are
// the ids in (node, subtreeEnd(node)), its first child is node + 1, and the next
// sibling of a child c is subtreeEnd(c). Node 0 is the root. Only totals are
// stored per sample type; self is total minus the children's totals, which
// saves 8 bytes a node for each sample type.
class CallTree final
{
public:
    qsizetype nodeCount() const { return qsizetype(m_parent.size()); }
    int sampleTypeCount() const { return int(m_total.size()); }

    static constexpr NodeId root() { return NodeId(0); }
    NodeId parent(NodeId node) const { return m_parent[node.index]; }
    NodeId subtreeEnd(NodeId node) const { return NodeId(m_subtreeEnd[node.index]); }
    NameId name(NodeId node) const { return m_name[node.index]; }
    quint32 depth(NodeId node) const { return m_depth[node.index]; }
    qint64 total(NodeId node, int sampleType) const { return m_total[size_t(sampleType)][node.index]; }
    qint64 self(NodeId node, int sampleType) const;
    bool hasChildren(NodeId node) const { return m_subtreeEnd[node.index] > node.index + 1; }
    quint32 maxDepth() const { return m_maxDepth; }

    std::span<const qint64> totals(int sampleType) const { return m_total[size_t(sampleType)]; }
    std::span<const NodeId> parents() const { return m_parent; }
    std::span<const NameId> names() const { return m_name; }
    std::span<const quint32> subtreeEnds() const { return m_subtreeEnd; }
    std::span<const quint32> depths() const { return m_depth; }
    // Self of every node for one sample type, in one pass.
    std::vector<qint64> selfColumn(int sampleType) const;

    template<typename F>
    void forEachChild(NodeId node, F &&f) const
    {
        const quint32 end = m_subtreeEnd[node.index];
        for (quint32 c = node.index + 1; c < end; c = m_subtreeEnd[c])
            f(NodeId(c));
    }
    NodeId child(NodeId node, NameId name) const;
    qsizetype byteSize() const;

private:
    friend class CallTreeBuilder;
    friend class DiffBuilder; // merges two trees straight into the arrays
    std::vector<NodeId> m_parent;
    UninitializedVector<quint32> m_subtreeEnd;
    UninitializedVector<quint32> m_depth;
    std::vector<NameId> m_name;
    std::vector<UninitializedVector<qint64>> m_total; // [sampleType][node]
    quint32 m_maxDepth = 0;
};
