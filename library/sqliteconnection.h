#pragma once

#include "library/sqlitestatement.h"

#include <QString>

#include <memory>
#include <string_view>
#include <unordered_map>

struct sqlite3;

// One sqlite3 connection, closed on destruction. Errors name the file.
class SqliteConnection final
{
public:
    enum class Mode { ReadWriteCreate, ReadOnly };
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &file, Mode mode, QString *error);
    sqlite3 *handle() const { return m_db; }
    // Runs statements without results; false with *error ("FILE: what SQLite said").
    bool exec(std::string_view sql, QString *error);
    SqliteStatement prepare(std::string_view sql) const { return SqliteStatement(m_db, sql); }
    // A statement prepared once per connection and reset for reuse: the writer's
    // inserts, which otherwise spend as long preparing as inserting.
    // sql must be a string literal (its address is the key).
    SqliteStatement &cached(const char *sql);
    // "FILE: SQLite's last error message"
    QString lastError() const;
    qint64 pragma(const char *name) const; // an integer pragma's value, -1 on error
    qint64 lastInsertId() const;
    qint64 changes() const; // rows the last statement changed

private:
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_cached; // before m_db: finalized first
    sqlite3 *m_db = nullptr;
    QString m_file;
};
