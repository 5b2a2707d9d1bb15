#include "speedscopeimporter.h"

#include "filenumber.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {
// lupdate files Text::tr("...") under SpeedscopeImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpeedscopeImporter)
};


struct ProfileUnit
{
    SampleType type;
    double scale = 1; // multiply the file's values by this
};

constexpr std::string_view timeUnits[] = {"seconds", "milliseconds", "microseconds", "nanoseconds"};

bool isWhole(double v)
{
    return std::abs(v - std::round(v)) <= 1e-9 * std::max(1.0, std::abs(v));
}

// The profile's values: weights of a sampled profile, `at` of an evented one.
std::vector<double> profileValues(const QJsonObject &profile)
{
    std::vector<double> values;
    if (profile.value(QLatin1String("type")).toString() == QLatin1String("evented")) {
        for (const QJsonValue &e : profile.value(QLatin1String("events")).toArray())
            values.push_back(e.toObject().value(QLatin1String("at")).toDouble());
    } else {
        for (const QJsonValue &w : profile.value(QLatin1String("weights")).toArray())
            values.push_back(w.toDouble());
    }
    return values;
}

ProfileUnit unitOf(const QJsonObject &profile, bool ownExport)
{
    const std::string unit = profile.value(QLatin1String("unit")).toString(QStringLiteral("none")).toStdString();
    const std::string name = profile.value(QLatin1String("name")).toString().toStdString();
    ProfileUnit result;
    if (unit == "bytes") {
        result.type = {ownExport ? name : "space", "bytes"};
        return result;
    }
    const auto time = std::find(std::begin(timeUnits), std::end(timeUnits), unit);
    if (time == std::end(timeUnits)) {
        result.type = {ownExport ? name : "samples", "count"};
        return result;
    }
    // Finer units until the values are whole: 1.5 ms is 1500 us.
    const std::vector<double> values = profileValues(profile);
    auto u = time;
    while (u + 1 != std::end(timeUnits)
           && !std::all_of(values.begin(), values.end(), [&](double v) { return isWhole(v * result.scale); })) {
        ++u;
        result.scale *= 1000;
    }
    result.type = {ownExport ? name : "time", std::string(*u)};
    return result;
}

class Reader
{
public:
    Reader(const QString &source, const QString &format)
        : m_source(source)
        , m_format(format)
    {}

    ImportResult read(const QJsonObject &root, Progress &progress);

private:
    ImportResult fail(const QString &where) const
    {
        return ImportResult::failure(QStringLiteral("%1: %2: %3").arg(m_source, m_format, where));
    }
    std::optional<QString> addSampled(ProfileBuilder &builder, const QJsonObject &profile, int column,
                                      double scale, qint32 labelSet);
    std::optional<QString> addEvented(ProfileBuilder &builder, const QJsonObject &profile, int column,
                                      double scale, qint32 labelSet);
    bool frameIndex(const QJsonValue &v, quint32 *index) const
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d >= double(m_frames.size()) || d != std::floor(d))
            return false;
        *index = quint32(d);
        return true;
    }

    QString m_source;
    QString m_format;
    std::vector<NameId> m_frames;
    std::vector<qint64> m_values;
    std::vector<NameId> m_stack;
    qint64 m_rounded = 0;
};

std::optional<QString> Reader::addSampled(ProfileBuilder &builder, const QJsonObject &profile, int column,
                                          double scale, qint32 labelSet)
{
    const QJsonArray samples = profile.value(QLatin1String("samples")).toArray();
    const QJsonValue weightsValue = profile.value(QLatin1String("weights"));
    const QJsonArray weights = weightsValue.toArray();
    if (!weightsValue.isUndefined() && weights.size() != samples.size())
        return Text::tr("%1 samples but %2 weights").arg(samples.size()).arg(weights.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonValue sample = samples.at(i);
        if (!sample.isArray())
            return Text::tr("sample %1 is not an array of frame indices").arg(i);
        m_stack.clear();
        for (const QJsonValue &f : sample.toArray()) {
            quint32 index;
            if (!frameIndex(f, &index))
                return Text::tr("sample %1 refers to frame %2, but there are %3 frames")
                    .arg(i)
                    .arg(f.toVariant().toString())
                    .arg(m_frames.size());
            m_stack.push_back(m_frames[index]);
        }
        const double w = weightsValue.isUndefined() ? 1.0 : weights.at(i).toDouble(std::nan(""));
        if (std::isnan(w))
            return Text::tr("weight %1 is not a number").arg(i);
        const double scaled = w * scale;
        if (!isWhole(scaled))
            ++m_rounded;
        std::fill(m_values.begin(), m_values.end(), 0);
        m_values[size_t(column)] = FileNumber::rounded(scaled, FileNumber::maxValue);
        builder.addStack(m_stack, m_values, labelSet);
    }
    return std::nullopt;
}

std::optional<QString> Reader::addEvented(ProfileBuilder &builder, const QJsonObject &profile, int column,
                                          double scale, qint32 labelSet)
{
    const QJsonArray events = profile.value(QLatin1String("events")).toArray();
    std::vector<quint32> open; // frame indices
    std::vector<qint64> openedAt;
    qint64 last = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString type = e.value(QLatin1String("type")).toString();
        const QJsonValue atValue = e.value(QLatin1String("at"));
        quint32 frame;
        if (!atValue.isDouble())
            return Text::tr("event %1 has no time (\"at\")").arg(i);
        if (!frameIndex(e.value(QLatin1String("frame")), &frame))
            return Text::tr("event %1 refers to frame %2, but there are %3 frames")
                .arg(i)
                .arg(e.value(QLatin1String("frame")).toVariant().toString())
                .arg(m_frames.size());
        const qint64 at = FileNumber::rounded(atValue.toDouble() * scale, FileNumber::maxTime);
        if (i > 0 && at < last)
            return Text::tr("event %1 goes back in time (at %2 after %3)")
                .arg(i)
                .arg(atValue.toDouble())
                .arg(double(last) / scale);
        if (!open.empty() && at > last) {
            m_stack.clear();
            for (quint32 f : open)
                m_stack.push_back(m_frames[f]);
            std::fill(m_values.begin(), m_values.end(), 0);
            m_values[size_t(column)] = at - last;
            builder.addStack(m_stack, m_values, labelSet);
        }
        last = at;
        if (type == QLatin1String("O")) {
            open.push_back(frame);
            openedAt.push_back(at);
        } else if (type == QLatin1String("C")) {
            if (open.empty() || open.back() != frame)
                return Text::tr("event %1 closes frame %2, but %3 is open")
                    .arg(i)
                    .arg(frame)
                    .arg(open.empty() ? Text::tr("none") : QString::number(open.back()));
            open.pop_back();
            openedAt.pop_back();
        } else {
            return Text::tr("event %1 has type \"%2\" (expected \"O\" or \"C\")").arg(i).arg(type);
        }
    }
    if (!open.empty())
        return Text::tr("frame %1 opened at %2 is never closed")
            .arg(open.back())
            .arg(double(openedAt.back()) / scale);
    return std::nullopt;
}

ImportResult Reader::read(const QJsonObject &root, Progress &progress)
{
    const QJsonArray frames = root.value(QLatin1String("shared")).toObject().value(QLatin1String("frames")).toArray();
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    if (profiles.isEmpty())
        return fail(Text::tr("no profiles (\"profiles\" is missing or empty)"));
    const bool ownExport = root.value(QLatin1String("exporter")).toString().startsWith(QLatin1String("pyrograph"));

    // Sample types first: one per unit, or one per profile in our own exports.
    std::vector<SampleType> types;
    std::vector<int> columnOf;
    std::vector<double> scaleOf;
    for (qsizetype p = 0; p < profiles.size(); ++p) {
        const ProfileUnit unit = unitOf(profiles.at(p).toObject(), ownExport);
        auto it = ownExport ? types.end() : std::find(types.begin(), types.end(), unit.type);
        if (it == types.end()) {
            types.push_back(unit.type);
            it = types.end() - 1;
        }
        columnOf.push_back(int(it - types.begin()));
        scaleOf.push_back(unit.scale);
    }
    ProfileBuilder builder(types);
    const int active = root.value(QLatin1String("activeProfileIndex")).toInt(0);
    builder.setDefaultSampleType(active >= 0 && active < int(columnOf.size()) ? columnOf[size_t(active)] : 0);
    m_values.assign(types.size(), 0);

    ProfileMetadata &meta = builder.metadata();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QJsonObject frame = frames.at(i).toObject();
        const QJsonValue name = frame.value(QLatin1String("name"));
        if (!name.isString())
            return fail(Text::tr("frame %1 has no name").arg(i));
        const std::string text = name.toString().toStdString();
        m_frames.push_back(builder.intern(text));
        QString file = frame.value(QLatin1String("file")).toString();
        if (!file.isEmpty()) {
            if (frame.contains(QLatin1String("line")))
                file += QLatin1Char(':') + QString::number(frame.value(QLatin1String("line")).toInteger());
            if (frame.contains(QLatin1String("col")))
                file += QLatin1Char(':') + QString::number(frame.value(QLatin1String("col")).toInteger());
            meta.nameDetails.emplace_back(text, file.toStdString());
        }
    }
    std::sort(meta.nameDetails.begin(), meta.nameDetails.end());
    meta.nameDetails.erase(std::unique(meta.nameDetails.begin(), meta.nameDetails.end()), meta.nameDetails.end());

    const bool labelled = profiles.size() > 1 && !ownExport;
    for (qsizetype p = 0; p < profiles.size(); ++p) {
        const QJsonObject profile = profiles.at(p).toObject();
        const QString name = profile.value(QLatin1String("name")).toString();
        qint32 labelSet = -1;
        if (labelled) {
            // Profiles of the same name stay apart in the filter.
            QString thread = name.isEmpty() ? QStringLiteral("profile %1").arg(p) : name;
            for (qsizetype q = 0; q < p; ++q)
                if (profiles.at(q).toObject().value(QLatin1String("name")).toString() == name) {
                    thread += QStringLiteral(" (%1)").arg(p);
                    break;
                }
            labelSet = qint32(builder.addLabelSet({{"thread", thread.toStdString()}}));
        }
        const QString type = profile.value(QLatin1String("type")).toString();
        std::optional<QString> error;
        if (type == QLatin1String("sampled"))
            error = addSampled(builder, profile, columnOf[size_t(p)], scaleOf[size_t(p)], labelSet);
        else if (type == QLatin1String("evented"))
            error = addEvented(builder, profile, columnOf[size_t(p)], scaleOf[size_t(p)], labelSet);
        else
            error = Text::tr("type \"%1\" (expected \"sampled\" or \"evented\")").arg(type);
        if (error)
            return fail(Text::tr("profile %1 (%2): %3").arg(p).arg(name, *error));
        if (progress.isCanceled())
            return ImportResult::cancellation();
        progress.report(0.5 * double(p + 1) / double(profiles.size()));
    }

    meta.format = "speedscope";
    meta.source = m_source.toStdString();
    const QString fileName = root.value(QLatin1String("name")).toString();
    if (!fileName.isEmpty())
        meta.labels.emplace_back("name", fileName.toStdString());
    const QString exporter = root.value(QLatin1String("exporter")).toString();
    if (!exporter.isEmpty())
        meta.labels.emplace_back("exporter", exporter.toStdString());
    if (m_rounded > 0)
        meta.warnings.push_back(Text::tr("rounded %1 fractional weights to whole numbers")
                                    .arg(m_rounded)
                                    .toStdString());
    return ImportResult::built(builder, progress);
}

} // namespace

QString SpeedscopeImporter::formatName() const
{
    return QStringLiteral("speedscope");
}

bool SpeedscopeImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return start != std::string_view::npos && head[start] == '{'
        && head.find("speedscope.app/file-format-schema.json") != std::string_view::npos;
}

ImportResult SpeedscopeImporter::read(InputStream &input, Progress &progress) const
{
    QJsonObject top;
    QString parseError;
    if (!JsonImport::parseObject(input, formatName(), &top, &parseError))
        return ImportResult::failure(parseError);
    progress.report(0.3);
    return Reader(input.source(), formatName()).read(top, progress);
}
