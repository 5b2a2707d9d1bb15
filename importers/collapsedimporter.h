#pragma once

#include "profileimporter.h"

// flamegraph.pl's folded stacks, one `root;caller;leaf COUNT` per line, read as
// a stream in 1 MiB chunks: memory follows the tree, not the file.
//
// Decisions where the tools disagree (flamegraph.pl, inferno, speedscope):
// - The count is the last whitespace-separated token; everything before it,
//   spaces included, is the stack.
// - Two counts (`stack 10 12`, difffolded.pl): the first valid line decides. A
//   two-count file becomes a diff profile with sample types "baseline" and
//   "comparison"; a one-count line in it is malformed.
// - Fractional counts (`31.23`) are rounded to the nearest whole number (inferno
//   truncates; rounding keeps totals closer) and a warning says how many.
// - A line whose first non-blank character is `#` is a comment and skipped
//   silently; any other line without a trailing count is malformed: skipped,
//   counted and reported in metadata().warnings with its line number. No valid
//   line at all is an error.
// - `;` separates frames, except a `; ` inside square brackets of the same
//   frame: Rust array types such as `[T; _]` stay one frame.
// - Empty frames (`a;;b`) are dropped. CRLF, a UTF-8 BOM and UTF-16 LE/BE with a
//   BOM are accepted.
class CollapsedImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
