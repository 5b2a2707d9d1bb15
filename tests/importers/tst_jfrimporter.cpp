#include "tests/support/testregistry.h"

#include "importers/filenumber.h"
#include "importers/jfrimporter.h"
#include "importers/jfrrecordingreader.h"
#include "importers/profilereader.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "jfrtestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

QString corpus()
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/jfr/workload.jfr");
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(JfrImporter(), bytes, QStringLiteral("x.jfr"));
}

// name -> self in a column
std::map<std::string, qint64> selfByName(const Profile &profile, int column)
{
    std::map<std::string, qint64> self;
    const CallTree &tree = profile.tree();
    for (qsizetype i = 1; i < tree.nodeCount(); ++i) {
        const NodeId node{quint32(i)};
        self[std::string(profile.name(node))] += tree.self(node, column);
    }
    return self;
}

std::string hottest(const Profile &profile, int column)
{
    std::string best;
    qint64 most = -1;
    for (const auto &[name, value] : selfByName(profile, column))
        if (value > most) {
            best = name;
            most = value;
        }
    return best;
}

// The samples whose stack holds name: the totals of its outermost nodes.
qint64 stacksContaining(const Profile &profile, int column, const std::string &name)
{
    const CallTree &tree = profile.tree();
    qint64 sum = 0;
    for (qsizetype i = 1; i < tree.nodeCount(); ++i) {
        const NodeId node{quint32(i)};
        if (profile.name(node) != name)
            continue;
        bool outermost = true;
        for (NodeId up = tree.parent(node); up.isValid() && up != CallTree::root();
             up = tree.parent(up))
            if (profile.name(up) == name)
                outermost = false;
        if (outermost)
            sum += tree.total(node, column);
    }
    return sum;
}

QString run(const QString &program, const QStringList &arguments, const QString &dir,
            int timeoutMs = 120000)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return QStringLiteral("ERROR: %1 did not start (is openjdk-17-jdk-headless installed?)")
            .arg(program);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        return QStringLiteral("ERROR: %1 failed: %2")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_JfrImporter : public QObject
{
    Q_OBJECT

private slots:
    void detectsJfrBeforeOtherFormats()
    {
        const QByteArray bytes = testutil::readFile(corpus());
        QVERIFY(!bytes.isEmpty());
        ProfileReader reader;
        const ImportResult result =
            reader.readBytes(bytes, QStringLiteral("workload.jfr"), Progress::none());
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.profile->metadata().format, std::string("jfr"));
        QVERIFY(!JfrImporter().probe("FLR"));
        QVERIFY(!JfrImporter().probe("main;work 3\n"));
    }

    // tests/data/jfr/workload.jfr: JfrWorkload recorded with settings=profile
    // and both TLAB events on; the counts are those `jfr summary` and
    // `jfr print` gave for the file when it was recorded.
    void corpusFile()
    {
        const ImportResult result = testutil::importFile(JfrImporter(), corpus());
        QVERIFY2(result.isOk(), qPrintable(result.error));
        const Profile &p = *result.profile;
        const auto column = [&](const char *type) { return p.sampleTypeIndex(type); };
        QCOMPARE(p.sampleTypes()[size_t(p.defaultSampleType())].type, std::string("cpu"));
        QCOMPARE(p.total(column("cpu")), qint64(48));
        QCOMPARE(p.total(column("alloc_in_new_tlab_objects")), qint64(104));
        QCOMPARE(p.total(column("alloc_outside_tlab_objects")), qint64(729));
        QCOMPARE(p.total(column("alloc_sample_objects")), qint64(181));
        QCOMPARE(p.total(column("lock_count")), qint64(60));
        QCOMPARE(p.total(column("park_count")), qint64(53));
        QCOMPARE(p.total(column("alloc_outside_tlab_bytes")),
                 qint64(35571464)); // jfr print --json: sum of allocationSize
        QVERIFY(p.total(column("park_duration")) > 0);
        QCOMPARE(hottest(p, column("cpu")), std::string("JfrWorkload.spin"));
        QCOMPARE(stacksContaining(p, column("cpu"), "JfrWorkload.spin"), qint64(48));
        QCOMPARE(stacksContaining(p, column("lock_count"), "JfrWorkload.contend"), qint64(60));
        QVERIFY(stacksContaining(p, column("park_count"),
                                 "java/util/concurrent/locks/LockSupport.parkNanos")
                > 0);
        // threads are labels
        const std::vector<std::string> threads = p.labels().values("thread");
        const std::set<std::string> names(threads.begin(), threads.end());
        QVERIFY(names.contains("hot"));
        QVERIFY(names.contains("parker"));
        // one time per CPU sample, sorted, inside the recording
        const SampleTimes &times = p.metadata().sampleTimes;
        QCOMPARE(qsizetype(times.timeNanos.size()), qsizetype(48));
        QVERIFY(std::is_sorted(times.timeNanos.begin(), times.timeNanos.end()));
        QVERIFY(times.timeNanos.front() >= p.metadata().timeNanos);
        QVERIFY(times.timeNanos.back() <= p.metadata().timeNanos + p.metadata().durationNanos);
    }

    void twoChunks()
    {
        const QByteArray one = testutil::readFile(corpus());
        const ImportResult result = importBytes(one + one);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.profile->total(result.profile->sampleTypeIndex("cpu")), qint64(96));
    }

    void readsFieldsByName()
    {
        const ImportResult plain = importBytes(jfrtest::chunk());
        QVERIFY2(plain.isOk(), qPrintable(plain.error));
        QCOMPARE(plain.profile->total(0), qint64(5));
        QVERIFY(plain.profile->findPath({"Main.main", "Main.work"}).isValid());
        jfrtest::Options other;
        other.contextFieldFirst = true;
        other.contextId = 7;
        QString error;
        const auto recording =
            JfrRecordingReader::read(std::string_view(jfrtest::chunk(other).constData(),
                                                      size_t(jfrtest::chunk(other).size())),
                                     QStringLiteral("x.jfr"), Progress::none(), &error);
        QVERIFY2(recording, qPrintable(error));
        QCOMPARE(recording->samples.size(), size_t(5));
        QCOMPARE(recording->samples[0].contextId, qint64(7));
        QCOMPARE(recording->threads[recording->samples[0].thread], std::string("worker"));
        QCOMPARE(recording->samples[0].timeNanos, qint64(1'700'000'000'000'000'000LL));
    }

    // tests/data/jfr/synthetic/ holds this writer's chunks, a few hundred bytes
    // each, as the jfr fuzz target's seeds: the real recording is 317 KB, which
    // libFuzzer mutates at under 100 runs a second. The files must stay the
    // writer's output; PYROGRAPH_WRITE_TESTDATA=1 rewrites them after a change.
    void syntheticSeedsAreTheWritersChunks()
    {
        jfrtest::Options asyncProfiler;
        asyncProfiler.contextFieldFirst = true;
        asyncProfiler.contextId = 7;
        jfrtest::Options one;
        one.samples = 1;
        jfrtest::Options cyclic;
        cyclic.cyclicPools = true;
        jfrtest::Options deep;
        deep.deepValue = true;
        jfrtest::Options flood;
        flood.emptyFlood = true;
        const std::vector<std::pair<QString, jfrtest::Options>> seeds{
            {QStringLiteral("execution-samples"), {}},
            {QStringLiteral("async-profiler-layout"), asyncProfiler},
            {QStringLiteral("one-sample"), one},
            {QStringLiteral("cyclic-pools"), cyclic},
            {QStringLiteral("deep-value"), deep},
            {QStringLiteral("empty-flood"), flood},
        };
        const bool rewrite = qEnvironmentVariableIntValue("PYROGRAPH_WRITE_TESTDATA") == 1;
        for (const auto &[name, options] : seeds) {
            const QString path = QStringLiteral(PYROGRAPH_CORPUS_DIR "/jfr/synthetic/") + name
                + QStringLiteral(".jfr");
            const QByteArray written = jfrtest::chunk(options);
            if (rewrite)
                QVERIFY2(testutil::writeFile(path, written), qPrintable(path));
            QVERIFY2(testutil::readFile(path) == written, qPrintable(path));
            const bool good = !options.cyclicPools && !options.deepValue && !options.emptyFlood;
            QVERIFY2(importBytes(written).isOk() == good, qPrintable(name));
        }
    }

    // A header's start, duration and start ticks are the file's word: sums
    // past qint64 (undefined behaviour, found by the fuzzer) come out clamped to
    // FileNumber::maxTime instead.
    void hostileHeaderTimesAreClamped()
    {
        QByteArray bytes = jfrtest::chunk();
        const auto put = [&](int offset, quint64 value) {
            for (int i = 0; i < 8; ++i)
                bytes[offset + i] = char((value >> (8 * (7 - i))) & 0xff);
        };
        const qint64 start = 1'700'000'000'000'000'000LL;
        put(32, quint64(start));                    // startNanos
        put(40, quint64(0x7966'0000'0000'0000ULL)); // durationNanos
        put(48, quint64(1) << 63);                  // startTicks: INT64_MIN
        const ImportResult result = importBytes(bytes);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        const ProfileMetadata &meta = result.profile->metadata();
        QCOMPARE(meta.timeNanos, start);
        QCOMPARE(meta.durationNanos, FileNumber::maxTime - start);
        QCOMPARE(meta.sampleTimes.timeNanos.size(), size_t(5));
        for (const qint64 t : meta.sampleTimes.timeNanos)
            QCOMPARE(t, FileNumber::maxTime);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray real = testutil::readFile(corpus());
        QTest::newRow("header cut") << real.left(40) << "truncated chunk header";
        QTest::newRow("chunk cut") << real.left(real.size() / 2) << "truncated chunk";
        QTest::newRow("last byte cut") << real.left(real.size() - 1) << "truncated chunk";
        QTest::newRow("trailing garbage")
            << (real + QByteArray("garbage!", 8)) << "truncated chunk header";
        jfrtest::Options cyclic;
        cyclic.cyclicPools = true;
        QTest::newRow("cyclic pools") << jfrtest::chunk(cyclic) << "comes back";
        jfrtest::Options deep;
        deep.deepValue = true;
        QTest::newRow("deep value") << jfrtest::chunk(deep) << "nested deeper";
        jfrtest::Options huge;
        huge.hugeCount = true;
        QTest::newRow("huge count") << jfrtest::chunk(huge) << "constant count 2147483647";
        jfrtest::Options flood;
        flood.emptyFlood = true;
        QTest::newRow("empty flood") << jfrtest::chunk(flood) << "more values";
        jfrtest::Options shifted;
        shifted.metadataOffsetShift = 1;
        QTest::newRow("wrong metadata offset") << jfrtest::chunk(shifted) << "metadata";
        shifted.metadataOffsetShift = 1 << 20;
        QTest::newRow("metadata offset outside") << jfrtest::chunk(shifted) << "outside its chunk";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const ImportResult result = importBytes(bytes);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.startsWith(QStringLiteral("x.jfr: jfr: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral(" at byte ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    // The JDK's own recorder and its own reader: our CPU samples are `jfr
    // print`'s jdk.ExecutionSample events, and so on. Fails when java is missing.
    void againstTheJdk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString out =
            run(QStringLiteral("javac"),
                {QStringLiteral("-d"), dir.path(),
                 QStringLiteral(PYROGRAPH_CORPUS_DIR "/../importers/jfrworkload/JfrWorkload.java")},
                dir.path());
        QVERIFY2(!out.startsWith(QStringLiteral("ERROR")), qPrintable(out));
        out = run(QStringLiteral("java"),
                  {QStringLiteral("-XX:StartFlightRecording:filename=x.jfr,settings=profile,"
                                  "jdk.ObjectAllocationInNewTLAB#enabled=true"),
                   QStringLiteral("-cp"), dir.path(), QStringLiteral("JfrWorkload"),
                   QStringLiteral("2")},
                  dir.path());
        QVERIFY2(!out.startsWith(QStringLiteral("ERROR")), qPrintable(out));
        const QString file = dir.filePath(QStringLiteral("x.jfr"));
        const ImportResult result = testutil::importFile(JfrImporter(), file);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        const Profile &p = *result.profile;

        const auto events = [&](const QString &type) {
            const QString json = run(QStringLiteral("jfr"),
                                     {QStringLiteral("print"), QStringLiteral("--json"),
                                      QStringLiteral("--stack-depth"), QStringLiteral("64"),
                                      QStringLiteral("--events"), type, file},
                                     dir.path());
            return QJsonDocument::fromJson(
                       json.toUtf8())[QLatin1String("recording")][QLatin1String("events")]
                .toArray();
        };
        const auto frames = [](const QJsonValue &event) {
            std::set<std::string> names;
            for (const QJsonValue &frame : event[QLatin1String("values")][QLatin1String(
                     "stackTrace")][QLatin1String("frames")]
                                               .toArray()) {
                const QJsonValue method = frame[QLatin1String("method")];
                names.insert((method[QLatin1String("type")][QLatin1String("name")].toString()
                              + QLatin1Char('.') + method[QLatin1String("name")].toString())
                                 .toStdString());
            }
            return names;
        };

        const QJsonArray cpu = events(QStringLiteral("jdk.ExecutionSample"));
        QVERIFY(cpu.size() > 0);
        const int cpuColumn = p.sampleTypeIndex("cpu");
        QCOMPARE(p.total(cpuColumn), qint64(cpu.size()));
        const std::string hot = hottest(p, cpuColumn);
        qint64 containing = 0;
        for (const QJsonValue &event : cpu)
            containing += frames(event).contains(hot) ? 1 : 0;
        QCOMPARE(stacksContaining(p, cpuColumn, hot), containing);

        const QJsonArray tlab = events(QStringLiteral("jdk.ObjectAllocationInNewTLAB"));
        const int objects = p.sampleTypeIndex("alloc_in_new_tlab_objects");
        QVERIFY(objects >= 0);
        QCOMPARE(p.total(objects), qint64(tlab.size()));
        qint64 bytes = 0;
        for (const QJsonValue &event : tlab)
            bytes += event[QLatin1String("values")][QLatin1String("tlabSize")].toInteger();
        QCOMPARE(p.total(p.sampleTypeIndex("alloc_in_new_tlab_bytes")), bytes);
    }
};

PYROGRAPH_TEST_MAIN(tst_JfrImporter)
#include "tst_jfrimporter.moc"
