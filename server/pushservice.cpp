#include "pushservice.h"

#include "connectprotocol.h"
#include "ingestname.h"
#include "pprofrecord.h"
#include "profilesink.h"
#include "requestbody.h"

#include "push/v1/push.pb.h"

#include <QDateTime>

#include <algorithm>

PushService::PushService(ProfileSink &sink, qint64 maxDecompressedBytes)
    : m_sink(sink), m_maxDecompressedBytes(maxDecompressedBytes)
{ }

HttpResponse PushService::handle(const HttpRequest &request) const
{
    push::v1::PushRequest push;
    QString error;
    if (!ConnectProtocol::decode(request, &push, &error))
        return ConnectProtocol::error("invalid_argument", error.toStdString());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString source = QStringLiteral("POST %1 from %2")
                               .arg(QString::fromStdString(request.path),
                                    QString::fromStdString(request.remoteAddress));
    std::vector<ProfileRecord> records;
    for (int s = 0; s < push.series_size(); ++s) {
        const push::v1::RawProfileSeries &series = push.series(s);
        Labels labels;
        std::string metricName;
        for (const auto &label : series.labels()) {
            if (label.name().empty())
                return ConnectProtocol::error(
                    "invalid_argument", "series " + std::to_string(s) + ": a label without a name");
            if (label.name() == LabelNames::metricName)
                metricName = label.value();
            else if (!label.name().starts_with("__"))
                labels.emplace_back(IngestName::sanitizedLabelName(label.name()), label.value());
        }
        std::sort(labels.begin(), labels.end());
        if (std::adjacent_find(labels.begin(), labels.end(),
                               [](const auto &a, const auto &b) { return a.first == b.first; })
            != labels.end())
            return ConnectProtocol::error(
                "invalid_argument", "series " + std::to_string(s) + ": duplicate label names");
        if (std::none_of(labels.begin(), labels.end(),
                         [](const auto &l) { return l.first == LabelNames::serviceName; })) {
            labels.emplace_back(std::string(LabelNames::serviceName), "unknown_service");
            std::sort(labels.begin(), labels.end());
        }
        for (int i = 0; i < series.samples_size(); ++i) {
            const std::string &raw = series.samples(i).raw_profile();
            const QString where = source + QStringLiteral(" series %1 sample %2").arg(s).arg(i);
            RequestBody::Failure failure = RequestBody::Failure::None;
            const auto inflated =
                RequestBody::inflate(QByteArray(raw.data(), qsizetype(raw.size())),
                                     m_maxDecompressedBytes, where, &error, &failure);
            if (!inflated)
                return failure == RequestBody::Failure::TooLarge
                    ? ConnectProtocol::error("resource_exhausted", error.toStdString(), 413)
                    : ConnectProtocol::error("invalid_argument", error.toStdString());
            auto record = PprofRecord::build(*inflated, labels, metricName, where, nowMs, &error);
            if (!record)
                return ConnectProtocol::error("invalid_argument", error.toStdString());
            records.push_back(std::move(*record));
        }
    }
    if (!m_sink.store(records, &error))
        return ConnectProtocol::error("internal",
                                      "failed to store the profile: " + error.toStdString());
    return ConnectProtocol::reply(request, push::v1::PushResponse());
}
