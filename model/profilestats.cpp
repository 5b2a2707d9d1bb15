#include "profilestats.h"

#include <span>
#include <vector>

qsizetype ProfileStats::functionCount(const Profile &profile)
{
    std::vector<bool> seen(size_t(profile.names().size()), false);
    qsizetype count = 0;
    const std::span<const NameId> names = profile.tree().names();
    for (size_t n = 1; n < names.size(); ++n) {
        if (!seen[names[n].index]) {
            seen[names[n].index] = true;
            ++count;
        }
    }
    return count;
}
