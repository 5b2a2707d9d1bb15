#include "filetimelinesource.h"

#include "importers/inputstream.h"
#include "importers/perfsampleslicer.h"
#include "importers/profilereader.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <map>

namespace {
constexpr qint64 nanosPerMs = 1000000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// perf's "captured on: Thu Jul  9 17:14:37 2015" (ctime, the recording machine's
// local time, which the file does not name).
std::optional<qint64> capturedOnMs(const ProfileMetadata &meta)
{
    for (const auto &[key, value] : meta.labels) {
        if (key != "captured on")
            continue;
        const QDateTime time = QLocale::c().toDateTime(QString::fromStdString(value).simplified(),
                                                       QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        if (time.isValid())
            return QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

ProfilePtr emptyLike(const Profile &profile)
{
    ProfileBuilder builder(profile.sampleTypes());
    builder.setDefaultSampleType(profile.defaultSampleType());
    builder.metadata().source = profile.metadata().source;
    builder.metadata().format = profile.metadata().format;
    return builder.build();
}
} // namespace

FileTimelineSource::FileTimelineSource(QString path, ProfilePtr profile,
                                       std::unique_ptr<PerfSampleSlicer> slicer)
    : m_path(std::move(path)), m_profile(std::move(profile)), m_slicer(std::move(slicer))
{
    m_labels = {
        {std::string(LabelNames::serviceName), ProfileReader::baseName(m_path).toStdString()}};
    const SampleTimes &times = m_profile->metadata().sampleTimes;
    if (timesEachSample()) {
        const qint64 first = floorDiv(times.timeNanos.front(), nanosPerMs);
        if (const std::optional<qint64> captured = capturedOnMs(m_profile->metadata()))
            m_offsetMs = *captured - first;
        m_span = {first + m_offsetMs, floorDiv(times.timeNanos.back(), nanosPerMs) + m_offsetMs};
    } else {
        const ProfileMetadata &meta = m_profile->metadata();
        const qint64 start = floorDiv(meta.timeNanos, nanosPerMs);
        m_span = {start, start + std::max<qint64>(0, meta.durationNanos / nanosPerMs)};
    }
}

FileTimelineSource::~FileTimelineSource() = default;

std::unique_ptr<FileTimelineSource> FileTimelineSource::open(const QString &path,
                                                             Progress &progress, QString *error)
{
    std::unique_ptr<InputStream> input = InputStream::openFile(path, error);
    if (!input)
        return nullptr;
    QByteArray bytes = input->readAll();
    if (bytes.isEmpty() && !input->error().isEmpty()) {
        *error = input->error();
        return nullptr;
    }
    const ProfileReader reader;
    ImportResult result = reader.readBytes(bytes, path, progress);
    if (!result.isOk()) {
        *error = result.error;
        return nullptr;
    }
    std::unique_ptr<PerfSampleSlicer> slicer;
    if (result.profile->metadata().format == "perf script"
        && !result.profile->metadata().sampleTimes.isEmpty())
        slicer = std::make_unique<PerfSampleSlicer>(std::move(bytes));
    return std::unique_ptr<FileTimelineSource>(
        new FileTimelineSource(path, std::move(result.profile), std::move(slicer)));
}

ProfileTypeId FileTimelineSource::typeId(const SampleType &type)
{
    return ProfileTypeId{type.type, type.type, type.unit, type.type, type.unit};
}

int FileTimelineSource::sampleTypeOf(const ProfileTypeId &type) const
{
    // Sample times are weighed in the default sample type only.
    if (timesEachSample())
        return typeId(m_profile->sampleTypes()[size_t(m_profile->defaultSampleType())]) == type
            ? m_profile->defaultSampleType()
            : -1;
    for (int i = 0; i < m_profile->sampleTypeCount(); ++i)
        if (typeId(m_profile->sampleTypes()[size_t(i)]) == type)
            return i;
    return -1;
}

std::vector<ProfileTypeId> FileTimelineSource::profileTypes(TimeRange range) const
{
    if (!range.overlaps(m_span.startMs, m_span.endMs))
        return {};
    if (timesEachSample())
        return {typeId(m_profile->sampleTypes()[size_t(m_profile->defaultSampleType())])};
    std::vector<ProfileTypeId> types;
    for (const SampleType &type : m_profile->sampleTypes())
        types.push_back(typeId(type));
    return types;
}

std::vector<std::string> FileTimelineSource::labelNames(const LabelSelector &selector,
                                                        TimeRange range) const
{
    if (!selector.matches(m_labels) || !range.overlaps(m_span.startMs, m_span.endMs))
        return {};
    std::vector<std::string> names;
    for (const auto &[name, value] : m_labels)
        names.push_back(name);
    return names;
}

std::vector<std::string> FileTimelineSource::labelValues(const std::string &name,
                                                         const LabelSelector &selector,
                                                         TimeRange range) const
{
    if (!selector.matches(m_labels) || !range.overlaps(m_span.startMs, m_span.endMs))
        return {};
    for (const auto &[label, value] : m_labels)
        if (label == name)
            return {value};
    return {};
}

std::optional<std::vector<SeriesPoints>>
FileTimelineSource::series(const ProfileTypeId &type, const LabelSelector &selector,
                           TimeRange range, qint64 stepMs, const std::vector<std::string> &groupBy,
                           QString *, Progress &) const
{
    const int sampleType = sampleTypeOf(type);
    if (sampleType < 0 || !selector.matches(m_labels)
        || !range.overlaps(m_span.startMs, m_span.endMs))
        return std::vector<SeriesPoints>{};
    stepMs = std::max<qint64>(stepMs, 1);
    SeriesPoints out;
    for (const std::string &name : groupBy)
        for (const auto &[label, value] : m_labels)
            if (label == name)
                out.labels.emplace_back(label, value);
    if (!timesEachSample()) {
        const qint64 time = floorDiv(m_span.startMs, stepMs) * stepMs;
        out.points.push_back({time, double(m_profile->total(sampleType))});
        return std::vector<SeriesPoints>{std::move(out)};
    }
    const SampleTimes &times = m_profile->metadata().sampleTimes;
    const auto first = std::lower_bound(times.timeNanos.begin(), times.timeNanos.end(),
                                        (range.startMs - m_offsetMs) * nanosPerMs);
    const auto last =
        std::lower_bound(first, times.timeNanos.end(), (range.endMs + 1 - m_offsetMs) * nanosPerMs);
    for (auto it = first; it != last; ++it) {
        const qint64 time = floorDiv(floorDiv(*it, nanosPerMs) + m_offsetMs, stepMs) * stepMs;
        const double weight = double(times.weights[size_t(it - times.timeNanos.begin())]);
        if (out.points.empty() || out.points.back().timestampMs != time)
            out.points.push_back({time, weight});
        else
            out.points.back().value += weight;
    }
    if (out.points.empty())
        return std::vector<SeriesPoints>{};
    return std::vector<SeriesPoints>{std::move(out)};
}

ProfilePtr FileTimelineSource::merge(const ProfileTypeId &type, const LabelSelector &selector,
                                     TimeRange range, QString *error, Progress &progress) const
{
    const bool covers = range.startMs <= m_span.startMs && range.endMs >= m_span.endMs;
    if (sampleTypeOf(type) < 0 || !selector.matches(m_labels)
        || !range.overlaps(m_span.startMs, m_span.endMs))
        return emptyLike(*m_profile);
    if (covers || !m_slicer)
        return m_profile;
    const QByteArray text = m_slicer->slice((range.startMs - m_offsetMs) * nanosPerMs,
                                            (range.endMs + 1 - m_offsetMs) * nanosPerMs);
    if (text.isEmpty())
        return emptyLike(*m_profile);
    ImportResult result = ProfileReader().readBytes(text, m_path, progress);
    if (!result.isOk()) {
        if (error)
            *error = result.error;
        return nullptr;
    }
    return result.profile;
}
