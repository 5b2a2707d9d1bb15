#include "tests/support/testregistry.h"

#include "server/scrapeconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kFile = QStringLiteral("/etc/pyroscope/server.yml");

std::optional<ScrapeConfig> parse(const char *text, QString *error)
{
    return ScrapeConfig::parse(text, kFile, error);
}

std::vector<std::string> profileNames(const ScrapeJob &job)
{
    std::vector<std::string> names;
    for (const ScrapeProfile &profile : job.profiles)
        names.push_back(profile.name);
    return names;
}
} // namespace

class tst_ScrapeConfig : public QObject
{
    Q_OBJECT

private slots:
    void pyroscopesExample()
    {
        QString error;
        const auto config = parse(R"(scrape-configs:
  - job-name: testing
    enabled-profiles: [cpu, mem]
    scrape-interval: 10s
    static-configs:
      - application: hotrod
        targets: ['hotrod:6060', 'hotrod-2:6060']
        labels: {env: dev, pod.name: p1}
)",
                                  &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY2(config->warnings.isEmpty(), qPrintable(config->warnings.join(u'\n')));
        QCOMPARE(config->jobs.size(), size_t(1));
        const ScrapeJob &job = config->jobs[0];
        QCOMPARE(job.name, "testing");
        QCOMPARE(profileNames(job), (std::vector<std::string>{"cpu", "mem"}));
        QCOMPARE(job.profiles[0].path, "/debug/pprof/profile");
        QVERIFY(job.profiles[0].takesSeconds);
        QCOMPARE(job.profiles[1].path, "/debug/pprof/allocs");
        QVERIFY(job.profiles[1].cumulative);
        QCOMPARE(job.intervalMs, 10000);
        QCOMPARE(job.timeoutMs, 15000); // Pyroscope's default
        QCOMPARE(job.staticGroups.size(), size_t(1));
        const ScrapeTargetGroup &group = job.staticGroups[0];
        QCOMPARE(group.application, "hotrod");
        QCOMPARE(group.targets, (std::vector<std::string>{"hotrod:6060", "hotrod-2:6060"}));
        // sorted, dots sanitized as Pyroscope sanitizes label names
        QCOMPARE(group.labels, (Labels{{"env", "dev"}, {"pod_name", "p1"}}));
    }

    void everyKeyRead()
    {
        QTemporaryDir dir;
        QFile password(dir.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("s3cret\n");
        password.close();
        const QString file = dir.filePath(QStringLiteral("server.yml"));
        QString error;
        const auto config = ScrapeConfig::parse(R"(
log-level: debug
scrape-configs:
  - job-name: a
    enabled-profiles: [goroutines, mutex, block]
    scrape-interval: 500ms
    scrape-timeout: 2s
    scheme: http
    basic-auth:
      username: user
      password-file: password
    file-sd-configs:
      - files: [targets/a.json, /abs/b.yml]
        refresh-interval: 1m
  - job-name: b
    bearer-token: tok
)",
                                                file, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->jobs.size(), size_t(2));
        const ScrapeJob &a = config->jobs[0];
        QCOMPARE(profileNames(a), (std::vector<std::string>{"goroutines", "mutex", "block"}));
        QCOMPARE(a.profiles[0].path, "/debug/pprof/goroutine");
        QCOMPARE(a.intervalMs, 500);
        QCOMPARE(a.timeoutMs, 2000);
        QCOMPARE(a.auth.username, "user");
        QCOMPARE(a.auth.password, "s3cret");
        QCOMPARE(a.sdFiles.size(), size_t(2));
        QCOMPARE(a.sdFiles[0], dir.filePath(QStringLiteral("targets/a.json"))); // beside the config
        QCOMPARE(a.sdFiles[1], QStringLiteral("/abs/b.yml"));
        QCOMPARE(a.sdRefreshMs, 60000);
        const ScrapeJob &b = config->jobs[1];
        QCOMPARE(b.auth.bearerToken, "tok");
        QCOMPARE(profileNames(b), (std::vector<std::string>{"cpu", "mem"})); // Pyroscope's default
        // The rest of a server.yml is not ours: one warning, with its line.
        QCOMPARE(config->warnings.size(), 1);
        QVERIFY2(config->warnings[0].startsWith(file + QStringLiteral(":2: ")),
                 qPrintable(config->warnings[0]));
        QVERIFY(config->warnings[0].contains(QStringLiteral("\"log-level\"")));
    }

    void ignoredKeysWarnWithTheirLine()
    {
        QString error;
        const auto config = parse(R"(scrape-configs:
  - job-name: j
    relabel-configs: []
    static-configs:
      - targets: ['h:1']
        spy-name: gospy
    scrape_interval: 5s
)",
                                  &error);
        QVERIFY2(config, qPrintable(error));
        const QStringList expected{
            kFile + QStringLiteral(":3: ignoring scrape-configs entry key \"relabel-configs\""),
            kFile + QStringLiteral(":6: ignoring static-configs key \"spy-name\""),
            kFile + QStringLiteral(":7: ignoring scrape-configs entry key \"scrape_interval\""),
        };
        QCOMPARE(config->warnings.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(config->warnings[i].startsWith(expected[i]), qPrintable(config->warnings[i]));
        QCOMPARE(config->jobs[0].intervalMs, 10000); // the ignored key changed nothing
    }

    void badYamlNamesFileAndLine()
    {
        QString error;
        QVERIFY(!parse("scrape-configs:\n  - job-name: j\n    targets: [a, b\n", &error));
        QVERIFY2(error.startsWith(kFile + QStringLiteral(":4:")), qPrintable(error));
        QVERIFY2(!parse("scrape-configs:\n  - job-name: j\n\tbad: tab\n", &error), "tab");
        QVERIFY2(error.startsWith(kFile + QStringLiteral(":3:")), qPrintable(error));
    }

    void wrongValuesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile") << QStringLiteral(
            "scrape-configs:\n  - job-name: j\n    enabled-profiles: [cpu, heap]\n")
                                 << QStringLiteral(":3: enabled-profiles: \"heap\" is not one of "
                                                   "cpu, mem, goroutines, mutex, block");
        QTest::newRow("interval")
            << QStringLiteral("scrape-configs:\n  - job-name: j\n    scrape-interval: soon\n")
            << QStringLiteral(":3: scrape-interval: \"soon\" is not a duration");
        QTest::newRow("no job-name")
            << QStringLiteral("scrape-configs:\n  - static-configs: []\n")
            << QStringLiteral(":2: a scrape-configs entry without job-name");
        QTest::newRow("twice") << QStringLiteral(
            "scrape-configs:\n  - job-name: j\n  - job-name: j\n")
                               << QStringLiteral(":3: job-name \"j\" is used twice");
        QTest::newRow("target") << QStringLiteral(
            "scrape-configs:\n  - job-name: j\n    static-configs:\n      - targets: "
            "['http://h:1/x']\n")
                                << QStringLiteral(":4: target \"http://h:1/x\" is not host:port");
        QTest::newRow("https") << QStringLiteral(
            "scrape-configs:\n  - job-name: j\n    scheme: https\n")
                               << QStringLiteral(":3: scheme: only http is supported");
        QTest::newRow("both credentials")
            << QStringLiteral("scrape-configs:\n  - job-name: j\n    bearer-token: t\n    "
                              "basic-auth: {username: u}\n")
            << QStringLiteral(":2: job \"j\": basic-auth and bearer-token are exclusive");
        QTest::newRow("reserved label")
            << QStringLiteral("scrape-configs:\n  - job-name: j\n    static-configs:\n      - "
                              "labels: {__name__: x}\n")
            << QStringLiteral(":4: label \"__name__\": names starting with __ are reserved");
        QTest::newRow("no scrape-configs")
            << QStringLiteral("log-level: debug\n") << QStringLiteral(":1: no scrape-configs");
    }
    void wrongValuesNameFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ScrapeConfig::parse(text.toStdString(), kFile, &error));
        QVERIFY2(error.startsWith(kFile + expected), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!ScrapeConfig::load(QStringLiteral("/nonexistent/scrape.yml"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/scrape.yml: ")), qPrintable(error));
    }

    void targetFilesJsonAndYaml()
    {
        QString error;
        const auto json = ScrapeConfig::parseTargetFile(
            R"([{"targets": ["a:1", "b:2"], "labels": {"zone": "z1"}}, {"application": "app", "targets": ["c:3"]}])",
            QStringLiteral("sd.json"), &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(json->size(), size_t(2));
        QCOMPARE((*json)[0].targets, (std::vector<std::string>{"a:1", "b:2"}));
        QCOMPARE((*json)[0].labels, (Labels{{"zone", "z1"}}));
        QCOMPARE((*json)[1].application, "app");
        const auto yaml =
            ScrapeConfig::parseTargetFile("- targets: [d:4]\n", QStringLiteral("sd.yml"), &error);
        QVERIFY2(yaml, qPrintable(error));
        QCOMPARE((*yaml)[0].targets, (std::vector<std::string>{"d:4"}));
        const auto empty = ScrapeConfig::parseTargetFile("", QStringLiteral("sd.yml"), &error);
        QVERIFY2(empty && empty->empty(), qPrintable(error));
        QVERIFY(!ScrapeConfig::parseTargetFile("[{\"targets\": [\"a:1\"]",
                                               QStringLiteral("sd.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("sd.json:1:")), qPrintable(error));
        QVERIFY(
            !ScrapeConfig::parseTargetFile("{targets: [a:1]}", QStringLiteral("sd.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("sd.json:1: expected a list")), qPrintable(error));
    }
};

PYROGRAPH_TEST_MAIN(tst_ScrapeConfig)
#include "tst_scrapeconfig.moc"
