#pragma once

#include "profileimporter.h"

// V8 `--prof` logs as speedscope opens them (its v8proflog.ts): the JSON that
// `node --prof-process --preprocess isolate-*.log` writes (`code`, `functions`,
// `ticks`).
//
// - Each tick's stack is `s`: code indices at the even places, leaf first;
//   -1 is padding and is skipped, an index past the code table is a raw
//   address ("0x..."). speedscope reads only the JavaScript side of the
//   interleaved stack, and so does this.
// - Names as speedscope gives them: "(c++) name" for C++ symbols, "(LIB) path"
//   for shared libraries, "(builtin) ...", "(stub) ...", "(IC) ...",
//   "(bytecode) ~...", "(regexp) ..." for V8's code kinds, and a JavaScript
//   function's name without its "file:line:column", which goes to
//   metadata().nameDetails ("(anonymous FILE:LINE)" for an unnamed one).
// - Ticks are sorted by time; a tick weighs the time since the previous one
//   (the first since 0), in microseconds. Two sample types: "samples" (count)
//   and "wall" (microseconds, the default). A tick without any frame counts
//   at the root, as speedscope counts it in the total.
// - The raw isolate log (`v8-version,...` lines) is recognised and refused
//   with the command that preprocesses it: the code addresses in it only
//   resolve with V8's tick processor (and its nm run over the binaries).
class V8ProfLogImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
