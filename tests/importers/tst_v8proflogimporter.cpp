#include "tests/support/testregistry.h"

#include "importers/profilereader.h"
#include "importers/v8proflogimporter.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "speedscopesnapshot.h"

#include <QTest>

namespace {

// node 20's --prof of a program shaped like speedscope's sample (a calls b
// and c, both call d), preprocessed by node --prof-process --preprocess.
const QString sample = QStringLiteral(PYROGRAPH_CORPUS_DIR "/v8/simple.v8log.json.gz");

ImportResult importBytes(const QByteArray &bytes,
                         const QString &source = QStringLiteral("profile.v8log.json"))
{
    return testutil::importBytes(V8ProfLogImporter(), bytes, source);
}

} // namespace

// V8 --prof logs as speedscope opens them. speedscope's own sample
// (simple.v8log.json) is only published zipped, so the reference numbers are
// speedscope's v8proflog.ts run over our file (tests/data/README.md says how).
class tst_V8ProfLogImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesSpeedscope()
    {
        const ImportResult r = ProfileReader().readFile(sample, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("V8 prof log"));
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{{"samples", "count"}, {"wall", "microseconds"}}));
        QCOMPARE(p.defaultSampleType(), 1);
        QCOMPARE(p.total(0), 855);
        QCOMPARE(p.total(1), 3287017);
        // 24 ticks with only padding in their JavaScript stack count at the root.
        QCOMPARE(p.tree().self(p.tree().root(), 1), 302092);
        const auto f = testutil::functionWeights(p, 1);
        using W = std::pair<qint64, qint64>;
        QCOMPARE(f.at("a"), W(0, 2816057));
        QCOMPARE(f.at("b"), W(0, 1946514));
        QCOMPARE(f.at("c"), W(0, 869543));
        QCOMPARE(f.at("d"), W(2816017, 2816057));
        QCOMPARE(f.at("(anonymous simple.js:1)"), W(20045, 2837073));
        // node: URLs do not fit speedscope's pattern for a JavaScript name,
        // which then stays whole.
        QCOMPARE(f.at("Module._load node:internal/modules/cjs/loader:1003:24"), W(55795, 2892868));
        QCOMPARE(f.at("(LIB) /usr/lib/x86_64-linux-gnu/libc.so.6"), W(54095, 54095));
        QVERIFY(p.findPath({" node:internal/main/run_main_module:1:1",
                            "executeUserEntryPoint node:internal/modules/run_main:155:31",
                            "Module._load node:internal/modules/cjs/loader:1003:24",
                            "Module.load node:internal/modules/cjs/loader:1257:33",
                            "Module._extensions..js node:internal/modules/cjs/loader:1604:37",
                            "Module._compile node:internal/modules/cjs/loader:1483:37",
                            "(anonymous simple.js:1)", "a", "b", "d"})
                    .isValid());
        bool dDetail = false;
        for (const auto &[name, detail] : p.metadata().nameDetails)
            dDetail = dDetail || (name == "d" && detail == "/tmp/v8prof/simple.js:2:11");
        QVERIFY(dDetail);
        const SampleTimes &times = p.metadata().sampleTimes;
        QCOMPARE(times.timeNanos.size(), size_t(855));
        QVERIFY(std::is_sorted(times.timeNanos.begin(), times.timeNanos.end()));
        qint64 sum = 0;
        for (qint64 w : times.weights)
            sum += w;
        QCOMPARE(sum, 3287017);
        QCOMPARE(times.timeNanos.back(), qint64(3287017) * 1000);
    }

    void namesFollowSpeedscope()
    {
        // One tick per code kind; s lists [code index, offset] pairs, leaf first.
        const QByteArray log = R"js({"code":[
            {"name":"T v8::internal::Runtime_StoreIC_Miss(int)","type":"CPP"},
            {"name":"/usr/lib/libc.so.6","type":"SHARED_LIB"},
            {"name":"LoadIC","type":"CODE","kind":"LoadIC"},
            {"name":"Ldar","type":"CODE","kind":"BytecodeHandler"},
            {"name":"ArrayPush","type":"CODE","kind":"Builtin"},
            {"name":"CEntry","type":"CODE","kind":"Stub"},
            {"name":"[a-z]+","type":"CODE","kind":"RegExp"},
            {"name":" /app/server.js:10:3","type":"JS","kind":"Opt"},
            {"name":"x","type":"OTHER"}],
          "functions":[],
          "ticks":[{"tm":30,"vm":0,"s":[0,0,7,0]},{"tm":10,"vm":0,"s":[1,0,-1,0]},{"tm":60,"vm":0,"s":[2,0,3,0,4,0,5,0,6,0,8,0,99,0,9,0]}]})js";
        const ImportResult r = importBytes(log);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        // Sorted by time: 10 (from 0), 30, 60.
        QVERIFY(p.findPath({"(LIB) /usr/lib/libc.so.6"}).isValid());
        QCOMPARE(p.tree().total(p.findPath({"(LIB) /usr/lib/libc.so.6"}), 1), 10);
        QCOMPARE(p.tree().total(p.findPath({"(anonymous server.js:10)",
                                            "(c++) v8::internal::Runtime_StoreIC_Miss"}),
                                1),
                 20);
        QVERIFY(
            p.findPath({"(unknown type)", "0x63", "(OTHER) x", "(regexp) [a-z]+", "(stub) CEntry",
                        "(builtin) ArrayPush", "(bytecode) ~Ldar", "(IC) LoadIC"})
                .isValid());
        QCOMPARE(p.total(1), 60);
    }

    void rawIsolateLogSaysHowToPreprocessIt()
    {
        const QByteArray raw = "v8-version,11,3,244,8,0,0\nshared-library,\"/usr/bin/"
                               "node\",0x1,0x2,0\ntick,0x1,658,0,0x0,4\n";
        ProfileReader reader;
        QCOMPARE(reader.detect(std::string_view(raw.constData(), size_t(raw.size())))->formatName(),
                 QStringLiteral("V8 prof log"));
        const ImportResult r =
            reader.readBytes(raw, QStringLiteral("isolate-0x1-v8.log"), Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(
                     QStringLiteral("isolate-0x1-v8.log: V8 prof log: this is a raw isolate log")),
                 qPrintable(r.error));
        QVERIFY2(
            r.error.contains(QStringLiteral("node --prof-process --preprocess isolate-0x1-v8.log")),
            qPrintable(r.error));
    }

    void badFilesNameTheFormatAndThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QString prefix = QStringLiteral("profile.v8log.json: V8 prof log: ");
        QTest::newRow("truncated")
            << QByteArray(R"({"code":[{"name":"a","type":"JS"}],"ticks":[{"tm":1,)")
            << prefix + QStringLiteral("invalid JSON at byte");
        QTest::newRow("no ticks") << QByteArray(R"({"code":[{"name":"a","type":"JS"}]})")
                                  << prefix
                + QStringLiteral("expected \"code\" and \"ticks\" arrays");
        QTest::newRow("tick without time") << QByteArray(R"({"code":[],"ticks":[{"s":[]}]})")
                                           << prefix + QStringLiteral("tick 0 has no \"tm\" time");
        QTest::newRow("bad stack entry")
            << QByteArray(R"({"code":[],"ticks":[{"tm":1,"s":[0,0]},{"tm":2,"s":["x",0]}]})")
            << prefix + QStringLiteral("tick 1: stack entry 0 is not a number");
        QTest::newRow("negative entry")
            << QByteArray(R"({"code":[],"ticks":[{"tm":1,"s":[-5,0]}]})")
            << prefix + QStringLiteral("tick 0: stack entry 0 is -5");
        QTest::newRow("empty") << QByteArray(R"({"code":[],"ticks":[]})")
                               << prefix + QStringLiteral("the log has no ticks");
    }
    void badFilesNameTheFormatAndThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }
};

PYROGRAPH_TEST_MAIN(tst_V8ProfLogImporter)
#include "tst_v8proflogimporter.moc"
