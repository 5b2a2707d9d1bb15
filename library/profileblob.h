#pragma once

#include "model/profile.h"
#include "model/sampletype.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The stored form of a profile: its names and its call tree in pre-order as
// columns (depth, name, then each sample type's self values), as varints,
// zstd-compressed (level 1). Columns rather than rows because zstd finds the
// runs of equal depths and zero selves: on tests/data/go-heap.pb.gz the columns
// came out smaller than rows. Reading it back is a linear pass with no sorting,
// which is what makes a merge of hundreds of stored profiles fast.
// Totals are kept exactly (selves sum to the original totals).
class ProfileBlob final
{
public:
    // One decoded profile, flat: node 0 is the root, parent[0] is -1.
    struct Tree
    {
        std::vector<SampleType> sampleTypes;
        std::string nameChars;
        std::vector<quint32> nameOffsets; // names + 1 entries
        std::vector<qint32> parent;
        std::vector<quint32> name;
        std::vector<std::vector<qint64>>
            self; // [sampleType][node]; only the decoded types are filled

        std::string_view nameOf(quint32 index) const
        {
            return std::string_view(nameChars).substr(nameOffsets[index],
                                                      nameOffsets[index + 1] - nameOffsets[index]);
        }
        qsizetype nodeCount() const { return qsizetype(parent.size()); }
    };

    static std::string encode(const Profile &profile);
    // onlySampleType >= 0: decode that type's selves only (self[onlySampleType]),
    // the others stay empty. nullopt with *error on corrupt bytes.
    static std::optional<Tree> decode(std::string_view bytes, int onlySampleType, QString *error);
    // The whole stored profile back as a Profile (names, tree, every sample type).
    static ProfilePtr toProfile(std::string_view bytes, QString *error);
};
