#pragma once

#include "library/sqliteconnection.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

// Read connections to one SQLite file, lent one per query: SQLite connections
// are not to be shared by two threads at once, and WAL lets each reader see
// the last commit beside the writer. Idle connections are kept for reuse.
class SqliteReaderPool final
{
public:
    explicit SqliteReaderPool(QString file);

    class Lease
    {
    public:
        Lease(SqliteReaderPool *pool, std::unique_ptr<SqliteConnection> db);
        ~Lease();
        Lease(Lease &&) = default;
        SqliteConnection *operator->() const { return m_db.get(); }
        SqliteConnection &operator*() const { return *m_db; }
        explicit operator bool() const { return m_db != nullptr; }

    private:
        SqliteReaderPool *m_pool;
        std::unique_ptr<SqliteConnection> m_db;
    };

    // An idle connection or a new one; empty with *error when it cannot be opened.
    Lease acquire(QString *error = nullptr);

private:
    QString m_file;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SqliteConnection>> m_idle;
};
