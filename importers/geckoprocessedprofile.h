#pragma once

#include "importresult.h"

#include <QString>

class Progress;
class QJsonObject;

// The Firefox Profiler's processed format: what profiler.firefox.com saves
// ("Upload" / "Download", `meta.preprocessedProfileVersion`), read for
// GeckoProfileImporter once it has the JSON.
//
// - Tables are columnar (`{"length": n, "func": [...], ...}`): samples.stack
//   -> stackTable.frame/prefix -> frameTable.func -> funcTable.name, a string
//   index into the thread's `stringArray` (or `stringTable`, older versions)
//   or the profile's `shared.stringArray` (version 56 on). A function's file
//   is funcTable.fileName, or from version 58 funcTable.source into
//   `shared.sources`. Where a thread has no stackTable, the tables and a
//   stackTable.prefixOffset (0 for a root, else how many rows back the prefix
//   is) are read from `shared`: how later versions are read by a third-party
//   reader; the Firefox Profiler's own changelog we could read stops at 58,
//   and no such file was at hand to test with.
// - Every frame is kept, native and JavaScript alike, as the Firefox Profiler
//   shows them; speedscope, whose raw Gecko import keeps only JavaScript, does
//   not read this format. funcTable.fileName and lineNumber go to
//   metadata().nameDetails.
// - One profile per thread as in the raw import: labels "thread" and "pid".
//   Sample types "samples" (count, times samples.weight when weightType is
//   "samples") and "wall" (nanoseconds: until the thread's next sample, the
//   last 0; with weightType "tracing-ms" the weight itself), plus "bytes"
//   when some thread's weightType is "bytes". Sample times come from
//   samples.time or samples.timeDeltas, plus meta.startTime.
class GeckoProcessedProfile final
{
public:
    static ImportResult read(const QJsonObject &profile, const QString &source,
                             const QString &formatName, Progress &progress);
};
