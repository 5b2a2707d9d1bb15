#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/profileimporter.h"
#include "importers/profilereader.h"
#include "model/progress.h"

#include "importers/pprofwriter.h"
#include "model/profilebuilder.h"

#include "importertestutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace testutil;

namespace {
// A pprof message and perf script text larger than the 64 KiB the reader
// peeks, so that a cut can fall in the head or in what the importer reads.
QByteArray largePprofMessage()
{
    ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
    for (int i = 0; i < 4000; ++i) {
        const std::string leaf = "function_number_" + std::to_string(i) + "_with_a_name_as_long_as_real_ones";
        const std::vector<std::string_view> stack{"main", "worker", leaf};
        const std::vector<qint64> values{i + 1};
        builder.addStack(stack, values);
    }
    return PprofWriter::encode(*builder.build());
}

QByteArray largePerfScript()
{
    QByteArray out;
    for (int i = 0; out.size() < (1 << 20); ++i)
        out += "app 10/11 " + QByteArray::number(i) + ".5: 100 cycles:\n\t a1 function_" + QByteArray::number(i % 500)
               + "+0x10 (/bin/app)\n\t a2 main+0x20 (/bin/app)\n\n";
    return out;
}

QByteArray cut(const QByteArray &bytes)
{
    return bytes.left(bytes.size() * 3 / 4);
}
} // namespace

class tst_ProfileReader : public QObject
{
    Q_OBJECT
private slots:
    void detectionOrder()
    {
        // Binary pprof first; JSON formats before the line-based collapsed.
        const QStringList names = ProfileReader().formatNames();
        QCOMPARE(names.first(), QStringLiteral("pprof"));
        QVERIFY(names.contains(QStringLiteral("flamebearer")));
        QVERIFY(names.indexOf(QStringLiteral("flamebearer")) < names.indexOf(QStringLiteral("collapsed")));
    }

    void detectsByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("collapsed") << corpus("collapsed/inferno/base_flames.txt") << QStringLiteral("collapsed");
        QTest::newRow("collapsed utf-16") << corpus("collapsed/simple-utf16-be.txt") << QStringLiteral("collapsed");
        QTest::newRow("flamebearer") << corpus("pyroscope/server-alloc-objects.json") << QStringLiteral("flamebearer");
        QTest::newRow("pprof gzip") << corpus("pprof/go-cpu.pb.gz") << QStringLiteral("pprof");
        QTest::newRow("pprof plain") << corpus("pprof/speedscope-simple.prof") << QStringLiteral("pprof");
        QTest::newRow("pmcstat") << corpus("pmcstat/simple.txt") << QStringLiteral("pmcstat");
        // The JavaScript family: each probe claims its own files and none of the others'.
        QTest::newRow("chrome trace") << corpus("chrome/chrome69-simple-trace.json") << QStringLiteral("Chrome trace");
        QTest::newRow("chrome 65 timeline") << corpus("chrome/chrome65-timeline-cpuprofile.json") << QStringLiteral("Chrome trace");
        QTest::newRow("speedscope") << corpus("speedscope/simple-sampled.speedscope.json") << QStringLiteral("speedscope");
        QTest::newRow("firefox") << corpus("firefox/simple-firefox.json") << QStringLiteral("Firefox profile");
        QTest::newRow("firefox processed") << corpus("firefox/processed-17a.json") << QStringLiteral("Firefox profile");
        QTest::newRow("safari") << corpus("safari/simple.html-recording.json") << QStringLiteral("Safari timeline");
        QTest::newRow("v8 prof log") << corpus("v8/simple.v8log.json.gz") << QStringLiteral("V8 prof log");
        QTest::newRow("stackprof cpu") << corpus("stackprof/ours-cpu.json") << QStringLiteral("stackprof");
        QTest::newRow("stackprof wall") << corpus("stackprof/ours-wall.json") << QStringLiteral("stackprof");
        QTest::newRow("stackprof object") << corpus("stackprof/ours-object.json") << QStringLiteral("stackprof");
        QTest::newRow("callgrind") << corpus("callgrind/callgrind.example.log") << QStringLiteral("callgrind");
        QTest::newRow("callgrind xdebug") << corpus("callgrind/callgrind.multiple-event-types.log") << QStringLiteral("callgrind");
        QTest::newRow("callgrind valgrind") << corpus("callgrind/ours-callgrind.out.prog") << QStringLiteral("callgrind");
        QTest::newRow("papyrus stack") << corpus("papyrus/stack.log") << QStringLiteral("papyrus");
        QTest::newRow("papyrus script") << corpus("papyrus/script.log") << QStringLiteral("papyrus");
        QTest::newRow("instruments time") << corpus("instruments/simple-time-profile-deep-copy.txt") << QStringLiteral("instruments");
        QTest::newRow("instruments allocations") << corpus("instruments/random-allocations-deep-copy.txt") << QStringLiteral("instruments");
        QTest::newRow("instruments cycles") << corpus("instruments/cycles-example-deep-copy.txt") << QStringLiteral("instruments");
        QTest::newRow("jfr") << corpus("jfr/workload.jfr") << QStringLiteral("jfr");
        QTest::newRow("ghc -pj") << corpus("haskell/simple.prof") << QStringLiteral("GHC profile");
        QTest::newRow("ghc -P text") << corpus("haskell/simple-P.prof") << QStringLiteral("GHC profile");
    }
    void detectsByContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        ProfileReader reader;
        QString error;
        auto in = InputStream::openFile(file, &error);
        QVERIFY(in);
        const ProfileImporter *importer = reader.detect(in->peek());
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), format);
        const ImportResult r = reader.read(*in, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(QString::fromStdString(r.profile->metadata().format), format);
        QVERIFY(r.profile->total(r.profile->defaultSampleType()) > 0);
    }

    void fileNameDoesNotMatter()
    {
        // A collapsed file named .json and a flamebearer file named .txt.
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("stacks.json"));
        const QString txt = dir.filePath(QStringLiteral("render.txt"));
        QVERIFY(writeFile(json, "a;b 3\na 1\n"));
        QVERIFY(writeFile(txt, readFile(corpus("pyroscope/server-alloc-objects.json"))));
        const ImportResult a = ProfileReader().readFile(json, Progress::none());
        QVERIFY2(a.isOk(), qPrintable(a.error));
        QCOMPARE(a.profile->metadata().format, std::string("collapsed"));
        QCOMPARE(a.profile->total(0), 4);
        const ImportResult b = ProfileReader().readFile(txt, Progress::none());
        QVERIFY2(b.isOk(), qPrintable(b.error));
        QCOMPARE(b.profile->total(0), 2489323);
    }

    void compressedInputsReadTransparently()
    {
        const QByteArray folded = readFile(corpus("collapsed/inferno/base_flames.txt"));
        const QByteArray json = readFile(corpus("pyroscope/server-alloc-objects.json"));
        ProfileReader reader;
        const ImportResult a = reader.readBytes(gzip(folded), QStringLiteral("f.gz"), Progress::none());
        QVERIFY2(a.isOk(), qPrintable(a.error));
        QCOMPARE(a.profile->total(0), 598400);
        const ImportResult b = reader.readBytes(zstd(folded), QStringLiteral("f.zst"), Progress::none());
        QVERIFY2(b.isOk(), qPrintable(b.error));
        QCOMPARE(b.profile->total(0), 598400);
        const ImportResult c = reader.readBytes(zstd(json), QStringLiteral("j.zst"), Progress::none());
        QVERIFY2(c.isOk(), qPrintable(c.error));
        QCOMPARE(c.profile->total(0), 2489323);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("render.json.gz"));
        QVERIFY(writeFile(path, gzip(json)));
        const ImportResult d = reader.readFile(path, Progress::none());
        QVERIFY2(d.isOk(), qPrintable(d.error));
        QCOMPARE(d.profile->total(0), 2489323);
    }

    void baseNameDropsEveryProfileExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("base");
        QTest::newRow("pprof") << "/tmp/go-cpu.pb.gz"
                               << "go-cpu";
        QTest::newRow("raw pprof") << "heap.pprof"
                                   << "heap";
        QTest::newRow("compressed folded") << "dir/perf.folded.zst"
                                           << "perf";
        QTest::newRow("speedscope") << "trace.speedscope.json"
                                    << "trace";
        QTest::newRow("upper case") << "CPU.PB.GZ"
                                    << "CPU";
        QTest::newRow("dots in the name") << "v1.2.collapsed.txt"
                                          << "v1.2";
        QTest::newRow("unknown extension kept") << "notes.md"
                                                << "notes.md";
        QTest::newRow("only an extension") << ".txt"
                                           << ".txt";
    }
    void baseNameDropsEveryProfileExtension()
    {
        QFETCH(QString, path);
        QFETCH(QString, base);
        QCOMPARE(ProfileReader::baseName(path), base);
    }
    void garbageIsUnrecognised()
    {
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage += char((i * 7919 + 13) % 251);
        const ImportResult r = ProfileReader().readBytes(garbage, QStringLiteral("noise.bin"), Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("noise.bin: unrecognised format (tried pprof, ")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("collapsed")));
        QVERIFY(r.error.contains(QLatin1String("flamebearer")));
    }

    void proseIsUnrecognised()
    {
        const ImportResult r =
            ProfileReader().readBytes("Dear reader,\nthis is not a profile.\n", QStringLiteral("letter.txt"), Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("letter.txt: unrecognised format")), qPrintable(r.error));
    }

    void emptyFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pb.gz"));
        QVERIFY(writeFile(path, QByteArray()));
        const ImportResult r = ProfileReader().readFile(path, Progress::none());
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, path + QStringLiteral(": the input is empty"));
        // An empty gzip member is empty too.
        const ImportResult g = ProfileReader().readBytes(gzip(QByteArray()), QStringLiteral("e.gz"), Progress::none());
        QVERIFY(!g.isOk());
        QCOMPARE(g.error, QStringLiteral("e.gz: the input is empty"));
    }

    void missingFileIsAnError()
    {
        const ImportResult r = ProfileReader().readFile(QStringLiteral("/no/such/profile.pb.gz"), Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("/no/such/profile.pb.gz: cannot open")), qPrintable(r.error));
    }

    void truncatedGzipHeadIsACompressionError()
    {
        // Cut inside the first 64 KiB: the peek itself fails.
        const QByteArray compressed = gzip(readFile(corpus("collapsed/inferno/base_flames.txt")));
        const ImportResult r =
            ProfileReader().readBytes(compressed.left(200), QStringLiteral("cut.folded.gz"), Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("cut.folded.gz: gzip: truncated")), qPrintable(r.error));
    }

    void truncatedGzipAfterTheHeadIsAnError()
    {
        QByteArray big;
        while (big.size() < (2 << 20))
            big += readFile(corpus("collapsed/inferno/base_flames.txt"));
        const QByteArray compressed = gzip(big);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.folded.gz"));
        QVERIFY(writeFile(path, compressed.left(compressed.size() * 3 / 4)));
        const ImportResult r = ProfileReader().readFile(path, Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": gzip: truncated")), qPrintable(r.error));
    }

    // Each broken file, read as users read it (readFile): the message names the
    // file once and says what is wrong with it.
    void brokenFilesNameTheFileOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray pprof = largePprofMessage();
        const QByteArray perf = largePerfScript();
        const QString gzipCut = QStringLiteral("gzip: truncated");
        const QString zstdCut = QStringLiteral("zstd: truncated");
        QTest::newRow("pprof gzip cut after the head") << "x.pb.gz" << cut(gzip(pprof)) << gzipCut;
        QTest::newRow("pprof gzip cut in the head") << "x.pb.gz" << gzip(pprof).left(100) << gzipCut;
        QTest::newRow("pprof zstd cut") << "x.pb.zst" << cut(zstd(pprof)) << zstdCut;
        QTest::newRow("perf gzip cut") << "x.perf.gz" << cut(gzip(perf)) << gzipCut;
        QTest::newRow("perf zstd cut") << "x.perf.zst" << cut(zstd(perf)) << zstdCut;
        QTest::newRow("json gzip cut") << "x.json.gz"
                                       << cut(gzip(readFile(corpus("speedscope/simple-sampled.speedscope.json")).repeated(50)))
                                       << gzipCut;
        QTest::newRow("gzip garbage") << "x.pb.gz" << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + QByteArray(64, '\xff')
                                      << QStringLiteral("gzip: corrupt compressed data");
        QTest::newRow("zstd garbage") << "x.pb.zst" << QByteArray("\x28\xb5\x2f\xfd", 4) + QByteArray(64, '\xff')
                                      << QStringLiteral("zstd: corrupt compressed data");
        QTest::newRow("plain pprof cut") << "x.pb" << cut(pprof) << QStringLiteral("pprof: ");
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QTest::newRow("plain garbage") << "x.bin" << garbage << QStringLiteral("unrecognised format");
    }
    void brokenFilesNameTheFileOnce()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, bytes));
        const ImportResult r = ProfileReader().readFile(path, Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.count(name) == 1, qPrintable(r.error));
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
    }

    void decompressionBombRefused()
    {
        // A valid line, then 40 MiB of blank lines: detected as collapsed, and
        // the stream refuses while the importer reads on.
        QByteArray bomb = "a;b 1\n";
        bomb += QByteArray(40 << 20, '\n');
        auto in = InputStream::fromBytes(zstd(bomb, 19), QStringLiteral("bomb.zst"));
        in->setLimits(8 << 20, InputStream::maxRatio, 0);
        const ImportResult r = ProfileReader().read(*in, Progress::none());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.contains(QLatin1String("bomb.zst")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("refusing a likely decompression bomb")), qPrintable(r.error));
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileReader)
#include "tst_profilereader.moc"
