#pragma once

#include "model/ids.h"

#include <QtCore/qnamespace.h>

class CallTree;
class FlameLayout;

// Where the flamegraph's arrow keys move the selection: up and down the call
// tree (to the parent, or to the widest child the layout draws, so the
// selection stays visible), and along the layout's row (to the next box that
// is not a merged one). A step with nowhere to go stays where it is.
class FlameNavigator final
{
public:
    // The layout is the one on screen; sampleType ranks children by width.
    FlameNavigator(const CallTree &tree, const FlameLayout &layout, int sampleType);

    NodeId parent(NodeId node) const;
    NodeId widestChild(NodeId node) const;
    // The next box in the node's row, direction -1 (left) or 1 (right).
    NodeId neighbour(NodeId node, int direction) const;

    // The selection after an arrow key (Up, Down, Left or Right): from no
    // selection, the zoom root; in the flame orientation (root at the bottom)
    // Up goes to a child, in the icicle orientation to the parent.
    NodeId afterKey(Qt::Key key, NodeId selected, NodeId zoomRoot, bool flame) const;

private:
    const CallTree &m_tree;
    const FlameLayout &m_layout;
    int m_sampleType;
};
