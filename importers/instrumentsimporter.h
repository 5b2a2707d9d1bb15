#pragma once

#include "profileimporter.h"

// The text Xcode Instruments puts on the clipboard with "Deep Copy" of a call
// tree: a tab-separated table whose header names a weight column ("Running
// Time" or "Weight" for time profiles and CPU counters, "Bytes Used" for
// allocations) and "Symbol Name", whose leading spaces give the depth. Read as
// speedscope's importFromInstrumentsDeepCopy (src/import/instruments.ts) reads
// it; its totals and per-function self are the reference.
//
// As speedscope does: a row's weight is the whole part of its inclusive value
// ("4273.0ms" is 4273, "96.08 Gc" is 96e9 cycles, "429.93 MB" is 429 MiB), a
// frame's self is its weight less its children's, and a child heavier than
// what is left of its parent pushes its parent's end out rather than going
// negative. The "Self" columns are not read. Units: ms, s, min (time, in
// milliseconds), cycles, Kc, Mc, Gc (cycles), Bytes, KB, MB, GB (bytes, 1024
// apart). A row deeper than one below its parent, or a unit not listed, is an
// error naming its line.
class InstrumentsImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
