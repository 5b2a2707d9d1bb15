#include "library/sqliteconnection.h"

#include <sqlite3.h>

#include <string>

SqliteConnection::~SqliteConnection()
{
    m_cached.clear();
    sqlite3_close_v2(m_db);
}

bool SqliteConnection::open(const QString &file, Mode mode, QString *error)
{
    m_file = file;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    // Readers and the writer wait for each other's locks (checkpoints, the first
    // WAL setup) rather than fail.
    sqlite3_busy_timeout(m_db, 10000);
    return true;
}

bool SqliteConnection::exec(std::string_view sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(m_file, QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)));
    sqlite3_free(message);
    return false;
}

QString SqliteConnection::lastError() const
{
    return QStringLiteral("%1: %2").arg(m_file, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
}

qint64 SqliteConnection::pragma(const char *name) const
{
    SqliteStatement statement = prepare(std::string("PRAGMA ") + name);
    return statement.step() ? statement.int64(0) : -1;
}

qint64 SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteConnection::changes() const
{
    return sqlite3_changes64(m_db);
}

SqliteStatement &SqliteConnection::cached(const char *sql)
{
    std::unique_ptr<SqliteStatement> &statement = m_cached[sql];
    if (!statement)
        statement = std::make_unique<SqliteStatement>(m_db, sql);
    statement->reset();
    return *statement;
}
