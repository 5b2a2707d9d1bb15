#include "tests/support/testregistry.h"

#include "importers/perfscriptparser.h"

#include <QTest>

#include <string>
#include <vector>

namespace {
const std::string text = "# hostname : box1\n"
                         "# cmdline : perf record -g\n"
                         "app 10/11 1.5: 100 cycles:\n"
                         "\t a1 work+0x10 (/bin/app)\n"
                         "\t a2 main+0x20 (/bin/app)\n"
                         "\n"
                         "app 10/11 1.0: 50 instructions:\n"
                         "\t a2 main+0x24 (/bin/app)\n"
                         "\n"
                         "this line is noise\n"
                         "app 10/11 2.0: 25 cycles:\n"
                         "\t a1 work+0x1c (/bin/app)\n"
                         "\t a2 main+0x20 (/bin/app)\n";

// The stack's names, root first.
std::vector<std::string> stackNames(PerfScriptParser &parser, quint32 stack)
{
    std::vector<std::string> out;
    for (quint32 id : parser.stacks().frames(stack))
        out.emplace_back(parser.names().table().name(NameId(id)));
    return out;
}
using Names = std::vector<std::string>;
} // namespace

class tst_PerfScriptParser : public QObject
{
    Q_OBJECT
private slots:
    void samplesBecomeStacksPerEvent()
    {
        PerfScriptParser parser("cycles");
        const PerfChunkRecord record = parser.parse(0, text);
        QCOMPARE(record.samples, qint64(3));
        QCOMPARE(record.lines, qint64(13));
        QCOMPARE(parser.events(), (std::vector<std::string>{"cycles", "instructions"}));
        QCOMPARE(record.newEvents, (std::vector<std::string>{"cycles", "instructions"}));
        // Two samples of one stack (offsets differ) and one of another.
        PerfStackTable &stacks = parser.stacks();
        QCOMPARE(stacks.size(), size_t(2));
        QCOMPARE(stackNames(parser, 0), (Names{"app", "main", "work"}));
        QCOMPARE(stackNames(parser, 1), (Names{"app", "main"}));
        QCOMPARE(stacks.value(0, 0), qint64(125));
        QCOMPARE(stacks.value(1, 1), qint64(50));
        QCOMPARE(stacks.value(0, 1), qint64(0));
    }
    void timesLabelsAndWarningsAreRecorded()
    {
        PerfScriptParser parser("cycles");
        const PerfChunkRecord record = parser.parse(0, text);
        // Only the default event's samples are timed.
        QCOMPARE(record.times.timeNanos, (std::vector<qint64>{1500000000, 2000000000}));
        QCOMPARE(record.times.weights, (std::vector<qint64>{100, 25}));
        QCOMPARE(record.unrecognized, qint64(1));
        QCOMPARE(record.firstUnrecognized, qint64(10));
        QCOMPARE(record.headerLabels.size(), size_t(2));
        QCOMPARE(record.headerLabels[0].first, std::string("hostname"));
        QCOMPARE(record.headerLabels[0].second, std::string("box1"));
        QCOMPARE(parser.labelSets().size(), size_t(1));
        QCOMPARE(parser.labelSets()[0],
                 (LabelIndex::LabelSet{{"pid", "10"}, {"thread", "app 11"}}));
    }
    void laterChunksShareTheTables()
    {
        PerfScriptParser parser("cycles");
        parser.parse(0, text);
        const PerfChunkRecord second = parser.parse(1, text);
        QVERIFY(second.headerLabels.empty()); // only the file's header describes the recording
        QCOMPARE(second.newEvents, (std::vector<std::string>{"cycles", "instructions"}));
        QCOMPARE(parser.stacks().size(), size_t(2));
        QCOMPARE(parser.stacks().value(0, 0), qint64(250));
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfScriptParser)
#include "tst_perfscriptparser.moc"
