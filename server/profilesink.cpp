#include "profilesink.h"

#include "library/library.h"

ProfileSink::ProfileSink(Library &library) : m_library(library) { }

bool ProfileSink::store(const std::vector<ProfileRecord> &records, QString *error)
{
    // A push of several series is stored whole or not at all (addAll, one
    // transaction); a single record goes through add(), whose commits
    // concurrent requests share.
    if (records.size() == 1) {
        if (m_library.add(records.front(), error) < 0)
            return false;
    } else if (!records.empty() && m_library.addAll(records, error).size() != records.size()) {
        return false;
    }
    m_stored += qint64(records.size());
    if (m_onStored)
        for (const ProfileRecord &record : records)
            m_onStored(record);
    return true;
}
