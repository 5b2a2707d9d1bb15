#include "sampledurations.h"

#include "model/profilemetadata.h"

#include <QCoreApplication>

namespace {
// lupdate files Text::tr("...") under SampleDurations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SampleDurations)
};
} // namespace

qint64 SampleDurations::duration(std::span<const qint64> times, size_t i, std::optional<qint64> end)
{
    qint64 duration = 0;
    if (i + 1 < times.size())
        duration = times[i + 1] - times[i];
    else if (end && *end >= times[i])
        duration = *end - times[i];
    if (duration < 0) {
        ++m_backwards;
        duration = 0;
    }
    return duration;
}

void SampleDurations::warn(ProfileMetadata &metadata) const
{
    if (m_backwards > 0)
        metadata.warnings.push_back(
            Text::tr("%1 samples came before the previous one of their thread; they count 0 time")
                .arg(m_backwards)
                .toStdString());
}
