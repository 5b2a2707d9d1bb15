#pragma once

#include "ids.h"
#include "profile.h"

class Progress;

// The two halves of a sandwich view (speedscope, Pyroscope) for one function.
// Both are ordinary Profiles (same sample types, metadata copied) whose root
// ("total") has the function as its only child, so a flamegraph view shows
// them unchanged. Only outermost occurrences of the function count (those with
// no ancestor of the same name), so recursion is counted once per stack. A name
// with no node gives a profile with an empty tree (total 0). Null when cancelled.

// Inverted: the function, then its direct callers, then their callers up to the
// top of the stack. Each occurrence contributes its total.
ProfilePtr callersOf(const Profile &profile, NameId function, Progress &progress);
ProfilePtr callersOf(const Profile &profile, NameId function);

// Top-down: the subtrees of all occurrences of the function merged under it.
ProfilePtr calleesOf(const Profile &profile, NameId function, Progress &progress);
ProfilePtr calleesOf(const Profile &profile, NameId function);
