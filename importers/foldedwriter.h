#pragma once

#include "model/profile.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// A Profile as collapsed stacks (flamegraph.pl's folded format): one line per
// node with a non-zero self value, root first, in the tree's pre-order (so
// sorted by name). A diff profile writes both columns, `stack baseline
// comparison`, as difffolded.pl does. CollapsedImporter reads it back into the
// same tree. Line breaks inside names become spaces; a self value on the root
// itself (an empty stack) cannot be written and is left out.
class FoldedWriter final
{
public:
    // sampleType < 0: the profile's default sample type. Ignored for a diff profile.
    static bool write(const Profile &profile, QIODevice &out, int sampleType = -1, QString *error = nullptr);
    static QByteArray toBytes(const Profile &profile, int sampleType = -1);
};
