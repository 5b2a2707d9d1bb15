#include "librarytimelinesource.h"

#include "library.h"

LibraryTimelineSource::LibraryTimelineSource(std::shared_ptr<const Library> library)
    : m_library(std::move(library))
{ }

QString LibraryTimelineSource::description() const
{
    return m_library->file();
}

std::vector<ProfileTypeId> LibraryTimelineSource::profileTypes(TimeRange range) const
{
    return m_library->profileTypes(range);
}

std::vector<std::string> LibraryTimelineSource::labelNames(const LabelSelector &selector,
                                                           TimeRange range) const
{
    return m_library->labelNames({selector}, range);
}

std::vector<std::string> LibraryTimelineSource::labelValues(const std::string &name,
                                                            const LabelSelector &selector,
                                                            TimeRange range) const
{
    return m_library->labelValues(name, {selector}, range);
}

std::optional<std::vector<SeriesPoints>>
LibraryTimelineSource::series(const ProfileTypeId &type, const LabelSelector &selector,
                              TimeRange range, qint64 stepMs,
                              const std::vector<std::string> &groupBy, QString *, Progress &) const
{
    return m_library->selectSeries(type.toString(), selector, range, stepMs, groupBy,
                                   SeriesAggregation::Sum);
}

ProfilePtr LibraryTimelineSource::merge(const ProfileTypeId &type, const LabelSelector &selector,
                                        TimeRange range, QString *error, Progress &) const
{
    return m_library->merge(type.toString(), selector, range, error);
}
