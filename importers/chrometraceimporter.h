#pragma once

#include "profileimporter.h"

// Chrome's Trace Event Format: a JSON array of events or {"traceEvents": [...]}.
// One of three kinds of data is imported, the first that the file has:
//
// 1. DevTools CPU samples: `Profile` + `ProfileChunk` events (assembled per
//    process and profile id) or a `CpuProfile` event, read as a .cpuprofile
//    (see ChromeCpuProfileImporter): sample types samples and wall time.
// 2. Sampled stacks as Hermes and others write them: top-level `samples`
//    (`sf` = a stack frame id, `weight`) with `stackFrames` (`name`, `parent`):
//    one sample type, samples (count, the weights).
// 3. Duration events: `B`/`E` pairs and `X` (with `dur`, else `tdur`) per
//    thread, nested by time; a frame's value is its own time, not its
//    children's (sample type wall, microseconds; nanoseconds when the times
//    have fractions). Zero-length events stay as nodes of value 0.
//
// Events are sorted by time per thread, so out-of-order files work. Where the
// events do not balance, a warning in metadata().warnings says what was done:
// an `E` whose name is open deeper closes the frames above it too; an `E` that
// matches nothing open is ignored; a `B` never closed ends at the thread's last
// timestamp; an `X` that overlaps its parent's end is cut there.
//
// Every thread's samples carry the labels "thread" (its thread_name with pid
// and tid) and "pid" (the process_name, else the pid).
class ChromeTraceImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
