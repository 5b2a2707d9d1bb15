#pragma once

#include "flamegraphview.h"

#include "model/profile.h"

#include <QStringList>
#include <QWidget>

class QLabel;

// Two flamegraphs side by side: the baseline on the left, the comparison on
// the right, each with its own totals (a title above each says which profile
// and how much). Zoom, search and selection are kept in step by call path, not
// by node id, since the two profiles have different trees: zooming into
// main;serve;parse on one side zooms the other into the same path when it has
// it, else into the longest prefix of that path it has.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto,
                            QWidget *parent = nullptr);

    // Any two profiles; the same diff profile twice with its two columns works too.
    void setProfiles(ProfilePtr baseline, int baselineType, ProfilePtr comparison, int comparisonType,
                     const QString &baselineTitle, const QString &comparisonTitle);

    FlameGraphView *baselineView() const { return m_views[0]; }
    FlameGraphView *comparisonView() const { return m_views[1]; }
    QString title(int side) const;

    // The same search on both sides (each profile searched by name).
    void setSearchText(const QString &text, bool regex = false);
    // Zooms both sides; false when neither has the path.
    bool zoomToPath(const QStringList &rootFirstNames);
    // The root-first names of a node of one side, or of any profile (the root left out).
    QStringList pathOf(int side, NodeId node) const;
    static QStringList pathOf(const Profile *profile, NodeId node);
    // The node of a side at the longest prefix of the path that it has (the root at worst).
    NodeId deepestNode(int side, const QStringList &rootFirstNames, int *matched = nullptr) const;
    void resetZoom();

signals:
    void zoomChanged(const QStringList &rootFirstNames);

private:
    void syncZoom(int from, NodeId root);
    void syncSelection(int from);
    void updateTitles();

    FlameGraphView *m_views[2];
    QLabel *m_titles[2];
    QString m_names[2];
    bool m_syncing = false;
};
