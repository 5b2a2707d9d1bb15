#include "profile.h"

#include <algorithm>

int Profile::sampleTypeIndex(std::string_view type) const
{
    for (size_t i = 0; i < m_sampleTypes.size(); ++i)
        if (m_sampleTypes[i].type == type)
            return int(i);
    return -1;
}

std::vector<NameId> Profile::path(NodeId node) const
{
    std::vector<NameId> path;
    for (NodeId n = node; n.isValid() && n != CallTree::root(); n = m_tree.parent(n))
        path.push_back(m_tree.name(n));
    std::reverse(path.begin(), path.end());
    return path;
}

NodeId Profile::findPath(const std::vector<std::string_view> &names) const
{
    NodeId node = CallTree::root();
    for (std::string_view want : names) {
        NodeId next;
        m_tree.forEachChild(node, [&](NodeId c) {
            if (!next.isValid() && m_names.name(m_tree.name(c)) == want)
                next = c;
        });
        if (!next.isValid())
            return NodeId();
        node = next;
    }
    return node;
}

qsizetype Profile::byteSize() const
{
    return m_names.byteSize() + m_tree.byteSize();
}
