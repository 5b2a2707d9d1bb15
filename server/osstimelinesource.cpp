#include "osstimelinesource.h"

#include "importers/flamebearerimporter.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "model/transforms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <map>
#include <set>

namespace {
const std::string serviceLabel = "service_name";

std::string encode(const std::string &value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

std::string seconds(qint64 ms, bool roundUp)
{
    return std::to_string(roundUp ? (ms + 999) / 1000 : ms / 1000);
}

// The selector without its service_name matchers: what FlameQL gets.
LabelSelector withoutService(const LabelSelector &selector)
{
    LabelSelector rest;
    for (const LabelMatcher &matcher : selector.matchers())
        if (matcher.name != serviceLabel && matcher.name != "__name__")
            rest.addMatcher(matcher);
    return rest;
}

std::optional<QJsonArray> jsonArray(const std::optional<std::string> &body)
{
    if (!body)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(*body));
    if (!document.isArray())
        return std::nullopt;
    return document.array();
}

std::vector<std::string> strings(const QJsonArray &array)
{
    std::vector<std::string> out;
    for (const QJsonValue &value : array)
        if (value.isString())
            out.push_back(value.toString().toStdString());
    return out;
}

// A 0.x timeline (startTime and durationDelta in seconds, one sample per
// delta) added into steps of stepMs aligned to the epoch.
void addTimeline(const QJsonObject &timeline, TimeRange range, qint64 stepMs,
                 std::map<qint64, double> &steps)
{
    const qint64 start = qint64(timeline.value(QLatin1String("startTime")).toDouble()) * 1000;
    const qint64 delta =
        std::max<qint64>(1, qint64(timeline.value(QLatin1String("durationDelta")).toDouble(10)))
        * 1000;
    const QJsonArray samples = timeline.value(QLatin1String("samples")).toArray();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const double value = samples.at(i).toDouble();
        const qint64 t = start + qint64(i) * delta;
        if (value == 0 || t < range.startMs - delta || t > range.endMs)
            continue;
        steps[t / stepMs * stepMs] += value;
    }
}

SeriesPoints toSeries(Labels labels, const std::map<qint64, double> &steps)
{
    SeriesPoints series;
    series.labels = std::move(labels);
    for (const auto &[t, value] : steps)
        series.points.push_back(SeriesPoint{t, value});
    return series;
}
} // namespace

OssTimelineSource::OssTimelineSource(ServerConnection connection) : m_client(std::move(connection))
{ }

std::unique_ptr<OssTimelineSource> OssTimelineSource::open(ServerConnection connection,
                                                           QString *error, int *status)
{
    auto source = std::unique_ptr<OssTimelineSource>(new OssTimelineSource(std::move(connection)));
    const std::optional<std::string> body =
        source->m_client.get("/label-values?label=__name__", error, status);
    if (!body)
        return nullptr;
    const std::optional<QJsonArray> names = jsonArray(body);
    if (!names) {
        *error = QStringLiteral("%1: /label-values did not answer a JSON array of application "
                                "names; check that the URL names a Pyroscope server")
                     .arg(source->description());
        return nullptr;
    }
    // Units by application, where /api/apps (v0.35 and later) tells them.
    std::map<std::string, std::string> units;
    QString ignored;
    if (const std::optional<QJsonArray> apps =
            jsonArray(source->m_client.get("/api/apps", &ignored))) {
        for (const QJsonValue &app : *apps) {
            const QJsonObject object = app.toObject();
            units[object.value(QLatin1String("name")).toString().toStdString()] =
                object.value(QLatin1String("units")).toString().toStdString();
        }
    }
    for (const std::string &name : strings(*names)) {
        Application app;
        app.name = name;
        const size_t dot = name.rfind('.');
        const bool typed = dot != std::string::npos && dot > 0 && dot + 1 < name.size();
        app.service = typed ? name.substr(0, dot) : name;
        const std::string type = typed ? name.substr(dot + 1) : std::string("samples");
        std::string unit = units[name];
        if (unit.empty())
            unit = "samples"; // 0.x's default units
        app.type = ProfileTypeId{type, type, unit, type, unit};
        source->m_applications.push_back(std::move(app));
    }
    return source;
}

QString OssTimelineSource::description() const
{
    return m_client.connection().url;
}

std::vector<ProfileTypeId> OssTimelineSource::profileTypes(TimeRange) const
{
    std::vector<ProfileTypeId> types;
    for (const Application &app : m_applications)
        if (std::find(types.begin(), types.end(), app.type) == types.end())
            types.push_back(app.type);
    return types;
}

std::vector<const OssTimelineSource::Application *>
OssTimelineSource::matching(const ProfileTypeId *type, const LabelSelector &selector) const
{
    std::vector<const Application *> out;
    for (const Application &app : m_applications) {
        if (type && !(app.type == *type))
            continue;
        const bool serviceMatches =
            std::all_of(selector.matchers().begin(), selector.matchers().end(),
                        [&](const LabelMatcher &matcher) {
                            return matcher.name != serviceLabel || matcher.matches(app.service);
                        });
        if (serviceMatches)
            out.push_back(&app);
    }
    return out;
}

std::vector<std::string> OssTimelineSource::labelNames(const LabelSelector &selector,
                                                       TimeRange range) const
{
    std::set<std::string> names{serviceLabel};
    const std::string rest = withoutService(selector).toString();
    for (const Application *app : matching(nullptr, selector)) {
        QString error;
        const std::optional<QJsonArray> array = jsonArray(m_client.get(
            "/labels?query=" + encode(app->name + rest) + "&from=" + seconds(range.startMs, false)
                + "&until=" + seconds(range.endMs, true),
            &error));
        if (array)
            for (std::string &name : strings(*array))
                if (name != "__name__" && LabelSelector::isLabelName(name))
                    names.insert(std::move(name));
    }
    return {names.begin(), names.end()};
}

std::vector<std::string> OssTimelineSource::labelValues(const std::string &name,
                                                        const LabelSelector &selector,
                                                        TimeRange range) const
{
    std::set<std::string> values;
    const std::string rest = withoutService(selector).toString();
    for (const Application *app : matching(nullptr, selector)) {
        if (name == serviceLabel) {
            values.insert(app->service);
            continue;
        }
        QString error;
        const std::optional<QJsonArray> array = jsonArray(m_client.get(
            "/label-values?label=" + encode(name) + "&query=" + encode(app->name + rest)
                + "&from=" + seconds(range.startMs, false) + "&until=" + seconds(range.endMs, true),
            &error));
        if (array)
            for (std::string &value : strings(*array))
                values.insert(std::move(value));
    }
    return {values.begin(), values.end()};
}

std::optional<QByteArray> OssTimelineSource::render(const Application &app,
                                                    const LabelSelector &selector, TimeRange range,
                                                    const std::string &groupBy, QString *error,
                                                    Progress &progress) const
{
    std::string path =
        "/render?format=json&query=" + encode(app.name + withoutService(selector).toString())
        + "&from=" + seconds(range.startMs, false) + "&until=" + seconds(range.endMs, true)
        + "&maxNodes=" + std::to_string(maxNodes);
    if (!groupBy.empty())
        path += "&groupBy=" + encode(groupBy);
    const std::optional<std::string> body = m_client.get(path, error, nullptr, progress);
    if (!body)
        return std::nullopt;
    return QByteArray::fromStdString(*body);
}

std::optional<std::vector<SeriesPoints>>
OssTimelineSource::series(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range,
                          qint64 stepMs, const std::vector<std::string> &groupBy, QString *error,
                          Progress &progress) const
{
    stepMs = std::max<qint64>(stepMs, 1);
    const bool byService = std::find(groupBy.begin(), groupBy.end(), serviceLabel) != groupBy.end();
    std::vector<std::string> others;
    for (const std::string &name : groupBy)
        if (name != serviceLabel)
            others.push_back(name);
    if (others.size() > 1) {
        *error = QStringLiteral("%1: Pyroscope OSS 0.x groups a timeline by one label besides "
                                "service_name")
                     .arg(description());
        return std::nullopt;
    }
    const std::string other = others.empty() ? std::string() : others.front();
    // Series key: the group-by labels' values, in groupBy's order.
    std::map<Labels, std::map<qint64, double>> grouped;
    for (const Application *app : matching(&type, selector)) {
        const std::optional<QByteArray> json =
            render(*app, selector, range, other, error, progress);
        if (!json)
            return std::nullopt;
        const QJsonObject document = QJsonDocument::fromJson(*json).object();
        if (!document.contains(QLatin1String("flamebearer"))) {
            *error = QStringLiteral("%1: /render for %2 answered no flamebearer JSON")
                         .arg(description(), QString::fromStdString(app->name));
            return std::nullopt;
        }
        Labels base;
        if (byService)
            base.emplace_back(serviceLabel, app->service);
        if (other.empty()) {
            addTimeline(document.value(QLatin1String("timeline")).toObject(), range, stepMs,
                        grouped[base]);
            continue;
        }
        const QJsonObject groups = document.value(QLatin1String("groups")).toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            Labels labels = base;
            labels.emplace_back(other, it.key().toStdString());
            std::sort(labels.begin(), labels.end());
            addTimeline(it.value().toObject(), range, stepMs, grouped[labels]);
        }
    }
    std::vector<SeriesPoints> all;
    for (const auto &[labels, steps] : grouped)
        all.push_back(toSeries(labels, steps));
    return all;
}

ProfilePtr OssTimelineSource::merge(const ProfileTypeId &type, const LabelSelector &selector,
                                    TimeRange range, QString *error, Progress &progress) const
{
    std::vector<ProfilePtr> profiles;
    for (const Application *app : matching(&type, selector)) {
        const std::optional<QByteArray> json = render(*app, selector, range, {}, error, progress);
        if (!json)
            return nullptr;
        ImportResult result = FlamebearerImporter().decode(
            *json, description() + QStringLiteral(" /render ") + QString::fromStdString(app->name),
            progress);
        if (!result.isOk()) {
            *error = result.error;
            return nullptr;
        }
        profiles.push_back(std::move(result.profile));
    }
    if (profiles.empty()) {
        // Nothing matches: an empty profile of the type, as the library answers.
        return ProfileBuilder({FlamebearerImporter::sampleTypeForUnits(
                                  QString::fromStdString(type.sampleUnit))})
            .build();
    }
    if (profiles.size() == 1)
        return profiles.front();
    MergeResult merged = mergeProfiles(profiles);
    if (!merged.ok()) {
        *error = QStringLiteral("%1: %2").arg(description(), merged.error);
        return nullptr;
    }
    return merged.profile;
}
