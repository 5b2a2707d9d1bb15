#include "infocommand.h"

#include "commandline.h"
#include "jsontext.h"

#include "model/profilestats.h"

#include "model/unitformat.h"

#include <QDateTime>
#include <QTextStream>

#include <vector>

namespace {
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QString isoTime(qint64 nanos)
{
    return QDateTime::fromMSecsSinceEpoch(nanos / 1000000, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

int InfoCommand::run(const CommandLine &commandLine)
{
    const QString path = commandLine.files.value(0);
    const ProfilePtr profile = load(path);
    if (!profile)
        return Failure;
    if (commandLine.json)
        printJson(*profile, path);
    else
        printText(*profile, path);
    return Success;
}

void InfoCommand::printText(const Profile &profile, const QString &path)
{
    const ProfileMetadata &meta = profile.metadata();
    m_out << "file: " << path << '\n';
    m_out << "format: " << str(meta.format) << (profile.isDiff() ? " (diff)" : "") << '\n';
    m_out << "sample types:\n";
    for (int t = 0; t < profile.sampleTypeCount(); ++t) {
        const SampleType &type = profile.sampleTypes()[size_t(t)];
        m_out << "  " << str(type.type) << '/' << str(type.unit) << ": "
              << UnitFormat::format(profile.total(t), type.unit) << " (" << profile.total(t) << ')'
              << (t == profile.defaultSampleType() ? "  [default]" : "") << '\n';
    }
    m_out << "nodes: " << UnitFormat::grouped(profile.tree().nodeCount()) << '\n';
    m_out << "functions: " << UnitFormat::grouped(ProfileStats::functionCount(profile)) << '\n';
    m_out << "max depth: " << profile.tree().maxDepth() << '\n';
    if (meta.timeNanos != 0)
        m_out << "time: " << isoTime(meta.timeNanos) << '\n';
    if (meta.durationNanos != 0)
        m_out << "duration: " << UnitFormat::format(meta.durationNanos, "nanoseconds") << '\n';
    if (meta.period != 0)
        m_out << "period: " << UnitFormat::format(meta.period, meta.periodType.unit) << " ("
              << str(meta.periodType.type) << '/' << str(meta.periodType.unit) << ")\n";
    if (!meta.spyName.empty())
        m_out << "spy: " << str(meta.spyName) << '\n';
    if (meta.sampleRate != 0)
        m_out << "sample rate: " << meta.sampleRate << " Hz\n";
    if (!meta.labels.empty()) {
        m_out << "labels:\n";
        for (const auto &[key, value] : meta.labels)
            m_out << "  " << str(key) << '=' << str(value) << '\n';
    }
    if (!profile.labels().isEmpty())
        m_out << "sample label keys: " << [&] {
            QStringList keys;
            for (const std::string &k : profile.labels().keys())
                keys << str(k);
            return keys.join(QStringLiteral(", "));
        }() << '\n';
    if (!meta.comments.empty()) {
        m_out << "comments:\n";
        for (const std::string &c : meta.comments)
            m_out << "  " << str(c) << '\n';
    }
    if (!meta.warnings.empty()) {
        m_out << "warnings:\n";
        for (const std::string &w : meta.warnings)
            m_out << "  " << str(w) << '\n';
    }
}

void InfoCommand::printJson(const Profile &profile, const QString &path)
{
    const ProfileMetadata &meta = profile.metadata();
    const auto typeObject = [](const SampleType &t) {
        return QStringLiteral("{\"type\":%1,\"unit\":%2}").arg(JsonText::quote(t.type), JsonText::quote(t.unit));
    };
    m_out << "{\"file\":" << JsonText::quote(path) << ",\"format\":" << JsonText::quote(meta.format)
          << ",\"diff\":" << (profile.isDiff() ? "true" : "false") << ",\"sampleTypes\":[";
    for (int t = 0; t < profile.sampleTypeCount(); ++t) {
        const SampleType &type = profile.sampleTypes()[size_t(t)];
        m_out << (t ? "," : "") << "{\"type\":" << JsonText::quote(type.type) << ",\"unit\":" << JsonText::quote(type.unit)
              << ",\"total\":" << profile.total(t) << ",\"default\":" << (t == profile.defaultSampleType() ? "true" : "false")
              << '}';
    }
    m_out << "],\"defaultSampleType\":"
          << (profile.sampleTypeCount() ? JsonText::quote(profile.sampleTypes()[size_t(profile.defaultSampleType())].type)
                                        : QStringLiteral("null"))
          << ",\"nodes\":" << profile.tree().nodeCount() << ",\"functions\":" << ProfileStats::functionCount(profile)
          << ",\"maxDepth\":" << profile.tree().maxDepth() << ",\"timeNanos\":" << meta.timeNanos
          << ",\"time\":" << (meta.timeNanos ? JsonText::quote(isoTime(meta.timeNanos)) : QStringLiteral("null"))
          << ",\"durationNanos\":" << meta.durationNanos << ",\"periodType\":" << typeObject(meta.periodType)
          << ",\"period\":" << meta.period << ",\"spyName\":" << JsonText::quote(meta.spyName)
          << ",\"sampleRate\":" << meta.sampleRate << ",\"labels\":{";
    bool first = true;
    for (const auto &[key, value] : meta.labels) {
        m_out << (first ? "" : ",") << JsonText::quote(key) << ':' << JsonText::quote(value);
        first = false;
    }
    m_out << "},\"warnings\":[";
    first = true;
    for (const std::string &w : meta.warnings) {
        m_out << (first ? "" : ",") << JsonText::quote(w);
        first = false;
    }
    m_out << "]}\n";
}
