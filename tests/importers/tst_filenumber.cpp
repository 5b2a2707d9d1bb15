#include "tests/support/testregistry.h"

#include "importers/filenumber.h"
#include "importers/flamebearerimporter.h"
#include "importers/geckoprofileimporter.h"
#include "importers/ghcprofimporter.h"
#include "importers/safaritimelineimporter.h"
#include "importers/speedscopeimporter.h"
#include "importers/v8proflogimporter.h"
#include "model/profile.h"

#include "importertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QJsonObject readJson(const char *relative)
{
    return QJsonDocument::fromJson(testutil::readFile(testutil::corpus(relative))).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 latestSample(const ImportResult &result)
{
    const std::vector<qint64> &times = result.profile->metadata().sampleTimes.timeNanos;
    return times.empty() ? 0 : *std::max_element(times.begin(), times.end());
}

} // namespace

// FileNumber, and the importers that make a file's doubles and products
// qint64 through it: a time past the clamp is the clamp, not llround()'s
// unspecified INT64_MIN; a value past it is refused by the sum limit.
class tst_FileNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rounded()
    {
        const qint64 limit = qint64(1) << 60;
        QCOMPARE(FileNumber::rounded(2.5, limit), qint64(3));
        QCOMPARE(FileNumber::rounded(-2.5, limit), qint64(-3));
        QCOMPARE(FileNumber::rounded(1e300, limit), limit);
        QCOMPARE(FileNumber::rounded(-1e300, limit), -limit);
        QCOMPARE(FileNumber::rounded(std::numeric_limits<double>::infinity(), limit), limit);
        QCOMPARE(FileNumber::rounded(std::nan(""), limit), -limit);
        QCOMPARE(FileNumber::rounded(double(limit), limit), limit);
    }

    void clamped()
    {
        const qint64 limit = FileNumber::maxTime;
        QCOMPARE(FileNumber::clamped(FileNumber::Wide(limit) + 1, limit), limit);
        QCOMPARE(FileNumber::clamped(-FileNumber::Wide(limit) - 1, limit), -limit);
        QCOMPARE(
            FileNumber::clamped(FileNumber::Wide(std::numeric_limits<qint64>::max()) * 4, limit),
            limit);
        QCOMPARE(FileNumber::clamped(-7, limit), qint64(-7));
        // Any two clamped times have a difference a qint64 holds.
        QVERIFY(FileNumber::Wide(FileNumber::maxTime) * 2 <= std::numeric_limits<qint64>::max());
    }

    void geckoSampleTimePastQint64IsTheClamp()
    {
        QJsonObject root = readJson("firefox/processed-17a.json");
        QJsonArray threads = root.value(QLatin1String("threads")).toArray();
        QJsonObject thread = threads.at(0).toObject();
        QJsonObject samples = thread.value(QLatin1String("samples")).toObject();
        QJsonArray time = samples.value(QLatin1String("time")).toArray();
        time.replace(time.size() - 1, 1e300);
        samples.insert(QLatin1String("time"), time);
        thread.insert(QLatin1String("samples"), samples);
        threads.replace(0, thread);
        root.insert(QLatin1String("threads"), threads);
        const ImportResult result =
            testutil::importBytes(GeckoProfileImporter(), toBytes(root), QStringLiteral("x.json"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(latestSample(result), FileNumber::maxTime);
    }

    void safariTimestampPastQint64IsTheClamp()
    {
        QJsonObject root = readJson("safari/simple.html-recording.json");
        QJsonObject recording = root.value(QLatin1String("recording")).toObject();
        QJsonArray traces = recording.value(QLatin1String("sampleStackTraces")).toArray();
        QJsonObject last = traces.last().toObject();
        last.insert(QLatin1String("timestamp"), 1e300);
        traces.replace(traces.size() - 1, last);
        recording.insert(QLatin1String("sampleStackTraces"), traces);
        root.insert(QLatin1String("recording"), recording);
        const ImportResult result = testutil::importBytes(SafariTimelineImporter(), toBytes(root),
                                                          QStringLiteral("x.json"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(latestSample(result), FileNumber::maxTime);
    }

    void speedscopeWeightPastQint64IsRefused()
    {
        QJsonObject root = readJson("speedscope/simple-sampled.speedscope.json");
        QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
        QJsonObject profile = profiles.at(0).toObject();
        QJsonArray weights = profile.value(QLatin1String("weights")).toArray();
        weights.replace(0, 1e19); // past qint64, where llround() gave INT64_MIN
        profile.insert(QLatin1String("weights"), weights);
        profiles.replace(0, profile);
        root.insert(QLatin1String("profiles"), profiles);
        const ImportResult result =
            testutil::importBytes(SpeedscopeImporter(), toBytes(root), QStringLiteral("x.json"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("add up past")), qPrintable(result.error));
    }

    // A tick's "tm" (microseconds, a double) past qint64 (found by the v8proflog
    // fuzz target): the conversion was undefined, its nanoseconds overflowed.
    void v8TickTimePastQint64IsTheClamp()
    {
        const QByteArray log = R"({"code":[{"name":"main","type":"JS"}],)"
                               R"("ticks":[{"tm":1,"s":[0,0]},{"tm":1e300,"s":[0,0]}]})";
        const ImportResult result =
            testutil::importBytes(V8ProfLogImporter(), log, QStringLiteral("x.json"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(latestSample(result), FileNumber::maxTime / 1000 * 1000);
    }

    // Flamebearer's startTime is in seconds (found by the flamebearer target).
    void flamebearerStartPastQint64NanosecondsIsTheClamp()
    {
        const QByteArray json = R"({"version":1,"flamebearer":{"names":["total","main"],)"
                                R"("levels":[[0,2,0,0],[0,2,2,1]],"numTicks":2,"maxSelf":2},)"
                                R"("metadata":{"format":"single","startTime":15159000300,)"
                                R"("endTime":15159000310}})";
        const ImportResult result =
            testutil::importBytes(FlamebearerImporter(), json, QStringLiteral("x.json"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.profile->metadata().timeNanos, FileNumber::maxTime);
        QCOMPARE(result.profile->metadata().durationNanos, qint64(10'000'000'000));
    }

    // ticks times the tick's nanoseconds: a signed overflow before FileNumber.
    void ghcTicksTimesIntervalPastQint64IsRefused()
    {
        QByteArray text = testutil::readFile(testutil::corpus("haskell/simple.prof"));
        QVERIFY(text.contains("\"tick_interval\": 1000,"));
        text.replace("\"tick_interval\": 1000,", "\"tick_interval\": 1e15,");
        const ImportResult result =
            testutil::importBytes(GhcProfImporter(), text, QStringLiteral("x.prof"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("add up past")), qPrintable(result.error));
    }
};

PYROGRAPH_TEST_MAIN(tst_FileNumber)
#include "tst_filenumber.moc"
