#include "tests/support/testregistry.h"

#include "importers/papyrusimporter.h"
#include "importers/profilereader.h"
#include "model/functiontable.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QTest>

#include <map>
#include <string>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/papyrus/") + name;
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(PapyrusImporter(), bytes, QStringLiteral("Papyrus.0.log"));
}

// name -> (self, total), the frames of speedscope's snapshot that weigh anything.
std::map<std::string, std::pair<qint64, qint64>> frames(const Profile &profile)
{
    std::map<std::string, std::pair<qint64, qint64>> out;
    const FunctionTable table = FunctionTable::compute(profile, 0);
    for (const FunctionStats &row : table.rows())
        if (row.total > 0)
            out[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return out;
}

std::pair<qint64, qint64> st(qint64 self, qint64 total)
{
    return {self, total};
}

} // namespace

// Papyrus profiler logs, checked against speedscope's importer
// (src/import/__snapshots__/papyrus.test.ts.snap, same two files).
class tst_PapyrusImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stackProfileMatchesSpeedscope()
    {
        const ImportResult r =
            ProfileReader().readFile(corpus(QStringLiteral("stack.log")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("papyrus"));
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"time", "milliseconds"}}));
        QCOMPARE(p.total(0), 617);
        const auto f = frames(p);
        QCOMPARE(f.size(), size_t(5));
        QCOMPARE(f.at("STACK 3185"), st(33, 617));
        QCOMPARE(f.at("abc_example_mod_quest..exampleFunction1"), st(17, 17));
        QCOMPARE(f.at("QUEUE Cell..IsInterior"), st(16, 16));
        QCOMPARE(f.at("QUEUE utility..WaitMenuMode"), st(17, 551));
        QCOMPARE(f.at("utility..WaitMenuMode"), st(534, 534));
        QCOMPARE(testutil::totalSelf(
                     p, {"STACK 3185", "QUEUE utility..WaitMenuMode", "utility..WaitMenuMode"}, 0),
                 st(534, 534));
    }

    // Interleaved threads' POPs wait for the frame above them; every event has
    // no duration, so all time is the first stack's (speedscope: "STACK 3053 1:24").
    void scriptProfileMatchesSpeedscope()
    {
        const ImportResult r =
            ProfileReader().readFile(corpus(QStringLiteral("script.log")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.total(0), 84848);
        const auto f = frames(p);
        QCOMPARE(f.size(), size_t(1));
        QCOMPARE(f.at("STACK 3053"), st(84848, 84848));
    }

    void popOfAnEarlierFrameWaits()
    {
        // b's POP comes while c is on top: b leaves when c does, at 30. The
        // first event is a PUSH, so a is the root; a STACK frame opens only
        // when an event leaves the stack empty (here at the end, for nothing).
        const ImportResult r = importBytes("S log opened (PC)\n"
                                           "0:PUSH:1:1:None:a\n"
                                           "10:PUSH:1:2:None:b\n"
                                           "20:PUSH:1:3:None:c\n"
                                           "25:POP:1:2:None:b\n"
                                           "30:POP:1:3:None:c\n"
                                           "40:POP:1:1:None:a\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.total(0), 40);
        QCOMPARE(testutil::totalSelf(p, {"a", "b"}, 0), st(20, 10));
        QCOMPARE(testutil::totalSelf(p, {"a", "b", "c"}, 0), st(10, 10));
        QCOMPARE(testutil::totalSelf(p, {"a"}, 0), st(40, 20));
    }

    void badInputNamesTheFileTheFormatAndTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("no time")
            << QByteArray(
                   "S log opened (PC)\n0:PUSH:1:1:None:a\nabc:POP:1:1:None:a\n5:POP:1:1:None:b\n")
            << QStringLiteral(
                   "Papyrus.0.log: papyrus: line 3 does not start with a time in milliseconds");
        QTest::newRow("back in time")
            << QByteArray("S log opened (PC)\n10:PUSH:1:1:None:a\n5:POP:1:1:None:a\n")
            << QStringLiteral("Papyrus.0.log: papyrus: line 3 goes back in time (5 after 10)");
        QTest::newRow("only the header")
            << QByteArray("S log opened (PC)\nLog closed\n")
            << QStringLiteral("Papyrus.0.log: papyrus: no profiler events");
        QTest::newRow("no events")
            << QByteArray("S log opened (PC)\n5:START:1\n9:STOP:1\n")
            << QStringLiteral("Papyrus.0.log: papyrus: no PUSH, POP or QUEUE_PUSH events");
    }
    void badInputNamesTheFileTheFormatAndTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, error);
    }

    void probe()
    {
        const PapyrusImporter importer;
        QVERIFY(importer.probe(
            "Stack_3185 log opened (PC)\n50002:START:3185\n50002:POP:3185:3:None:Debug..X\n"));
        QVERIFY(importer.probe("Script_q log opened (PC)\n47639:PUSH:3053:1:q (24021278):q..f\n"));
        QVERIFY(!importer.probe("Stack_3185 log opened (PC)\nmain;a 3\n"));
        QVERIFY(!importer.probe("a;b;c 10\n"));
        QVERIFY(!importer.probe("# callgrind format\nevents: Ir\n"));
    }
};

PYROGRAPH_TEST_MAIN(tst_PapyrusImporter)
#include "tst_papyrusimporter.moc"
