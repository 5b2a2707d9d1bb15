#pragma once

#include "profileimporter.h"

#include <QJsonObject>

#include <string>
#include <vector>

class ProfileBuilder;
struct ProfileMetadata;
struct SampleType;

// Chrome DevTools and Node.js `.cpuprofile` files (CDP Profiler.Profile: `nodes`,
// `samples`, `timeDeltas`, `startTime`, `endTime`), and the older form with a
// nested `head` node and absolute `timestamps`.
//
// - Two sample types: "samples" (count) and "wall" (microseconds, the default).
//   A sample lasts until the next one; the last until `endTime` (0 when the
//   file has no usable end). Negative gaps (clock jitter) count 0 and are
//   reported in metadata().warnings.
// - Names as DevTools shows them: an empty function name is "(anonymous)";
//   "(program)", "(idle)" and "(garbage collector)" stay where the profile puts
//   them (children of the root); the "(root)" node is our root.
// - The script URL, line and column (1-based, as DevTools shows them) of each
//   name go to metadata().nameDetails as "url:line:column"; two functions of
//   the same name in different places merge in the tree but keep both details.
// - Sample times go to metadata().sampleTimes (nanoseconds of the profile's
//   clock, weights in microseconds).
class ChromeCpuProfileImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;

    // What ChromeTraceImporter shares: the sample types above, and adding one
    // profile object (as in a .cpuprofile, or assembled from a trace's
    // Profile/ProfileChunk events, whose nodes carry `parent` ids) to a builder
    // with those types. Returns an error message without source and format, or
    // an empty string. Call finishMetadata() once after the last profile.
    static std::vector<SampleType> sampleTypes();
    static QString addProfile(const QJsonObject &profile, ProfileBuilder &builder, qint32 labelSet);
    static void finishMetadata(ProfileMetadata &metadata);
};
