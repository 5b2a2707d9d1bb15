#pragma once

#include "model/profile.h"

#include <QHash>
#include <QObject>
#include <QString>

class DiffView;
class ProfileTab;
class TabHost;

// Compare and diff in the window: File > Compare… (CompareDialog), the diff
// built off the GUI thread in a tab of its own (a ProfileTab whose reader runs
// DiffBuilder, so it has the import's progress bar and Cancel), and the
// DiffView (diff flamegraph / side by side / diff table) put into every tab
// whose profile is a diff, whether compared here or read from a diff file
// (two-column collapsed, Pyroscope "double" JSON).
class CompareController final : public QObject
{
    Q_OBJECT
public:
    // host holds the tabs; the controller is a child of parent.
    CompareController(TabHost *host, QObject *parent);

    void showDialog();
    // A new tab "A vs B" with the diff of the two; a failure (units) is shown in
    // the window's error banner, as a failed import is.
    ProfileTab *compare(ProfilePtr baseline, int baselineType, const QString &baselineTitle, ProfilePtr comparison,
                        int comparisonType, const QString &comparisonTitle);
    // Called for every tab whose import finished with a diff profile.
    void installDiffView(ProfileTab *tab);
    DiffView *diffView(ProfileTab *tab) const;

private:
    struct Sides
    {
        ProfilePtr baseline;
        int baselineType = -1;
        QString baselineTitle;
        ProfilePtr comparison;
        int comparisonType = -1;
        QString comparisonTitle;
    };

    TabHost *m_host;
    QHash<ProfileTab *, Sides> m_sides;
    QHash<ProfileTab *, DiffView *> m_views;
};
