#include "ingesthandler.h"

#include "ingestname.h"
#include "jfringest.h"
#include "pprofdelta.h"
#include "profilesink.h"
#include "pyroscopetime.h"
#include "requestbody.h"
#include "sampletypeconfig.h"

#include "importers/filenumber.h"
#include "library/profiletypenaming.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace {

// The suffixes Pyroscope's ingest adapter reads as a profile type (its
// convertMetadata); a Go SDK's "app.cpu" names service "app".
bool isTypeSuffix(std::string_view suffix)
{
    static const std::set<std::string_view> known{"cpu",
                                                  "wall",
                                                  "inuse_objects",
                                                  "inuse_space",
                                                  "alloc_objects",
                                                  "alloc_space",
                                                  "goroutines",
                                                  "mutex_count",
                                                  "mutex_duration",
                                                  "block_count",
                                                  "block_duration",
                                                  "itimer",
                                                  "alloc_in_new_tlab_objects",
                                                  "alloc_in_new_tlab_bytes",
                                                  "alloc_outside_tlab_objects",
                                                  "alloc_outside_tlab_bytes",
                                                  "lock_count",
                                                  "lock_duration",
                                                  "live",
                                                  "exceptions",
                                                  "seconds",
                                                  "nanoseconds",
                                                  "microseconds",
                                                  "milliseconds",
                                                  "bytes"};
    return known.contains(suffix);
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::text(400, message.toStdString());
}

std::optional<qint64> parseTime(const HttpRequest &request, std::string_view parameter,
                                qint64 nowMs, std::optional<HttpResponse> *error)
{
    const std::string text = request.queryValue(parameter);
    if (text.empty())
        return nowMs;
    const auto ms = PyroscopeTime::parseMs(text, nowMs);
    if (!ms)
        *error = badRequest(
            QStringLiteral("%1: \"%2\" is not a time (now, now-1h, unix seconds or milliseconds)")
                .arg(QString::fromUtf8(parameter.data(), qsizetype(parameter.size())),
                     QString::fromStdString(text)));
    return ms;
}

// Pyroscope stores a CPU or wall profile of sample counts as nanoseconds:
// each sample weighs one period of the sampling rate.
ImportResult scaledToNanoseconds(const Profile &profile, std::string_view type, qint64 period)
{
    ProfileBuilder builder({SampleType{std::string(type), "nanoseconds"}});
    builder.metadata() = profile.metadata();
    builder.metadata().periodType = SampleType{"cpu", "nanoseconds"};
    builder.metadata().period = period;
    const CallTree &tree = profile.tree();
    std::vector<NameId> names;
    for (qsizetype i = 1; i < tree.nodeCount(); ++i) {
        const NodeId node{quint32(i)};
        const qint64 self = tree.self(node, 0);
        if (self == 0)
            continue;
        names.clear();
        for (const NameId name : profile.path(node))
            names.push_back(builder.intern(profile.names().name(name)));
        // A count near the sum limit times the period leaves qint64: clamped, the
        // builder refuses the body by its sum limit.
        const qint64 scaled[1] = {
            FileNumber::clamped(FileNumber::Wide(self) * period, FileNumber::maxValue)};
        builder.addStack(names, scaled);
    }
    return ImportResult::built(builder, Progress::none());
}

// Series labels: the name's labels (reserved __ names dropped, as Pyroscope
// drops them), service_name from the app unless given, the spy.
Labels seriesLabels(const IngestName &name, const std::string &serviceName,
                    const std::string &spyName)
{
    Labels labels;
    bool hasServiceName = false;
    for (const auto &[key, value] : name.labels) {
        if (key.starts_with("__"))
            continue;
        hasServiceName = hasServiceName || key == LabelNames::serviceName;
        labels.emplace_back(IngestName::sanitizedLabelName(key), value);
    }
    if (!hasServiceName)
        labels.emplace_back(std::string(LabelNames::serviceName), serviceName);
    else if (std::none_of(labels.begin(), labels.end(),
                          [](const auto &l) { return l.first == "app_name"; }))
        labels.emplace_back("app_name", serviceName);
    if (!spyName.empty())
        labels.emplace_back("pyroscope_spy", spyName);
    std::sort(labels.begin(), labels.end());
    // a.b and a_b are one name once sanitized: the first wins
    labels.erase(std::unique(labels.begin(), labels.end(),
                             [](const auto &a, const auto &b) { return a.first == b.first; }),
                 labels.end());
    return labels;
}

HttpResponse inflateFailure(const QString &error, RequestBody::Failure failure)
{
    return failure == RequestBody::Failure::TooLarge ? HttpResponse::text(413, error.toStdString())
                                                     : HttpResponse::text(422, error.toStdString());
}

} // namespace

IngestHandler::IngestHandler(ProfileSink &sink, qint64 maxDecompressedBytes)
    : m_sink(sink), m_maxDecompressedBytes(maxDecompressedBytes)
{ }

HttpResponse IngestHandler::handle(const HttpRequest &request) const
{
    Parsed parsed = parse(request, QDateTime::currentMSecsSinceEpoch());
    if (parsed.error)
        return *parsed.error;
    QString error;
    if (!m_sink.store(parsed.records, &error))
        return HttpResponse::text(500, "failed to store the profile: " + error.toStdString());
    return HttpResponse::text(200, "");
}

IngestHandler::Parsed IngestHandler::parse(const HttpRequest &request, qint64 nowMs) const
{
    Parsed parsed;
    const auto fail = [&parsed](HttpResponse response) {
        parsed.error = std::move(response);
        return parsed;
    };
    QString error;
    const std::string nameText = request.queryValue("name");
    if (nameText.empty())
        return fail(
            badRequest(QStringLiteral("name: missing (expected name=app.cpu{key=value,...})")));
    const auto name = IngestName::parse(nameText, &error);
    if (!name)
        return fail(badRequest(error));
    const auto from = parseTime(request, "from", nowMs, &parsed.error);
    if (!from)
        return parsed;
    const auto until = parseTime(request, "until", nowMs, &parsed.error);
    if (!until)
        return parsed;
    if (*until < *from)
        return fail(badRequest(QStringLiteral("until is before from")));

    std::string format = request.queryValue("format", "folded");
    if (format == "collapsed" || format == "groups")
        format = "folded";
    const bool multipart = request.isMultipart;
    if (multipart && format != "jfr")
        format = "pprof"; // Pyroscope reads any other form as pprof
    static const std::set<std::string_view> formats{"folded", "lines", "pprof", "speedscope", "jfr"};
    if (!formats.contains(format))
        return fail(badRequest(
            QStringLiteral("format: \"%1\" is not one of folded, lines, pprof, speedscope, jfr")
                .arg(QString::fromStdString(format))));
    qint64 sampleRate = 100;
    if (const std::string rate = request.queryValue("sampleRate"); !rate.empty()) {
        qint64 value = 0;
        const auto [end, ec] = std::from_chars(rate.data(), rate.data() + rate.size(), value);
        if (ec == std::errc() && end == rate.data() + rate.size() && value >= 0)
            sampleRate = value; // Pyroscope falls back to 100 on a bad rate, and so do we
    }
    const std::string spyName = request.queryValue("spyName");

    const QString source = QStringLiteral("POST %1 from %2")
                               .arg(QString::fromStdString(request.path),
                                    QString::fromStdString(request.remoteAddress));
    QByteArray body = request.body;
    QByteArray previous;
    QByteArray jfrLabels;
    std::optional<SampleTypeConfig> config;
    if (multipart && format == "jfr") {
        // Pyroscope's Java agent: parts "jfr" and, optionally, "labels".
        const HttpFormPart *jfr = request.formPart("jfr");
        if (!jfr)
            return fail(badRequest(QStringLiteral("multipart form without a \"jfr\" part")));
        body = jfr->data;
        if (const HttpFormPart *labels = request.formPart("labels"))
            jfrLabels = labels->data;
    } else if (multipart) {
        const HttpFormPart *profile = request.formPart("profile");
        if (!profile)
            return fail(badRequest(QStringLiteral("multipart form without a \"profile\" part")));
        body = profile->data;
        if (const HttpFormPart *prev = request.formPart("prev_profile"))
            previous = prev->data;
        if (const HttpFormPart *types = request.formPart("sample_type_config")) {
            config = SampleTypeConfig::parse(types->data, &error);
            if (!config)
                return fail(badRequest(error));
        }
    }
    if (body.isEmpty())
        return fail(badRequest(QStringLiteral("the profile is empty")));

    RequestBody::Failure failure = RequestBody::Failure::None;
    auto inflated = RequestBody::inflate(body, m_maxDecompressedBytes, source, &error, &failure);
    if (!inflated)
        return fail(inflateFailure(error, failure));
    if (!previous.isEmpty()) {
        const auto inflatedPrevious =
            RequestBody::inflate(previous, m_maxDecompressedBytes,
                                 source + QStringLiteral(" prev_profile"), &error, &failure);
        if (!inflatedPrevious)
            return fail(inflateFailure(error, failure));
        const SampleTypeConfig cumulative = config ? *config : SampleTypeConfig::defaults();
        const auto delta = PprofDelta::subtract(
            *inflated, *inflatedPrevious,
            [&](std::string_view type) { return cumulative.isCumulative(type); }, &error);
        if (!delta)
            return fail(
                HttpResponse::text(422, (source + QStringLiteral(": ") + error).toStdString()));
        inflated = *delta;
    }

    if (format == "jfr") {
        // A JFR names its own types, as a pprof does: `name` is the app.
        ProfileRecord base;
        base.labels = seriesLabels(*name, isTypeSuffix(name->typeSuffix()) ? name->serviceName() : name->app,
                                   spyName);
        base.startMs = *from;
        base.endMs = *until;
        base.origin = ProfileOrigin::Push;
        base.source = source.toStdString();
        // Pyroscope answers a JFR it cannot parse with InvalidArgument: 400.
        auto records = JfrIngest::records(*inflated, jfrLabels, base, sampleRate, &error);
        if (!records)
            return fail(badRequest(QStringLiteral("failed to ingest the profile: ") + error));
        parsed.records = std::move(*records);
        return parsed;
    }

    const auto unprocessable = [&](const ImportResult &result) {
        return fail(
            HttpResponse::text(422, "failed to ingest the profile: " + result.error.toStdString()));
    };
    ImportResult imported = RequestBody::import(format, *inflated, source);
    if (!imported.isOk())
        return unprocessable(imported);
    ProfilePtr profile = imported.profile;

    const bool speaksForItself = format == "pprof";
    const std::string suffix = name->typeSuffix();
    std::string serviceName = name->app;
    if (!speaksForItself || isTypeSuffix(suffix))
        serviceName = name->serviceName();

    ProfileRecord record;
    if (speaksForItself) {
        // A pprof names its own types; a sample_type_config may rename them
        // and keeps only the ones it lists.
        std::map<std::string, std::string> displayNames;
        if (config)
            for (const SampleType &type : profile->sampleTypes())
                if (const SampleTypeConfig::Entry *entry = config->find(type.type))
                    displayNames[type.type] = entry->displayName;
        const std::string metric = ProfileTypeNaming::pprofMetricName(*profile, displayNames);
        const SampleType &period = profile->metadata().periodType;
        for (const SampleType &type : profile->sampleTypes()) {
            const bool kept = !config || !config->restrictsTypes() || config->find(type.type);
            record.types.push_back(
                {kept ? metric : std::string(), type.type, type.unit, period.type, period.unit});
        }
    } else {
        const auto type = ProfileTypeNaming::forIngestName(name->typeSuffix(), sampleRate);
        if (!type)
            return fail(badRequest(
                QStringLiteral("name: unknown profile type \"%1\" (after the last '.' of %2)")
                    .arg(QString::fromStdString(suffix), QString::fromStdString(name->app))));
        if (type->periodNanos > 0) {
            const ImportResult scaled =
                scaledToNanoseconds(*profile, type->id.sampleType, type->periodNanos);
            if (!scaled.isOk())
                return unprocessable(scaled);
            profile = scaled.profile;
        }
        record.types.assign(size_t(profile->sampleTypeCount()), type->id);
    }
    record.labels = seriesLabels(*name, serviceName, spyName);
    record.startMs = *from;
    record.endMs = *until;
    record.origin = ProfileOrigin::Push;
    record.source = source.toStdString();
    record.profile = std::move(profile);
    parsed.records.push_back(std::move(record));
    return parsed;
}
