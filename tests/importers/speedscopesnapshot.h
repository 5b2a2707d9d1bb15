#pragma once

// What speedscope's Jest snapshots list per frame (selfWeight, totalWeight),
// read off a Profile by function name, for the importer tests that compare
// with them.

#include "model/functiontable.h"
#include "model/profile.h"

#include <map>
#include <string>
#include <utility>

namespace testutil {

// name -> (self, total) in the given sample type.
inline std::map<std::string, std::pair<qint64, qint64>> functionWeights(const Profile &profile,
                                                                        int type)
{
    std::map<std::string, std::pair<qint64, qint64>> out;
    const FunctionTable table = FunctionTable::compute(profile, type);
    for (const FunctionStats &row : table.rows())
        out[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return out;
}

} // namespace testutil
