#include "pprofrecord.h"

#include "requestbody.h"

#include "library/profiletypenaming.h"

#include <algorithm>

namespace PprofRecord {

std::optional<ProfileRecord> build(const QByteArray &inflated, Labels labels,
                                   const std::string &metricName, const QString &source,
                                   qint64 nowMs, QString *error)
{
    const ImportResult imported = RequestBody::import("pprof", inflated, source);
    if (!imported.isOk()) {
        *error = imported.error;
        return std::nullopt;
    }
    ProfileRecord record;
    record.labels = std::move(labels);
    const ProfileMetadata &metadata = imported.profile->metadata();
    record.startMs = metadata.timeNanos > 0 ? metadata.timeNanos / 1000000 : nowMs;
    record.endMs = record.startMs + std::max<qint64>(0, metadata.durationNanos / 1000000);
    record.origin = ProfileOrigin::Push;
    record.source = source.toStdString();
    record.types = ProfileTypeNaming::forProfile(*imported.profile, {});
    if (!metricName.empty())
        for (ProfileTypeId &type : record.types)
            if (!type.name.empty())
                type.name = metricName;
    record.profile = imported.profile;
    return record;
}

} // namespace PprofRecord
