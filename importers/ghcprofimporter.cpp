#include "ghcprofimporter.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace {
// lupdate files Text::tr("...") under GhcProfImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GhcProfImporter)
};


const QString format = QStringLiteral("GHC profile");

std::vector<SampleType> sampleTypes()
{
    return {{"cpu", "nanoseconds"}, {"alloc", "bytes"}, {"entries", "count"}};
}

// The -pj tree, depth first; names per cost-centre id.
class JsonTreeReader
{
public:
    JsonTreeReader(ProfileBuilder &builder, Progress &progress, qint64 nanosPerTick)
        : m_builder(builder), m_progress(progress), m_nanosPerTick(nanosPerTick)
    { }

    QString readCentres(const QJsonArray &centres)
    {
        for (qsizetype i = 0; i < centres.size(); ++i) {
            const QJsonObject centre = centres.at(i).toObject();
            const QJsonValue id = centre.value(QLatin1String("id"));
            if (!id.isDouble())
                return Text::tr("cost_centres[%1] has no numeric \"id\"").arg(i);
            const std::string name = (centre.value(QLatin1String("module")).toString() + u'.'
                                      + centre.value(QLatin1String("label")).toString())
                                         .toStdString();
            m_names[id.toInteger()] = m_builder.intern(name);
            const QString src = centre.value(QLatin1String("src_loc")).toString();
            if (!src.isEmpty() && !src.startsWith(u'<'))
                m_builder.metadata().nameDetails.emplace_back(name, src.toStdString());
        }
        return {};
    }

    QString read(const QJsonObject &node)
    {
        if (m_progress.isCanceled())
            return {};
        const QJsonValue id = node.value(QLatin1String("id"));
        const auto name = m_names.find(id.toInteger(-1));
        if (!id.isDouble() || name == m_names.end())
            return Text::tr("%1: cost centre %2 is not in cost_centres")
                .arg(where(), id.toVariant().toString());
        const QJsonValue children = node.value(QLatin1String("children"));
        if (!children.isArray() && !children.isUndefined())
            return Text::tr("%1: \"children\" is not an array").arg(where());
        m_path.push_back(name->second);
        qint64 values[3];
        int field = 0;
        for (const char *key : {"ticks", "alloc", "entries"}) {
            const QJsonValue value = node.value(QLatin1String(key));
            if (!value.isDouble() || value.toDouble() < 0)
                return Text::tr("%1: \"%2\" is not a number of 0 or more").arg(where(), key);
            values[field++] = value.toInteger();
        }
        if (values[0] != 0 || values[1] != 0 || values[2] != 0) {
            const qint64 self[] = {FileNumber::clamped(FileNumber::Wide(values[0]) * m_nanosPerTick,
                                                       FileNumber::maxValue),
                                   values[1], values[2]};
            m_builder.addStack(m_path, self);
        }
        const QJsonArray list = children.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_childIndex.push_back(i);
            const QString error = read(list.at(i).toObject());
            if (!error.isEmpty())
                return error;
            m_childIndex.pop_back();
        }
        m_path.pop_back();
        return {};
    }

private:
    QString where() const
    {
        QString path = QStringLiteral("profile");
        for (qsizetype i : m_childIndex)
            path += QStringLiteral(".children[%1]").arg(i);
        return path;
    }

    ProfileBuilder &m_builder;
    Progress &m_progress;
    qint64 m_nanosPerTick;
    std::unordered_map<qint64, NameId> m_names;
    std::vector<NameId> m_path;
    std::vector<qsizetype> m_childIndex;
};

QString readJson(InputStream &input, ProfileBuilder &builder, Progress &progress, QString *error)
{
    QJsonObject root;
    if (!JsonImport::parseObject(input, format, &root, error))
        return {};
    const QJsonValue interval = root.value(QLatin1String("tick_interval"));
    const QJsonValue centres = root.value(QLatin1String("cost_centres"));
    const QJsonValue profile = root.value(QLatin1String("profile"));
    if (!centres.isArray())
        return Text::tr("no \"cost_centres\" array");
    if (!profile.isObject())
        return Text::tr("no \"profile\" object");
    if (!interval.isDouble() || interval.toDouble() <= 0)
        return Text::tr("no positive \"tick_interval\"");
    const qint64 nanosPerTick =
        FileNumber::rounded(interval.toDouble() * 1000, FileNumber::maxValue);
    JsonTreeReader reader(builder, progress, nanosPerTick);
    QString why = reader.readCentres(centres.toArray());
    if (why.isEmpty())
        why = reader.read(profile.toObject());
    if (!why.isEmpty())
        return why;
    ProfileMetadata &meta = builder.metadata();
    meta.periodType = {"cpu", "nanoseconds"};
    meta.period = nanosPerTick;
    const QString program = root.value(QLatin1String("program")).toString();
    if (!program.isEmpty())
        meta.labels.emplace_back("program", program.toStdString());
    return {};
}

// 2^53 ticks, bytes or entries is far past any real run, and rows of them
// still add up, and ticks convert to nanoseconds, within a qint64.
constexpr qint64 maxCount = qint64(1) << 53;

// A number as GHC prints it: digits with thousands commas.
bool parseCount(std::string_view text, qint64 *out)
{
    qint64 value = 0;
    bool any = false;
    for (char c : text) {
        if (c == ',')
            continue;
        if (c < '0' || c > '9' || value > (maxCount - 9) / 10)
            return false;
        value = value * 10 + (c - '0');
        any = true;
    }
    *out = value;
    return any;
}

std::vector<std::string_view> words(std::string_view line)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

// The text report's totals: "(798 ticks @ 1000 us, ...)" and "total alloc = 1,921,672,664 bytes".
struct Totals
{
    qint64 ticks = -1, microsPerTick = -1, alloc = -1;
};

void readTotalsLine(std::string_view line, Totals &totals)
{
    const std::vector<std::string_view> w = words(line);
    for (size_t i = 0; i + 1 < w.size(); ++i) {
        if (w[i + 1] == "ticks" && w[i].starts_with('(') && i + 3 < w.size() && w[i + 2] == "@")
            if (!parseCount(w[i].substr(1), &totals.ticks)
                || !parseCount(w[i + 3], &totals.microsPerTick))
                totals.ticks = totals.microsPerTick = -1;
        if (w[i + 1] == "bytes" && i >= 3 && w[i - 3] == "total" && w[i - 2] == "alloc"
            && !parseCount(w[i], &totals.alloc))
            totals.alloc = -1;
    }
}

QString readText(InputStream &input, ProfileBuilder &builder, Progress &progress, QString *error)
{
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty()) {
        *error = input.error();
        return {};
    }
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    Totals totals;
    bool inTree = false, hasSrc = false, hasTicks = false;
    std::vector<NameId> path;
    std::vector<int> depths;
    qint64 estimated = 0;
    int lineNumber = 0;
    for (size_t at = 0; at < text.size();) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++lineNumber;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (!inTree) {
            if (line.starts_with("COST CENTRE") && line.find(" no.") != std::string_view::npos
                && line.find(" entries") != std::string_view::npos) {
                inTree = true;
                hasSrc = line.find(" SRC ") != std::string_view::npos;
                hasTicks = line.find(" ticks") != std::string_view::npos
                    && line.find(" bytes") != std::string_view::npos;
                if (!hasTicks
                    && (totals.ticks < 0 || totals.alloc < 0 || totals.microsPerTick <= 0))
                    return Text::tr("line %1: the tree has no ticks and bytes columns and "
                                    "the report gives no \"total time\" and \"total alloc\"")
                        .arg(lineNumber);
            } else {
                readTotalsLine(line, totals);
            }
            continue;
        }
        if (words(line).empty())
            continue;
        const size_t depth = line.find_first_not_of(' ');
        const std::vector<std::string_view> w = words(line);
        const size_t numbers = hasTicks ? 8 : 6;
        const size_t names = hasSrc ? 3 : 2;
        if (w.size() < numbers + names)
            return Text::tr("line %1: expected %2 columns, found %3")
                .arg(lineNumber)
                .arg(numbers + names)
                .arg(w.size());
        const auto notARow = [&] {
            return Text::tr("line %1: \"%2\" is not a cost-centre row")
                .arg(lineNumber)
                .arg(QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed());
        };
        qint64 entries = 0, ticks = 0, bytesAllocated = 0;
        const size_t n = w.size() - numbers; // the first number: "no."
        if (!parseCount(w[n + 1], &entries)
            || (hasTicks
                && (!parseCount(w[n + 6], &ticks) || !parseCount(w[n + 7], &bytesAllocated))))
            return notARow();
        if (!hasTicks) {
            bool timeOk = false, allocOk = false;
            const double time =
                QByteArray(w[n + 2].data(), qsizetype(w[n + 2].size())).toDouble(&timeOk);
            const double alloc =
                QByteArray(w[n + 3].data(), qsizetype(w[n + 3].size())).toDouble(&allocOk);
            if (!timeOk || !allocOk || !(time >= 0 && time <= 100) || !(alloc >= 0 && alloc <= 100))
                return Text::tr("line %1: %time or %alloc is not a percentage").arg(lineNumber);
            ticks = std::llround(time / 100 * double(totals.ticks));
            bytesAllocated = std::llround(alloc / 100 * double(totals.alloc));
            ++estimated;
        }
        while (!depths.empty() && depths.back() >= int(depth)) {
            depths.pop_back();
            path.pop_back();
        }
        const std::string name = std::string(w[1]) + '.' + std::string(w[0]);
        path.push_back(builder.intern(name));
        depths.push_back(int(depth));
        if (hasSrc) {
            std::string src(w[2]);
            for (size_t i = 3; i < n; ++i)
                src += ' ' + std::string(w[i]);
            if (!src.starts_with('<'))
                builder.metadata().nameDetails.emplace_back(name, std::move(src));
        }
        const qint64 microsPerTick = totals.microsPerTick > 0 ? totals.microsPerTick : 1000;
        if (ticks > maxCount / 1000 / microsPerTick) // nanoseconds past a qint64's reach
            return notARow();
        if (ticks != 0 || bytesAllocated != 0 || entries != 0) {
            const qint64 self[] = {ticks * microsPerTick * 1000, bytesAllocated, entries};
            builder.addStack(path, self);
        }
        if (lineNumber % 4096 == 0 && progress.isCanceled())
            return {};
    }
    if (!inTree)
        return Text::tr("no cost-centre tree (a \"COST CENTRE ... no. entries\" header)");
    ProfileMetadata &meta = builder.metadata();
    if (totals.microsPerTick > 0) {
        meta.periodType = {"cpu", "nanoseconds"};
        meta.period = totals.microsPerTick * 1000;
    }
    if (estimated > 0)
        meta.warnings.push_back(
            Text::tr("the report has no ticks and bytes columns (+RTS -p rather than -P): cpu "
                     "and alloc are estimated from the rounded percentages of %1 rows")
                .arg(estimated)
                .toStdString());
    return {};
}

} // namespace

QString GhcProfImporter::formatName() const
{
    return format;
}

bool GhcProfImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos)
        return false;
    if (head[start] == '{')
        return head.find("\"cost_centres\"") != std::string_view::npos
            && head.find("\"tick_interval\"") != std::string_view::npos;
    return head.find("Time and Allocation Profiling Report") != std::string_view::npos
        || (head.find("COST CENTRE") != std::string_view::npos
            && head.find(" entries  %time %alloc") != std::string_view::npos);
}

ImportResult GhcProfImporter::read(InputStream &input, Progress &progress) const
{
    const std::string_view head = input.peek(4096);
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = start != std::string_view::npos && head[start] == '{';
    ProfileBuilder builder(sampleTypes());
    builder.setDefaultSampleType(0);
    QString error;
    const QString why = json ? readJson(input, builder, progress, &error)
                             : readText(input, builder, progress, &error);
    if (!error.isEmpty())
        return ImportResult::failure(error);
    if (progress.isCanceled())
        return ImportResult::cancellation();
    if (!why.isEmpty())
        return ImportResult::failure(QStringLiteral("%1: %2: %3").arg(input.source(), format, why));
    if (builder.stackCount() == 0)
        return ImportResult::failure(
            Text::tr("%1: %2: no cost centre has ticks, allocation or entries")
                .arg(input.source(), format));
    ProfileMetadata &meta = builder.metadata();
    ChromeCpuProfileImporter::finishMetadata(meta);
    meta.source = input.source().toStdString();
    meta.format = format.toStdString();
    return ImportResult::built(builder, progress);
}
