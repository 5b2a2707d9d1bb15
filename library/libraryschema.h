#pragma once

#include <QString>

class SqliteConnection;

// The library file's schema and its migrations. PRAGMA user_version holds the
// version, PRAGMA application_id marks the file as ours, so that opening a
// SQLite file of another program (or garbage) is refused without writing to it.
class LibrarySchema final
{
public:
    static constexpr int currentVersion = 1;
    static constexpr int applicationId = 0x50594c42; // "PYLB"

    // Checks the file is empty or ours, then brings it to currentVersion in
    // one transaction. False with *error ("FILE: not a Pyrograph library (...)").
    static bool migrate(SqliteConnection &db, const QString &file, QString *error);
};
