#pragma once

#include "profileimporter.h"

// Safari / WebKit Web Inspector timeline recordings (Timelines > Export:
// `{"version":1,"recording":{...,"sampleStackTraces":[...],"sampleDurations":[...]}}`),
// read as speedscope's safari.ts reads them:
//
// - Each sample is one stack (`stackFrames`, leaf first) lasting its
//   `sampleDurations` entry. Two sample types: "samples" (count) and "wall"
//   (nanoseconds, the default; the file's seconds rounded per sample).
// - A frame without a name is "(anonymous FILE:LINE)" (FILE the last part of
//   its url), or "(anonymous)" without a url; url:line:column go to
//   metadata().nameDetails.
// - speedscope draws the gaps between samples (over 2 ms) as empty time; they
//   are no samples, so they are left out here.
// - Sample times (the recording's seconds, in nanoseconds) go to
//   metadata().sampleTimes; the recording's displayName becomes a comment.
class SafariTimelineImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
