#include "library/profiletypeid.h"

#include <array>

std::string ProfileTypeId::toString() const
{
    return name + ':' + sampleType + ':' + sampleUnit + ':' + periodType + ':' + periodUnit;
}

std::optional<ProfileTypeId> ProfileTypeId::parse(std::string_view text)
{
    std::array<std::string_view, 6> parts;
    size_t count = 0;
    while (true) {
        const size_t colon = text.find(':');
        if (count == parts.size())
            return std::nullopt;
        parts[count++] = text.substr(0, colon);
        if (colon == std::string_view::npos)
            break;
        text.remove_prefix(colon + 1);
    }
    if (count < 5 || (count == 6 && parts[5] != "delta") || parts[0].empty())
        return std::nullopt;
    return ProfileTypeId{std::string(parts[0]), std::string(parts[1]), std::string(parts[2]), std::string(parts[3]),
                         std::string(parts[4])};
}
