#include "tests/support/testregistry.h"

#include "clirunner.h"

#include "library/library.h"
#include "model/profilebuilder.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
const ProfileTypeId cpu{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
const qint64 t0 = 1699999980000; // 2023-11-14T22:13:00Z, on a whole minute

ProfilePtr profileOf(const std::vector<std::pair<std::string, qint64>> &stacks)
{
    ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
    for (const auto &[stack, value] : stacks) {
        std::vector<std::string> names;
        for (const QString &part : QString::fromStdString(stack).split(u';'))
            names.push_back(part.toStdString());
        const std::vector<std::string_view> views(names.begin(), names.end());
        const qint64 values[] = {value};
        builder.addStack(views, values);
    }
    return builder.build();
}

QString ms(qint64 value)
{
    return QString::number(value);
}
} // namespace

// `pyrograph timeline`, and `diff` and `top` over ranges, on a library the test fills.
class tst_TimelineCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_query =
        QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name=\"app\"}");

private slots:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QString error;
        std::unique_ptr<Library> library = Library::open(m_library, &error);
        QVERIFY2(library, qPrintable(error));
        // Minute 0: eu spends 100 in parse; minute 1: eu spends 300 in parse and
        // 50 in render; us spends 7 each minute; another service 1000.
        struct Row
        {
            std::string service, region;
            qint64 at;
            std::vector<std::pair<std::string, qint64>> stacks;
        };
        const Row rows[] = {
            {"app", "eu", t0, {{"main;parse", 100}}},
            {"app", "eu", t0 + 60000, {{"main;parse", 300}, {"main;render", 50}}},
            {"app", "us", t0 + 5000, {{"main;parse", 7}}},
            {"app", "us", t0 + 65000, {{"main;parse", 7}}},
            {"other", "eu", t0 + 1000, {{"main;other", 1000}}},
        };
        for (const Row &row : rows) {
            ProfileRecord record;
            record.labels = {{"region", row.region}, {"service_name", row.service}};
            record.startMs = row.at;
            record.endMs = row.at + 10000;
            record.source = "test";
            record.profile = profileOf(row.stacks);
            record.types = {cpu};
            QVERIFY2(library->add(record, &error) > 0, qPrintable(error));
        }
    }

    void timelineJsonPerStep()
    {
        const CliRun r = CliRun::run({"timeline", m_library, "--query", m_query, "--from", ms(t0),
                                      "--until", ms(t0 + 119999), "--step", "60", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray series = r.json().value("series").toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].toObject().value("labels").toObject().size(), 0);
        const QJsonArray points = series[0].toObject().value("points").toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].toArray()[0].toDouble(), double(t0));
        QCOMPARE(points[0].toArray()[1].toDouble(), 107.0);
        QCOMPARE(points[1].toArray()[0].toDouble(), double(t0 + 60000));
        QCOMPARE(points[1].toArray()[1].toDouble(), 357.0);
        // The exact JSON shape the issue names.
        QVERIFY2(r.out.startsWith(QStringLiteral(
                     "{\"series\":[{\"labels\":{},\"points\":[[1699999980000,107],")),
                 qPrintable(r.out));
    }

    void timelineGroupByAndTimeSyntax()
    {
        // Seconds and RFC 3339 name the same range as milliseconds.
        const CliRun r = CliRun::run({"timeline", m_library, "--query", m_query, "--from",
                                      ms(t0 / 1000), "--until", "2023-11-14T22:14:59Z", "--step",
                                      "60", "--group-by", "region", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray series = r.json().value("series").toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].toObject().value("labels").toObject().value("region").toString(),
                 QStringLiteral("eu"));
        QCOMPARE(series[0].toObject().value("points").toArray()[1].toArray()[1].toDouble(), 350.0);
        QCOMPARE(series[1].toObject().value("labels").toObject().value("region").toString(),
                 QStringLiteral("us"));
        QCOMPARE(series[1].toObject().value("points").toArray()[0].toArray()[1].toDouble(), 7.0);

        const CliRun text = CliRun::run({"timeline", m_library, "--query", m_query, "--from",
                                         ms(t0), "--until", ms(t0 + 119999), "--step", "60"});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("2023-11-14T22:14:00.000Z")),
                 qPrintable(text.out));
    }

    void diffOfTwoRanges()
    {
        const CliRun r = CliRun::run({"diff", m_library, "--query", m_query, "--base",
                                      ms(t0) + ".." + ms(t0 + 59999), "--new",
                                      ms(t0 + 60000) + ".." + ms(t0 + 119999), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value("baselineTotal").toInteger(), 107);
        QCOMPARE(json.value("comparisonTotal").toInteger(), 357);
        const QJsonObject first = json.value("functions").toArray()[0].toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("parse"));
        QCOMPARE(first.value("baseline").toObject().value("self").toInteger(), 107);
        QCOMPARE(first.value("comparison").toObject().value("self").toInteger(), 307);

        // The same output as diffing the two ranges written to files.
        const QString base = m_dir.filePath(QStringLiteral("base.folded")),
                      next = m_dir.filePath(QStringLiteral("new.folded"));
        {
            QFile b(base), n(next);
            QVERIFY(b.open(QIODevice::WriteOnly) && n.open(QIODevice::WriteOnly));
            b.write("main;parse 107\n");
            n.write("main;parse 307\nmain;render 50\n");
        }
        const CliRun files = CliRun::run({"diff", base, next, "--json"});
        QVERIFY2(files.exitCode == 0, qPrintable(files.err));
        QCOMPARE(files.json().value("functions"), json.value("functions"));

        const CliRun bad = CliRun::run(
            {"diff", m_library, "--query", m_query, "--base", "yesterday", "--new", "now-1h..now"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("FROM..UNTIL")), qPrintable(bad.err));
    }

    void topOfARange()
    {
        const CliRun r = CliRun::run({"top", m_library, "--query", m_query, "--from",
                                      ms(t0 + 60000), "--until", ms(t0 + 119999), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value("total").toInteger(), 357);
        const QJsonObject first = r.json().value("functions").toArray()[0].toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("parse"));
        QCOMPARE(first.value("self").toInteger(), 307);
        const CliRun unknown =
            CliRun::run({"top", m_library, "--query", "wall{}", "--from", ms(t0)});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(
            unknown.err.contains(QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds")),
            qPrintable(unknown.err));
    }

    void perfFileWholeAndOneSecond()
    {
        const QString perf = QStringLiteral(PYROGRAPH_CORPUS_DIR
                                            "/perf-script/flamegraph-example-perf-stacks.txt.gz");
        const CliRun r = CliRun::run({"timeline", perf, "--json"});
        // TYPE by the file's sample type, which is no Prometheus metric name.
        const CliRun dd = CliRun::run(
            {"timeline",
             QStringLiteral(PYROGRAPH_CORPUS_DIR "/perf-script/flamegraph-perf-dd-stacks-01.txt"),
             "--query", "cpu-clock{}", "--json"});
        QVERIFY2(dd.exitCode == 0, qPrintable(dd.err));
        // Two files together: the perf file's steps, plus the other file's one point.
        const CliRun two = CliRun::run(
            {"timeline", perf,
             QStringLiteral(PYROGRAPH_CORPUS_DIR "/perf-script/flamegraph-perf-dd-stacks-01.txt"),
             "--query", "cpu-clock", "--group-by", "service_name", "--json"});
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QCOMPARE(two.json().value("series").toArray().size(), 1);
        QCOMPARE(two.json()
                     .value("series")
                     .toArray()[0]
                     .toObject()
                     .value("labels")
                     .toObject()
                     .value("service_name")
                     .toString(),
                 QStringLiteral("flamegraph-perf-dd-stacks-01"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray points =
            r.json().value("series").toArray()[0].toObject().value("points").toArray();
        QVERIFY(points.size() >= 5);
        double sum = 0;
        for (const QJsonValue &p : points)
            sum += p.toArray()[1].toDouble();
        const CliRun whole = CliRun::run({"top", perf, "--json"});
        QCOMPARE(qint64(sum), whole.json().value("total").toInteger());
        // One step of the timeline is the total of `top` over that step.
        const qint64 start = qint64(points[2].toArray()[0].toDouble());
        const CliRun one =
            CliRun::run({"top", perf, "--from", ms(start), "--until", ms(start + 999), "--json"});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QCOMPARE(one.json().value("total").toInteger(), qint64(points[2].toArray()[1].toDouble()));
    }
};

PYROGRAPH_TEST_MAIN(tst_TimelineCommand)
#include "tst_timelinecommand.moc"
