#pragma once

#include "profileimporter.h"

// GHC's cost-centre profile (`+RTS -p`, `-P`, `-pj`), both of its forms:
//
// - The JSON of `-pj`, read as speedscope's src/import/haskell.ts reads it:
//   each node of `profile` sits under its parents, named
//   "Module.label" from `cost_centres`; its own `ticks`, `alloc` and `entries`
//   are its self. speedscope's two profiles (time, allocation) are our sample
//   types "cpu" (ticks times `tick_interval` microseconds, in nanoseconds; the
//   default) and "alloc" (bytes); "entries" (count) is the third. A `src_loc`
//   that is not `<...>` goes to metadata().nameDetails. A node with nothing
//   (no ticks, alloc or entries) adds nothing, as speedscope skips it.
// - The text report of `-p`/`-P`: the indented cost-centre tree under the
//   header with "no." and "entries". With `-P` its `ticks` and `bytes` columns
//   are the self values, exactly. Plain `-p` has only percentages (one
//   decimal), so ticks and bytes are estimated from the individual %time and
//   %alloc and the report's totals, with a warning saying so. The SRC column
//   (GHC 8.2 on) is optional; a SRC of `<no location info>` has spaces.
//
// Errors name the place: the JSON path of a node, or the line of the text.
class GhcProfImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
