#include "library/libraryschema.h"

#include "library/sqliteconnection.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace {
// lupdate files Text::tr("...") under LibrarySchema.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySchema)
};


struct Migration
{
    int version; // user_version after it ran
    const char *sql;
};

// Each entry takes the file from version - 1 to version; they run in order, in
// one transaction with the user_version update. A v2 adds an entry and never
// edits v1, e.g.
//   {2, "ALTER TABLE profiles ADD COLUMN comment TEXT NOT NULL DEFAULT '';"
//       "CREATE INDEX profiles_by_source ON profiles(source);"},
// and bumps LibrarySchema::currentVersion; a v1 file then gets just that step.
//
// series: one per distinct label set (the record's labels plus the reserved
//   labels of one profile type), labels as canonical selector text
//   `{__name__="process_cpu",...}`; series_labels indexes name=value pairs.
// profiles: one per stored profile; its compressed ProfileBlob in blobs (kept
//   apart so that scans of profiles never read blob pages).
// points: one per (stored profile, profile type), clustered by (series, time)
//   with the type's total, so totals per step are answered by one index range
//   scan and the merge finds its blobs the same way.
//   The key columns come first, in key order: with sample_index declared after
//   end_ms, SQLite 3.40's integrity_check reported "NULL value in points.end_ms"
//   on rows that held none.
// settings: max_span_ms, the longest profile span stored, bounds time scans.
const Migration migrations[] = {
    {1, R"(
CREATE TABLE series(
    id INTEGER PRIMARY KEY,
    profile_type TEXT NOT NULL,
    service TEXT NOT NULL,
    labels TEXT NOT NULL UNIQUE);
CREATE INDEX series_by_type ON series(profile_type, service);
CREATE INDEX series_by_service ON series(service);
CREATE TABLE series_labels(
    series_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY(series_id, name)) WITHOUT ROWID;
CREATE INDEX series_labels_by_value ON series_labels(name, value);
CREATE TABLE blobs(
    id INTEGER PRIMARY KEY,
    data BLOB NOT NULL);
CREATE TABLE profiles(
    id INTEGER PRIMARY KEY,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    origin INTEGER NOT NULL,
    source TEXT NOT NULL,
    labels TEXT NOT NULL,
    blob_id INTEGER NOT NULL,
    bytes INTEGER NOT NULL);
CREATE INDEX profiles_by_start ON profiles(start_ms);
CREATE INDEX profiles_by_end ON profiles(end_ms);
CREATE TABLE points(
    series_id INTEGER NOT NULL,
    start_ms INTEGER NOT NULL,
    profile_id INTEGER NOT NULL,
    sample_index INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY(series_id, start_ms, profile_id, sample_index)) WITHOUT ROWID;
CREATE INDEX points_by_profile ON points(profile_id);
CREATE TABLE settings(
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO settings VALUES('max_span_ms', 0);
)"},
};

QString refuse(const QString &file, const QString &why)
{
    return Text::tr("%1: not a Pyrograph library (%2)").arg(file, why);
}

} // namespace

bool LibrarySchema::migrate(SqliteConnection &db, const QString &file, QString *error)
{
    // The first read of the header: garbage fails here, before anything is written.
    SqliteStatement tables = db.prepare("SELECT count(*) FROM sqlite_master");
    if (!tables.step()) {
        *error = refuse(file, QString::fromUtf8(sqlite3_errmsg(db.handle())));
        return false;
    }
    const qint64 tableCount = tables.int64(0);
    const qint64 version = db.pragma("user_version");
    const qint64 appId = db.pragma("application_id");
    if (version > 0 && appId != applicationId) {
        *error = refuse(file, QStringLiteral("application_id %1").arg(appId));
        return false;
    }
    if (version == 0 && tableCount > 0) {
        *error = refuse(file, Text::tr("it holds %1 tables of another program").arg(tableCount));
        return false;
    }
    if (version > currentVersion) {
        *error =
            Text::tr("%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)")
                .arg(file)
                .arg(version)
                .arg(currentVersion);
        return false;
    }
    if (version == currentVersion)
        return true;
    if (!db.exec("BEGIN IMMEDIATE", error))
        return false;
    // Another process may have migrated between the check and the lock.
    const qint64 lockedVersion = db.pragma("user_version");
    for (const Migration &migration : migrations) {
        if (migration.version <= lockedVersion)
            continue;
        if (!db.exec(migration.sql, error)) {
            QString ignored;
            db.exec("ROLLBACK", &ignored);
            return false;
        }
    }
    const std::string stamp = "PRAGMA application_id = " + std::to_string(applicationId)
        + "; PRAGMA user_version = " + std::to_string(currentVersion) + ";";
    if (!db.exec(stamp, error) || !db.exec("COMMIT", error)) {
        QString ignored;
        db.exec("ROLLBACK", &ignored);
        return false;
    }
    return true;
}
