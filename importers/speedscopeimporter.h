#pragma once

#include "profileimporter.h"

// speedscope's own JSON (https://www.speedscope.app/file-format-schema.json):
// sampled and evented profiles, several in one file.
//
// - Several profiles open as one Profile, each profile's samples labelled
//   "thread" = the profile's name, so the label filter shows one alone. The
//   file's activeProfileIndex picks the default sample type.
// - A file written by Pyrograph (exporter "pyrograph ...") holds one profile
//   per sample type; those come back as sample types of the same names, so an
//   export round-trips with equal values.
// - Units: "none" -> count, "bytes" -> bytes, time units kept as they are; a
//   time profile with fractional values moves to a finer unit (seconds ->
//   milliseconds -> ... -> nanoseconds) until they are whole. Profiles of
//   different units become different sample types.
// - Evented profiles: the time between two events counts for the stack open
//   between them. A close that does not match the open frame, time going
//   backwards or a frame left open at the end is an error naming the profile
//   and the event.
// - Frames are names; a frame's file, line and column go to
//   metadata().nameDetails for the tooltip.
class SpeedscopeImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
