#pragma once

#include "model/profile.h"

#include <QByteArray>

// A Profile as Pyroscope flamebearer JSON (the format of its /render response
// and JSON export): "single" for one sample type, "double" for a diff profile
// (baseline left, comparison right). Rows are laid out as Pyroscope lays them
// out (FlamebearerLevels, shared with the server's Connect FlameGraph): children
// start at parent.x + parent.self, in name order, x delta-encoded.
// FlamebearerImporter and Pyroscope's UI read it; the exact sample type rides
// along in metadata.pyrographSampleType, which Pyroscope ignores.
class FlamebearerWriter final
{
public:
    // sampleType < 0: the profile's default sample type. Ignored for a diff profile.
    // maxNodes > 0 folds the smaller nodes into "other" as Pyroscope's maxNodes does.
    static QByteArray write(const Profile &profile, int sampleType = -1, qint64 maxNodes = 0);
};
