#include "geckoprofileimporter.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "geckoprocessedprofile.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "sampledurations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {
// lupdate files Text::tr("...") under GeckoProfileImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GeckoProfileImporter)
};


// Old Gecko versions write sub-profiles and threads as JSON strings.
QJsonObject objectOf(const QJsonValue &value)
{
    if (value.isString())
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    return value.toObject();
}

// A table's column index by name from its schema, or the position speedscope assumes.
int column(const QJsonObject &table, const char *name, int fallback)
{
    const QJsonValue index =
        table.value(QLatin1String("schema")).toObject().value(QLatin1String(name));
    return index.isDouble() ? index.toInt() : fallback;
}

class ThreadReader
{
public:
    ThreadReader(ProfileBuilder &builder, Progress &progress)
        : m_builder(builder), m_progress(progress)
    { }

    // Empty when the thread was read, else what was wrong and where.
    QString read(const QJsonObject &thread, double startTime, const QString &where)
    {
        const QJsonArray strings = thread.value(QLatin1String("stringTable")).toArray();
        const QJsonObject samples = thread.value(QLatin1String("samples")).toObject();
        const QJsonObject stackTable = thread.value(QLatin1String("stackTable")).toObject();
        const QJsonObject frameTable = thread.value(QLatin1String("frameTable")).toObject();
        if (!samples.value(QLatin1String("data")).isArray()
            || !stackTable.value(QLatin1String("data")).isArray()
            || !frameTable.value(QLatin1String("data")).isArray())
            return Text::tr("%1: expected samples, stackTable and frameTable with \"data\" arrays")
                .arg(where);
        const QJsonArray sampleRows = samples.value(QLatin1String("data")).toArray();
        const QJsonArray stackRows = stackTable.value(QLatin1String("data")).toArray();
        const QJsonArray frameRows = frameTable.value(QLatin1String("data")).toArray();
        const int stackColumn = column(samples, "stack", 0),
                  timeColumn = column(samples, "time", 1);
        const int prefixColumn = column(stackTable, "prefix", 0),
                  frameColumn = column(stackTable, "frame", 1);
        const int locationColumn = column(frameTable, "location", 0);

        // Each frame's name, or none when speedscope drops the frame.
        static const QRegularExpression location(QStringLiteral("(.*)\\s+\\((.*?):?(\\d+)?\\)$"));
        std::vector<NameId> nameOf(size_t(frameRows.size()));
        for (qsizetype f = 0; f < frameRows.size(); ++f) {
            const QJsonValue index = frameRows.at(f).toArray().at(locationColumn);
            if (!index.isDouble() || index.toInteger() < 0 || index.toInteger() >= strings.size())
                return Text::tr("%1: frameTable.data[%2]: location %3 is not in the "
                                "stringTable (%4 strings)")
                    .arg(where)
                    .arg(f)
                    .arg(index.toVariant().toString())
                    .arg(strings.size());
            const QString text = strings.at(index.toInteger()).toString();
            const QRegularExpressionMatch m = location.match(text);
            if (!m.hasMatch())
                continue;
            const QString file = m.captured(2);
            if (file.startsWith(QLatin1String("resource:")) || file == QLatin1String("self-hosted"))
                continue;
            const std::string name = m.captured(1).toStdString();
            nameOf[size_t(f)] = m_builder.intern(name);
            std::string detail = file.toStdString();
            if (m.capturedLength(3) > 0)
                detail += ':' + m.captured(3).toStdString();
            m_builder.metadata().nameDetails.emplace_back(name, std::move(detail));
        }

        // Stacks as a tree of the kept frames: kept[i] is the nearest stack at
        // or above i whose frame is kept, up[i] the kept one above that.
        std::vector<qint64> kept(size_t(stackRows.size()), -1), up(size_t(stackRows.size()), -1);
        std::vector<NameId> frameName(size_t(stackRows.size()));
        for (qsizetype s = 0; s < stackRows.size(); ++s) {
            const QJsonArray row = stackRows.at(s).toArray();
            const QJsonValue prefix = row.at(prefixColumn), frame = row.at(frameColumn);
            qint64 above = -1;
            if (!prefix.isNull() && !prefix.isUndefined()) {
                if (!prefix.isDouble() || prefix.toInteger() < 0 || prefix.toInteger() >= s)
                    return Text::tr("%1: stackTable.data[%2]: prefix %3 is not an earlier stack")
                        .arg(where)
                        .arg(s)
                        .arg(prefix.toVariant().toString());
                above = kept[size_t(prefix.toInteger())];
            }
            if (!frame.isDouble() || frame.toInteger() < 0 || frame.toInteger() >= frameRows.size())
                return Text::tr(
                           "%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)")
                    .arg(where)
                    .arg(s)
                    .arg(frame.toVariant().toString())
                    .arg(frameRows.size());
            const NameId name = nameOf[size_t(frame.toInteger())];
            if (!name.isValid()) {
                kept[size_t(s)] = above;
            } else {
                kept[size_t(s)] = s;
                up[size_t(s)] = above;
                frameName[size_t(s)] = name;
            }
        }

        const qint32 labels = qint32(m_builder.addLabelSet(m_labels));
        // The start within 2^62 ns of the epoch (until 2116) and the samples
        // within 2^61 ns of it (73 years) keep their sums and differences, and
        // the sum of the durations counted, in a qint64.
        constexpr double maxNanos = double(qint64(1) << 61);
        if (!(std::abs(startTime * 1e6) <= 2 * maxNanos))
            return Text::tr("%1: startTime %2 is out of range").arg(where).arg(startTime);
        const qint64 base = std::llround(startTime * 1e6);
        SampleTimes &times = m_builder.metadata().sampleTimes;
        std::vector<NameId> path;
        std::vector<qint64> stacks(size_t(sampleRows.size()));
        std::vector<qint64> nanos(size_t(sampleRows.size()));
        for (qsizetype i = 0; i < sampleRows.size(); ++i) {
            const QJsonArray row = sampleRows.at(i).toArray();
            const QJsonValue stack = row.at(stackColumn), time = row.at(timeColumn);
            if (!time.isDouble())
                return Text::tr("%1: samples.data[%2] has no time").arg(where).arg(i);
            if (stack.isNull()) {
                stacks[size_t(i)] = -1; // a sample with no stack at all
            } else if (!stack.isDouble() || stack.toInteger() < 0
                       || stack.toInteger() >= stackRows.size()) {
                return Text::tr(
                           "%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)")
                    .arg(where)
                    .arg(i)
                    .arg(stack.toVariant().toString())
                    .arg(stackRows.size());
            } else {
                stacks[size_t(i)] = stack.toInteger();
            }
            // The start (ms since the epoch) apart: in one double with the sample's
            // time it would keep only about 256 ns.
            if (!(std::abs(time.toDouble() * 1e6) <= maxNanos))
                return Text::tr("%1: samples.data[%2]: time %3 is out of range")
                    .arg(where)
                    .arg(i)
                    .arg(time.toDouble());
            nanos[size_t(i)] = base + std::llround(time.toDouble() * 1e6);
        }
        qint64 totalWall = 0;
        for (size_t i = 0; i < stacks.size(); ++i) {
            const qint64 wall = m_durations.duration(nanos, i);
            // Times that go back and forth could add up past any bound.
            totalWall += wall;
            if (totalWall > qint64(1) << 62)
                return Text::tr("%1: the samples' durations add up to more than 2^62 ns")
                    .arg(where);
            path.clear();
            for (qint64 s = stacks[i] < 0 ? -1 : kept[size_t(stacks[i])]; s >= 0; s = up[size_t(s)])
                path.push_back(frameName[size_t(s)]);
            std::reverse(path.begin(), path.end());
            const qint64 values[] = {1, wall};
            m_builder.addStack(path, values, labels);
            times.timeNanos.push_back(nanos[i]);
            times.weights.push_back(wall);
            if (i % 4096 == 0 && m_progress.isCanceled())
                return {};
        }
        return {};
    }

    void setLabels(LabelIndex::LabelSet labels) { m_labels = std::move(labels); }
    const SampleDurations &durations() const { return m_durations; }

private:
    ProfileBuilder &m_builder;
    Progress &m_progress;
    LabelIndex::LabelSet m_labels;
    SampleDurations m_durations; // over every thread: one warning for all
};

// The profile's threads and those of its child processes, depth first.
QString readProfile(const QJsonObject &profile, ThreadReader &reader, const QString &where,
                    int depth)
{
    if (depth > 16)
        return Text::tr("%1: processes nest deeper than 16 levels").arg(where);
    const QJsonObject meta = profile.value(QLatin1String("meta")).toObject();
    const double startTime = meta.value(QLatin1String("startTime")).toDouble();
    const QJsonArray threads = profile.value(QLatin1String("threads")).toArray();
    for (qsizetype t = 0; t < threads.size(); ++t) {
        const QJsonObject thread = objectOf(threads.at(t));
        const QString threadWhere = QStringLiteral("%1threads[%2]").arg(where).arg(t);
        if (thread.isEmpty())
            return Text::tr("%1 is not a thread object").arg(threadWhere);
        const QString pid = thread.value(QLatin1String("pid")).toVariant().toString();
        const QString tid = thread.value(QLatin1String("tid")).toVariant().toString();
        const QString name = thread.value(QLatin1String("name")).toString();
        const QString processType = thread.value(QLatin1String("processType")).toString();
        reader.setLabels(
            {{"thread", QStringLiteral("%1 (pid %2, tid %3)").arg(name, pid, tid).toStdString()},
             {"pid", (processType.isEmpty() ? pid : processType).toStdString()}});
        const QString error = reader.read(thread, startTime, threadWhere);
        if (!error.isEmpty())
            return error;
    }
    const QJsonArray processes = profile.value(QLatin1String("processes")).toArray();
    for (qsizetype p = 0; p < processes.size(); ++p) {
        const QString error =
            readProfile(objectOf(processes.at(p)), reader,
                        QStringLiteral("%1processes[%2].").arg(where).arg(p), depth + 1);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

QString GeckoProfileImporter::formatName() const
{
    return QStringLiteral("Firefox profile");
}

bool GeckoProfileImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    // The DevTools export: its profile comes after small keys, starting with
    // the (long) list of libraries.
    for (const char *wrapped :
         {"\"profile\":{\"libs\":", "\"profile\":{\"meta\":", "\"profile\":{\"threads\":"})
        if (head.find(wrapped) != std::string_view::npos)
            return true;
    // The raw profile opens with its meta (Firefox writes it first), which
    // has the sampling interval and the stack walking flag.
    if (head.find("\"preprocessedProfileVersion\"") != std::string_view::npos)
        return true;
    return head.find("\"meta\"") != std::string_view::npos
        && head.find("\"stackwalk\"") != std::string_view::npos
        && head.find("\"interval\"") != std::string_view::npos;
}

ImportResult GeckoProfileImporter::read(InputStream &input, Progress &progress) const
{
    QJsonObject root;
    QString parseError;
    if (!JsonImport::parseObject(input, formatName(), &root, &parseError))
        return ImportResult::failure(parseError);
    auto fail = [&](const QString &why) {
        return ImportResult::failure(
            QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), why));
    };
    const bool wrapped = root.value(QLatin1String("profile")).isObject();
    const QJsonObject profile = wrapped ? root.value(QLatin1String("profile")).toObject() : root;
    const QJsonObject meta = profile.value(QLatin1String("meta")).toObject();
    if (meta.contains(QLatin1String("preprocessedProfileVersion")))
        return GeckoProcessedProfile::read(profile, input.source(), formatName(), progress);
    if (!profile.value(QLatin1String("threads")).isArray())
        return fail(wrapped ? Text::tr("expected a \"threads\" array in \"profile\"")
                            : Text::tr("expected a \"threads\" array"));
    progress.report(0.3);

    ProfileBuilder builder({{"samples", "count"}, {"wall", "nanoseconds"}});
    builder.setDefaultSampleType(1);
    ThreadReader reader(builder, progress);
    const QString error =
        readProfile(profile, reader, wrapped ? QStringLiteral("profile.") : QString(), 0);
    if (progress.isCanceled())
        return ImportResult::cancellation();
    if (!error.isEmpty())
        return fail(error);
    ProfileMetadata &meta0 = builder.metadata();
    if (builder.stackCount() == 0)
        return fail(Text::tr("no samples in any thread"));
    reader.durations().warn(meta0);
    if (meta.value(QLatin1String("startTime")).isDouble())
        meta0.timeNanos = FileNumber::rounded(
            meta.value(QLatin1String("startTime")).toDouble() * 1e6, FileNumber::maxTime);
    ChromeCpuProfileImporter::finishMetadata(meta0);
    meta0.source = input.source().toStdString();
    meta0.format = formatName().toStdString();
    return ImportResult::built(builder, progress);
}
