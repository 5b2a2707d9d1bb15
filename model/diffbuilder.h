#pragma once

#include "joboutcome.h"
#include "profile.h"
#include "progress.h"

#include <QString>

#include <string_view>

// Which sample type of each profile a diff compares.
struct SampleTypePairing
{
    int baseline = -1;
    int comparison = -1;
    QString error; // set when no pairing could be chosen

    bool ok() const { return baseline >= 0 && comparison >= 0; }
};

// The outcome of a diff: the merged profile and the sample type it compares.
struct DiffResult
{
    // Two sample types, "baseline" (0) and "comparison" (1), in the compared
    // unit, and isDiff(): every view of a profile works on it unchanged.
    ProfilePtr profile;
    SampleType sampleType; // what was compared: the baseline's type
    SampleType comparisonType; // the comparison's type (the same unit)
    QString error; // set when the profiles cannot be compared
    JobOutcome outcome = JobOutcome::Failed;

    bool ok() const { return outcome == JobOutcome::Done && profile; }
};

// Merges two profiles into one diff profile. The two call trees are walked
// together in pre-order: siblings are sorted by name in both (CallTreeBuilder's
// order), so children merge like two sorted lists and a subtree present on one
// side only is copied as one block. No stack is re-sorted, so a diff of two
// 7-million-node trees costs about one pass over each.
class DiffBuilder final
{
public:
    // The pairing by name: the type named typeName on both sides, or, when
    // comparisonTypeName is given, typeName (or the default) on the baseline
    // and comparisonTypeName on the comparison, as two tools name the same
    // measure differently (Node's "space", Go's "inuse_space"). When neither
    // is given: the baseline's default type if the comparison has a type of
    // that name, or the comparison's default if the baseline has it; else the
    // two defaults when they have the same unit. The error names both
    // profiles and their types otherwise. Units are checked by build().
    static SampleTypePairing pairSampleTypes(const Profile &baseline, const Profile &comparison,
                                             std::string_view typeName = {},
                                             const QString &baselineName = QStringLiteral("baseline"),
                                             const QString &comparisonName = QStringLiteral("comparison"),
                                             std::string_view comparisonTypeName = {});

    // The units must match: an error naming both profiles (baselineName,
    // comparisonName: file names or tab titles) and their units otherwise.
    // A null profile with an empty error when progress says cancelled.
    static DiffResult build(const Profile &baseline, int baselineType, const Profile &comparison, int comparisonType,
                            const QString &baselineName = QStringLiteral("baseline"),
                            const QString &comparisonName = QStringLiteral("comparison"),
                            Progress &progress = Progress::none());
};
