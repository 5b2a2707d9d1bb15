#include "tests/support/testregistry.h"

#include "importers/perfscriptlexer.h"

#include <QTest>

#include <string>

class tst_PerfScriptLexer : public QObject
{
    Q_OBJECT
private slots:
    void headerWithPidTidTimePeriodAndEvent()
    {
        PerfScriptLexer::Header h;
        QVERIFY(PerfScriptLexer::header("java 31912/31920 198789.478194:   250000 cpu-clock:u: ", &h));
        QCOMPARE(h.comm, std::string_view("java"));
        QCOMPARE(h.pid, std::string_view("31912"));
        QCOMPARE(h.tid, std::string_view("31920"));
        QCOMPARE(h.event, std::string_view("cpu-clock:u"));
        QCOMPARE(h.period, qint64(250000));
        QVERIFY(h.hasTime);
        QCOMPARE(h.timeNanos, qint64(198789478194000));
    }
    void headerCommMayHoldSpacesAndTheTidStandsAlone()
    {
        PerfScriptLexer::Header h;
        // The lazy (\S.+?) takes the shortest comm that lets a number follow.
        QVERIFY(PerfScriptLexer::header("Web Content 4242 10.5: 7 cycles:", &h));
        QCOMPARE(h.comm, std::string_view("Web Content"));
        QVERIFY(h.pid.empty());
        QCOMPARE(h.tid, std::string_view("4242"));
        QCOMPARE(h.event, std::string_view("cycles"));
        QCOMPARE(h.period, qint64(7));
        QCOMPARE(h.timeNanos, qint64(10500000000));
    }
    void headerWithoutPeriodCountsOne()
    {
        PerfScriptLexer::Header h;
        QVERIFY(PerfScriptLexer::header("node 31912 cpu-clock:", &h));
        QCOMPARE(h.event, std::string_view("cpu-clock"));
        QCOMPARE(h.period, qint64(1));
        QVERIFY(!h.hasTime);
        QVERIFY(PerfScriptLexer::header("node 1/0 5.0: 0 cycles:", &h));
        QCOMPARE(h.tid, std::string_view("1")); // Perl's `not $tid` is true for "0"
        QCOMPARE(h.period, qint64(1)); // and `not $period` for 0
    }
    void linesThatAreNotHeaders()
    {
        PerfScriptLexer::Header h;
        QVERIFY(!PerfScriptLexer::header("\t    55d3 main (/bin/app)", &h));
        QVERIFY(!PerfScriptLexer::header("justoneword", &h));
        QVERIFY(!PerfScriptLexer::header("comm nodigits here:", &h));
        QVERIFY(!PerfScriptLexer::header("", &h));
    }
    void frameSplitsSymbolAndModule()
    {
        std::string_view func, module;
        QVERIFY(PerfScriptLexer::frame("\t    7f2a1b2c3d4e std::vector<int>::push_back(int const&)+0x1f (/usr/lib/libfoo.so)",
                                       &func, &module));
        QCOMPARE(func, std::string_view("std::vector<int>::push_back(int const&)+0x1f"));
        QCOMPARE(module, std::string_view("/usr/lib/libfoo.so"));
        // The module runs to the last ')', the symbol to the last " (" before it.
        QVERIFY(PerfScriptLexer::frame("  1 f (a) (mod)", &func, &module));
        QCOMPARE(func, std::string_view("f (a)"));
        QCOMPARE(module, std::string_view("mod"));
        QVERIFY(PerfScriptLexer::frame("  1 f (b (c))", &func, &module)); // as Perl's greedy (.+) backtracks
        QCOMPARE(func, std::string_view("f (b"));
        QCOMPARE(module, std::string_view("c)"));
        QVERIFY(!PerfScriptLexer::frame("    deadbeef no-module-here", &func, &module));
        QVERIFY(!PerfScriptLexer::frame("   (x)", &func, &module));
    }
    void offsetIsStrippedOnlyWhenItIsHex()
    {
        QCOMPARE(PerfScriptLexer::withoutOffset("main+0x1a2f"), std::string_view("main"));
        QCOMPARE(PerfScriptLexer::withoutOffset("a_rather_long_function_name+0xdeadbeef01"),
                 std::string_view("a_rather_long_function_name"));
        QCOMPARE(PerfScriptLexer::withoutOffset("main+0x"), std::string_view("main+0x"));
        QCOMPARE(PerfScriptLexer::withoutOffset("main+0x1G"), std::string_view("main+0x1G"));
        QCOMPARE(PerfScriptLexer::withoutOffset("main+0X1f"), std::string_view("main+0X1f"));
        QCOMPARE(PerfScriptLexer::withoutOffset("[unknown]"), std::string_view("[unknown]"));
    }
    void trailingHexDigitsMatchesAByteLoop()
    {
        const std::string alphabet = "0123456789abcdefxA+_";
        for (int seed = 0; seed < 2000; ++seed) {
            std::string s;
            for (int i = 0, n = seed % 23; i < n; ++i)
                s.push_back(alphabet[size_t((seed * 7 + i * 13 + i * i) % int(alphabet.size()))]);
            size_t expected = 0;
            while (expected < s.size() && std::string_view("0123456789abcdef").find(s[s.size() - 1 - expected])
                                              != std::string_view::npos)
                ++expected;
            QCOMPARE(PerfScriptLexer::trailingHexDigits(s), expected);
        }
    }
    void secondsAreNanoseconds()
    {
        qint64 ns = 0;
        QVERIFY(PerfScriptLexer::seconds("12.000000001", &ns));
        QCOMPARE(ns, qint64(12000000001));
        QVERIFY(PerfScriptLexer::seconds("3", &ns));
        QCOMPARE(ns, qint64(3000000000));
        QVERIFY(!PerfScriptLexer::seconds("1.2x", &ns));
        QVERIFY(!PerfScriptLexer::seconds("", &ns));
        // Twelve digits match the pattern but not a qint64 of nanoseconds (fuzz_detect found it).
        QVERIFY(!PerfScriptLexer::seconds("999999999999.000000", &ns));
        QVERIFY(PerfScriptLexer::seconds("9223372035.5", &ns));
        QCOMPARE(ns, qint64(9223372035500000000));
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfScriptLexer)
#include "tst_perfscriptlexer.moc"
