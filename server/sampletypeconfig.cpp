#include "sampletypeconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<SampleTypeConfig> SampleTypeConfig::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("sample_type_config: not a JSON object (%1)")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : QStringLiteral("another JSON value"));
        return std::nullopt;
    }
    SampleTypeConfig config;
    config.m_restricts = true;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isObject()) {
            *error = QStringLiteral("sample_type_config: the entry for %1 is not an object").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject entry = it->toObject();
        Entry e;
        e.displayName = entry.value(QStringLiteral("display-name")).toString().toStdString();
        e.units = entry.value(QStringLiteral("units")).toString().toStdString();
        e.aggregation = entry.value(QStringLiteral("aggregation")).toString().toStdString();
        e.cumulative = entry.value(QStringLiteral("cumulative")).toBool();
        e.sampled = entry.value(QStringLiteral("sampled")).toBool();
        config.m_entries.emplace(it.key().toStdString(), std::move(e));
    }
    return config;
}

SampleTypeConfig SampleTypeConfig::defaults()
{
    SampleTypeConfig config;
    for (const char *type : {"alloc_objects", "alloc_space", "contentions", "delay"})
        config.m_entries.emplace(type, Entry{{}, {}, "sum", true, false});
    return config;
}

const SampleTypeConfig::Entry *SampleTypeConfig::find(std::string_view sampleType) const
{
    const auto it = m_entries.find(sampleType);
    return it == m_entries.end() ? nullptr : &it->second;
}

bool SampleTypeConfig::isCumulative(std::string_view sampleType) const
{
    const Entry *entry = find(sampleType);
    return entry && entry->cumulative;
}
