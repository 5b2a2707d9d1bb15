#pragma once

#include "ids.h"
#include "profile.h"
#include "progress.h"

#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

class SearchQuery;

// Transforms make a NEW profile from an existing one through ProfileBuilder and
// never touch their input (pprof's merge.go habit). Each keeps the sample
// types, the default type, the diff columns, the metadata and the labels of
// the samples it keeps. Each returns null when progress says cancelled.

// Focus on one node of the tree. Keep: the path above the node stays as a
// single chain whose frames hold nothing but the node's subtree, so the user
// still sees where the node was called from (as a flamegraph zoom does). Drop:
// the node becomes a child of the root. An invalid node gives an empty profile.
enum class FocusAncestors { Keep, Drop };
ProfilePtr focusOnNode(const Profile &profile, NodeId node, FocusAncestors ancestors = FocusAncestors::Keep,
                       Progress &progress = Progress::none());

// Every stack through the function, re-rooted at its outermost occurrence:
// the same profile as calleesOf() with SandwichRoot::Total.
ProfilePtr focusOnFunction(const Profile &profile, NameId function, Progress &progress = Progress::none());

// The function's callees are folded into its self: every stack is cut after the
// function's outermost frame.
ProfilePtr collapseFunction(const Profile &profile, NameId function, Progress &progress = Progress::none());

// The function's frames are removed from every stack and their callees attach
// to the caller (pprof -hide). A sample whose whole stack is hidden becomes the
// root's self, so totals do not change.
ProfilePtr hideFunction(const Profile &profile, NameId function, Progress &progress = Progress::none());
// Every function the query matches hidden; an empty or invalid query hides nothing.
ProfilePtr hideMatching(const Profile &profile, const SearchQuery &query, Progress &progress = Progress::none());

// Pyroscope's max_nodes cut, for answers that are whole profiles (pprof): a
// node below the root whose total of sampleType is under minTotal is folded,
// subtree and all, into one frame named `otherName` under its parent. Every
// sample type's totals are kept. minTotal <= 0 keeps the profile as it is.
ProfilePtr foldSmallNodes(const Profile &profile, int sampleType, qint64 minTotal, std::string_view otherName,
                          Progress &progress = Progress::none());

// The sum of several profiles. Sample types are matched by type and unit (in
// any order); the result has the first profile's order, default type and
// metadata, with the earliest start time and the span up to the latest end.
struct MergeResult
{
    ProfilePtr profile;
    QString error; // set when the profiles cannot be merged

    bool ok() const { return profile != nullptr; }
};
MergeResult mergeProfiles(std::span<const ProfilePtr> profiles, Progress &progress = Progress::none());

// key=value keeps the samples with that label; key!=value drops them. Several
// filters must all hold. A node's unlabelled samples (its self minus its
// labelled samples) carry no label: an include filter drops them, an exclude
// filter keeps them.
struct LabelFilter
{
    std::string key;
    std::string value;
    bool exclude = false;

    // "key=value" or "key!=value" (spaces around the operator allowed); nullopt
    // when the text has neither or an empty key.
    static std::optional<LabelFilter> parse(std::string_view text);
    bool operator==(const LabelFilter &) const = default;
};
ProfilePtr filterByLabel(const Profile &profile, std::span<const LabelFilter> filters,
                         Progress &progress = Progress::none());
