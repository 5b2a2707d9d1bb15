#include "profilesink.h"

#include "library/library.h"

ProfileSink::ProfileSink(Library &library)
    : m_library(library)
{
}

bool ProfileSink::store(const std::vector<ProfileRecord> &records, QString *error)
{
    for (const ProfileRecord &record : records) {
        if (m_library.add(record, error) < 0)
            return false;
        ++m_stored;
        if (m_onStored)
            m_onStored(record);
    }
    return true;
}
