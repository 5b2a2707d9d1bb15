#pragma once

#include "library/timelinesource.h"

#include <QStringList>

#include <memory>
#include <string_view>

class Progress;

// What the `timeline`, `diff` and `top` commands and the window do with a
// SOURCE argument: a library file (told by SQLite's header, not the name) or
// a profile file. A server URL is opened above this layer, which cannot see
// server/: TimelineQuery makes a ServerTimelineSource for it.
namespace TimelineSources {
// Null with *error naming the source and what was wrong.
std::unique_ptr<TimelineSource> open(const QString &source, Progress &progress, QString *error);
// Several profile files together (FileSetTimelineSource); one is open(source).
std::unique_ptr<TimelineSource> open(const QStringList &sources, Progress &progress,
                                     QString *error);
// True when the file starts with SQLite's header.
bool isLibraryFile(const QString &path);
// The type that text names among types: its whole ID, its __name__
// ("process_cpu") or its sample type ("cpu"); an empty text names the only
// type, or the first. nullopt when none (or, for a name, several) match.
std::optional<ProfileTypeId> findType(const std::vector<ProfileTypeId> &types,
                                      std::string_view text);
} // namespace TimelineSources
