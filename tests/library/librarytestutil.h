#pragma once

// Helpers shared by the library tests: corpus profiles and records to store.

#include "importers/profilereader.h"
#include "library/profilerecord.h"
#include "model/progress.h"

#include <QString>

namespace librarytest {

inline QString corpus(const QString &relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + relative;
}

inline ProfilePtr readCorpus(const QString &relative)
{
    return ProfileReader().readFile(corpus(relative), Progress::none()).profile;
}

inline ProfileTypeId cpuType()
{
    return ProfileTypeId{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
}

// A record of a one-sample-type profile as process_cpu.
inline ProfileRecord record(ProfilePtr profile, Labels labels, qint64 startMs, qint64 endMs)
{
    ProfileRecord r;
    r.labels = std::move(labels);
    r.startMs = startMs;
    r.endMs = endMs;
    r.source = "test";
    r.profile = std::move(profile);
    r.types.assign(size_t(r.profile->sampleTypeCount()), cpuType());
    return r;
}

} // namespace librarytest
