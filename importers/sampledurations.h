#pragma once

#include <QtGlobal>

#include <optional>
#include <span>

struct ProfileMetadata;

// How long each sample of a sampled thread lasts, in the unit of its times:
// until the thread's next sample; the last one until the end of the recording
// where the file gives one, else no time. Samples out of order happen (clock
// adjustments, threads merged by a tool): one whose next sample came earlier
// counts no time, and the import says how many there were. Chrome's
// .cpuprofile and the Firefox Profiler's raw and processed profiles share it.
class SampleDurations final
{
public:
    // times: the thread's sample times in file order; end: where the last
    // sample stops, if the file says.
    qint64 duration(std::span<const qint64> times, size_t i,
                    std::optional<qint64> end = std::nullopt);
    qint64 backwards() const { return m_backwards; }
    // The warning that says how many samples counted no time; none if none did.
    void warn(ProfileMetadata &metadata) const;

private:
    qint64 m_backwards = 0;
};
