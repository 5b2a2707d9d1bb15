#include "filesettimelinesource.h"

#include "model/transforms.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace {
template<class T> void addUnique(std::vector<T> &to, const std::vector<T> &from)
{
    for (const T &item : from)
        if (std::find(to.begin(), to.end(), item) == to.end())
            to.push_back(item);
}
} // namespace

FileSetTimelineSource::FileSetTimelineSource(std::vector<std::unique_ptr<FileTimelineSource>> files)
    : m_files(std::move(files))
{
    for (size_t i = 0; i < m_files.size(); ++i) {
        const TimeRange s = *m_files[i]->span();
        m_span = i == 0
            ? s
            : TimeRange{std::min(m_span.startMs, s.startMs), std::max(m_span.endMs, s.endMs)};
    }
}

QString FileSetTimelineSource::description() const
{
    QStringList paths;
    for (const auto &file : m_files)
        paths << file->description();
    return paths.join(QStringLiteral(", "));
}

std::vector<ProfileTypeId> FileSetTimelineSource::profileTypes(TimeRange range) const
{
    std::vector<ProfileTypeId> types;
    for (const auto &file : m_files)
        addUnique(types, file->profileTypes(range));
    return types;
}

std::vector<std::string> FileSetTimelineSource::labelNames(const LabelSelector &selector,
                                                           TimeRange range) const
{
    std::vector<std::string> names;
    for (const auto &file : m_files)
        addUnique(names, file->labelNames(selector, range));
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> FileSetTimelineSource::labelValues(const std::string &name,
                                                            const LabelSelector &selector,
                                                            TimeRange range) const
{
    std::set<std::string> values;
    for (const auto &file : m_files)
        for (std::string &value : file->labelValues(name, selector, range))
            values.insert(std::move(value));
    return {values.begin(), values.end()};
}

std::optional<std::vector<SeriesPoints>> FileSetTimelineSource::series(
    const ProfileTypeId &type, const LabelSelector &selector, TimeRange range, qint64 stepMs,
    const std::vector<std::string> &groupBy, QString *error, Progress &progress) const
{
    std::map<Labels, std::map<qint64, double>> sums;
    for (const auto &file : m_files) {
        std::optional<std::vector<SeriesPoints>> part =
            file->series(type, selector, range, stepMs, groupBy, error, progress);
        if (!part)
            return std::nullopt;
        for (const SeriesPoints &s : *part)
            for (const SeriesPoint &p : s.points)
                sums[s.labels][p.timestampMs] += p.value;
    }
    std::vector<SeriesPoints> out;
    for (const auto &[labels, points] : sums) {
        SeriesPoints s;
        s.labels = labels;
        for (const auto &[time, value] : points)
            s.points.push_back({time, value});
        out.push_back(std::move(s));
    }
    return out;
}

ProfilePtr FileSetTimelineSource::merge(const ProfileTypeId &type, const LabelSelector &selector,
                                        TimeRange range, QString *error, Progress &progress) const
{
    std::vector<ProfilePtr> parts;
    ProfilePtr empty;
    for (const auto &file : m_files) {
        ProfilePtr part = file->merge(type, selector, range, error, progress);
        if (!part)
            return nullptr;
        const int sampleType = part->sampleTypeIndex(type.sampleType);
        if (sampleType >= 0 && part->total(sampleType) != 0)
            parts.push_back(std::move(part));
        else if (!empty)
            empty = std::move(part);
    }
    if (parts.empty())
        return empty;
    if (parts.size() == 1)
        return parts.front();
    MergeResult merged = mergeProfiles(parts);
    if (!merged.ok()) {
        if (error)
            *error = merged.error;
        return nullptr;
    }
    return merged.profile;
}
