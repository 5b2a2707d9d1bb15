#include "chrometraceimporter.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace {
// lupdate files Text::tr("...") under ChromeTraceImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChromeTraceImporter)
};


// Trace files write numbers, and sometimes numbers in strings ("ts": "1155").
double number(const QJsonValue &v, double fallback = 0)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? d : fallback;
    }
    return fallback;
}

QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    // A number past qint64 (or not finite) has no integer to print, and
    // converting it to one would be undefined.
    const double d = number(v, -1);
    if (d > -9.2e18 && d < 9.2e18)
        return QString::number(qint64(d));
    return QString::number(d);
}

using ThreadKey = std::pair<QString, QString>; // pid, tid

class Threads
{
public:
    explicit Threads(const QJsonArray &events)
    {
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("ph")).toString() != QLatin1String("M"))
                continue;
            const QString name = e.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            const QString what = e.value(QLatin1String("name")).toString();
            if (what == QLatin1String("process_name"))
                m_processNames[idString(e.value(QLatin1String("pid")))] = name;
            else if (what == QLatin1String("thread_name"))
                m_threadNames[{idString(e.value(QLatin1String("pid"))), idString(e.value(QLatin1String("tid")))}] = name;
        }
    }

    qint32 labelSet(ProfileBuilder &builder, const ThreadKey &key)
    {
        const auto found = m_labelSets.find(key);
        if (found != m_labelSets.end())
            return found->second;
        const auto thread = m_threadNames.find(key);
        const QString ids = QStringLiteral("pid %1, tid %2").arg(key.first, key.second);
        const QString threadLabel = thread == m_threadNames.end() ? ids : QStringLiteral("%1 (%2)").arg(thread->second, ids);
        const auto process = m_processNames.find(key.first);
        const QString pidLabel = process == m_processNames.end() ? key.first : process->second;
        const qint32 id = qint32(builder.addLabelSet({{"thread", threadLabel.toStdString()}, {"pid", pidLabel.toStdString()}}));
        m_labelSets.emplace(key, id);
        return id;
    }

private:
    std::map<QString, QString> m_processNames;
    std::map<ThreadKey, QString> m_threadNames;
    std::map<ThreadKey, qint32> m_labelSets;
};

ThreadKey threadOf(const QJsonObject &e)
{
    return {idString(e.value(QLatin1String("pid"))), idString(e.value(QLatin1String("tid")))};
}

// what: a QT_TRANSLATE_NOOP text whose %1 is the count.
void warn(ProfileMetadata &meta, qint64 count, const char *what)
{
    if (count > 0)
        meta.warnings.push_back(Text::tr(what).arg(count).toStdString());
}

// 1. Profile/ProfileChunk/CpuProfile events, as .cpuprofile objects.
bool hasCpuProfiles(const QJsonArray &events)
{
    for (const QJsonValue &v : events) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        if (name == QLatin1String("ProfileChunk") || name == QLatin1String("CpuProfile"))
            return true;
    }
    return false;
}

QString importCpuProfiles(const QJsonArray &unsorted, ProfileBuilder &builder, Threads &threads)
{
    std::vector<QJsonObject> events;
    for (const QJsonValue &v : unsorted)
        events.push_back(v.toObject());
    std::stable_sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return number(a.value(QLatin1String("ts"))) < number(b.value(QLatin1String("ts")));
    });
    struct Assembled
    {
        ThreadKey thread;
        QJsonObject profile;
        QJsonArray nodes, samples, timeDeltas;
    };
    std::vector<Assembled> profiles;
    std::map<std::pair<QString, QString>, size_t> byId; // (pid, id) -> index
    qint64 orphanChunks = 0;
    for (const QJsonObject &e : events) {
        const QString name = e.value(QLatin1String("name")).toString();
        const QJsonObject data = e.value(QLatin1String("args")).toObject().value(QLatin1String("data")).toObject();
        const std::pair<QString, QString> id{idString(e.value(QLatin1String("pid"))), idString(e.value(QLatin1String("id")))};
        if (name == QLatin1String("CpuProfile")) {
            QJsonObject profile = data.value(QLatin1String("cpuProfile")).toObject();
            if (!profile.contains(QLatin1String("timeDeltas")) && data.contains(QLatin1String("timeDeltas")))
                profile.insert(QLatin1String("timeDeltas"), data.value(QLatin1String("timeDeltas")));
            profiles.push_back({threadOf(e), profile, {}, {}, {}});
            continue;
        }
        if (name == QLatin1String("Profile")) {
            byId[id] = profiles.size();
            profiles.push_back({threadOf(e), data, {}, {}, {}});
            continue;
        }
        if (name != QLatin1String("ProfileChunk"))
            continue;
        const auto it = byId.find(id);
        if (it == byId.end()) {
            ++orphanChunks;
            continue;
        }
        Assembled &p = profiles[it->second];
        const QJsonObject cpuProfile = data.value(QLatin1String("cpuProfile")).toObject();
        for (const QJsonValue &n : cpuProfile.value(QLatin1String("nodes")).toArray())
            p.nodes.append(n);
        for (const QJsonValue &s : cpuProfile.value(QLatin1String("samples")).toArray())
            p.samples.append(s);
        for (const QJsonValue &d : data.value(QLatin1String("timeDeltas")).toArray())
            p.timeDeltas.append(d);
        for (const char *key : {"startTime", "endTime"})
            if (data.contains(QLatin1String(key)))
                p.profile.insert(QLatin1String(key), data.value(QLatin1String(key)));
    }
    warn(builder.metadata(), orphanChunks,
         QT_TRANSLATE_NOOP("ChromeTraceImporter",
                           "%1 ProfileChunk events without their Profile event were skipped"));
    for (size_t i = 0; i < profiles.size(); ++i) {
        Assembled &p = profiles[i];
        if (!p.profile.contains(QLatin1String("nodes"))) {
            p.profile.insert(QLatin1String("nodes"), p.nodes);
            p.profile.insert(QLatin1String("samples"), p.samples);
            p.profile.insert(QLatin1String("timeDeltas"), p.timeDeltas);
        }
        if (p.profile.value(QLatin1String("nodes")).toArray().isEmpty())
            continue; // a Profile event whose chunks never came
        const QString error = ChromeCpuProfileImporter::addProfile(p.profile, builder, threads.labelSet(builder, p.thread));
        if (!error.isEmpty())
            return Text::tr("CPU profile %1 (pid %2, tid %3): %4")
                .arg(i)
                .arg(p.thread.first, p.thread.second, error);
    }
    ChromeCpuProfileImporter::finishMetadata(builder.metadata());
    return {};
}

// 2. Top-level samples with stackFrames.
QString importStackFrameSamples(const QJsonObject &root, ProfileBuilder &builder, Threads &threads)
{
    const QJsonObject frames = root.value(QLatin1String("stackFrames")).toObject();
    std::map<QString, std::vector<NameId>> pathOf; // frame id -> root-first names
    std::vector<NameId> path;
    auto resolve = [&](const QString &id) -> const std::vector<NameId> * {
        const auto cached = pathOf.find(id);
        if (cached != pathOf.end())
            return &cached->second;
        path.clear();
        QString at = id;
        while (!at.isEmpty()) {
            if (path.size() > size_t(frames.size()))
                return nullptr; // a cycle
            const QJsonValue frame = frames.value(at);
            if (!frame.isObject())
                return nullptr;
            const QString name = frame.toObject().value(QLatin1String("name")).toString();
            path.push_back(builder.intern(name.isEmpty() ? std::string("(unnamed)") : name.toStdString()));
            const QJsonValue parent = frame.toObject().value(QLatin1String("parent"));
            at = parent.isUndefined() || parent.isNull() ? QString() : idString(parent);
        }
        std::reverse(path.begin(), path.end());
        return &pathOf.emplace(id, path).first->second;
    };
    const QJsonArray samples = root.value(QLatin1String("samples")).toArray();
    SampleTimes &times = builder.metadata().sampleTimes;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject s = samples.at(i).toObject();
        const QString sf = idString(s.value(QLatin1String("sf")));
        const std::vector<NameId> *stack = resolve(sf);
        if (!stack)
            return Text::tr("sample %1 refers to stack frame %2, which is missing or in a cycle")
                .arg(i)
                .arg(sf);
        const qint64 weight =
            FileNumber::rounded(number(s.value(QLatin1String("weight")), 1), qint64(1) << 53);
        builder.addStack(*stack, std::span<const qint64>(&weight, 1), threads.labelSet(builder, threadOf(s)));
        times.timeNanos.push_back(
            FileNumber::rounded(number(s.value(QLatin1String("ts"))) * 1000, qint64(1) << 60));
        times.weights.push_back(weight);
    }
    ChromeCpuProfileImporter::finishMetadata(builder.metadata()); // sorts the sample times
    return {};
}

// 3. B/E/X duration events.
struct Interval
{
    double start = 0, end = 0; // microseconds
    qsizetype order = 0; // file order breaks ties: the earlier event is the parent
    QString name;
};

class DurationEvents
{
public:
    DurationEvents(ProfileBuilder &builder, Threads &threads, double scale)
        : m_builder(builder)
        , m_threads(threads)
        , m_scale(scale)
    {}

    void addThread(const ThreadKey &thread, std::vector<std::pair<QJsonObject, qsizetype>> &events)
    {
        std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
            return number(a.first.value(QLatin1String("ts"))) < number(b.first.value(QLatin1String("ts")));
        });
        std::vector<Interval> intervals;
        std::vector<Interval> open;
        double last = 0;
        for (const auto &[e, order] : events) {
            const QString ph = e.value(QLatin1String("ph")).toString();
            const double ts = number(e.value(QLatin1String("ts")));
            QString name = e.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                name = QStringLiteral("(unnamed)");
            last = std::max(last, ts);
            if (ph == QLatin1String("X")) {
                const QJsonValue dur = e.contains(QLatin1String("dur")) ? e.value(QLatin1String("dur")) : e.value(QLatin1String("tdur"));
                if (dur.isUndefined()) {
                    ++m_noDuration;
                    continue;
                }
                const double end = ts + std::max(0.0, number(dur));
                last = std::max(last, end);
                intervals.push_back({ts, end, order, name});
            } else if (ph == QLatin1String("B")) {
                open.push_back({ts, ts, order, name});
            } else if (ph == QLatin1String("E")) {
                const bool named = e.contains(QLatin1String("name"));
                auto match = open.end();
                if (!named && !open.empty())
                    match = open.end() - 1;
                for (auto it = open.rbegin(); named && it != open.rend(); ++it)
                    if (it->name == name) {
                        match = std::prev(it.base());
                        break;
                    }
                if (match == open.end()) {
                    ++m_unmatchedEnds;
                    continue;
                }
                if (match != open.end() - 1)
                    m_closedAbove += open.end() - 1 - match;
                for (auto it = match; it != open.end(); ++it) {
                    it->end = ts;
                    intervals.push_back(*it);
                }
                open.erase(match, open.end());
            }
        }
        m_neverClosed += qint64(open.size());
        for (Interval &i : open) {
            i.end = last;
            intervals.push_back(i);
        }
        nest(thread, intervals);
    }

    void finish()
    {
        ProfileMetadata &meta = m_builder.metadata();
        warn(meta, m_noDuration,
             QT_TRANSLATE_NOOP("ChromeTraceImporter",
                               "%1 X events without dur or tdur were skipped"));
        warn(meta, m_unmatchedEnds,
             QT_TRANSLATE_NOOP("ChromeTraceImporter",
                               "%1 E events matched no open B event and were ignored"));
        warn(meta, m_closedAbove,
             QT_TRANSLATE_NOOP("ChromeTraceImporter",
                               "%1 B events were closed by the E event of an enclosing frame"));
        warn(meta, m_neverClosed,
             QT_TRANSLATE_NOOP(
                 "ChromeTraceImporter",
                 "%1 B events were never closed and end at their thread's last timestamp"));
        warn(meta, m_cut,
             QT_TRANSLATE_NOOP("ChromeTraceImporter",
                               "%1 events overlapped the end of their parent and were cut there"));
    }

private:
    // Clamped to 2^60 either side (NaN to the lower end): llround() of a larger
    // value is undefined, and the nesting subtracts any two of them.
    qint64 scaled(double micros) const
    {
        return FileNumber::rounded(micros * m_scale, qint64(1) << 60);
    }

    void nest(const ThreadKey &thread, std::vector<Interval> &intervals)
    {
        std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) {
            if (a.start != b.start)
                return a.start < b.start;
            if (a.end != b.end)
                return a.end > b.end;
            return a.order < b.order;
        });
        const qint32 labelSet = m_threads.labelSet(m_builder, thread);
        struct Open
        {
            qint64 start, end, self;
        };
        std::vector<Open> stack;
        std::vector<NameId> path;
        auto pop = [&] {
            const qint64 self = stack.back().self;
            m_builder.addStack(path, std::span<const qint64>(&self, 1), labelSet);
            stack.pop_back();
            path.pop_back();
        };
        for (const Interval &i : intervals) {
            qint64 start = scaled(i.start), end = scaled(i.end);
            while (!stack.empty() && stack.back().end <= start)
                pop();
            if (!stack.empty() && end > stack.back().end) {
                ++m_cut;
                end = stack.back().end;
            }
            if (!stack.empty())
                stack.back().self -= end - start;
            stack.push_back({start, end, end - start});
            path.push_back(m_builder.intern(i.name.toStdString()));
        }
        while (!stack.empty())
            pop();
    }

    ProfileBuilder &m_builder;
    Threads &m_threads;
    double m_scale;
    qint64 m_noDuration = 0, m_unmatchedEnds = 0, m_closedAbove = 0, m_neverClosed = 0, m_cut = 0;
};

bool allWhole(const QJsonArray &events)
{
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        for (const char *key : {"ts", "dur", "tdur"}) {
            const double d = number(e.value(QLatin1String(key)));
            if (d != std::floor(d))
                return false;
        }
    }
    return true;
}

} // namespace

QString ChromeTraceImporter::formatName() const
{
    return QStringLiteral("Chrome trace");
}

bool ChromeTraceImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos)
        return false;
    if (head[start] == '{')
        return head.find("\"traceEvents\"") != std::string_view::npos;
    return head[start] == '[' && head.find("\"ph\"") != std::string_view::npos;
}

ImportResult ChromeTraceImporter::read(InputStream &input, Progress &progress) const
{
    QJsonDocument document;
    QString parseError;
    if (!JsonImport::parse(input, formatName(), &document, &parseError, JsonImport::Unclosed::CloseArray))
        return ImportResult::failure(parseError);
    auto fail = [&](const QString &why) {
        return ImportResult::failure(QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), why));
    };
    const QJsonObject root = document.object();
    const QJsonArray events = document.isArray() ? document.array() : root.value(QLatin1String("traceEvents")).toArray();
    if (!document.isArray() && !root.value(QLatin1String("traceEvents")).isArray())
        return fail(Text::tr("expected an array of events or an object with \"traceEvents\""));
    progress.report(0.3);
    Threads threads(events);

    std::unique_ptr<ProfileBuilder> builder;
    QString error;
    if (hasCpuProfiles(events)) {
        builder = std::make_unique<ProfileBuilder>(ChromeCpuProfileImporter::sampleTypes());
        builder->setDefaultSampleType(1);
        error = importCpuProfiles(events, *builder, threads);
    } else if (root.value(QLatin1String("samples")).isArray() && root.value(QLatin1String("stackFrames")).isObject()) {
        builder = std::make_unique<ProfileBuilder>(std::vector<SampleType>{{"samples", "count"}});
        error = importStackFrameSamples(root, *builder, threads);
    } else {
        const bool whole = allWhole(events);
        builder = std::make_unique<ProfileBuilder>(
            std::vector<SampleType>{{"wall", whole ? "microseconds" : "nanoseconds"}});
        DurationEvents durations(*builder, threads, whole ? 1.0 : 1000.0);
        std::map<ThreadKey, std::vector<std::pair<QJsonObject, qsizetype>>> perThread;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            const QString ph = e.value(QLatin1String("ph")).toString();
            if (ph == QLatin1String("B") || ph == QLatin1String("E") || ph == QLatin1String("X"))
                perThread[threadOf(e)].emplace_back(e, i);
        }
        if (perThread.empty())
            return fail(Text::tr("no B/E/X events, CPU profile or samples to show"));
        for (auto &[thread, list] : perThread) {
            durations.addThread(thread, list);
            if (progress.isCanceled())
                return ImportResult::cancellation();
        }
        durations.finish();
    }
    if (!error.isEmpty())
        return fail(error);
    ProfileMetadata &meta = builder->metadata();
    meta.source = input.source().toStdString();
    meta.format = "Chrome trace";
    return ImportResult::built(*builder, progress);
}
