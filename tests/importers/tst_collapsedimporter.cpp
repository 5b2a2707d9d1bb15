#include "tests/support/testregistry.h"

#include "importers/collapsedimporter.h"
#include "importers/inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <string>

using namespace testutil;

namespace {
ImportResult importBytes(const QByteArray &bytes, const QString &source = QStringLiteral("test.folded"))
{
    return testutil::importBytes(CollapsedImporter(), bytes, source);
}

ImportResult importFile(const QString &path)
{
    return testutil::importFile(CollapsedImporter(), path);
}

const QString simpleTree = QStringLiteral("total 14/0\n  a 14/0\n    b 14/5\n      c 5/5\n      d 4/4\n");

// The same lines, parsed the plain way (split at every ';', no prefix reuse).
ProfilePtr naive(const QList<QByteArray> &lines)
{
    ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
    for (const QByteArray &line : lines) {
        const qsizetype space = line.lastIndexOf(' ');
        std::vector<std::string> owned;
        for (const QByteArray &f : line.left(space).split(';')) {
            if (!f.isEmpty())
                owned.push_back(f.toStdString());
        }
        std::vector<std::string_view> views(owned.begin(), owned.end());
        const qint64 value = line.mid(space + 1).toLongLong();
        builder.addStack(std::span<const std::string_view>(views), std::span<const qint64>(&value, 1));
    }
    return builder.build();
}

class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};
} // namespace

class tst_CollapsedImporter : public QObject
{
    Q_OBJECT
private slots:
    void simpleCorpusFile()
    {
        const ImportResult r = importFile(corpus("collapsed/simple.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), simpleTree);
        QCOMPARE(r.profile->sampleTypes().front(), (SampleType{"samples", "count"}));
        QCOMPARE(r.profile->metadata().format, std::string("collapsed"));
        QVERIFY(r.profile->metadata().warnings.empty());
        QVERIFY(!r.profile->isDiff());
    }

    void crlfAndUtf16GiveTheSameTree_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("crlf") << corpus("collapsed/simple-crlf.txt");
        QTest::newRow("utf16-le") << corpus("collapsed/simple-utf16-le.txt");
        QTest::newRow("utf16-be") << corpus("collapsed/simple-utf16-be.txt");
    }
    void crlfAndUtf16GiveTheSameTree()
    {
        QFETCH(QString, file);
        const ImportResult r = importFile(file);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), simpleTree);
    }

    void commentsSkippedSilentlyInvalidLinesCounted()
    {
        // '#' lines are comments; "// ..." and "invalid line" are malformed.
        const ImportResult r = importFile(corpus("collapsed/simple-with-invalids.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), simpleTree);
        QCOMPARE(r.profile->metadata().warnings.size(), size_t(1));
        QCOMPARE(QString::fromStdString(r.profile->metadata().warnings[0]),
                 QStringLiteral("skipped 2 malformed lines (first at line 2: // some other comment)"));
    }

    void badLinesSkippedWithLineNumber()
    {
        const ImportResult r = importFile(corpus("collapsed/inferno/bad-lines_bad-lines.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 607);
        QCOMPARE(r.profile->tree().nodeCount(), 20);
        QCOMPARE(QString::fromStdString(r.profile->metadata().warnings.at(0)),
                 QStringLiteral("skipped 2 malformed lines (first at line 3: THIS IS A BAD LINE)"));
    }

    void corpusTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("names"); // with the root's "total"
        QTest::addColumn<int>("maxDepth");
        QTest::newRow("alternating") << corpus("collapsed/alternating.txt") << qint64(182) << 5 << 5 << 2;
        QTest::newRow("recursion") << corpus("collapsed/recursion.txt") << qint64(10) << 12 << 4 << 6;
        QTest::newRow("tall") << corpus("collapsed/tall.txt") << qint64(1) << 27 << 27 << 26;
        QTest::newRow("flames") << corpus("collapsed/inferno/base_flames.txt") << qint64(598400) << 208 << 46 << 14;
        QTest::newRow("async-profiler")
            << corpus("collapsed/inferno/colors_async-profiler-collapsed-part.txt") << qint64(3279) << 235 << 171 << 117;
        QTest::newRow("diff-before") << corpus("collapsed/inferno/diff-folded_before.txt") << qint64(65) << 26 << 17 << 8;
        QTest::newRow("diff-after") << corpus("collapsed/inferno/diff-folded_after.txt") << qint64(80) << 26 << 17 << 8;
    }
    void corpusTotals()
    {
        QFETCH(QString, file);
        QFETCH(qint64, total);
        QFETCH(int, nodes);
        QFETCH(int, names);
        QFETCH(int, maxDepth);
        const ImportResult r = importFile(file);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), total);
        QCOMPARE(r.profile->tree().nodeCount(), nodes);
        QCOMPARE(r.profile->names().size(), names);
        QCOMPARE(int(r.profile->tree().maxDepth()), maxDepth);
        QVERIFY(r.profile->metadata().warnings.empty());
    }

    void fractionalCountsRounded()
    {
        // 31.23 6.1 1.4 19.0 2.567 274.321 -> 31 6 1 19 3 274
        const ImportResult r = importFile(corpus("collapsed/inferno/fractional-samples_fractional.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 334);
        QCOMPARE(r.profile->tree().total(r.profile->findPath({"noploop", "[unknown]"}), 0), 3);
        QCOMPARE(QString::fromStdString(r.profile->metadata().warnings.at(0)),
                 QStringLiteral("rounded 5 fractional counts to whole numbers (first at line 1)"));
    }

    void semicolonInsideBracketsStaysInTheFrame()
    {
        const ImportResult r = importFile(corpus("collapsed/inferno/fractional-samples_with-space.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const NodeId rust = r.profile->findPath(
            {"cksum", "main", "core::array::<impl core::default::Default for [T; _]>::default::h67c9877e6f2a615c"});
        QVERIFY(rust.isValid());
        QCOMPARE(r.profile->tree().total(rust, 0), 19);
        QCOMPARE(r.profile->tree().nodeCount(), 20);
    }

    void framesWithSpacesParenthesesAndCommas()
    {
        const ImportResult r = importFile(corpus("collapsed/inferno/colors_async-profiler-collapsed-part.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const NodeId c2 = r.profile->findPath({"start_thread", "java_start(Thread*)", "JavaThread::run()",
                                               "JavaThread::thread_main_inner()",
                                               "CompileBroker::compiler_thread_loop()",
                                               "CompileBroker::invoke_compiler_on_method(CompileTask*)",
                                               "C2Compiler::compile_method(ciEnv*, ciMethod*, int)"});
        QVERIFY(c2.isValid());
    }

    void trickyRustStack()
    {
        const ImportResult r = importFile(corpus("collapsed/inferno/fractional-samples_tricky-stack.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QVERIFY(r.profile->findPath({"rustc", "<alloc::vec::Vec<T> as alloc::vec::SpecExtend<T, I>>::from_iter",
                                     "memcpy@GLIBC_2.2.5"})
                    .isValid());
        QCOMPARE(r.profile->total(0), 3);
    }

    void twoCountsMakeADiffProfile()
    {
        const ImportResult r =
            importFile(corpus("collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QVERIFY(p.isDiff());
        QCOMPARE(p.diffBaseline(), 0);
        QCOMPARE(p.diffComparison(), 1);
        QCOMPARE(p.sampleTypes()[0], (SampleType{"baseline", "count"}));
        QCOMPARE(p.sampleTypes()[1], (SampleType{"comparison", "count"}));
        QCOMPARE(p.total(0), 333);
        QCOMPARE(p.total(1), 513);
        const NodeId main = p.findPath({"noploop", "main"});
        QCOMPARE(p.tree().total(main, 0), 274);
        QCOMPARE(p.tree().total(main, 1), 415);
    }

    // Two counts a line only when every line has two: one line of one count
    // makes every line's second-to-last number part of its last frame's name.
    void aOneCountLineKeepsTheNamesDigits()
    {
        const ImportResult r = importBytes("a;b 1 2\na;c 5\na 3 4\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QVERIFY(!r.profile->isDiff());
        QCOMPARE(r.profile->total(0), 11);
        QVERIFY(r.profile->metadata().warnings.empty());
        QCOMPARE(r.profile->tree().total(r.profile->findPath({"a", "b 1"}), 0), 2);
        QCOMPARE(r.profile->tree().self(r.profile->findPath({"a 3"}), 0), 4);
    }

    // The line: a function named "handler 2" with 15 samples, in a file
    // whose first line looks like a diff's.
    void namesEndingInDigitsAreNotADiff()
    {
        const ImportResult r = importBytes("main;handler 2 15\nmain;other 3\nmain;x 1 2\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QVERIFY(!r.profile->isDiff());
        QCOMPARE(r.profile->total(0), 20);
        QVERIFY(r.profile->metadata().warnings.empty());
        QCOMPARE(r.profile->tree().self(r.profile->findPath({"main", "handler 2"}), 0), 15);
        QCOMPARE(r.profile->tree().self(r.profile->findPath({"main", "x 1"}), 0), 2);
    }

    // A first line longer than the detection window (a 20,000-frame recursion,
    // 140 KB) is still a collapsed file.
    void firstLineLongerThanTheProbeWindow()
    {
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += (i ? ";" : "") + QByteArray("recurse_") + QByteArray::number(i % 7);
        text += " 5\nmain;leaf 3\n";
        QVERIFY(text.indexOf('\n') > 65536);
        QVERIFY(CollapsedImporter().probe(std::string_view(text.constData(), 65536)));
        const ImportResult r = importBytes(text);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 8);
        QCOMPARE(r.profile->tree().maxDepth(), quint32(20000));
        // prose or JSON on one long line is not taken
        QVERIFY(!CollapsedImporter().probe(std::string(70000, 'x')));
        QVERIFY(!CollapsedImporter().probe("[" + std::string(70000, ';')));
    }

    void spacesTabsAndUtf8InNames()
    {
        const ImportResult r = importBytes("main thread;operator new(unsigned long) 3\n"
                                           "main thread;Größe::berechnen\t\t7   \n"
                                           "  \n"
                                           "main thread;日本語 2\r\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), QStringLiteral("total 12/0\n  main thread 12/0\n"
                                                       "    Größe::berechnen 7/7\n"
                                                       "    operator new(unsigned long) 3/3\n"
                                                       "    日本語 2/2\n"));
        QVERIFY(r.profile->metadata().warnings.empty());
    }

    void utf8ByteOrderMarkSkipped()
    {
        const ImportResult r = importBytes("\xEF\xBB\xBFx;y 2\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QVERIFY(r.profile->findPath({"x", "y"}).isValid());
    }

    void emptyFramesDropped()
    {
        const ImportResult r = importBytes("a;;b; 4\n;a;b 1\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), QStringLiteral("total 5/0\n  a 5/0\n    b 5/5\n"));
    }

    void prefixReuseMatchesPlainParsing()
    {
        // Lines that share byte prefixes ending inside frames, in any order.
        QRandomGenerator rng(7);
        const QList<QByteArray> pieces = {"a", "ab", "abc", "b", "a b", "ba", "x::y", "x::yz"};
        QList<QByteArray> lines;
        QByteArray text;
        for (int i = 0; i < 3000; ++i) {
            const int depth = 1 + int(rng.bounded(6));
            QByteArray stack;
            for (int d = 0; d < depth; ++d)
                stack += (d ? ";" : "") + pieces[int(rng.bounded(pieces.size()))];
            const QByteArray line = stack + ' ' + QByteArray::number(rng.bounded(100));
            lines << line;
            text += line + '\n';
        }
        const ImportResult r = importBytes(text);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), printTree(*naive(lines)));
    }

    void linesAcrossChunkBoundaries()
    {
        // About 5 MiB in 1 MiB chunks, gzip'd: lines are cut at every chunk edge.
        QList<QByteArray> lines;
        QByteArray text;
        QRandomGenerator rng(3);
        qint64 total = 0;
        while (text.size() < (5 << 20)) {
            QByteArray stack = "root";
            const int depth = 2 + int(rng.bounded(20));
            for (int d = 0; d < depth; ++d)
                stack += ";std::function<void (int)>::operator()_" + QByteArray::number(rng.bounded(30));
            const qint64 count = 1 + rng.bounded(1000);
            total += count;
            lines << stack + ' ' + QByteArray::number(count);
            text += lines.back() + '\n';
        }
        const ImportResult r = importBytes(gzip(text), QStringLiteral("big.folded.gz"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), total);
        QCOMPARE(printTree(*r.profile), printTree(*naive(lines)));
    }

    void parallelChunksKeepLineNumbers()
    {
        // Over 4 MiB of plain text is parsed by worker threads, chunk by chunk;
        // the warnings still name the file's first bad line.
        QList<QByteArray> lines;
        QByteArray text;
        QRandomGenerator rng(11);
        qint64 lineNumber = 0;
        while (text.size() < (9 << 20)) {
            ++lineNumber;
            if (lineNumber == 20000 || lineNumber == 30000) {
                text += "this line has no count\n";
                continue;
            }
            if (lineNumber == 25000) {
                text += "root;half 2.5\n";
                lines << "root;half 3";
                continue;
            }
            QByteArray stack = "root";
            const int depth = 1 + int(rng.bounded(12));
            for (int d = 0; d < depth; ++d)
                stack += ";ns::Class<T>::method" + QByteArray::number(rng.bounded(50)) + "(int, char const*)";
            lines << stack + ' ' + QByteArray::number(1 + rng.bounded(100));
            text += lines.back() + '\n';
        }
        QVERIFY(lineNumber > 30000);
        const ImportResult r = importBytes(text, QStringLiteral("parallel.folded"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), printTree(*naive(lines)));
        const auto &warnings = r.profile->metadata().warnings;
        QCOMPARE(warnings.size(), size_t(2));
        QCOMPARE(QString::fromStdString(warnings[0]),
                 QStringLiteral("skipped 2 malformed lines (first at line 20000: this line has no count)"));
        QCOMPARE(QString::fromStdString(warnings[1]),
                 QStringLiteral("rounded 1 fractional count to whole numbers (first at line 25000)"));
    }

    void lineLongerThanAChunk()
    {
        // 200,000 frames on one 2.7 MB line, between two short lines.
        QByteArray text = "short;one 1\n";
        QByteArray stack = "f0";
        for (int i = 1; i < 200000; ++i)
            stack += ";function_" + QByteArray::number(i % 1000);
        text += stack + " 7\nshort;two 2\n";
        QVERIFY(text.size() > (2 << 20));
        const ImportResult r = importBytes(text);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 10);
        QCOMPARE(int(r.profile->tree().maxDepth()), 200000);
        QVERIFY(r.profile->metadata().warnings.empty());
    }

    void lastLineWithoutNewline()
    {
        const ImportResult r = importBytes("a 1\nb 2");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 3);
    }

    void emptyInputIsAnError()
    {
        const ImportResult r = importBytes(QByteArray(), QStringLiteral("empty.txt"));
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, QStringLiteral("empty.txt: collapsed: no stack lines: the input is empty"));
        const ImportResult blank = importBytes("\n\n  \n# only a comment\n", QStringLiteral("blank.txt"));
        QVERIFY(!blank.isOk());
        QVERIFY(blank.error.startsWith(QLatin1String("blank.txt: collapsed:")));
    }

    void onlyInvalidLinesIsAnErrorNamingTheLine()
    {
        const ImportResult r = importBytes("\nhello world\nfoo;bar\n12V.43 x\n", QStringLiteral("junk.txt"));
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, QStringLiteral("junk.txt: collapsed: no valid stack line; line 2 is not "
                                         "\"frame;frame;... count\": hello world"));
    }

    void hugeCountIsMalformed()
    {
        const ImportResult r = importBytes("a 99999999999999999999999\nb 1\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 1);
        QCOMPARE(r.profile->metadata().warnings.size(), size_t(1));
    }

    void truncatedGzipIsAnError()
    {
        const QByteArray compressed = gzip(readFile(corpus("collapsed/inferno/base_flames.txt")));
        const ImportResult r = importBytes(compressed.left(compressed.size() / 2), QStringLiteral("half.gz"));
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("half.gz: gzip: truncated")), qPrintable(r.error));
    }

    void cancellation()
    {
        auto in = InputStream::fromBytes("a;b 1\n", QStringLiteral("c"));
        CancelAtOnce cancel;
        const ImportResult r = CollapsedImporter().read(*in, cancel);
        QVERIFY(r.isCancelled());
        QVERIFY(!r.isOk());
    }

    void probe()
    {
        CollapsedImporter importer;
        QVERIFY(importer.probe("a;b;c 1\na;b 2\n"));
        QVERIFY(importer.probe(readFile(corpus("collapsed/simple-utf16-le.txt")).toStdString()));
        QVERIFY(importer.probe(readFile(corpus("collapsed/simple-with-invalids.txt")).toStdString()));
        QVERIFY(!importer.probe("hello world\nthis is prose\n"));
        QVERIFY(!importer.probe("{\"flamebearer\": 1}"));
        QVERIFY(!importer.probe(std::string_view("\x1f\x8b\x08\0\0\0a 1\n", 10)));
        QVERIFY(!importer.probe(""));
        QVERIFY(!importer.probe(readFile(corpus("perf-script/simple.linux-perf.txt")).toStdString()));
    }
};

PYROGRAPH_TEST_MAIN(tst_CollapsedImporter)
#include "tst_collapsedimporter.moc"
