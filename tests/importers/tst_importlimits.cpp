#include "tests/support/testregistry.h"

#include "importers/profilereader.h"
#include "model/importlimits.h"
#include "model/progress.h"

#include <QTest>

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(name);
}

// The limits for one test, the defaults again after it.
class LimitsScope
{
public:
    explicit LimitsScope(const ImportLimits &limits) { ImportLimits::setCurrent(limits); }
    ~LimitsScope() { ImportLimits::setCurrent(ImportLimits()); }
};

ImportResult readText(const QByteArray &text, const QString &name)
{
    return ProfileReader().readBytes(text, name, Progress::none());
}
} // namespace

// ImportLimits through every importer's one path (ProfileBuilder, InputStream):
// each limit, once lowered, refuses a real file with a message that names the
// file, the limit and its option; at the defaults the same files read.
class tst_ImportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ImportLimits::setCurrent(ImportLimits()); }

    void theDefaultsReadRealFiles()
    {
        for (const char *file :
             {"pprof/go-cpu.pb.gz", "pprof/go-allocs.pb.gz", "collapsed/inferno/base_flames.txt"}) {
            const ImportResult result = ProfileReader().readFile(corpus(file), Progress::none());
            QVERIFY2(result.isOk(), qPrintable(result.error));
        }
    }

    void depth()
    {
        ImportLimits limits;
        limits.maxDepth = 5;
        const LimitsScope scope(limits);
        QVERIFY(readText("a;b;c;d;e 3\n", QStringLiteral("five.folded")).isOk());
        const ImportResult six =
            readText("a;b;c;d;e 3\na;b;c;d;e;f 1\n", QStringLiteral("six.folded"));
        QVERIFY(!six.isOk());
        QVERIFY2(six.error.startsWith(QStringLiteral("six.folded: ")), qPrintable(six.error));
        QVERIFY2(six.error.contains(QStringLiteral("a stack of 6 frames")), qPrintable(six.error));
        QVERIFY2(six.error.contains(QStringLiteral("--max-depth")), qPrintable(six.error));
    }

    void nameLength()
    {
        ImportLimits limits;
        limits.maxNameBytes = 100;
        const LimitsScope scope(limits);
        const QByteArray longName(101, 'x');
        const ImportResult result =
            readText("main;" + longName + " 1\n", QStringLiteral("long.folded"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("a frame name of 101 bytes")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("--max-name-bytes")),
                 qPrintable(result.error));
        QVERIFY(
            readText("main;" + QByteArray(100, 'x') + " 1\n", QStringLiteral("ok.folded")).isOk());
    }

    // perf script's first worker hands its own name table to the builder
    // (ProfileBuilder(types, NameInterner)): the limit still applies to it.
    void nameLengthOfPerfScriptSymbols()
    {
        ImportLimits limits;
        limits.maxNameBytes = 100;
        const LimitsScope scope(limits);
        const auto perf = [](const QByteArray &symbol) {
            return "app 12/12 100.000001: 1 cycles:\n\t1234 " + symbol
                + "+0x10 (/bin/app)\n\t5678 main+0x4 (/bin/app)\n\n";
        };
        const ImportResult result =
            readText(perf(QByteArray(101, 'y')), QStringLiteral("long.perf"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.startsWith(QStringLiteral("long.perf: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("a frame name of 101 bytes")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("--max-name-bytes")),
                 qPrintable(result.error));
        const ImportResult fits = readText(perf(QByteArray(100, 'y')), QStringLiteral("ok.perf"));
        QVERIFY2(fits.isOk(), qPrintable(fits.error));
    }

    void nodes()
    {
        const ImportResult whole =
            ProfileReader().readFile(corpus("pprof/go-cpu.pb.gz"), Progress::none());
        QVERIFY2(whole.isOk(), qPrintable(whole.error));
        const qint64 nodes = whole.profile->tree().nodeCount();
        ImportLimits limits;
        limits.maxNodes = nodes - 1;
        {
            const LimitsScope scope(limits);
            const ImportResult result =
                ProfileReader().readFile(corpus("pprof/go-cpu.pb.gz"), Progress::none());
            QVERIFY(!result.isOk());
            QVERIFY2(result.error.contains(QStringLiteral("go-cpu.pb.gz")),
                     qPrintable(result.error));
            QVERIFY2(result.error.contains(QStringLiteral("(%1)").arg(nodes)),
                     qPrintable(result.error));
            QVERIFY2(result.error.contains(QStringLiteral("--max-nodes")),
                     qPrintable(result.error));
        }
        limits.maxNodes = nodes;
        const LimitsScope exact(limits);
        QVERIFY(ProfileReader().readFile(corpus("pprof/go-cpu.pb.gz"), Progress::none()).isOk());
    }

    void sampleTypes()
    {
        ImportLimits limits;
        limits.maxSampleTypes = 3;
        const LimitsScope scope(limits);
        const ImportResult result =
            ProfileReader().readFile(corpus("pprof/go-allocs.pb.gz"), Progress::none());
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("the number of sample types (4)")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("--max-sample-types")),
                 qPrintable(result.error));
    }

    // Counts that would overflow the tree's 64-bit totals are refused, at the
    // default limits: two lines of 5e18 each.
    void valuesThatWouldOverflow()
    {
        const ImportResult result =
            readText("main;a 5000000000000000000\nmain;b 5000000000000000000\n",
                     QStringLiteral("huge.folded"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.startsWith(QStringLiteral("huge.folded: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("add up past")), qPrintable(result.error));
        QVERIFY(readText("main;a 4000000000000000000\n", QStringLiteral("big.folded")).isOk());
    }

    void decompressedSize()
    {
        ImportLimits limits;
        limits.maxDecompressedBytes = 4096;
        const LimitsScope scope(limits);
        const ImportResult result =
            ProfileReader().readFile(corpus("pprof/go-cpu.pb.gz"), Progress::none());
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("go-cpu.pb.gz")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("--max-decompressed")),
                 qPrintable(result.error));
    }
};

PYROGRAPH_TEST_MAIN(tst_ImportLimits)
#include "tst_importlimits.moc"
