#include "library/sqlitereaderpool.h"

SqliteReaderPool::SqliteReaderPool(QString file)
    : m_file(std::move(file))
{}

SqliteReaderPool::Lease::Lease(SqliteReaderPool *pool, std::unique_ptr<SqliteConnection> db)
    : m_pool(pool)
    , m_db(std::move(db))
{}

SqliteReaderPool::Lease::~Lease()
{
    if (!m_db)
        return;
    std::lock_guard lock(m_pool->m_mutex);
    m_pool->m_idle.push_back(std::move(m_db));
}

SqliteReaderPool::Lease SqliteReaderPool::acquire(QString *error)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<SqliteConnection> db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(db));
        }
    }
    auto db = std::make_unique<SqliteConnection>();
    QString scratch;
    QString *why = error ? error : &scratch;
    // Read-write open (a read-only one cannot create the WAL index), made
    // read-only by query_only.
    if (!db->open(m_file, SqliteConnection::Mode::ReadWriteCreate, why) || !db->exec("PRAGMA query_only = 1", why))
        return Lease(this, nullptr);
    return Lease(this, std::move(db));
}
