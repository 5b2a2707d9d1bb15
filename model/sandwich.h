#pragma once

#include "ids.h"
#include "profile.h"

class Progress;

// The two halves of a sandwich view (speedscope, Pyroscope) for one function.
// Both are ordinary Profiles (same sample types, metadata copied) whose root
// is the function itself (SandwichRoot::Function): each half grows from the
// function, and nothing sits between the callers and the function, since a
// "total" root would be a bar as wide as the function that reads as its
// caller. The root's total is the function's total, its self what the function
// does without a caller (callers: the stacks it starts) or itself (callees).
// SandwichRoot::Total puts the function under a "total" root instead, as a
// profile like any other (focusOnFunction). Only outermost occurrences of the
// function count (those with no ancestor of the same name), so recursion is
// counted once per stack. A name with no node gives a profile with an empty
// tree (total 0). Null when cancelled.
enum class SandwichRoot { Function, Total };

// Inverted: the function, then its direct callers, then their callers up to the
// top of the stack. Each occurrence contributes its total.
ProfilePtr callersOf(const Profile &profile, NameId function, Progress &progress,
                     SandwichRoot root = SandwichRoot::Function);
ProfilePtr callersOf(const Profile &profile, NameId function);

// Top-down: the subtrees of all occurrences of the function merged under it.
ProfilePtr calleesOf(const Profile &profile, NameId function, Progress &progress,
                     SandwichRoot root = SandwichRoot::Function);
ProfilePtr calleesOf(const Profile &profile, NameId function);
