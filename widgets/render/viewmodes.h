#pragma once

#include <QString>
#include <QStringList>

// The pages a profile tab and a comparison tab can show, and their names on the
// command line (--view) and in the settings. One table serves the CLI's parser,
// which links no widgets, and the widgets that show the pages.
enum class ProfileViewMode { Table, FlameGraph, Both, Sandwich };
enum class DiffViewMode { DiffFlameGraph, SideBySide, Table };

namespace ViewModes {
QStringList profileViewNames(); // flamegraph, table, both, sandwich
QStringList diffViewNames();    // diff, side-by-side, diff-table
QStringList allNames();         // both lists, profile views first
bool fromName(const QString &name, ProfileViewMode *mode);
bool fromName(const QString &name, DiffViewMode *mode);
QString name(ProfileViewMode mode);
QString name(DiffViewMode mode);
} // namespace ViewModes
