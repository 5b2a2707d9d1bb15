#include "tests/support/testregistry.h"

#include "importers/profilereader.h"
#include "importers/safaritimelineimporter.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "speedscopesnapshot.h"

#include <QTest>

#include <cmath>

namespace {

const QString sample = QStringLiteral(PYROGRAPH_CORPUS_DIR "/safari/simple.html-recording.json");

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(SafariTimelineImporter(), bytes, QStringLiteral("recording.json"));
}

// speedscope's weights are seconds as doubles; ours are nanoseconds rounded
// per sample, so a sum may differ by up to a nanosecond per sample in it.
bool near(qint64 nanos, double seconds, qint64 samples)
{
    return std::llabs(nanos - std::llround(seconds * 1e9)) <= samples;
}

} // namespace

// Safari timeline recordings, checked against speedscope's importer
// (src/import/__snapshots__/safari.test.ts.snap, for the same file).
class tst_SafariTimelineImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesSpeedscope()
    {
        const ImportResult r = ProfileReader().readFile(sample, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("Safari timeline"));
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{{"samples", "count"}, {"wall", "nanoseconds"}}));
        QCOMPARE(p.defaultSampleType(), 1);
        QCOMPARE(p.total(0), 23);
        // speedscope's stacks without the idle gaps it draws between samples:
        // 1.00 ms + 32.49 ms + 517.42 µs.
        QVERIFY2(near(p.total(1), 0.001 + 0.03248933597933502 + 0.0005174240213818848, 23),
                 qPrintable(QString::number(p.total(1))));
        const auto f = testutil::functionWeights(p, 1);
        QCOMPARE(f.size(), size_t(8));
        struct Row
        {
            const char *name;
            double self, total;
        };
        const Row rows[] = {
            {"injectModule", 0, 0.001},
            {"(anonymous __InjectedScript_CommandLineAPIModuleSource.js:2)", 0.001, 0.001},
            {"(program)", 0, 0.03248933597933502},
            {"alpha", 0, 0.03248933597933502},
            {"delta", 0.003094222474222382, 0.020112446082445484},
            {"gamma", 0.029395113505112636, 0.029395113505112636},
            {"beta", 0, 0.012376889896889526},
            {"firstOpenSearchURLString", 0.0005174240213818848, 0.0005174240213818848},
        };
        for (const Row &row : rows) {
            QVERIFY2(f.count(row.name), row.name);
            const auto [self, total] = f.at(row.name);
            QVERIFY2(near(self, row.self, 23) && near(total, row.total, 23),
                     qPrintable(QStringLiteral("%1: self %2, total %3")
                                    .arg(QLatin1String(row.name))
                                    .arg(self)
                                    .arg(total)));
        }
        // Frames nest leaf last: (program) -> alpha -> beta -> gamma.
        QVERIFY(p.findPath({"(program)", "alpha", "beta", "gamma"}).isValid());
        QVERIFY(!p.findPath({"gamma", "beta"}).isValid());
        // Sample times: the recording's seconds.
        const SampleTimes &times = p.metadata().sampleTimes;
        QCOMPARE(times.timeNanos.size(), size_t(23));
        QCOMPARE(times.timeNanos.front(), qint64(4472667263));
        QCOMPARE(times.weights.front(), qint64(1000000));
        QCOMPARE(times.timeNanos.back(), qint64(4798422647));
        QCOMPARE(p.metadata().comments,
                 std::vector<std::string>{"Grabación de Control temporal 1"});
        bool gammaDetail = false;
        for (const auto &[name, detail] : p.metadata().nameDetails)
            gammaDetail = gammaDetail
                || (name == "gamma"
                    && detail == "file:///speedscope/sample/programs/javascript/simple.js:20:15");
        QVERIFY(gammaDetail);
    }

    void badFilesNameTheFormatAndThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray whole = testutil::readFile(sample);
        QTest::newRow("truncated")
            << whole.left(whole.size() / 2)
            << QStringLiteral("recording.json: Safari timeline: invalid JSON at byte");
        QTest::newRow("no samples")
            << QByteArray(R"({"version":1,"recording":{"instrumentTypes":[],"records":[]}})")
            << QStringLiteral(
                   "recording.json: Safari timeline: expected recording.sampleStackTraces");
        QTest::newRow("durations short") << QByteArray(
            R"({"recording":{"sampleStackTraces":[{"timestamp":1,"stackFrames":[]}],"sampleDurations":[]}})")
                                         << QStringLiteral("recording.json: Safari timeline: 1 "
                                                           "samples but 0 sampleDurations");
        QTest::newRow("frames not a list") << QByteArray(
            R"({"recording":{"sampleStackTraces":[{"timestamp":1,"stackFrames":[]},{"timestamp":2,"stackFrames":7}],"sampleDurations":[0.1,0.1]}})")
                                           << QStringLiteral("recording.json: Safari timeline: "
                                                             "sample 1 has no stackFrames array");
        QTest::newRow("negative duration") << QByteArray(
            R"({"recording":{"sampleStackTraces":[{"timestamp":1,"stackFrames":[]}],"sampleDurations":[-1]}})")
                                           << QStringLiteral(
                                                  "recording.json: Safari timeline: "
                                                  "sampleDurations[0] is not a duration");
    }
    void badFilesNameTheFormatAndThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void probeClaimsOnlyRecordings()
    {
        const SafariTimelineImporter importer;
        QVERIFY(importer.probe(testutil::readFile(sample).left(2000).toStdString()));
        QVERIFY(!importer.probe(R"({"recording":1})"));
        QVERIFY(
            !importer.probe(testutil::readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR
                                                              "/chrome/chrome65-simple.cpuprofile"))
                                .toStdString()));
    }
};

PYROGRAPH_TEST_MAIN(tst_SafariTimelineImporter)
#include "tst_safaritimelineimporter.moc"
