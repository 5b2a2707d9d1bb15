#include "infocommand.h"

#include "commandline.h"
#include "jsontext.h"

#include "model/profilestats.h"

#include "model/unitformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <vector>

namespace {
// lupdate files Text::tr("...") under InfoCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
};

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
    // A report for people, in their language (--json is for scripts); the
    // values (format, types, units, labels) are the profile's own.
    m_out << Text::tr("file: %1").arg(path) << '\n';
    m_out << (profile.isDiff() ? Text::tr("format: %1 (diff)") : Text::tr("format: %1"))
                 .arg(str(meta.format))
          << '\n';
    m_out << Text::tr("sample types:") << '\n';
    for (int t = 0; t < profile.sampleTypeCount(); ++t) {
        const SampleType &type = profile.sampleTypes()[size_t(t)];
        m_out << "  " << str(type.type) << '/' << str(type.unit) << ": "
              << UnitFormat::format(profile.total(t), type.unit) << " (" << profile.total(t) << ')'
              << (t == profile.defaultSampleType() ? QStringLiteral("  ") + Text::tr("[default]")
                                                   : QString())
              << '\n';
    }
    m_out << Text::tr("nodes: %1").arg(UnitFormat::grouped(profile.tree().nodeCount())) << '\n';
    m_out
        << Text::tr("functions: %1").arg(UnitFormat::grouped(ProfileStats::functionCount(profile)))
        << '\n';
    m_out << Text::tr("max depth: %1").arg(profile.tree().maxDepth()) << '\n';
    if (meta.timeNanos != 0)
        m_out << Text::tr("time: %1").arg(isoTime(meta.timeNanos)) << '\n';
    if (meta.durationNanos != 0)
        m_out << Text::tr("duration: %1").arg(UnitFormat::format(meta.durationNanos, "nanoseconds"))
              << '\n';
    if (meta.period != 0)
        m_out << Text::tr("period: %1 (%2/%3)")
                     .arg(UnitFormat::format(meta.period, meta.periodType.unit),
                          str(meta.periodType.type), str(meta.periodType.unit))
              << '\n';
    if (!meta.spyName.empty())
        m_out << Text::tr("spy: %1").arg(str(meta.spyName)) << '\n';
    if (meta.sampleRate != 0)
        m_out << Text::tr("sample rate: %1 Hz").arg(meta.sampleRate) << '\n';
    if (!meta.labels.empty()) {
        m_out << Text::tr("labels:") << '\n';
        for (const auto &[key, value] : meta.labels)
            m_out << "  " << str(key) << '=' << str(value) << '\n';
    }
    if (!profile.labels().isEmpty())
        m_out << Text::tr("sample label keys: %1").arg([&] {
            QStringList keys;
            for (const std::string &k : profile.labels().keys())
                keys << str(k);
            return keys.join(QStringLiteral(", "));
        }()) << '\n';
    if (!meta.comments.empty()) {
        m_out << Text::tr("comments:") << '\n';
        for (const std::string &c : meta.comments)
            m_out << "  " << str(c) << '\n';
    }
    if (!meta.warnings.empty()) {
        m_out << Text::tr("warnings:") << '\n';
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
