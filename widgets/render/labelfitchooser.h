#pragma once

#include "flamestyle.h"

#include <string_view>

class NameTable;
class Profile;

// The label fit a profile gets by default (FlameLabelFit::Auto): tail first
// when most of its names are package-qualified, where the function is at the
// end and the qualifier in front is long (Go "github.com/org/repo/pkg.Func",
// "net/http.(*conn).serve", Java "com.foo.Bar.method", "java/util/HashMap.get"),
// head first otherwise.
//
// C++ and Rust names ("std::vector<int>::push_back(int const&)") stay head
// first although they are qualified too: demangled names end in parameter
// lists and template arguments, so their tail shows "…char> > const&)" rather
// than the function, and their namespaces ("std::", "boost::") are short.
// Names with a space (Python's "func (app.py:12)", "(garbage collector)") end
// in a location or a note, and plain C names have nothing to cut in front.
// Distinct names are counted, not samples: perf on a JVM, whose kernel and JVM
// C++ names outnumber its Java ones, gets head first; the toolbar switches it.
class LabelFitChooser final
{
public:
    // Identifier segments joined by '.' or '/' (at least two segments), as Go
    // and Java write a function; no "::", no space, no trailing parameter list.
    static bool looksPackageQualified(std::string_view name);
    // The share of the distinct names that look package-qualified, in [0, 1].
    static double qualifiedShare(const NameTable &names);
    // TailFirst when at least tailShare of the names look package-qualified.
    static FlameLabelFit forProfile(const Profile &profile);
    // fit itself, or forProfile() for Auto (HeadFirst without a profile).
    static FlameLabelFit resolve(FlameLabelFit fit, const Profile *profile);

    static constexpr double tailShare = 0.5;
};
