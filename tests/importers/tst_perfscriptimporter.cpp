#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/perfscriptimporter.h"
#include "model/functiontable.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <set>
#include <string>

namespace {

struct Cost
{
    qint64 self = 0;
    qint64 total = 0;
    bool operator==(const Cost &) const = default;
};
using Table = std::map<std::string, Cost>;

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/perf-script/") + name;
}

QString stackcollapsePerf()
{
    return QStringLiteral(PYROGRAPH_PEERS_DIR "/FlameGraph/stackcollapse-perf.pl");
}

// The decompressed bytes of a file, through the same stream the importer reads.
QByteArray fileBytes(const QString &path)
{
    QString error;
    auto input = InputStream::openFile(path, &error);
    if (!input)
        return {};
    return input->readAll();
}

// stackcollapse-perf.pl's output for these bytes. Two blank lines are appended
// because the script drops a last sample that no blank line ends; we keep it.
QByteArray runStackcollapse(const QByteArray &perfScript, const QStringList &options = {})
{
    QProcess perl;
    perl.start(QStringLiteral("perl"), QStringList{stackcollapsePerf()} + options);
    if (!perl.waitForStarted())
        return {};
    perl.write(perfScript);
    perl.write("\n\n");
    perl.closeWriteChannel();
    perl.waitForFinished(120000);
    return perl.readAllStandardOutput();
}

// The function table of collapsed stacks, computed here independently of the
// model: self on the leaf, total once per name per stack.
Table tableFromCollapsed(const QByteArray &collapsed)
{
    Table table;
    for (const QByteArray &line : collapsed.split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (space <= 0)
            continue;
        const qint64 count = line.mid(space + 1).toLongLong();
        const std::string stack = line.left(space).toStdString();
        std::set<std::string> seen;
        size_t from = 0;
        std::string leaf;
        for (;;) {
            const size_t semi = stack.find(';', from);
            const std::string name = stack.substr(from, semi == std::string::npos ? std::string::npos : semi - from);
            if (seen.insert(name).second)
                table[name].total += count;
            leaf = name;
            if (semi == std::string::npos)
                break;
            from = semi + 1;
        }
        table[leaf].self += count;
    }
    return table;
}

Table tableFromProfile(const Profile &profile, int sampleType)
{
    Table table;
    const FunctionTable functions = FunctionTable::compute(profile, sampleType);
    for (const FunctionStats &row : functions.rows())
        if (row.self != 0 || row.total != 0)
            table[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return table;
}

void compareTables(const Table &actual, const Table &expected)
{
    for (const auto &[name, cost] : expected) {
        const auto it = actual.find(name);
        if (it == actual.end())
            QFAIL(qPrintable(QStringLiteral("missing function: ") + QString::fromStdString(name)));
        if (!(it->second == cost))
            QFAIL(qPrintable(QStringLiteral("%1: self %2 total %3, expected self %4 total %5")
                                 .arg(QString::fromStdString(name))
                                 .arg(it->second.self)
                                 .arg(it->second.total)
                                 .arg(cost.self)
                                 .arg(cost.total)));
    }
    for (const auto &[name, cost] : actual)
        if (!expected.count(name))
            QFAIL(qPrintable(QStringLiteral("unexpected function: ") + QString::fromStdString(name)));
}

ImportResult importBytes(const QByteArray &bytes, const QString &source = QStringLiteral("test.perf"))
{
    return testutil::importBytes(PerfScriptImporter(), bytes, source);
}

bool perlAvailable()
{
    return QFile::exists(stackcollapsePerf()) && !QStandardPaths::findExecutable(QStringLiteral("perl")).isEmpty();
}

// Edge cases of stackcollapse-perf.pl's naming, each checked against the script itself.
const char namingCases[] = "# cmdline : /usr/bin/perf record -g ./app\n"
                           "app 100/101 [000] 10.000001: 5 cycles: \n"
                           "\t    1234 leaf+0x1f (/usr/bin/app)\n"
                           "\t    1235 [unknown] (/usr/lib/libfoo.so.1)\n"
                           "\t    1236 [unknown] ([unknown])\n"
                           "\t    1237 [unknown] ([kernel.kallsyms])\n"
                           "\t    1238 outer->inner->innermost (/usr/bin/app)\n"
                           "\t    1239 (anonymous namespace)::helper(int, char) (/usr/bin/app)\n"
                           "\t    123a net/http.(*Client).Do (/usr/bin/app)\n"
                           "\t    123b RegExp:[&<>\"'] (/tmp/perf-7539.map)\n"
                           "\t    123c std::vector<int>::push_back(int const&) (/usr/bin/app)\n"
                           "\t    123d semi;colon (/usr/bin/app)\n"
                           "\t    123e (app) (/usr/bin/app)\n"
                           "\t    123f main (/usr/bin/app (deleted))\n"
                           "\n"
                           "V8 WorkerThread 200/201 [001] 10.000002: 7 cycles: \n"
                           "\t    1240 Builtin:ArgumentsAdaptorTrampoline (/tmp/perf-200.map)\n"
                           "\t    1241 start_thread (/lib/libpthread.so)\n"
                           "\n"
                           "java 300/301 [002] 10.000003: 11 cycles: \n"
                           "\t    1250 Lorg/mozilla/javascript/ContextFactory;.call(Lorg/mozilla/Foo;)V (/tmp/perf-300.map)\n"
                           "\t    1251 Interpreter (/usr/lib/jvm/libjvm.so)\n"
                           "\n"
                           "swapper     0 [003] 10.000004: 13 cycles: \n"
                           "\tffffffff8103ce3b native_safe_halt+0x800047c022ec ([kernel.kallsyms])\n"
                           "\n"
                           "app 100/101 [000] 10.000005: cycles: \n"
                           "\t    1234 leaf+0x1f (/usr/bin/app)\n"
                           "\n";

// A random sample: a header (comm, pid/tid, time, period, event) and 3-30
// frames from a few hundred functions in a few modules, leaf first.
QByteArray randomSample(QRandomGenerator &rng, double seconds, const char *event, qint64 *period)
{
    *period = 1 + rng.bounded(100000);
    const int thread = int(rng.bounded(4));
    QByteArray text = QStringLiteral("worker-%1 77/%2 [00%1] %3: %4 %5:\n")
                          .arg(thread)
                          .arg(78 + thread)
                          .arg(seconds, 0, 'f', 6)
                          .arg(*period)
                          .arg(QLatin1String(event))
                          .toUtf8();
    const int depth = 3 + int(rng.bounded(28));
    for (int d = 0; d < depth; ++d) {
        const int function = int(rng.bounded(d < 3 ? 300 : 40)); // varied leaves, shared roots
        text += QStringLiteral("\t    %1 ns%2::Handler<int>::run_%3(int)+0x%4 (/usr/lib/libmod%2.so)\n")
                    .arg(0x400000 + function * 64, 0, 16)
                    .arg(function % 5)
                    .arg(function)
                    .arg(rng.bounded(4096), 0, 16)
                    .toUtf8();
    }
    return text;
}

} // namespace

class tst_PerfScriptImporter : public QObject
{
    Q_OBJECT
private slots:
    void functionTablesMatchStackcollapsePerf_data();
    void functionTablesMatchStackcollapsePerf();
    void namingMatchesStackcollapsePerf();
    void eachEventIsItsOwnSampleType();
    void threadsAndProcessesAreLabels();
    void sampleTimesAreKept();
    void lastSampleWithoutBlankLineIsKept();
    void flushLeftFramesWithoutTimes();
    void readsFromNonSeekableStream();
    void probeAcceptsPerfScriptOnly();
    void headerIsMetadata();
    void unrecognizedLinesAreWarnings();
    void noSamplesIsAnErrorNamingTheFile();
    void periodsPastQint64AreRefused();
    void parallelChunksMatchStackcollapsePerf();
    void chunksCutAtHeadersWithoutBlankLines();
};

void tst_PerfScriptImporter::functionTablesMatchStackcollapsePerf_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(corpus(QString())).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_PerfScriptImporter::functionTablesMatchStackcollapsePerf()
{
    QFETCH(QString, file);
    if (!perlAvailable())
        QSKIP("perl or stackcollapse-perf.pl missing");
    QString error;
    auto input = InputStream::openFile(corpus(file), &error);
    QVERIFY2(input, qPrintable(error));
    QVERIFY(PerfScriptImporter().probe(input->peek()));
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &profile = *result.profile;
    QCOMPARE(profile.defaultSampleType(), 0);

    const Table expected = tableFromCollapsed(runStackcollapse(fileBytes(corpus(file))));
    QVERIFY(!expected.empty());
    compareTables(tableFromProfile(profile, 0), expected);
}

void tst_PerfScriptImporter::namingMatchesStackcollapsePerf()
{
    if (!perlAvailable())
        QSKIP("perl or stackcollapse-perf.pl missing");
    const QByteArray text(namingCases);
    const ImportResult result = importBytes(text);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Table actual = tableFromProfile(*result.profile, 0);
    compareTables(actual, tableFromCollapsed(runStackcollapse(text)));
    // What the cases are about, in case the script changes under us.
    QVERIFY(actual.count("leaf"));
    QVERIFY(actual.count("[libfoo.so.1]"));
    QVERIFY(actual.count("inner_[i]"));
    QVERIFY(actual.count("V8_WorkerThread"));
    QVERIFY(actual.count("org/mozilla/javascript/ContextFactory:.call"));
    QVERIFY(actual.count("net/http.(*Client).Do"));
    QCOMPARE(actual.at("leaf").self, 6); // 5, plus 1 for the event line without a period
}

// Periods are the file's word: two of 2^63 - 1 on one stack (found by the
// fuzz target) are refused by the sum limit, not added past qint64.
void tst_PerfScriptImporter::periodsPastQint64AreRefused()
{
    const QByteArray sample = "app 1 [000] 1.000000: 9223372036854775807 cycles: \n"
                              "\t    1234 work (/usr/bin/app)\n\n";
    const ImportResult result = importBytes(sample + sample);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.startsWith(QStringLiteral("test.perf")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("add up past")), qPrintable(result.error));
}

void tst_PerfScriptImporter::eachEventIsItsOwnSampleType()
{
    const QString file = corpus(QStringLiteral("flamegraph-perf-cycles-instructions-01.txt"));
    auto input = InputStream::openFile(file, nullptr);
    QVERIFY(input);
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &profile = *result.profile;
    QCOMPARE(profile.sampleTypeCount(), 2);
    QCOMPARE(profile.sampleTypes()[0].type, std::string("instructions")); // the first in the file
    QCOMPARE(profile.sampleTypes()[1].type, std::string("cycles"));
    QCOMPARE(profile.defaultSampleType(), 0);
    QVERIFY(profile.total(0) > 0);
    QVERIFY(profile.total(1) > 0);
    if (!perlAvailable())
        QSKIP("perl or stackcollapse-perf.pl missing");
    const QByteArray bytes = fileBytes(file);
    compareTables(tableFromProfile(profile, 1),
                  tableFromCollapsed(runStackcollapse(bytes, {QStringLiteral("--event-filter=cycles")})));
}

void tst_PerfScriptImporter::threadsAndProcessesAreLabels()
{
    auto input = InputStream::openFile(corpus(QStringLiteral("simple-with-pid.linux-perf.txt")), nullptr);
    QVERIFY(input);
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const LabelIndex &labels = result.profile->labels();
    QVERIFY(!labels.isEmpty());
    QCOMPARE(labels.keys(), (std::vector<std::string>{"pid", "thread"}));
    const std::vector<std::string> threads = labels.values("thread");
    QVERIFY(!threads.empty());
    // Every labelled sample's values add up to the whole profile.
    qint64 sum = 0;
    for (const LabelledSample &s : labels.samples)
        sum += s.values[0];
    QCOMPARE(sum, result.profile->total(0));

    // Two threads of one process stay apart.
    const ImportResult two = importBytes("app 10/11 1.0: 1 cycles:\n\t1 a (/x)\n\n"
                                         "app 10/12 1.1: 2 cycles:\n\t1 a (/x)\n\n"
                                         "app 10/11 1.2: 4 cycles:\n\t1 a (/x)\n\n");
    QVERIFY2(two.isOk(), qPrintable(two.error));
    QCOMPARE(two.profile->labels().values("thread"), (std::vector<std::string>{"app 11", "app 12"}));
    QCOMPARE(two.profile->labels().values("pid"), (std::vector<std::string>{"10"}));
    std::map<std::string, qint64> perThread;
    for (const LabelledSample &s : two.profile->labels().samples) {
        for (const auto &[k, v] : two.profile->labels().sets[s.labelSet])
            if (k == "thread")
                perThread[v] += s.values[0];
    }
    QCOMPARE(perThread["app 11"], 5);
    QCOMPARE(perThread["app 12"], 2);
}

void tst_PerfScriptImporter::sampleTimesAreKept()
{
    auto input = InputStream::openFile(corpus(QStringLiteral("simple-with-header.linux-perf.txt")), nullptr);
    QVERIFY(input);
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const SampleTimes &times = result.profile->metadata().sampleTimes;
    QVERIFY(!times.isEmpty());
    QCOMPARE(times.timeNanos.size(), times.weights.size());
    QCOMPARE(times.timeNanos.front(), Q_INT64_C(198789478194000)); // 198789.478194 s
    QVERIFY(std::is_sorted(times.timeNanos.begin(), times.timeNanos.end()));
    qint64 sum = 0;
    for (qint64 w : times.weights)
        sum += w;
    QCOMPARE(sum, result.profile->total(0));
    QCOMPARE(result.profile->metadata().durationNanos, times.timeNanos.back() - times.timeNanos.front());

    // Out-of-order samples are sorted with their weights.
    const ImportResult unordered = importBytes("a 1 2.5: 3 cycles:\n\t1 f (/x)\n\na 1 1.25: 4 cycles:\n\t1 f (/x)\n\n");
    QVERIFY2(unordered.isOk(), qPrintable(unordered.error));
    const SampleTimes &t = unordered.profile->metadata().sampleTimes;
    QCOMPARE(t.timeNanos, (std::vector<qint64>{1250000000, 2500000000}));
    QCOMPARE(t.weights, (std::vector<qint64>{4, 3}));
}

void tst_PerfScriptImporter::lastSampleWithoutBlankLineIsKept()
{
    auto input = InputStream::openFile(corpus(QStringLiteral("one-sample.linux-perf.txt")), nullptr);
    QVERIFY(input);
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->metadata().sampleTimes.timeNanos.size(), size_t(1));
    QVERIFY(result.profile->total(0) > 0);
}

// `perf script -F comm,pid,event,ip,sym,dso`: no time in the header and the
// frames flush left. stackcollapse-perf.pl reads it; so do we, the same way.
void tst_PerfScriptImporter::flushLeftFramesWithoutTimes()
{
    const QByteArray text = "java 19983 cycles: \n"
                            "7f1 Interpreter (/usr/lib/jvm/libjvm.so)\n"
                            "7f2 JavaCalls::call_helper (/usr/lib/jvm/libjvm.so)\n"
                            "7f3 start_thread (/lib/x86_64-linux-gnu/libc.so.6)\n"
                            "\n"
                            "java 19984 cycles: \n"
                            "7f4 os::javaTimeNanos (/usr/lib/jvm/libjvm.so)\n"
                            "7f3 start_thread (/lib/x86_64-linux-gnu/libc.so.6)\n"
                            "\n"
                            "java 19983 cycles: \n"
                            "7f1 Interpreter (/usr/lib/jvm/libjvm.so)\n"
                            "7f2 JavaCalls::call_helper (/usr/lib/jvm/libjvm.so)\n"
                            "7f3 start_thread (/lib/x86_64-linux-gnu/libc.so.6)\n"
                            "\n";
    QVERIFY(PerfScriptImporter().probe(text.toStdString()));
    const ImportResult result = importBytes(text);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->total(0), 3);
    const NodeId interpreter =
        result.profile->findPath({"java", "start_thread", "JavaCalls::call_helper", "Interpreter"});
    QVERIFY(interpreter.isValid());
    QCOMPARE(result.profile->tree().self(interpreter, 0), 2);
    if (!perlAvailable())
        QSKIP("perl or stackcollapse-perf.pl missing");
    QCOMPARE(tableFromProfile(*result.profile, 0), tableFromCollapsed(runStackcollapse(text)));
}

void tst_PerfScriptImporter::readsFromNonSeekableStream()
{
    const QByteArray bytes = fileBytes(corpus(QStringLiteral("forks.linux-perf.txt")));
    QVERIFY(!bytes.isEmpty());
    auto device = std::make_unique<testutil::PipeDevice>(bytes, 4093);
    QVERIFY(device->open(QIODevice::ReadOnly));
    InputStream pipe(std::move(device), QStringLiteral("-"));
    QCOMPARE(pipe.rawSize(), qint64(-1));
    QVERIFY(PerfScriptImporter().probe(pipe.peek()));
    const ImportResult fromPipe = PerfScriptImporter().read(pipe, Progress::none());
    QVERIFY2(fromPipe.isOk(), qPrintable(fromPipe.error));
    const ImportResult fromBytes = importBytes(bytes);
    QVERIFY(fromBytes.isOk());
    QCOMPARE(fromPipe.profile->tree().nodeCount(), fromBytes.profile->tree().nodeCount());
    QCOMPARE(fromPipe.profile->total(0), fromBytes.profile->total(0));
    QCOMPARE(tableFromProfile(*fromPipe.profile, 0), tableFromProfile(*fromBytes.profile, 0));
}

void tst_PerfScriptImporter::probeAcceptsPerfScriptOnly()
{
    const PerfScriptImporter importer;
    QVERIFY(importer.probe("# ========\n# captured on: x\n#\nperf 12 1.5: 10 cycles: \n\t  abc main (/bin/x)\n"));
    QVERIFY(importer.probe("java 24636/25607 [000] 94564.109216: 100 cycles:\n"));
    QVERIFY(importer.probe("\nV8 WorkerThread 25607 4794564.109216: 104345 cycles:\n\n"));
    QVERIFY(!importer.probe("a;b;c 10\na;b 3\n"));
    QVERIFY(!importer.probe("{\"nodes\": []}"));
    QVERIFY(!importer.probe(""));
    QVERIFY(!importer.probe("perf 12 1.5: 10 cycles:\nnot a frame\n"));
}

void tst_PerfScriptImporter::headerIsMetadata()
{
    auto input = InputStream::openFile(corpus(QStringLiteral("simple-with-header.linux-perf.txt")), nullptr);
    QVERIFY(input);
    const ImportResult result = PerfScriptImporter().read(*input, Progress::none());
    QVERIFY(result.isOk());
    const ProfileMetadata &meta = result.profile->metadata();
    QCOMPARE(meta.format, std::string("perf script"));
    QVERIFY(std::find(meta.labels.begin(), meta.labels.end(),
                      std::pair<std::string, std::string>("hostname", "e2b5bab9a538"))
            != meta.labels.end());
    QCOMPARE(result.profile->sampleTypes()[0], (SampleType{"cpu-clock", "nanoseconds"}));
}

void tst_PerfScriptImporter::unrecognizedLinesAreWarnings()
{
    const ImportResult result = importBytes("a 1 1.0: 1 cycles:\n\t1 f (/x)\n\n?? garbage\n\na 1 2.0: 1 cycles:\n\t1 f (/x)\n\n");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->total(0), 2);
    const auto &warnings = result.profile->metadata().warnings;
    QCOMPARE(warnings.size(), size_t(1));
    QVERIFY2(warnings[0].find("line 4") != std::string::npos, warnings[0].c_str());
}

void tst_PerfScriptImporter::noSamplesIsAnErrorNamingTheFile()
{
    const ImportResult result = importBytes("# only a header\n\n", QStringLiteral("empty.perf"));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("empty.perf")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("perf script")), qPrintable(result.error));
}

void tst_PerfScriptImporter::parallelChunksMatchStackcollapsePerf()
{
    // Over 4 MiB is cut into chunks between samples and parsed on worker
    // threads; the result must not show it: the default event's function table
    // equals stackcollapse-perf.pl's, a second event first seen in the last chunk
    // is the second sample type, the first unrecognized line keeps its line
    // number, and the timestamps come out in order with their weights.
    QRandomGenerator rng(5);
    QByteArray text = "# hostname : parallel-test\n";
    qint64 lines = 1, cyclesTotal = 0, cyclesSamples = 0, instructionsTotal = 0, garbageLine = 0;
    double seconds = 100.0;
    while (text.size() < (9 << 20)) {
        if (garbageLine == 0 && text.size() > (6 << 20)) {
            text += "?? not a perf line\n\n";
            garbageLine = lines + 1;
            lines += 2;
        }
        qint64 period = 0;
        // Two samples swap places now and then: out of order across chunks too.
        const double at = (cyclesSamples % 997 == 5) ? seconds - 0.5 : seconds;
        const QByteArray sample = randomSample(rng, at, "cycles", &period) + '\n';
        text += sample;
        lines += sample.count('\n');
        cyclesTotal += period;
        ++cyclesSamples;
        seconds += 0.001;
    }
    for (int i = 0; i < 3; ++i) {
        qint64 period = 0;
        text += randomSample(rng, seconds, "instructions", &period) + '\n';
        instructionsTotal += period;
    }

    const ImportResult result = importBytes(text, QStringLiteral("big.perf"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &profile = *result.profile;
    QCOMPARE(profile.sampleTypeCount(), 2);
    QCOMPARE(profile.sampleTypes()[0].type, std::string("cycles"));
    QCOMPARE(profile.sampleTypes()[1].type, std::string("instructions"));
    QCOMPARE(profile.total(0), cyclesTotal);
    QCOMPARE(profile.total(1), instructionsTotal);
    const ProfileMetadata &meta = profile.metadata();
    QCOMPARE(meta.warnings.size(), size_t(1));
    const std::string expectedLine = "line " + std::to_string(garbageLine) + ")";
    QVERIFY2(meta.warnings[0].find(expectedLine) != std::string::npos, meta.warnings[0].c_str());
    QCOMPARE(meta.labels.size(), size_t(1)); // the header, once
    QCOMPARE(meta.sampleTimes.timeNanos.size(), size_t(cyclesSamples));
    QVERIFY(std::is_sorted(meta.sampleTimes.timeNanos.begin(), meta.sampleTimes.timeNanos.end()));
    qint64 weights = 0;
    for (qint64 w : meta.sampleTimes.weights)
        weights += w;
    QCOMPARE(weights, cyclesTotal);
    QCOMPARE(profile.labels().values("thread"),
             (std::vector<std::string>{"worker-0 78", "worker-1 79", "worker-2 80", "worker-3 81"}));

    if (!perlAvailable())
        QSKIP("perl or stackcollapse-perf.pl missing");
    compareTables(tableFromProfile(profile, 0), tableFromCollapsed(runStackcollapse(text)));
}

void tst_PerfScriptImporter::chunksCutAtHeadersWithoutBlankLines()
{
    // Without blank lines a chunk can only end before a sample header; the
    // profile must equal the one from the same samples separated by blank lines.
    QRandomGenerator rng(9);
    QByteArray withoutBlanks, withBlanks;
    double seconds = 1.0;
    while (withoutBlanks.size() < (6 << 20)) {
        qint64 period = 0;
        const QByteArray sample = randomSample(rng, seconds, "cpu-clock", &period);
        withoutBlanks += sample;
        withBlanks += sample + '\n';
        seconds += 0.01;
    }
    const ImportResult a = importBytes(withoutBlanks);
    const ImportResult b = importBytes(withBlanks);
    QVERIFY2(a.isOk(), qPrintable(a.error));
    QVERIFY2(b.isOk(), qPrintable(b.error));
    QVERIFY(b.profile->total(0) > 0);
    QCOMPARE(a.profile->total(0), b.profile->total(0));
    QCOMPARE(a.profile->tree().nodeCount(), b.profile->tree().nodeCount());
    QCOMPARE(tableFromProfile(*a.profile, 0), tableFromProfile(*b.profile, 0));
    QCOMPARE(a.profile->metadata().sampleTimes.timeNanos, b.profile->metadata().sampleTimes.timeNanos);
    QVERIFY(a.profile->metadata().warnings.empty());
}

PYROGRAPH_TEST_MAIN(tst_PerfScriptImporter)
#include "tst_perfscriptimporter.moc"
