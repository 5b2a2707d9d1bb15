#include "tests/support/testregistry.h"

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}
} // namespace

// The info and top subcommands and every error path, through the real executable.
class tst_CliCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRun::executable()), qPrintable(CliRun::executable()));
    }

    void infoJsonOnCollapsed()
    {
        const CliRun r = CliRun::run({"info", corpus("collapsed/simple.txt"), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["format"].toString(), QStringLiteral("collapsed"));
        const QJsonArray types = o["sampleTypes"].toArray();
        QCOMPARE(types.size(), 1);
        QCOMPARE(types[0]["total"].toInteger(), 14);
        QCOMPARE(types[0]["default"].toBool(), true);
        QCOMPARE(o["nodes"].toInteger(), 5); // total, a, b, c, d
        QCOMPARE(o["functions"].toInteger(), 4);
    }
    // The --max-* options reach the import: a lowered limit refuses the file
    // naming it and the option; a limit that is not a number is a usage error.
    void limitOptions()
    {
        const QString file = corpus("pprof/go-cpu.pb.gz");
        const CliRun ok = CliRun::run({"info", file, "--max-depth", "1000"});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const CliRun deep = CliRun::run({"info", file, "--max-depth", "3"});
        QCOMPARE(deep.exitCode, 1);
        QVERIFY2(deep.err.contains(file) && deep.err.contains(QStringLiteral("--max-depth")),
                 qPrintable(deep.err));
        const CliRun nodes = CliRun::run({"top", file, "--max-nodes", "10"});
        QCOMPARE(nodes.exitCode, 1);
        QVERIFY2(nodes.err.contains(QStringLiteral("--max-nodes")), qPrintable(nodes.err));
        const CliRun bomb = CliRun::run({"info", file, "--max-decompressed", "1000"});
        QCOMPARE(bomb.exitCode, 1);
        QVERIFY2(bomb.err.contains(QStringLiteral("--max-decompressed")), qPrintable(bomb.err));
        const CliRun wrong = CliRun::run({"info", file, "--max-nodes", "0"});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("--max-nodes wants a whole number")),
                 qPrintable(wrong.err));
    }

    void infoJsonOnPprof()
    {
        const CliRun r = CliRun::run({"info", corpus("pprof/go-cpu.pb.gz"), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["format"].toString(), QStringLiteral("pprof"));
        const QJsonArray types = o["sampleTypes"].toArray();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types[0]["type"].toString(), QStringLiteral("samples"));
        QCOMPARE(types[0]["total"].toInteger(), 2257);
        QCOMPARE(types[1]["type"].toString(), QStringLiteral("cpu"));
        QCOMPARE(types[1]["unit"].toString(), QStringLiteral("nanoseconds"));
        QCOMPARE(types[1]["total"].toInteger(), 22570000000);
        QCOMPARE(o["defaultSampleType"].toString(), QStringLiteral("cpu")); // pprof: the last type
        QCOMPARE(o["functions"].toInteger(), 451); // go tool pprof: 194 shown + 257 dropped
        QCOMPARE(o["durationNanos"].toInteger(), 20215396714);
        QCOMPARE(o["period"].toInteger(), 10000000);
    }
    void infoTextMarksTheDefault()
    {
        const CliRun r = CliRun::run({"info", corpus("pprof/go-cpu.pb.gz")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("cpu/nanoseconds: 22.6 s (22570000000)  [default]")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("samples/count: 2,257 (2257)\n")));
        QVERIFY(r.out.contains(QStringLiteral("format: pprof")));
        QVERIFY(r.out.contains(QStringLiteral("duration: 20.2 s")));
    }
    void infoReadsStdin()
    {
        QFile f(corpus("collapsed/simple.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CliRun r = CliRun::run({"info", "-", "--json"}, f.readAll());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()["sampleTypes"].toArray().at(0)["total"].toInteger(), 14);
    }

    void topJsonIsExact()
    {
        const CliRun r = CliRun::run({"top", corpus("collapsed/simple.txt"), "--json"});
        QCOMPARE(r.exitCode, 0);
        // a;b;c 1+1+3, a;b;d 4, a;b 5: b has self 5 and total 14.
        QCOMPARE(r.out, QStringLiteral("{\"format\":\"collapsed\",\"sampleType\":{\"type\":\"samples\",\"unit\":\"count\"},"
                                       "\"total\":14,\"functions\":[{\"name\":\"b\",\"self\":5,\"total\":14},"
                                       "{\"name\":\"c\",\"self\":5,\"total\":5},{\"name\":\"d\",\"self\":4,\"total\":4},"
                                       "{\"name\":\"a\",\"self\":0,\"total\":14}]}\n"));
    }
    void topJsonOnPprofHasEveryFunction()
    {
        const CliRun r = CliRun::run({"top", corpus("pprof/go-cpu.pb.gz"), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["sampleType"].toObject()["type"].toString(), QStringLiteral("cpu"));
        QCOMPARE(o["total"].toInteger(), 22570000000);
        const QJsonArray functions = o["functions"].toArray();
        QCOMPARE(functions.size(), 451);
        // As `go tool pprof -top` shows it: 3640ms flat and cum.
        QCOMPARE(functions[0]["name"].toString(), QStringLiteral("runtime.memclrNoHeapPointers"));
        QCOMPARE(functions[0]["self"].toInteger(), 3640000000);
        QCOMPARE(functions[0]["total"].toInteger(), 3640000000);
        QCOMPARE(functions[2]["name"].toString(), QStringLiteral("sort.partition"));
        QCOMPARE(functions[2]["total"].toInteger(), 2370000000);
        qint64 self = 0;
        for (const QJsonValue &f : functions)
            self += f["self"].toInteger();
        QCOMPARE(self, 22570000000); // every sample is some function's self
    }
    void topLimitAndSampleType()
    {
        const CliRun r = CliRun::run({"top", corpus("pprof/go-cpu.pb.gz"), "-t", "samples", "-n", "3", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["sampleType"].toObject()["unit"].toString(), QStringLiteral("count"));
        QCOMPARE(o["total"].toInteger(), 2257);
        QCOMPARE(o["functions"].toArray().size(), 3);
        QCOMPARE(o["functions"].toArray().at(0)["self"].toInteger(), 364);
    }
    void topTextHasColumnsInTheUnit()
    {
        const CliRun r = CliRun::run({"top", corpus("pprof/go-cpu.pb.gz"), "-n", "2"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // summary, header, two rows
        QVERIFY(lines[0].contains(QStringLiteral("total: 22.6 s")));
        QCOMPARE(lines[1].simplified(), QStringLiteral("self self% total total% name"));
        QCOMPARE(lines[2].simplified(), QStringLiteral("3.64 s 16.13% 3.64 s 16.13% runtime.memclrNoHeapPointers"));
    }

    void missingFileNamesIt()
    {
        const QString path = QStringLiteral("/nonexistent/dir/profile.pb.gz");
        for (const QString &command : {QStringLiteral("info"), QStringLiteral("top")}) {
            const CliRun r = CliRun::run({command, path});
            QVERIFY(r.exitCode > 0);
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }
    void garbageFileNamesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) % 251 + 1));
        f.write(bytes);
        f.close();
        const CliRun r = CliRun::run({"info", path, "--json"});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains(QStringLiteral("garbage.bin")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    void truncatedGzipNamesIt()
    {
        QFile in(corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("truncated.pb.gz"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
        out.close();
        const CliRun r = CliRun::run({"top", path});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains(QStringLiteral("truncated.pb.gz")), qPrintable(r.err));
    }
    void unknownSampleTypeListsTheAvailable()
    {
        const CliRun r = CliRun::run({"top", corpus("pprof/go-cpu.pb.gz"), "-t", "wall"});
        QVERIFY(r.exitCode > 0);
        QVERIFY(r.err.contains(QStringLiteral("go-cpu.pb.gz")));
        QVERIFY(r.err.contains(QStringLiteral("\"wall\"")));
        QVERIFY2(r.err.contains(QStringLiteral("samples, cpu")), qPrintable(r.err));
    }
    void usageErrorsExitNonZero()
    {
        QCOMPARE(CliRun::run({"info"}).exitCode, 2);
        QCOMPARE(CliRun::run({"top", corpus("collapsed/simple.txt"), "-n", "x"}).exitCode, 2);
        const CliRun r = CliRun::run({"info", corpus("collapsed/simple.txt"), "--frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    }
    void helpNeedsNoDisplay()
    {
        const CliRun r = CliRun::run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--screenshot")));
        QVERIFY(r.out.contains(QStringLiteral("export")));
    }
};

PYROGRAPH_TEST_MAIN(tst_CliCommand)
#include "tst_clicommand.moc"
