#include "geckoprocessedprofile.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "sampledurations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {
// lupdate files Text::tr("...") under GeckoProcessedProfile.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GeckoProcessedProfile)
};


bool isIndex(const QJsonValue &value, qsizetype size)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() < double(size)
        && value.toDouble() == std::floor(value.toDouble());
}

class ThreadReader
{
public:
    ThreadReader(ProfileBuilder &builder, Progress &progress, bool bytes)
        : m_builder(builder), m_progress(progress), m_bytes(bytes)
    { }

    // Empty when the thread was read, else what was wrong and where.
    QString read(const QJsonObject &thread, const QJsonObject &shared, double startTime,
                 const QString &where)
    {
        QJsonArray strings = thread.value(QLatin1String("stringArray")).toArray();
        if (strings.isEmpty())
            strings = thread.value(QLatin1String("stringTable")).toArray();
        if (strings.isEmpty())
            strings = shared.value(QLatin1String("stringArray")).toArray();
        const QJsonObject samples = thread.value(QLatin1String("samples")).toObject();
        // The thread's tables, or the ones all threads share.
        const bool own = thread.value(QLatin1String("stackTable")).isObject();
        const QJsonObject &tables = own ? thread : shared;
        const QString tablesWhere = own ? where : QStringLiteral("shared");
        const QJsonObject stackTable = tables.value(QLatin1String("stackTable")).toObject();
        const QJsonObject frameTable = tables.value(QLatin1String("frameTable")).toObject();
        const QJsonObject funcTable = tables.value(QLatin1String("funcTable")).toObject();
        const QJsonArray sampleStacks = samples.value(QLatin1String("stack")).toArray();
        const QJsonArray times = samples.value(QLatin1String("time")).toArray();
        const QJsonArray deltas = samples.value(QLatin1String("timeDeltas")).toArray();
        const QJsonArray weights = samples.value(QLatin1String("weight")).toArray();
        const bool offsets = !stackTable.contains(QLatin1String("prefix"))
            && stackTable.contains(QLatin1String("prefixOffset"));
        const QJsonArray prefixes =
            stackTable.value(QLatin1String(offsets ? "prefixOffset" : "prefix")).toArray();
        const QJsonArray stackFrames = stackTable.value(QLatin1String("frame")).toArray();
        const QJsonArray frameFuncs = frameTable.value(QLatin1String("func")).toArray();
        const QJsonArray funcNames = funcTable.value(QLatin1String("name")).toArray();
        const QJsonArray funcFiles = funcTable.value(QLatin1String("fileName")).toArray();
        const QJsonArray funcSources = funcTable.value(QLatin1String("source")).toArray();
        const QJsonArray sourceFiles = shared.value(QLatin1String("sources"))
                                           .toObject()
                                           .value(QLatin1String("filename"))
                                           .toArray();
        const QJsonArray funcLines = funcTable.value(QLatin1String("lineNumber")).toArray();
        if (prefixes.size() != stackFrames.size())
            return Text::tr("%1.stackTable: %2 prefixes for %3 frames")
                .arg(tablesWhere)
                .arg(prefixes.size())
                .arg(stackFrames.size());
        const bool useDeltas = times.isEmpty() && !deltas.isEmpty();
        if ((useDeltas ? deltas : times).size() != sampleStacks.size())
            return Text::tr("%1.samples: %2 stacks but %3 %4")
                .arg(where)
                .arg(sampleStacks.size())
                .arg((useDeltas ? deltas : times).size())
                .arg(useDeltas ? QStringLiteral("timeDeltas") : QStringLiteral("times"));
        if (!weights.isEmpty() && weights.size() != sampleStacks.size())
            return Text::tr("%1.samples: %2 stacks but %3 weights")
                .arg(where)
                .arg(sampleStacks.size())
                .arg(weights.size());
        const QString weightType = samples.value(QLatin1String("weightType")).toString();

        // Each function's name, interned once.
        std::vector<NameId> funcName(size_t(funcNames.size()));
        for (qsizetype f = 0; f < funcNames.size(); ++f) {
            const QJsonValue index = funcNames.at(f);
            if (!isIndex(index, strings.size()))
                return Text::tr("%1.funcTable.name[%2]: %3 is not in the string array "
                                "(%4 strings)")
                    .arg(tablesWhere)
                    .arg(f)
                    .arg(index.toVariant().toString())
                    .arg(strings.size());
            const std::string name = strings.at(index.toInteger()).toString().toStdString();
            funcName[size_t(f)] = m_builder.intern(name);
            // fileName until version 58, then a source whose filename it is.
            QJsonValue file = funcFiles.at(f);
            if (isIndex(funcSources.at(f), sourceFiles.size()))
                file = sourceFiles.at(funcSources.at(f).toInteger());
            if (isIndex(file, strings.size())) {
                std::string detail = strings.at(file.toInteger()).toString().toStdString();
                if (funcLines.at(f).isDouble())
                    detail += ':' + std::to_string(funcLines.at(f).toInteger());
                m_builder.metadata().nameDetails.emplace_back(name, std::move(detail));
            }
        }
        std::vector<NameId> stackName(size_t(stackFrames.size()));
        std::vector<qint64> parent(size_t(stackFrames.size()), -1);
        for (qsizetype s = 0; s < stackFrames.size(); ++s) {
            QJsonValue prefix = prefixes.at(s);
            const QJsonValue frame = stackFrames.at(s);
            if (offsets) {
                // How far back the prefix is; 0 for a root.
                if (!isIndex(prefix, s + 1))
                    return Text::tr("%1.stackTable.prefixOffset[%2]: %3 reaches before the "
                                    "first stack")
                        .arg(tablesWhere)
                        .arg(s)
                        .arg(prefix.toVariant().toString());
                prefix =
                    prefix.toInteger() == 0 ? QJsonValue() : QJsonValue(s - prefix.toInteger());
            }
            if (!prefix.isNull()) {
                if (!isIndex(prefix, s))
                    return Text::tr("%1.stackTable.prefix[%2]: %3 is not an earlier stack")
                        .arg(tablesWhere)
                        .arg(s)
                        .arg(prefix.toVariant().toString());
                parent[size_t(s)] = prefix.toInteger();
            }
            if (!isIndex(frame, frameFuncs.size()))
                return Text::tr("%1.stackTable.frame[%2]: %3 is not in the frameTable "
                                "(%4 frames)")
                    .arg(tablesWhere)
                    .arg(s)
                    .arg(frame.toVariant().toString())
                    .arg(frameFuncs.size());
            const QJsonValue func = frameFuncs.at(frame.toInteger());
            if (!isIndex(func, funcNames.size()))
                return Text::tr("%1.frameTable.func[%2]: %3 is not in the funcTable "
                                "(%4 functions)")
                    .arg(tablesWhere)
                    .arg(frame.toInteger())
                    .arg(func.toVariant().toString())
                    .arg(funcNames.size());
            stackName[size_t(s)] = funcName[size_t(func.toInteger())];
        }

        const qint32 labels = qint32(m_builder.addLabelSet(m_labels));
        const qint64 base = FileNumber::rounded(startTime * 1e6, FileNumber::maxTime);
        std::vector<qint64> nanos(size_t(sampleStacks.size()));
        double time = 0;
        for (qsizetype i = 0; i < sampleStacks.size(); ++i) {
            const QJsonValue t = (useDeltas ? deltas : times).at(i);
            if (!t.isDouble())
                return Text::tr("%1.samples.%2[%3] is not a number")
                    .arg(where, useDeltas ? QStringLiteral("timeDeltas") : QStringLiteral("time"))
                    .arg(i);
            time = useDeltas ? time + t.toDouble() : t.toDouble();
            nanos[size_t(i)] = FileNumber::clamped(
                FileNumber::Wide(base) + FileNumber::rounded(time * 1e6, FileNumber::maxTime),
                FileNumber::maxTime);
        }
        SampleTimes &sampleTimes = m_builder.metadata().sampleTimes;
        std::vector<NameId> path;
        for (qsizetype i = 0; i < sampleStacks.size(); ++i) {
            const QJsonValue stack = sampleStacks.at(i);
            path.clear();
            if (!stack.isNull()) {
                if (!isIndex(stack, stackFrames.size()))
                    return Text::tr("%1.samples.stack[%2]: %3 is not in the stackTable "
                                    "(%4 stacks)")
                        .arg(where)
                        .arg(i)
                        .arg(stack.toVariant().toString())
                        .arg(stackFrames.size());
                for (qint64 s = stack.toInteger(); s >= 0; s = parent[size_t(s)])
                    path.push_back(stackName[size_t(s)]);
                std::reverse(path.begin(), path.end());
            }
            const QJsonValue weightValue = weights.isEmpty() ? QJsonValue(1) : weights.at(i);
            if (!weightValue.isDouble() && !weightValue.isNull())
                return Text::tr("%1.samples.weight[%2] is not a number").arg(where).arg(i);
            const double weight = weightValue.isNull() ? 1 : weightValue.toDouble();
            qint64 count = 1, wall = 0, bytes = 0;
            if (weightType == QLatin1String("tracing-ms")) {
                wall = FileNumber::rounded(weight * 1e6, FileNumber::maxValue);
            } else {
                wall = m_durations.duration(nanos, size_t(i));
                if (weightType == QLatin1String("bytes"))
                    bytes = FileNumber::rounded(weight, FileNumber::maxValue);
                else
                    count = FileNumber::rounded(weight, FileNumber::maxValue);
            }
            const qint64 values[] = {count, wall, bytes};
            m_builder.addStack(path, std::span<const qint64>(values, m_bytes ? 3 : 2), labels);
            sampleTimes.timeNanos.push_back(nanos[size_t(i)]);
            sampleTimes.weights.push_back(wall);
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
    bool m_bytes;
    LabelIndex::LabelSet m_labels;
    SampleDurations m_durations; // over every thread: one warning for all
};

} // namespace

ImportResult GeckoProcessedProfile::read(const QJsonObject &profile, const QString &source,
                                         const QString &formatName, Progress &progress)
{
    const QJsonObject meta = profile.value(QLatin1String("meta")).toObject();
    const int version = meta.value(QLatin1String("preprocessedProfileVersion")).toInt();
    auto fail = [&](const QString &why) {
        return ImportResult::failure(Text::tr("%1: %2 (processed, version %3): %4")
                                         .arg(source, formatName)
                                         .arg(version)
                                         .arg(why));
    };
    if (!profile.value(QLatin1String("threads")).isArray())
        return fail(Text::tr("expected a \"threads\" array"));
    const QJsonArray threads = profile.value(QLatin1String("threads")).toArray();
    bool bytes = false;
    for (const QJsonValue &thread : threads)
        bytes = bytes
            || thread.toObject()
                    .value(QLatin1String("samples"))
                    .toObject()
                    .value(QLatin1String("weightType"))
                    .toString()
                == QLatin1String("bytes");
    std::vector<SampleType> types{{"samples", "count"}, {"wall", "nanoseconds"}};
    if (bytes)
        types.push_back({"bytes", "bytes"});
    ProfileBuilder builder(types);
    builder.setDefaultSampleType(1);
    ThreadReader reader(builder, progress, bytes);
    const QJsonObject shared = profile.value(QLatin1String("shared")).toObject();
    const double startTime = meta.value(QLatin1String("startTime")).toDouble();
    for (qsizetype t = 0; t < threads.size(); ++t) {
        const QJsonObject thread = threads.at(t).toObject();
        const QString where = QStringLiteral("threads[%1]").arg(t);
        if (thread.isEmpty())
            return fail(Text::tr("%1 is not a thread object").arg(where));
        const QString pid = thread.value(QLatin1String("pid")).toVariant().toString();
        const QString tid = thread.value(QLatin1String("tid")).toVariant().toString();
        const QString name = thread.value(QLatin1String("name")).toString();
        const QString processType = thread.value(QLatin1String("processType")).toString();
        reader.setLabels(
            {{"pid", (processType.isEmpty() ? pid : processType).toStdString()},
             {"thread", QStringLiteral("%1 (pid %2, tid %3)").arg(name, pid, tid).toStdString()}});
        const QString error = reader.read(thread, shared, startTime, where);
        if (progress.isCanceled())
            return ImportResult::cancellation();
        if (!error.isEmpty())
            return fail(error);
    }
    if (builder.stackCount() == 0)
        return fail(Text::tr("no samples in any thread"));
    ProfileMetadata &out = builder.metadata();
    reader.durations().warn(out);
    if (meta.value(QLatin1String("startTime")).isDouble())
        out.timeNanos = FileNumber::rounded(startTime * 1e6, FileNumber::maxTime);
    ChromeCpuProfileImporter::finishMetadata(out);
    out.source = source.toStdString();
    out.format = formatName.toStdString();
    return ImportResult::built(builder, progress);
}
