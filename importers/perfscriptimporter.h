#pragma once

#include "profileimporter.h"

// Linux `perf script` text, read as a stream in 1 MiB chunks cut between
// samples and parsed with string_views on several threads (ParallelChunkReader):
// memory follows the distinct stacks, not the file.
//
// Names and weights follow FlameGraph's stackcollapse-perf.pl with its default
// options, so that the default sample type's function table equals its output:
// - the process name (comm, spaces made '_') is the root frame; pid and tid are
//   kept as labels ("pid", and "thread" = "comm tid") on the samples, so a
//   label filter shows one thread;
// - a frame is `perf`'s symbol minus its `+0x..` offset; `[unknown]` becomes the
//   module's file name in brackets; `a->b` (perf's inline chains) becomes two
//   frames, the second suffixed `_[i]`; symbols starting with '(' are dropped;
//   the generic tidy (`;` -> `:`, arguments after the first '(' cut unless it
//   looks like a Go method, quotes removed) and the Java tidy (`Lpkg/Cls;` ->
//   `pkg/Cls:`) are applied;
// - the weight is the period on the event line, else 1.
// Where we differ on purpose: every event (`cycles`, `instructions`, ...) is its
// own sample type instead of being filtered out (the first event in the file is
// the default, which is what stackcollapse-perf.pl keeps); a last sample that
// is not followed by a blank line is kept, not dropped; a header line that
// arrives while a sample is still open starts a new sample.
//
// Sample timestamps of the default event are kept in metadata().sampleTimes
// (nanoseconds of perf's clock). Lines that are neither a header, a frame nor
// blank are skipped and reported in metadata().warnings.
class PerfScriptImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
