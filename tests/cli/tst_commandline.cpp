#include "tests/support/testregistry.h"

#include "app/cli/commandline.h"

#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT
private:
    static CommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("pyrograph"));
        return CommandLine::parse(args);
    }

private slots:
    void filesOpenTheGui()
    {
        const CommandLine c = parse({"a.pb.gz", "b.folded"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.command, CommandLine::Command::Gui);
        QCOMPARE(c.files, QStringList({"a.pb.gz", "b.folded"}));
        QVERIFY(CommandLine::needsDisplay({"pyrograph", "a.pb.gz"}));
    }
    void newWindowKeepsTheFilesFromTheRunningWindow()
    {
        QVERIFY(!parse({"a.pb.gz"}).newWindow); // by default they go to the running window
        const CommandLine c = parse({"a.pb.gz", "--new-window"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.command, CommandLine::Command::Gui);
        QVERIFY(c.newWindow);
        QCOMPARE(c.files, QStringList({"a.pb.gz"}));
        QVERIFY(parse({"--help"}).message.contains(QStringLiteral("--new-window")));
    }
    void noFilesIsAnEmptyWindow()
    {
        const CommandLine c = parse({});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.command, CommandLine::Command::Gui);
        QVERIFY(c.files.isEmpty());
    }
    void infoTakesOneFileAndJson()
    {
        const CommandLine c = parse({"info", "x.pb.gz", "--json"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.command, CommandLine::Command::Info);
        QCOMPARE(c.files, QStringList({"x.pb.gz"}));
        QVERIFY(c.json);
        QVERIFY(!CommandLine::needsDisplay({"pyrograph", "info", "x"}));
    }
    void topOptions()
    {
        const CommandLine c = parse({"top", "x.pb.gz", "-t", "cpu", "-n", "5"});
        QCOMPARE(c.command, CommandLine::Command::Top);
        QCOMPARE(c.sampleType, QStringLiteral("cpu"));
        QCOMPARE(c.limit, 5);
        QVERIFY(!c.json);
        QCOMPARE(parse({"top", "x"}).limit, -1); // every function
    }
    void serverCredentialsForCommandsAndTheWindow()
    {
        const CommandLine top = parse({"top", "https://pyroscope.example", "--query", "cpu{}",
                                       "--user", "alice", "--password", "pw", "--tenant", "t1",
                                       "--timeout", "2.5"});
        QCOMPARE(top.outcome, CommandLine::Outcome::Run);
        QCOMPARE(top.timeline.server.user, QStringLiteral("alice"));
        QCOMPARE(top.timeline.server.password, QStringLiteral("pw"));
        QCOMPARE(top.timeline.server.tenant, QStringLiteral("t1"));
        QCOMPARE(top.timeline.server.timeoutMs, 2500);
        const CommandLine window =
            parse({"http://127.0.0.1:4040", "--timeline", "--token", "secret"});
        QCOMPARE(window.outcome, CommandLine::Outcome::Run);
        QVERIFY(window.timelineWindow);
        QCOMPARE(window.timeline.server.token, QStringLiteral("secret"));
        const CommandLine slow = parse({"timeline", "http://h", "--timeout", "never"});
        QCOMPARE(slow.outcome, CommandLine::Outcome::Error);
        QVERIFY2(slow.message.contains(QStringLiteral("--timeout")), qPrintable(slow.message));
        const CommandLine fetch = parse({"fetch", "http://h", "--query", "cpu{}"});
        QCOMPARE(fetch.outcome, CommandLine::Outcome::Error);
        QVERIFY2(fetch.message.contains(QStringLiteral("-o OUT")), qPrintable(fetch.message));
    }

    void topRejectsABadCount()
    {
        const CommandLine c = parse({"top", "x", "-n", "many"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Error);
        QVERIFY(c.message.contains(QStringLiteral("many")));
    }
    void exportNeedsAnOutput()
    {
        const CommandLine ok = parse({"export", "x.pb.gz", "-o", "y.folded", "-t", "samples"});
        QCOMPARE(ok.outcome, CommandLine::Outcome::Run);
        QCOMPARE(ok.command, CommandLine::Command::Export);
        QCOMPARE(ok.output, QStringLiteral("y.folded"));
        QCOMPARE(ok.sampleType, QStringLiteral("samples"));
        const CommandLine missing = parse({"export", "x.pb.gz"});
        QCOMPARE(missing.outcome, CommandLine::Outcome::Error);
        QVERIFY(missing.message.contains(QStringLiteral("-o")));
    }
    void diffTakesTheNewSidesType()
    {
        const CommandLine c = parse({"diff", "a.pb.gz", "b.pb.gz", "-t", "space", "--new-type", "inuse_space"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.sampleType, QStringLiteral("space"));
        QCOMPARE(c.newSampleType, QStringLiteral("inuse_space"));
        // Only diff has two sides.
        QCOMPARE(parse({"top", "a.pb.gz", "--new-type", "inuse_space"}).outcome, CommandLine::Outcome::Error);
    }
    void subcommandWantsExactlyOneFile()
    {
        QCOMPARE(parse({"info"}).outcome, CommandLine::Outcome::Error);
        QCOMPARE(parse({"info", "a", "b"}).outcome, CommandLine::Outcome::Error);
    }
    void optionOfAnotherSubcommandIsAnError()
    {
        const CommandLine c = parse({"info", "x", "-n", "3"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Error);
    }
    void screenshotOptions()
    {
        const CommandLine c = parse({"a.pb.gz", "--screenshot", "out.png", "--size", "1600x900", "--view", "table",
                                     "--search", "sha256", "--zoom", "main;serve;parse", "--renderer", "raster"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.screenshot, QStringLiteral("out.png"));
        QCOMPARE(c.size, QSize(1600, 900));
        QCOMPARE(c.view, QStringLiteral("table"));
        QCOMPARE(c.search, QStringLiteral("sha256"));
        QCOMPARE(c.zoomPath, QStringList({"main", "serve", "parse"}));
        QCOMPARE(c.renderer, QStringLiteral("raster"));
    }
    void screenshotWithoutFilesShowsTheEmptyWindow()
    {
        const CommandLine c = parse({"--screenshot", "o.png", "--size", "1200x800"});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.screenshot, QStringLiteral("o.png"));
        QVERIFY(c.files.isEmpty());
        QVERIFY(CommandLine::needsDisplay({"pyrograph", "--screenshot", "o.png"}));
    }
    void badScreenshotOptionsAreErrors()
    {
        QCOMPARE(parse({"a", "--screenshot", "o.png", "--size", "big"}).outcome, CommandLine::Outcome::Error);
        QCOMPARE(parse({"a", "--view", "pie"}).outcome, CommandLine::Outcome::Error);
        QCOMPARE(parse({"a", "--renderer", "vulkan"}).outcome, CommandLine::Outcome::Error);
        QCOMPARE(parse({"--bogus"}).outcome, CommandLine::Outcome::Error);
    }
    void helpAndVersionNeedNoDisplay()
    {
        QCOMPARE(parse({"--help"}).outcome, CommandLine::Outcome::Help);
        QVERIFY(parse({"--help"}).message.contains(QStringLiteral("export")));
        // the top-level help lists every subcommand
        for (const char *sub : {"info", "top", "export", "diff", "timeline", "fetch", "library", "adhoc", "serve", "scrape"})
            QVERIFY2(parse({"--help"}).message.contains(QStringLiteral("\n  ") + QLatin1String(sub) + u' '), sub);
        QVERIFY(parse({"--help"}).message.contains(QStringLiteral("--pull URL")));
        QCOMPARE(parse({"top", "--help"}).outcome, CommandLine::Outcome::Help);
        // every subcommand's usage line names it
        for (const char *sub : {"serve", "scrape", "adhoc", "library", "timeline", "top", "diff", "export", "info"}) {
            const CommandLine help = parse({sub, "--help"});
            QCOMPARE(help.outcome, CommandLine::Outcome::Help);
            QVERIFY2(help.message.contains(QStringLiteral("] ") + QLatin1String(sub))
                         || help.message.contains(QStringLiteral(" ") + QLatin1String(sub) + QStringLiteral(" ")),
                     qPrintable(help.message.left(200)));
        }
        QCOMPARE(parse({"--version"}).outcome, CommandLine::Outcome::Version);
        QVERIFY(!CommandLine::needsDisplay({"pyrograph", "--help"}));
    }

    void timelineOptions()
    {
        CommandLine c = parse({"timeline", "lib.sqlite", "--query", "cpu{a=\"b\"}", "--from", "now-1h", "--until",
                               "now", "--step", "15", "--group-by", "region", "--json"});
        QCOMPARE(int(c.outcome), int(CommandLine::Outcome::Run));
        QCOMPARE(int(c.command), int(CommandLine::Command::Timeline));
        QCOMPARE(c.files, QStringList{"lib.sqlite"});
        QCOMPARE(c.timeline.query, QStringLiteral("cpu{a=\"b\"}"));
        QCOMPARE(c.timeline.stepSeconds, 15.0);
        QCOMPARE(c.timeline.groupBy, QStringLiteral("region"));
        QVERIFY(c.json);
        QCOMPARE(int(parse({"timeline", "lib.sqlite", "--step", "0"}).outcome), int(CommandLine::Outcome::Error));
        QVERIFY(!CommandLine::needsDisplay({"pyrograph", "timeline", "lib.sqlite"}));
        QCOMPARE(parse({"timeline", "a.pb.gz", "b.pb.gz"}).files, (QStringList{"a.pb.gz", "b.pb.gz"}));
        QCOMPARE(int(parse({"top", "a.pb.gz", "b.pb.gz"}).outcome), int(CommandLine::Outcome::Error));
    }

    void diffOfTwoRangesTakesOneSource()
    {
        CommandLine c = parse({"diff", "lib.sqlite", "--base", "now-2h..now-1h", "--new", "now-1h..now"});
        QCOMPARE(int(c.outcome), int(CommandLine::Outcome::Run));
        QCOMPARE(c.timeline.base, QStringLiteral("now-2h..now-1h"));
        QCOMPARE(c.timeline.compare, QStringLiteral("now-1h..now"));
        QCOMPARE(int(parse({"diff", "a", "b", "--base", "1..2", "--new", "3..4"}).outcome),
                 int(CommandLine::Outcome::Error));
        QCOMPARE(int(parse({"diff", "lib.sqlite", "--base", "1..2"}).outcome), int(CommandLine::Outcome::Error));
    }

    void timelineWindowOptions()
    {
        CommandLine c = parse({"lib.sqlite", "--query", "cpu{}", "--range", "1..2", "--compare", "3..4", "--heatmap",
                               "--screenshot", "t.png"});
        QCOMPARE(int(c.outcome), int(CommandLine::Outcome::Run));
        QVERIFY(c.timelineWindow);
        QVERIFY(c.heatmap);
        QCOMPARE(c.timeline.base, QStringLiteral("1..2"));
        QVERIFY(!parse({"a.pb.gz"}).timelineWindow);
        QCOMPARE(parse({"a", "b", "--timeline"}).files, (QStringList{"a", "b"})); // files read together
        QCOMPARE(int(parse({"--timeline"}).outcome), int(CommandLine::Outcome::Error));
        QCOMPARE(int(parse({"a", "--compare", "3..4"}).outcome), int(CommandLine::Outcome::Error));
    }
};

PYROGRAPH_TEST_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
