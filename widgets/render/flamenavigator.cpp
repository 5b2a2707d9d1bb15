#include "flamenavigator.h"

#include "model/calltree.h"
#include "model/flamelayout.h"

FlameNavigator::FlameNavigator(const CallTree &tree, const FlameLayout &layout, int sampleType)
    : m_tree(tree), m_layout(layout), m_sampleType(sampleType)
{ }

NodeId FlameNavigator::parent(NodeId node) const
{
    const NodeId parent = m_tree.parent(node);
    return parent.isValid() ? parent : node;
}

NodeId FlameNavigator::widestChild(NodeId node) const
{
    NodeId best;
    qint64 bestTotal = -1;
    m_tree.forEachChild(node, [&](NodeId c) {
        const qint64 t = m_tree.total(c, m_sampleType);
        if (t > bestTotal && m_layout.indexOf(c, int(m_tree.depth(c))) >= 0) {
            best = c;
            bestTotal = t;
        }
    });
    return best.isValid() ? best : node;
}

NodeId FlameNavigator::neighbour(NodeId node, int direction) const
{
    const int row = int(m_tree.depth(node));
    qsizetype i = m_layout.indexOf(node, row);
    if (i < 0)
        return node;
    for (i += direction; i >= m_layout.rowBegin(row) && i < m_layout.rowEnd(row); i += direction) {
        if (!m_layout.isMerged(i))
            return m_layout.node(i);
    }
    return node;
}

NodeId FlameNavigator::afterKey(Qt::Key key, NodeId selected, NodeId zoomRoot, bool flame) const
{
    if (!selected.isValid())
        return zoomRoot;
    switch (key) {
    case Qt::Key_Up:
        return flame ? widestChild(selected) : parent(selected);
    case Qt::Key_Down:
        return flame ? parent(selected) : widestChild(selected);
    case Qt::Key_Left:
        return neighbour(selected, -1);
    case Qt::Key_Right:
        return neighbour(selected, 1);
    default:
        return selected;
    }
}
