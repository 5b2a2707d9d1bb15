#include "library/treemerger.h"

#include <algorithm>

TreeMerger::TreeMerger(SampleType sampleType) : m_builder({std::move(sampleType)}, ImportLimits::unlimited()), m_nodes(4096)
{
    m_parent.push_back(0);
    m_name.push_back(NameId());
    m_self.push_back(0);
}

void TreeMerger::add(const ProfileBlob::Tree &tree, int sampleType)
{
    const std::vector<qint64> &self = tree.self[size_t(sampleType)];
    m_localNames.resize(tree.nameOffsets.size() - 1);
    for (size_t n = 0; n < m_localNames.size(); ++n)
        m_localNames[n] = m_builder.intern(tree.nameOf(quint32(n)));
    if (!m_name[0].isValid()) {
        m_name[0] = m_localNames[tree.name[0]];
        m_builder.setRootName(tree.nameOf(tree.name[0]));
    }
    m_self[0] += self[0];
    const qsizetype nodes = tree.nodeCount();
    m_localToMerged.resize(size_t(nodes));
    m_localToMerged[0] = 0;
    for (qsizetype i = 1; i < nodes; ++i) {
        const quint32 parent = m_localToMerged[size_t(tree.parent[size_t(i)])];
        const NameId name = m_localNames[tree.name[size_t(i)]];
        const quint64 key = (quint64(parent) << 32) | name.index;
        const quint64 hash =
            ((key * 0x9E3779B97F4A7C15ull) ^ ((key * 0xC2B2AE3D27D4EB4Full) >> 29)) | 1;
        bool inserted = false;
        const quint32 next = quint32(m_parent.size());
        const Slot &slot = m_nodes.findOrInsert(
            hash, [&](const Slot &s) { return s.key == key; },
            [&](Slot &s) {
                s.hash = hash;
                s.key = key;
                s.node = next;
            },
            &inserted);
        const quint32 merged = slot.node;
        if (inserted) {
            m_parent.push_back(parent);
            m_name.push_back(name);
            m_self.push_back(0);
        }
        m_self[merged] += self[size_t(i)];
        m_localToMerged[size_t(i)] = merged;
    }
}

ProfilePtr TreeMerger::build()
{
    // Merged nodes come after their parents, so each path is its parent's plus one name.
    std::vector<quint32> depth(m_parent.size(), 0);
    std::vector<NameId> stack;
    for (size_t i = 0; i < m_parent.size(); ++i) {
        if (i > 0)
            depth[i] = depth[m_parent[i]] + 1;
        if (m_self[i] == 0)
            continue;
        stack.resize(depth[i]);
        for (size_t n = i; n != 0; n = m_parent[n])
            stack[depth[n] - 1] = m_name[n];
        m_builder.addStack(stack, std::span<const qint64>(&m_self[i], 1));
    }
    return m_builder.build();
}
