#pragma once

#include "profileimporter.h"

// Ruby's stackprof JSON (`StackProf.run(raw: true)` written with
// JSON.generate, or `stackprof --json`), read as speedscope's
// src/import/stackprof.ts reads it; its totals and per-function self are the
// reference.
//
// `raw` is a list of stacks, each "height, frame ids root first, count". A
// stack's weight: in `object` mode its count (objects allocated, one sample
// type "objects"); in `cpu` mode its count times `interval` (microseconds,
// sample type "cpu"); in any other mode (`wall`) the sum of the next `count`
// entries of `raw_timestamp_deltas` (microseconds, "wall"). A frame without a
// name is "(unknown)"; a stack that is only "(garbage collection)" sits on top
// of the stack before it (older stackprof wrote GC that way). A frame id
// missing from `frames`, a truncated stack or running out of timestamp
// deltas is an error naming the index in `raw`.
class StackprofImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
