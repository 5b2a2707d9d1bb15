#include "tests/support/testregistry.h"

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <set>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

struct Cost
{
    qint64 self = 0;
    qint64 total = 0;
    bool operator==(const Cost &) const = default;
};

// Self and total per function straight from collapsed text, independently of
// the importers: self goes to the leaf, total to every distinct function on
// the stack (recursion counted once).
std::map<QString, Cost> costsOf(const QString &path, qint64 *sum)
{
    std::map<QString, Cost> costs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return costs;
    *sum = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype space = line.lastIndexOf(u' ');
        const qint64 value = line.mid(space + 1).toLongLong();
        const QStringList frames = line.left(space).split(u';');
        *sum += value;
        costs[frames.last()].self += value;
        for (const QString &f : std::set<QString>(frames.begin(), frames.end()))
            costs[f].total += value;
    }
    return costs;
}

std::map<QString, std::pair<Cost, Cost>> functionsOf(const QJsonObject &o)
{
    std::map<QString, std::pair<Cost, Cost>> functions;
    for (const QJsonValue &v : o[QStringLiteral("functions")].toArray()) {
        const QJsonObject f = v.toObject();
        auto cost = [&](const char *side) {
            const QJsonObject c = f[QLatin1String(side)].toObject();
            return Cost{c[QStringLiteral("self")].toInteger(), c[QStringLiteral("total")].toInteger()};
        };
        functions[f[QStringLiteral("name")].toString()] = {cost("baseline"), cost("comparison")};
    }
    return functions;
}
} // namespace

// `pyrograph diff` through the real executable.
class tst_DiffCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRun::executable()), qPrintable(CliRun::executable()));
        QVERIFY(m_dir.isValid());
    }

    void jsonOnTheInfernoPairIsExact()
    {
        const QString before = corpus("collapsed/inferno/diff-folded_before.txt");
        const QString after = corpus("collapsed/inferno/diff-folded_after.txt");
        const CliRun r = CliRun::run({"diff", before, after, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QVERIFY2(!o.isEmpty(), qPrintable(r.out));
        // Exactly these keys, in this order.
        QVERIFY2(r.out.startsWith(QLatin1String(
                     "{\"sampleType\":{\"type\":\"samples\",\"unit\":\"count\"},\"baselineTotal\":65,\"comparisonTotal\":80,\"functions\":[{\"name\":")),
                 qPrintable(r.out.left(200)));
        qint64 beforeSum = 0, afterSum = 0;
        const std::map<QString, Cost> left = costsOf(before, &beforeSum), right = costsOf(after, &afterSum);
        QCOMPARE(o["baselineTotal"].toInteger(), beforeSum);
        QCOMPARE(o["comparisonTotal"].toInteger(), afterSum);
        const auto functions = functionsOf(o);
        // Every function of either side, each with its exact costs on both.
        std::set<QString> names;
        for (const auto &[name, cost] : left)
            names.insert(name);
        for (const auto &[name, cost] : right)
            names.insert(name);
        QCOMPARE(functions.size(), names.size());
        for (const QString &name : names) {
            QVERIFY2(functions.count(name), qPrintable(name));
            const Cost l = left.count(name) ? left.at(name) : Cost(), rr = right.count(name) ? right.at(name) : Cost();
            QVERIFY2(functions.at(name).first == l, qPrintable(name));
            QVERIFY2(functions.at(name).second == rr, qPrintable(name));
        }
        // Spot checks by hand: __fget_light_[k] is new, 0xF1BDE348 removed.
        QCOMPARE(functions.at("__fget_light_[k]").second.self, 12);
        QCOMPARE(functions.at("__fget_light_[k]").first.total, 0);
        QCOMPARE(functions.at("0xF1BDE348").first.self, 1);
        QCOMPARE(functions.at("0xF1BDE348").second.total, 0);
        // The largest change of self first.
        QCOMPARE(o["functions"].toArray().at(0)["name"].toString(), QStringLiteral("__fget_light_[k]"));
    }

    void pprofAgainstCollapsed()
    {
        // The same samples in two formats: pprof against the collapsed text our exporter wrote from it.
        const QString pprof = corpus("pprof/go-cpu.pb.gz");
        const QString folded = m_dir.filePath(QStringLiteral("go-cpu.folded"));
        QCOMPARE(CliRun::run({"export", pprof, "-t", "samples", "-o", folded}).exitCode, 0);
        CliRun r = CliRun::run({"diff", pprof, folded, "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json();
        // Paired by name: the collapsed side has only "samples".
        QCOMPARE(o["sampleType"].toObject()["type"].toString(), QStringLiteral("samples"));
        QCOMPARE(o["baselineTotal"].toInteger(), 2257);
        QCOMPARE(o["comparisonTotal"].toInteger(), 2257);
        auto functions = functionsOf(o);
        QCOMPARE(functions.size(), size_t(451));
        for (const auto &[name, sides] : functions)
            QVERIFY2(sides.first == sides.second, qPrintable(name));

        // One new stack in the collapsed file: one new function, the rest unchanged.
        QFile file(folded);
        QVERIFY(file.open(QIODevice::Append));
        file.write("main;brandNewFunction 40\n");
        file.close();
        r = CliRun::run({"diff", pprof, folded, "--json"});
        QCOMPARE(r.exitCode, 0);
        o = r.json();
        QCOMPARE(o["comparisonTotal"].toInteger(), 2257 + 40);
        functions = functionsOf(o);
        QCOMPARE(functions.at("brandNewFunction").first, Cost());
        QCOMPARE(functions.at("brandNewFunction").second, (Cost{40, 40}));
        QCOMPARE(functions.at("main").second.total, functions.at("main").first.total + 40);
        QCOMPARE(o["functions"].toArray().at(0)["name"].toString(), QStringLiteral("brandNewFunction"));
    }

    void sampleTypeOption()
    {
        const QString pprof = corpus("pprof/go-cpu.pb.gz");
        CliRun r = CliRun::run({"diff", pprof, pprof, "-t", "cpu", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()["sampleType"].toObject()["unit"].toString(), QStringLiteral("nanoseconds"));
        QCOMPARE(r.json()["baselineTotal"].toInteger(), 22570000000);
        r = CliRun::run({"diff", pprof, corpus("collapsed/simple.txt"), "-t", "cpu"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("simple.txt has no sample type \"cpu\"")), qPrintable(r.err));
    }

    void newTypeOptionPairsDifferentNames()
    {
        // Node's heap profile calls it "space", Go's "inuse_space"; both bytes.
        const QString node = corpus("pprof/node-heap.pb.gz"), go = corpus("pprof/go-allocs.pb.gz");
        CliRun r = CliRun::run({"diff", node, go, "-t", "space", "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("go-allocs.pb.gz has no sample type \"space\"")), qPrintable(r.err));
        r = CliRun::run({"diff", node, go, "-t", "space", "--new-type", "inuse_space", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()["sampleType"].toObject()["type"].toString(), QStringLiteral("space"));
        QCOMPARE(r.json()["sampleType"].toObject()["unit"].toString(), QStringLiteral("bytes"));
        QCOMPARE(r.json()["baselineTotal"].toInteger(), 14275716);
        QCOMPARE(r.json()["comparisonTotal"].toInteger(), 1573128);
        // Units must still match: bytes against a count is refused, naming both.
        r = CliRun::run({"diff", node, go, "--new-type", "inuse_objects", "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("the units differ")) && r.err.contains(QLatin1String("inuse_objects")),
                 qPrintable(r.err));
    }

    void outputIsReadableAsADiff()
    {
        const QString out = m_dir.filePath(QStringLiteral("inferno-diff.json"));
        const CliRun r = CliRun::run({"diff", corpus("collapsed/inferno/diff-folded_before.txt"),
                                      corpus("collapsed/inferno/diff-folded_after.txt"), "-o", out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        const CliRun info = CliRun::run({"info", out, "--json"});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = info.json();
        QCOMPARE(o["format"].toString(), QStringLiteral("flamebearer"));
        const QJsonArray types = o["sampleTypes"].toArray();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types[0]["type"].toString(), QStringLiteral("baseline"));
        QCOMPARE(types[0]["total"].toInteger(), 65);
        QCOMPARE(types[1]["type"].toString(), QStringLiteral("comparison"));
        QCOMPARE(types[1]["total"].toInteger(), 80);
        // The written diff diffs again to the same functions (diffing its two columns is not
        // possible from the CLI, so compare its tables with top).
        const CliRun top = CliRun::run({"top", out, "-t", "comparison", "--json"});
        QCOMPARE(top.exitCode, 0);
        bool found = false;
        for (const QJsonValue &f : top.json()["functions"].toArray())
            if (f["name"].toString() == QLatin1String("__fget_light_[k]")) {
                QCOMPARE(f["self"].toInteger(), 12);
                found = true;
            }
        QVERIFY(found);
    }

    void twoColumnOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("inferno.folded"));
        QCOMPARE(CliRun::run({"diff", corpus("collapsed/inferno/diff-folded_before.txt"),
                              corpus("collapsed/inferno/diff-folded_after.txt"), "-o", out})
                     .exitCode,
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("dd;[unknown];0x234f2abc;system_call_[k];0xF1BDE348 1 0\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("dd;[unknown];read 14 13\n")), qPrintable(text));
    }

    void textOutput()
    {
        const CliRun r = CliRun::run({"diff", corpus("collapsed/inferno/diff-folded_before.txt"),
                                      corpus("collapsed/inferno/diff-folded_after.txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("sample type: samples/count, baseline: 65, comparison: 80\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\n +0 +12 +\\+12 +new  __fget_light_\\[k\\]\\n"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\n +1 +0 +-1 +removed  0xF1BDE348\\n"))));
    }

    void errors()
    {
        const QString simple = corpus("collapsed/simple.txt");
        CliRun r = CliRun::run({"diff", simple});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("two input files")), qPrintable(r.err));
        r = CliRun::run({"diff", simple, simple, "-o", m_dir.filePath(QStringLiteral("x.bmp"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String(".json")), qPrintable(r.err));
        r = CliRun::run({"diff", simple, m_dir.filePath(QStringLiteral("missing.pb.gz"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("missing.pb.gz: no such file")), qPrintable(r.err));
        // Nothing in common: refused with both files and their types named.
        r = CliRun::run({"diff", corpus("pprof/go-cpu.pb.gz"), corpus("pprof/go-allocs.pb.gz")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("go-cpu.pb.gz")) && r.err.contains(QLatin1String("go-allocs.pb.gz"))
                     && r.err.contains(QLatin1String("nanoseconds")) && r.err.contains(QLatin1String("bytes")),
                 qPrintable(r.err));
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffCommand)
#include "tst_diffcommand.moc"
