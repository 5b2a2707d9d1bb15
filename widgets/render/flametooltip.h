#pragma once

#include "model/diffmetrics.h"
#include "model/ids.h"

#include <QString>

class Profile;

// The text of the flamegraph's tooltip, a function of the profile, the node
// and what the view shows: the full name, then the node's values in the
// profile's unit and their shares, one fact a line. A diff profile's tooltip
// is Pyroscope's: each side's value and share, then the change.
class FlameToolTip final
{
public:
    struct Options
    {
        int sampleType = 0; // ignored for a diff, which compares its two sides
        DiffMode diffMode = DiffMode::Relative;
    };

    // Empty for a node the profile does not have.
    static QString text(const Profile &profile, NodeId node, const Options &options);
    // For a box that stands for count boxes too narrow to draw.
    static QString mergedText(qsizetype count);

private:
    static QString diffText(const Profile &profile, NodeId node, DiffMode mode);
};
