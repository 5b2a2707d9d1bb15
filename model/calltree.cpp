#include "calltree.h"

qint64 CallTree::self(NodeId node, int sampleType) const
{
    const auto &total = m_total[size_t(sampleType)];
    qint64 self = total[node.index];
    forEachChild(node, [&](NodeId c) { self -= total[c.index]; });
    return self;
}

std::vector<qint64> CallTree::selfColumn(int sampleType) const
{
    const auto &total = m_total[size_t(sampleType)];
    std::vector<qint64> self(total.begin(), total.end());
    for (size_t n = 1; n < self.size(); ++n)
        self[m_parent[n].index] -= total[n];
    return self;
}

NodeId CallTree::child(NodeId node, NameId name) const
{
    NodeId found;
    forEachChild(node, [&](NodeId c) {
        if (!found.isValid() && m_name[c.index] == name)
            found = c;
    });
    return found;
}

qsizetype CallTree::byteSize() const
{
    qsizetype bytes = qsizetype(m_parent.capacity() * sizeof(NodeId) + m_subtreeEnd.capacity() * 4
                                + m_depth.capacity() * 4 + m_name.capacity() * sizeof(NameId));
    for (const auto &t : m_total)
        bytes += qsizetype(t.capacity() * sizeof(qint64));
    return bytes;
}
