#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement of the sqlite3 C API, finalized on destruction.
// Binds are 1-based as SQLite's; columns 0-based.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::string_view text);
    SqliteStatement &bindBlob(int index, std::string_view bytes);
    // True while a row is there; false when done or on error (ok() tells which).
    bool step();
    bool ok() const { return m_ok; }
    // step() to the end: true unless an error
    bool run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view blob(int column) const; // valid until the next step
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};
