#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/pprofimporter.h"

#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include "profile.pb.h"

#include <QDirIterator>
#include <QTest>

#include <set>
#include <string>

namespace pb = perftools::profiles;

namespace {
QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/") + name;
}

// The inflated Profile message of a corpus file.
QByteArray inflated(const QString &name)
{
    QString error;
    std::unique_ptr<InputStream> input = InputStream::openFile(corpus(name), &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    return input->readAll();
}

ImportResult importFile(const QString &name, PprofImporter::Decoder decoder = PprofImporter::Decoder::Fast)
{
    return testutil::importFile(PprofImporter(decoder), corpus(name));
}

ImportResult decode(const QByteArray &message, PprofImporter::Decoder decoder = PprofImporter::Decoder::Fast)
{
    return PprofImporter(decoder).decode(message, QStringLiteral("test.pb"), Progress::none());
}

QByteArray serialize(const pb::Profile &profile)
{
    std::string bytes;
    profile.SerializeToString(&bytes);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}


qsizetype distinctNames(const Profile &p)
{
    std::set<quint32> names;
    for (quint32 n = 1; n < quint32(p.tree().nodeCount()); ++n)
        names.insert(p.tree().name(NodeId(n)).index);
    return qsizetype(names.size());
}

// A minimal protobuf writer for inputs libprotobuf would not write: unpacked
// repeated fields, corrupt varints.
struct Wire
{
    QByteArray bytes;
    Wire &varint(quint64 v)
    {
        while (v >= 0x80) {
            bytes.append(char(v | 0x80));
            v >>= 7;
        }
        bytes.append(char(v));
        return *this;
    }
    Wire &field(quint32 number, quint64 v) { return varint(quint64(number) << 3).varint(v); }
    Wire &message(quint32 number, const QByteArray &m)
    {
        varint((quint64(number) << 3) | 2).varint(quint64(m.size()));
        bytes.append(m);
        return *this;
    }
    Wire &message(quint32 number, const Wire &m) { return message(number, m.bytes); }
};

// A small valid profile: main -> work (inlined helper) with two sample types.
pb::Profile smallProfile(quint64 mainId = 1, quint64 workId = 2, quint64 funcMain = 1, quint64 funcWork = 2,
                         quint64 funcHelper = 3)
{
    pb::Profile p;
    for (const char *s : {"", "samples", "count", "cpu", "nanoseconds", "main", "work", "helper", "a comment"})
        p.add_string_table(s);
    auto *t = p.add_sample_type();
    t->set_type(1);
    t->set_unit(2);
    t = p.add_sample_type();
    t->set_type(3);
    t->set_unit(4);
    auto addFunction = [&](quint64 id, qint64 name) {
        auto *f = p.add_function();
        f->set_id(id);
        f->set_name(name);
    };
    addFunction(funcMain, 5);
    addFunction(funcWork, 6);
    addFunction(funcHelper, 7);
    auto *l = p.add_location();
    l->set_id(mainId);
    l->add_line()->set_function_id(funcMain);
    l = p.add_location();
    l->set_id(workId);
    l->add_line()->set_function_id(funcHelper); // inlined into work
    l->add_line()->set_function_id(funcWork);
    auto *s = p.add_sample();
    s->add_location_id(workId);
    s->add_location_id(mainId);
    s->add_value(3);
    s->add_value(30);
    s = p.add_sample();
    s->add_location_id(mainId);
    s->add_value(1);
    s->add_value(10);
    p.set_period(10);
    p.add_comment(8);
    return p;
}

const char *const corpusFiles[] = {
    "go-allocs.pb.gz",        "go-cpu.pb.gz",         "node-heap.pb.gz",
    "node-wall.pb.gz",        "pprof-large.cpu.pb.gz", "pprof-sample-inlined.cpu.pb.gz",
    "pyroscope-cpu-js.pb.gz", "pyroscope-heap.pb.gz", "speedscope-simple.prof",
};

class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};
} // namespace

class tst_PprofImporter : public QObject
{
    Q_OBJECT
private slots:
    // Expected values from `go tool pprof -raw` (totals, stacks expanded with
    // inline frames) and `-top` (the default type) on the same files.
    void corpusTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<qint64>>("totals");
        QTest::addColumn<int>("defaultType");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("functions");
        QTest::addColumn<int>("maxDepth");
        const QStringList heap{"alloc_objects/count", "alloc_space/bytes", "inuse_objects/count", "inuse_space/bytes"};
        const QStringList cpu{"samples/count", "cpu/nanoseconds"};
        QTest::newRow("go-allocs") << "go-allocs.pb.gz" << heap
                                   << QList<qint64>{41786043, 13115909776, 39489, 1573128} << 1 << 255 << 98 << 32;
        QTest::newRow("go-cpu") << "go-cpu.pb.gz" << cpu << QList<qint64>{2257, 22570000000} << 1 << 1631 << 451 << 61;
        QTest::newRow("node-heap") << "node-heap.pb.gz" << QStringList{"objects/count", "space/bytes"}
                                   << QList<qint64>{142265, 14275716} << 1 << 7 << 6 << 4;
        QTest::newRow("node-wall") << "node-wall.pb.gz" << QStringList{"sample/count", "wall/nanoseconds"}
                                   << QList<qint64>{5273, 5916306000} << 1 << 37 << 15 << 29;
        QTest::newRow("pprof-large") << "pprof-large.cpu.pb.gz" << cpu << QList<qint64>{24029, 240290000000} << 1
                                     << 425052 << 23038 << 62;
        QTest::newRow("inlined") << "pprof-sample-inlined.cpu.pb.gz" << cpu << QList<qint64>{176, 1760000000} << 1
                                 << 18 << 14 << 8;
        QTest::newRow("pyroscope-cpu-js") << "pyroscope-cpu-js.pb.gz" << QStringList{"sample/count", "wall/microseconds"}
                                          << QList<qint64>{8849, 8849000} << 1 << 164 << 121 << 42;
        QTest::newRow("pyroscope-heap") << "pyroscope-heap.pb.gz" << heap
                                        << QList<qint64>{196607841, 13434386318, 22156072, 1602645059} << 3 << 1271
                                        << 506 << 32;
        QTest::newRow("speedscope-simple") << "speedscope-simple.prof" << cpu << QList<qint64>{150, 1500000000} << 1
                                           << 28 << 25 << 12;
    }
    void corpusTotals()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, types);
        QFETCH(QList<qint64>, totals);
        QFETCH(int, defaultType);
        QFETCH(int, nodes);
        QFETCH(int, functions);
        QFETCH(int, maxDepth);
        const ImportResult r = importFile(file);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QStringList gotTypes;
        for (const SampleType &t : p.sampleTypes())
            gotTypes << QString::fromStdString(t.type + "/" + t.unit);
        QCOMPARE(gotTypes, types);
        for (int t = 0; t < p.sampleTypeCount(); ++t)
            QCOMPARE(p.total(t), totals[t]);
        QCOMPARE(p.defaultSampleType(), defaultType);
        QCOMPARE(p.tree().nodeCount(), nodes);
        QCOMPARE(distinctNames(p), functions);
        QCOMPARE(int(p.tree().maxDepth()), maxDepth);
        QCOMPARE(p.metadata().format, std::string("pprof"));
        QCOMPARE(p.metadata().source, corpus(file).toStdString());
    }

    void decodersAgree_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : corpusFiles)
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void decodersAgree()
    {
        QFETCH(QString, file);
        const ImportResult fast = importFile(file, PprofImporter::Decoder::Fast);
        const ImportResult reference = importFile(file, PprofImporter::Decoder::Libprotobuf);
        QVERIFY2(fast.isOk(), qPrintable(fast.error));
        QVERIFY2(reference.isOk(), qPrintable(reference.error));
        QVERIFY(fast.profile->tree().nodeCount() > 1);
        QVERIFY(testutil::dump(*fast.profile, testutil::LabelOrder::AsStored) == testutil::dump(*reference.profile, testutil::LabelOrder::AsStored));
    }

    void metadataOfGoCpuProfile()
    {
        const ImportResult r = importFile("go-cpu.pb.gz");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const ProfileMetadata &m = r.profile->metadata();
        QCOMPARE(m.periodType.type, std::string("cpu"));
        QCOMPARE(m.periodType.unit, std::string("nanoseconds"));
        QCOMPARE(m.period, 10000000);
        QVERIFY(m.timeNanos > 1600000000000000000); // recorded after 2020
        QVERIFY(m.durationNanos > 1000000000);
    }

    // `go tool pprof -traces`: runtime.tooManyOverflowBuckets is inlined into
    // runtime.mapassign_fast64 (both in location 5), which busyLoop calls.
    void inlinedFramesCalleeBelowCaller()
    {
        for (auto decoder : {PprofImporter::Decoder::Fast, PprofImporter::Decoder::Libprotobuf}) {
            const ImportResult r = importFile("pprof-sample-inlined.cpu.pb.gz", decoder);
            QVERIFY2(r.isOk(), qPrintable(r.error));
            const Profile &p = *r.profile;
            const NodeId inlined = p.findPath({"runtime.main", "main.main", "main.busyLoop",
                                               "runtime.mapassign_fast64", "runtime.tooManyOverflowBuckets"});
            QVERIFY(inlined.isValid());
            QCOMPARE(p.tree().self(inlined, 0), 1);
            QVERIFY(!p.findPath({"runtime.main", "main.main", "main.busyLoop", "runtime.tooManyOverflowBuckets"})
                         .isValid());
            // math.Abs inlined into busyLoop at two addresses (locations 30 and 74): 10 + 1.
            const NodeId abs = p.findPath({"runtime.main", "main.main", "main.busyLoop", "math.Abs"});
            QVERIFY(abs.isValid());
            QCOMPARE(p.tree().self(abs, 0), 11);
            QCOMPARE(p.tree().self(abs, 1), 110000000);
        }
    }
    void inlinedFramesInHeapProfile()
    {
        const ImportResult r = importFile("pyroscope-heap.pb.gz");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        // From `go tool pprof -traces`: modify <- SetEntry (inline) <- Set (inline) <- saveToDisk.func1.
        const NodeId modify = r.profile->findPath({
            "github.com/pyroscope-io/pyroscope/pkg/storage/cache.New.func2",
            "github.com/pyroscope-io/pyroscope/pkg/storage/cache.(*Cache).saveToDisk",
            "github.com/dgraph-io/badger/v2.(*DB).Update",
            "github.com/pyroscope-io/pyroscope/pkg/storage/cache.(*Cache).saveToDisk.func1",
            "github.com/dgraph-io/badger/v2.(*Txn).Set",
            "github.com/dgraph-io/badger/v2.(*Txn).SetEntry",
            "github.com/dgraph-io/badger/v2.(*Txn).modify",
        });
        QVERIFY(modify.isValid());
        QVERIFY(r.profile->tree().total(modify, 3) > 0);
    }

    void labelsOfHeapProfile()
    {
        const ImportResult r = importFile("pyroscope-heap.pb.gz");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const LabelIndex &labels = r.profile->labels();
        QCOMPARE(labels.keys(), std::vector<std::string>{"bytes"});
        QCOMPARE(qsizetype(labels.sets.size()), 98); // distinct sets in `go tool pprof -raw`
        // `go tool pprof -traces` prints the first sample as "bytes: 208B": a
        // num label without num_unit, whose key pprof takes as its unit.
        const std::vector<std::string> values = labels.values("bytes");
        QVERIFY(std::find(values.begin(), values.end(), "208 bytes") != values.end());
        // Labelled samples add up to the whole profile: every sample has its size label.
        for (int t = 0; t < r.profile->sampleTypeCount(); ++t) {
            qint64 sum = 0;
            for (const LabelledSample &s : labels.samples)
                sum += s.values[size_t(t)];
            QCOMPARE(sum, r.profile->total(t));
        }
    }

    void probeAcceptsEveryCorpusFile_data() { decodersAgree_data(); }
    void probeAcceptsEveryCorpusFile()
    {
        QFETCH(QString, file);
        QString error;
        std::unique_ptr<InputStream> input = InputStream::openFile(corpus(file), &error);
        QVERIFY(input);
        QVERIFY(PprofImporter().probe(input->peek(65536)));
        QVERIFY(PprofImporter().probe(input->peek(20))); // a head cut inside a field
    }
    void probeRejectsOtherFormats()
    {
        const PprofImporter importer;
        QVERIFY(!importer.probe(""));
        QVERIFY(!importer.probe("main;foo;bar 12\nmain;baz 3\n"));
        QVERIFY(!importer.probe("{\"version\":1,\"flamebearer\":{}}"));
        QVERIFY(!importer.probe("[{\"name\":\"x\"}]"));
        QVERIFY(!importer.probe("hhhhhhhh"));       // field 13 varints, but no table
        QVERIFY(!importer.probe("2\x05hello"));      // string_table[0] must be ""
        QVERIFY(!importer.probe("\n\nmain;foo 1\n")); // a ValueType holds only two varints
        QVERIFY(!importer.probe("*\x04((((more"));   // a plausible Function, then text
    }
    // Every file of the shared corpus: the probe claims exactly the pprof ones
    // (text, JSON, gzipped perf script, license texts are all refused).
    void probeClaimsOnlyPprofInCorpus()
    {
        const PprofImporter importer;
        int files = 0;
        QDirIterator it(QStringLiteral(PYROGRAPH_CORPUS_DIR), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString error;
            std::unique_ptr<InputStream> input = InputStream::openFile(path, &error);
            QVERIFY2(input, qPrintable(error));
            const bool isPprof = path.contains(QStringLiteral("/pprof/"));
            QVERIFY2(importer.probe(input->peek(65536)) == isPprof, qPrintable(path));
            ++files;
        }
        QVERIFY(files > 30);
    }

    void truncatedInputNamesTheOffset()
    {
        const QByteArray whole = inflated("go-cpu.pb.gz");
        for (qsizetype length : {qsizetype(1), qsizetype(7), qsizetype(100), whole.size() / 2, whole.size() - 1}) {
            const ImportResult r = decode(whole.left(length));
            QVERIFY2(!r.isOk(), qPrintable(QString::number(length)));
            QVERIFY2(r.error.startsWith(QStringLiteral("test.pb: pprof: ")), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral(" at byte ")), qPrintable(r.error));
            QVERIFY(!decode(whole.left(length), PprofImporter::Decoder::Libprotobuf).isOk());
        }
    }
    void corruptVarint()
    {
        Wire w;
        w.bytes = serialize(smallProfile());
        const qsizetype at = w.bytes.size();
        w.bytes.append(char(0x48)); // time_nanos
        w.bytes.append(QByteArray(11, char(0xff)));
        const ImportResult r = decode(w.bytes);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, QStringLiteral("test.pb: pprof: malformed varint (more than 10 bytes) at byte %1").arg(at + 1));
        w.bytes.chop(11);
        w.bytes.append(char(0x80)); // the input ends inside the varint
        QCOMPARE(decode(w.bytes).error, QStringLiteral("test.pb: pprof: truncated varint at byte %1").arg(at + 1));
    }
    void stringIndexOutOfRange()
    {
        pb::Profile p = smallProfile();
        p.mutable_function(1)->set_name(999);
        const ImportResult r = decode(serialize(p));
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.contains(QStringLiteral("string index 999 out of range")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral(" at byte ")), qPrintable(r.error));
        QVERIFY(!decode(serialize(p), PprofImporter::Decoder::Libprotobuf).isOk());
        p = smallProfile();
        p.mutable_sample_type(0)->set_unit(-1);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("string index -1 out of range")));
    }
    void missingLocationId()
    {
        pb::Profile p = smallProfile();
        p.mutable_sample(1)->set_location_id(0, 42);
        for (auto decoder : {PprofImporter::Decoder::Fast, PprofImporter::Decoder::Libprotobuf}) {
            const ImportResult r = decode(serialize(p), decoder);
            QVERIFY(!r.isOk());
            QVERIFY2(r.error.contains(QStringLiteral("location id 42, which does not exist")), qPrintable(r.error));
        }
        p = smallProfile();
        p.mutable_location(0)->mutable_line(0)->set_function_id(77);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("function id 77, which does not exist")));
    }
    void idZeroIsRejected()
    {
        pb::Profile p = smallProfile();
        p.mutable_location(0)->set_id(0);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("location id 0")));
        p = smallProfile();
        p.mutable_function(0)->set_id(0);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("function id 0")));
        p = smallProfile();
        p.mutable_function(0)->set_id(2); // duplicate
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("duplicate function id 2")));
    }
    // .NET's exporter writes every function with id 0, function i belonging to
    // location i; Grafana Pyroscope accepts it, so must we.
    void dotnetFunctionsWithIdZero()
    {
        pb::Profile p;
        for (const char *s : {"", "cpu", "nanoseconds", "Main", "Work"})
            p.add_string_table(s);
        auto *t = p.add_sample_type();
        t->set_type(1);
        t->set_unit(2);
        for (qint64 i = 0; i < 2; ++i) {
            auto *f = p.add_function(); // id 0, as .NET writes it
            f->set_name(3 + i);
            auto *l = p.add_location();
            l->set_id(quint64(10 + i));
            l->add_line()->set_function_id(quint64(10 + i));
        }
        auto *s = p.add_sample();
        s->add_location_id(11);
        s->add_location_id(10);
        s->add_value(7);
        for (auto decoder : {PprofImporter::Decoder::Fast, PprofImporter::Decoder::Libprotobuf}) {
            const ImportResult r = decode(serialize(p), decoder);
            QVERIFY2(r.isOk(), qPrintable(r.error));
            QCOMPARE(r.profile->tree().self(r.profile->findPath({"Main", "Work"}), 0), 7);
        }
        // more locations than functions: not .NET's shape, refused
        auto *l = p.add_location();
        l->set_id(12);
        l->add_line()->set_function_id(12);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("function id 0")));
    }
    void wrongValueCount()
    {
        pb::Profile p = smallProfile();
        p.mutable_sample(0)->add_value(5);
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("sample has 3 values for 2 sample types")));
    }
    void idsNotOneToN()
    {
        const pb::Profile p = smallProfile(1000, 99999999, 7, 99999999, 123456789012);
        for (auto decoder : {PprofImporter::Decoder::Fast, PprofImporter::Decoder::Libprotobuf}) {
            const ImportResult r = decode(serialize(p), decoder);
            QVERIFY2(r.isOk(), qPrintable(r.error));
            const Profile &profile = *r.profile;
            const NodeId helper = profile.findPath({"main", "work", "helper"});
            QVERIFY(helper.isValid());
            QCOMPARE(profile.tree().self(helper, 1), 30);
            QCOMPARE(profile.tree().self(profile.findPath({"main"}), 0), 1);
            QCOMPARE(profile.tree().nodeCount(), 4);
            QCOMPARE(profile.total(1), 40);
            QCOMPARE(profile.metadata().comments, std::vector<std::string>{"a comment"});
            QCOMPARE(profile.metadata().period, 10);
        }
    }
    void unpackedRepeatedFields()
    {
        // strings "", samples, count, root, leaf; sample: location ids 2, 1
        // (leaf first) and one value, each as a separate unpacked field.
        Wire profile;
        profile.message(1, Wire().field(1, 1).field(2, 2));
        profile.message(2, Wire().field(1, 2).field(1, 1).field(2, 5));
        profile.message(4, Wire().field(1, 1).message(4, Wire().field(1, 1)));
        profile.message(4, Wire().field(1, 2).message(4, Wire().field(1, 2)));
        profile.message(5, Wire().field(1, 1).field(2, 3));
        profile.message(5, Wire().field(1, 2).field(2, 4));
        for (const char *s : {"", "samples", "count", "root", "leaf"})
            profile.message(6, QByteArray(s));
        profile.field(13, 3); // an unpacked comment
        for (auto decoder : {PprofImporter::Decoder::Fast, PprofImporter::Decoder::Libprotobuf}) {
            const ImportResult r = decode(profile.bytes, decoder);
            QVERIFY2(r.isOk(), qPrintable(r.error));
            const NodeId leaf = r.profile->findPath({"root", "leaf"});
            QVERIFY(leaf.isValid());
            QCOMPARE(r.profile->tree().self(leaf, 0), 5);
            QCOMPARE(r.profile->metadata().comments, std::vector<std::string>{"root"});
        }
    }
    void functionNameFallbacks()
    {
        pb::Profile p = smallProfile();
        p.add_string_table("_ZN4work6helperEv");
        p.mutable_function(2)->set_name(0);
        p.mutable_function(2)->set_system_name(9); // helper: only a system name
        p.mutable_function(0)->set_name(0);        // main: no name at all
        p.mutable_location(0)->set_address(0x4abc);
        const ImportResult r = decode(serialize(p));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QVERIFY(r.profile->findPath({"0x4abc", "work", "_ZN4work6helperEv"}).isValid());
    }
    void defaultSampleTypeByName()
    {
        pb::Profile p = smallProfile();
        QCOMPARE(decode(serialize(p)).profile->defaultSampleType(), 1); // the last type
        p.set_default_sample_type(1); // "samples"
        QCOMPARE(decode(serialize(p)).profile->defaultSampleType(), 0);
        QCOMPARE(decode(serialize(p), PprofImporter::Decoder::Libprotobuf).profile->defaultSampleType(), 0);
    }
    void noSampleTypesIsAnError()
    {
        pb::Profile p = smallProfile();
        p.clear_sample_type();
        p.clear_sample();
        QVERIFY(decode(serialize(p)).error.contains(QStringLiteral("no sample types")));
    }
    void decoderFromEnvironment()
    {
        qputenv("PYROGRAPH_PPROF_DECODER", "libprotobuf");
        QCOMPARE(PprofImporter().decoder(), PprofImporter::Decoder::Libprotobuf);
        qunsetenv("PYROGRAPH_PPROF_DECODER");
        QCOMPARE(PprofImporter().decoder(), PprofImporter::Decoder::Fast);
    }
    void cancellation()
    {
        CancelAtOnce cancel;
        const ImportResult r = PprofImporter().decode(inflated("go-cpu.pb.gz"), QStringLiteral("x"), cancel);
        QVERIFY(!r.isOk());
        QVERIFY(r.isCancelled());
    }
};

PYROGRAPH_TEST_MAIN(tst_PprofImporter)
#include "tst_pprofimporter.moc"
