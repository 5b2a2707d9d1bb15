// The benchmark generator (tests/bench/generateprofile.cpp) on a small size: its
// pprof, collapsed and perf script outputs must import into exactly the tree it
// says it wrote, so the benchmarks read what they claim to read. The generator
// counts the tree's nodes itself (by sorting its stacks), apart from our
// importers and CallTreeBuilder.

#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/perfscriptimporter.h"
#include "importers/profilereader.h"
#include "model/profile.h"
#include "model/progress.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <string_view>
#include <vector>

class tst_GeneratedProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pprofHasTheGeneratedTree();
    void collapsedHasTheSameTreeAsPprof();
    void perfScriptHasEverySample();
    void sameSeedSameBytesOtherSeedOtherSamples();

private:
    QJsonObject generate(const QString &prefix, int seed, bool perf);
    ProfilePtr import(const QString &path);

    QTemporaryDir m_dir;
    QJsonObject m_stats;
};

QJsonObject tst_GeneratedProfile::generate(const QString &prefix, int seed, bool perf)
{
    QStringList args = {QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--stacks"),
                        QStringLiteral("3000"), QStringLiteral("--functions"), QStringLiteral("800"),
                        QStringLiteral("--pprof"), prefix + QStringLiteral(".pb.gz"),
                        QStringLiteral("--collapsed"), prefix + QStringLiteral(".folded"),
                        QStringLiteral("--stats"), prefix + QStringLiteral(".json")};
    if (perf)
        args << QStringLiteral("--perf-script") << prefix + QStringLiteral(".perf.txt")
             << QStringLiteral("--perf-bytes") << QStringLiteral("3000000");
    QProcess process;
    process.start(QStringLiteral(PYROGRAPH_GENERATE), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    QFile stats(prefix + QStringLiteral(".json"));
    if (!stats.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(stats.readAll()).object();
}

ProfilePtr tst_GeneratedProfile::import(const QString &path)
{
    ProfileReader reader;
    const ImportResult result = reader.readFile(path, Progress::none());
    if (!result.isOk())
        qWarning() << result.error;
    return result.profile;
}

void tst_GeneratedProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stats = generate(m_dir.filePath(QStringLiteral("a")), 7, true);
    QVERIFY2(!m_stats.isEmpty(), "pyrograph_generate failed");
    QCOMPARE(m_stats.value(QStringLiteral("stacks")).toInt(), 3000);
    QCOMPARE(m_stats.value(QStringLiteral("maxDepth")).toInt(), 160);
}

void tst_GeneratedProfile::pprofHasTheGeneratedTree()
{
    const ProfilePtr p = import(m_dir.filePath(QStringLiteral("a.pb.gz")));
    QVERIFY(p);
    QCOMPARE(p->metadata().format, std::string("pprof"));
    QCOMPARE(p->sampleTypeCount(), 2);
    QCOMPARE(p->sampleTypes()[0], (SampleType{"samples", "count"}));
    QCOMPARE(p->sampleTypes()[1], (SampleType{"cpu", "nanoseconds"}));
    QCOMPARE(p->defaultSampleType(), 1); // pprof: the last type when none is named
    // the root is ours, not the generator's
    QCOMPARE(p->tree().nodeCount(), qsizetype(m_stats.value(QStringLiteral("treeNodes")).toInteger()) + 1);
    QCOMPARE(p->total(0), m_stats.value(QStringLiteral("totalCount")).toInteger());
    QCOMPARE(p->total(1), m_stats.value(QStringLiteral("totalCpu")).toInteger());
    QCOMPARE(qint64(p->tree().maxDepth()), m_stats.value(QStringLiteral("maxDepth")).toInteger());
    QCOMPARE(qint64(p->labels().samples.size()), m_stats.value(QStringLiteral("labelledSamples")).toInteger());
    QCOMPARE(p->labels().keys(), (std::vector<std::string>{"endpoint", "thread"}));
}

void tst_GeneratedProfile::collapsedHasTheSameTreeAsPprof()
{
    const ProfilePtr pprof = import(m_dir.filePath(QStringLiteral("a.pb.gz")));
    const ProfilePtr folded = import(m_dir.filePath(QStringLiteral("a.folded")));
    QVERIFY(pprof && folded);
    QCOMPARE(folded->metadata().format, std::string("collapsed"));
    QCOMPARE(folded->tree().nodeCount(), pprof->tree().nodeCount());
    QCOMPARE(folded->total(0), pprof->total(0));
    // node by node: the same path has the same samples/count total on both sides
    const CallTree &tree = folded->tree();
    std::vector<std::string_view> path;
    for (quint32 i = 1; i < quint32(tree.nodeCount()); ++i) {
        const NodeId node(i);
        path.resize(tree.depth(node));
        for (NodeId n = node; n != CallTree::root(); n = tree.parent(n))
            path[tree.depth(n) - 1] = folded->name(n);
        const NodeId other = pprof->findPath(path);
        QVERIFY2(other.isValid(), std::string(path.back()).c_str());
        QCOMPARE(pprof->tree().total(other, 0), tree.total(node, 0));
    }
}

void tst_GeneratedProfile::perfScriptHasEverySample()
{
    // the importer itself, whether or not ProfileReader lists it yet
    QString error;
    const auto input = InputStream::openFile(m_dir.filePath(QStringLiteral("a.perf.txt")), &error);
    QVERIFY2(input, qPrintable(error));
    const PerfScriptImporter importer;
    QVERIFY(importer.probe(input->peek()));
    const ImportResult result = importer.read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const ProfilePtr p = result.profile;
    QCOMPARE(p->metadata().format, std::string("perf script"));
    const qint64 samples = m_stats.value(QStringLiteral("perfScriptSamples")).toInteger();
    QVERIFY(samples > 100);
    QCOMPARE(qint64(p->metadata().sampleTimes.timeNanos.size()), samples);
    // under the comm root, the deepest stack of a perf file is at most the generator's
    QVERIFY(qint64(p->tree().maxDepth()) <= m_stats.value(QStringLiteral("maxDepth")).toInteger() + 1);
}

void tst_GeneratedProfile::sameSeedSameBytesOtherSeedOtherSamples()
{
    const QJsonObject again = generate(m_dir.filePath(QStringLiteral("b")), 7, false);
    const QJsonObject other = generate(m_dir.filePath(QStringLiteral("c")), 8, false);
    QVERIFY(!again.isEmpty() && !other.isEmpty());
    auto bytes = [&](const QString &name) {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray a = bytes(QStringLiteral("a.folded"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(bytes(QStringLiteral("b.folded")), a);
    QCOMPARE(bytes(QStringLiteral("b.pb.gz")), bytes(QStringLiteral("a.pb.gz")));
    QVERIFY(bytes(QStringLiteral("c.folded")) != a);
    QVERIFY(other.value(QStringLiteral("totalCount")) != m_stats.value(QStringLiteral("totalCount")));
}

PYROGRAPH_TEST_MAIN(tst_GeneratedProfile)
#include "tst_generatedprofile.moc"
