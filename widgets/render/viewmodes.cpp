#include "viewmodes.h"

#include "model/namedchoice.h"

#include <utility>

namespace {
constexpr std::pair<const char *, ProfileViewMode> profileViews[] = {{"flamegraph", ProfileViewMode::FlameGraph},
                                                                     {"table", ProfileViewMode::Table},
                                                                     {"both", ProfileViewMode::Both},
                                                                     {"sandwich", ProfileViewMode::Sandwich}};
constexpr std::pair<const char *, DiffViewMode> diffViews[] = {{"diff", DiffViewMode::DiffFlameGraph},
                                                               {"side-by-side", DiffViewMode::SideBySide},
                                                               {"diff-table", DiffViewMode::Table}};
} // namespace

namespace ViewModes {
QStringList profileViewNames()
{
    return choiceNames(profileViews);
}

QStringList diffViewNames()
{
    return choiceNames(diffViews);
}

QStringList allNames()
{
    return profileViewNames() + diffViewNames();
}

bool fromName(const QString &name, ProfileViewMode *mode)
{
    return choiceFromName(profileViews, name, mode);
}

bool fromName(const QString &name, DiffViewMode *mode)
{
    return choiceFromName(diffViews, name, mode);
}

QString name(ProfileViewMode mode)
{
    return choiceName(profileViews, mode);
}

QString name(DiffViewMode mode)
{
    return choiceName(diffViews, mode);
}
} // namespace ViewModes
