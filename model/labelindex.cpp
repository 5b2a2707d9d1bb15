#include "labelindex.h"

#include <algorithm>

std::vector<std::string> LabelIndex::keys() const
{
    std::vector<std::string> keys;
    for (const LabelSet &set : sets)
        for (const auto &[k, v] : set)
            keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

std::vector<std::string> LabelIndex::values(const std::string &key) const
{
    std::vector<std::string> values;
    for (const LabelSet &set : sets)
        for (const auto &[k, v] : set)
            if (k == key)
                values.push_back(v);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}
