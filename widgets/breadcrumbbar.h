#pragma once

#include "model/ids.h"

#include <QStringList>
#include <QWidget>

class Profile;
class QAbstractButton;
class QHBoxLayout;

// The zoom path of a flamegraph as a row of buttons, root first ("total ›
// main › serve"): a click on one asks to zoom back to it; the last, where the
// view is, is bold and no link. A deep path shows the root, "…" and the last
// few frames, each elided in the middle to a fixed width.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxCrumbs = 8;
    static constexpr int crumbTextWidth = 180;

    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // The path from the call tree's root to root (the root alone when
    // invalid); no profile empties the bar.
    void setPath(const Profile *profile, NodeId root);
    // The crumbs' full names, root first (those behind "…" left out).
    QStringList names() const;
    // The button of names()[index], or null.
    QAbstractButton *crumb(int index) const;

signals:
    void nodeClicked(NodeId node);

private:
    QHBoxLayout *m_layout;
};
