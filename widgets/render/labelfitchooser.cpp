#include "labelfitchooser.h"

#include "model/nametable.h"
#include "model/profile.h"

namespace {
bool startsAnIdentifier(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || (c & 0x80);
}
} // namespace

bool LabelFitChooser::looksPackageQualified(std::string_view name)
{
    if (name.empty() || name.back() == ')' || name.find("::") != std::string_view::npos)
        return false;
    // A path may start with '/'; anything else starts like an identifier
    // ("[unknown]", "(program)" and "<module>" are notes, not names).
    const size_t first = name.front() == '/' ? 1 : 0;
    if (first >= name.size() || !startsAnIdentifier(name[first]))
        return false;
    if (name.find_first_of(" \t") != std::string_view::npos)
        return false;
    // A separator between two segments ("pkg.Func", "a/b"), not only at an end.
    const auto separator = [](char c) { return c == '.' || c == '/'; };
    for (size_t i = first + 1; i + 1 < name.size(); ++i) {
        if (separator(name[i]) && !separator(name[i - 1]) && !separator(name[i + 1]))
            return true;
    }
    return false;
}

double LabelFitChooser::qualifiedShare(const NameTable &names)
{
    qsizetype counted = 0, qualified = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const std::string_view n = names.name(NameId(quint32(i)));
        if (n.empty())
            continue;
        ++counted;
        qualified += looksPackageQualified(n) ? 1 : 0;
    }
    return counted == 0 ? 0.0 : double(qualified) / double(counted);
}

FlameLabelFit LabelFitChooser::forProfile(const Profile &profile)
{
    return qualifiedShare(profile.names()) >= tailShare ? FlameLabelFit::TailFirst
                                                        : FlameLabelFit::HeadFirst;
}

FlameLabelFit LabelFitChooser::resolve(FlameLabelFit fit, const Profile *profile)
{
    if (fit != FlameLabelFit::Auto)
        return fit;
    return profile ? forProfile(*profile) : FlameLabelFit::HeadFirst;
}
