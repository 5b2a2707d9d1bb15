#pragma once

#include "library/profilerecord.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

class Library;

// Where ingest and push handlers hand their profiles: the library, then a
// count and an optional callback (Qt-free, called on the server's thread) for
// whoever shows that pushes arrive (the GUI's "Receive pushes").
class ProfileSink final
{
public:
    explicit ProfileSink(Library &library);

    // Stores every record; false with *error when one failed. Each add is
    // durable when it returns, so the caller acknowledges only after this.
    bool store(const std::vector<ProfileRecord> &records, QString *error);

    qint64 storedCount() const { return m_stored.load(); }
    // Set before the server starts.
    void setOnStored(std::function<void(const ProfileRecord &)> callback) { m_onStored = std::move(callback); }

private:
    Library &m_library;
    std::atomic<qint64> m_stored{0};
    std::function<void(const ProfileRecord &)> m_onStored;
};
