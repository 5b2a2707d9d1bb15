#pragma once

#include "profileimporter.h"

// The Firefox profiler's Gecko profile, read as speedscope's firefox.ts reads
// it: the raw profile Firefox writes (about:profiling, the Gecko Profiler
// add-on: `{"meta":..., "threads":[...], "processes":[...]}`) and the export
// of Firefox's old DevTools performance panel, which wraps the same profile
// as `{"profile":{...}, "duration":..., "systemHost":{"name":"Firefox"}}`.
//
// - Each thread's tables are read through their `schema` (samples: stack,
//   time; stackTable: prefix, frame; frameTable: location; strings in
//   `stringTable`); the child processes' threads are read too, each sample
//   labelled "thread" (`name (pid P, tid T)`) and "pid" (`processType`, else
//   the pid).
// - As speedscope shows a Firefox profile, a stack keeps only the frames
//   whose location reads `name (file:line)`: JavaScript functions. Native
//   frames, labels and Firefox's own `resource:` and `self-hosted` scripts are
//   dropped; a sample left with no frame counts at the root. The name is the
//   part before the parenthesis; "file:line" goes to metadata().nameDetails.
// - A sample lasts until the next sample of its thread (speedscope's
//   enterFrame/leaveFrame at each sample's time); the last one weighs 0.
//   Two sample types: "samples" (count) and "wall" (nanoseconds, the default;
//   the file's milliseconds rounded per sample time).
// - Sample times are kept as nanoseconds since the epoch (meta.startTime plus
//   the sample's time) in metadata().sampleTimes.
//
// The Firefox Profiler's processed format (profiler.firefox.com
// "Upload/Download" files, `meta.preprocessedProfileVersion`) is read by
// GeckoProcessedProfile, with the same labels and sample types.
class GeckoProfileImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
