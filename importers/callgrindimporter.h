#pragma once

#include "profileimporter.h"

// valgrind's callgrind format (also written by KCachegrind's converters and
// Xdebug), read as speedscope's src/import/callgrind.ts reads it; its totals
// and per-function self are the reference.
//
// A callgrind file is a call graph, not a call tree: every function has a self
// cost and the inclusive cost of each call it makes, so the stacks are
// inferred. As speedscope does: the roots are the functions nobody calls (or,
// when every function has a caller, those whose cost exceeds what their
// callers account for, heaviest first); a call's cost is spread over a
// function's places in the tree in proportion to their weight; a function
// already on the stack is not entered again (its cost stays with the caller);
// a function expanded once is a leaf the next time it is reached; a subtree
// lighter than 0.01% of the roots' weight is dropped. Weights are kept as
// doubles while spreading and rounded where a frame starts and ends.
//
// Lines: `events:` gives one sample type per event (the first is the
// default; Xdebug's `Time_(10ns)` becomes "Time" in nanoseconds and
// `Memory_(bytes)` "Memory" in bytes), `positions:` how many position columns
// come first on a cost line, `fl=` the function's file (`fi=`/`fe=`, inlined
// code, do not change the function), `fn=` the function, `cfi=`/`cfl=`/`cfn=`
// the callee of the next `calls=` line, whose next line holds the call's
// inclusive cost; after it the callee is forgotten (`cfn=` resets, as
// KCachegrind does). Names may be compressed (`(3) name` defines id 3, `(3)`
// uses it). A position or cost written `*`, `+N` or `-N` is relative to the
// same column of the previous cost line (speedscope applies this to the cost
// columns too); positions may be hexadecimal. Missing cost columns are zero.
// Other headers and `ob=`/`cob=`/`jump=`/`jcnd=` lines are skipped; anything
// else is an error naming its line.
class CallgrindImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
