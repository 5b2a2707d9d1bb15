#include "tests/support/testregistry.h"

#include "tests/server/gotarget.h"
#include "tests/server/servertestutil.h"

#include "server/scrapemanager.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

#include <map>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace servertest;

namespace {

// A config file in its own folder; the server is pointed at it.
class ConfigFile
{
public:
    explicit ConfigFile(const QString &text)
    {
        QFile file(path());
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("scrape.yml")); }
    QString sibling(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// A discovery file, written as tools should write it: by a rename. A poll
// between a truncate and a write would read an empty file, which says "no
// targets", and drop them.
bool writeDiscoveryFile(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
}

ServerOptions scraping(const ConfigFile &config)
{
    ServerOptions options;
    options.scrapeConfigFile = config.path();
    return options;
}

std::map<std::string, QJsonObject> targetsByInstance(TestServer &t)
{
    std::map<std::string, QJsonObject> byInstance;
    const auto response = t.client()->Get("/targets");
    if (!response || response->status != 200)
        return byInstance;
    const QJsonObject body =
        QJsonDocument::fromJson(QByteArray::fromStdString(response->body)).object();
    for (const QJsonValue &target : body.value(QStringLiteral("targets")).toArray())
        byInstance[target[QStringLiteral("instance")].toString().toStdString()] = target.toObject();
    return byInstance;
}

bool hasType(TestServer &t, const std::string &type)
{
    for (const StoredProfileInfo &info : t.stored())
        for (const std::string &stored : info.types)
            if (stored == type)
                return true;
    return false;
}


bool hasFunction(const Profile &profile, std::string_view name)
{
    for (qsizetype i = 0; i < profile.names().size(); ++i)
        if (profile.names().name(NameId(quint32(i))) == name)
            return true;
    return false;
}

// A loopback port that was free a moment ago and has nothing listening.
int freePortThatRefuses()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), length);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

// `pyrograph serve --scrape`'s ScrapeManager against real Go programs serving
// net/http/pprof (tests/server/gotarget), over real loopback HTTP, into a real
// library file.
class tst_ScrapeManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(!gotarget::binary(&error).isEmpty(), qPrintable(error));
    }

    void scrapesAGoProgram()
    {
        gotarget::Process go;
        QVERIFY2(go.port() > 0, qPrintable(go.error()));
        const ConfigFile config(QStringLiteral(R"(scrape-configs:
  - job-name: gojob
    enabled-profiles: [cpu, mem, goroutines, mutex, block]
    scrape-interval: 2s
    static-configs:
      - application: goapp
        targets: ['%1']
        labels: {env: test}
)")
                                    .arg(QString::fromStdString(go.address())));
        TestServer t(scraping(config));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));

        const std::string cpu = "process_cpu:cpu:nanoseconds:cpu:nanoseconds";
        const std::string allocs = "memory:alloc_space:bytes:space:bytes";
        const std::string goroutines = "goroutine:goroutine:count:goroutine:count";
        // As Grafana Alloy names a scrape's types (its __name__ per profile).
        const std::string mutex = "mutex:delay:nanoseconds:contentions:count";
        const std::string block = "block:delay:nanoseconds:contentions:count";
        QTRY_VERIFY_WITH_TIMEOUT(hasType(t, cpu) && hasType(t, allocs) && hasType(t, goroutines)
                                     && hasType(t, mutex) && hasType(t, block),
                                 30000);
        for (const StoredProfileInfo &info : t.stored()) {
            QCOMPARE(labelValue(info.labels, "service_name"), "goapp");
            QCOMPARE(labelValue(info.labels, "job"), "gojob");
            QCOMPARE(labelValue(info.labels, "instance"), go.address());
            QCOMPARE(labelValue(info.labels, "env"), "test");
            QCOMPARE(info.origin, ProfileOrigin::Scrape);
            QVERIFY(QString::fromStdString(info.source)
                        .startsWith(QStringLiteral("GET http://%1/debug/pprof/")
                                        .arg(QString::fromStdString(go.address()))));
            if (info.types.front().starts_with("memory:")) {
                // The difference from the previous scrape, two seconds before (four
                // when a busy machine skipped a slot); a whole profile spans nothing.
                QVERIFY2(info.endMs - info.startMs >= 1000 && info.endMs - info.startMs <= 8000,
                         qPrintable(QString::number(info.endMs - info.startMs)));
                QVERIFY(std::find(info.types.begin(), info.types.end(),
                                  "memory:inuse_space:bytes:space:bytes")
                        != info.types.end());
            }
            if (info.types.front().starts_with("process_cpu:"))
                QVERIFY(std::find(info.types.begin(), info.types.end(),
                                  "process_cpu:samples:count:cpu:nanoseconds")
                        != info.types.end());
        }

        const ProfilePtr cpuProfile = t.merged(cpu);
        QVERIFY(cpuProfile);
        QCOMPARE(gotarget::hottestFunction(*cpuProfile, 0), "main.pyrographBusyLoop");
        const ProfilePtr allocProfile = t.merged(allocs);
        QVERIFY(allocProfile);
        QCOMPARE(gotarget::hottestFunction(*allocProfile, 0), "main.pyrographAllocate");
        const ProfilePtr goroutineProfile = t.merged(goroutines);
        QVERIFY(goroutineProfile);
        QVERIFY(hasFunction(*goroutineProfile, "main.pyrographParked"));

        for (const std::string &type : {mutex, block}) {
            const ProfilePtr contention = t.merged(type);
            QVERIFY(contention);
            QVERIFY2(hasFunction(*contention, "main.pyrographContend"), type.c_str());
        }

        const auto targets = targetsByInstance(t);
        QVERIFY(targets.contains(go.address()));
        const QJsonObject state = targets.at(go.address());
        QCOMPARE(state[QStringLiteral("health")].toString(), QStringLiteral("up"));
        QCOMPARE(state[QStringLiteral("job")].toString(), QStringLiteral("gojob"));
        QVERIFY(!state[QStringLiteral("lastSuccess")].toString().isEmpty());
    }

    void badTargetsAreReportedAndTheGoodOneKeepsItsSchedule()
    {
        gotarget::Process good;
        QVERIFY2(good.port() > 0, qPrintable(good.error()));
        gotarget::Process hang(QStringLiteral("hang"));
        QVERIFY2(hang.port() > 0, qPrintable(hang.error()));
        gotarget::Process html(QStringLiteral("html"));
        QVERIFY2(html.port() > 0, qPrintable(html.error()));
        gotarget::Process garbage(QStringLiteral("garbage"));
        QVERIFY2(garbage.port() > 0, qPrintable(garbage.error()));
        const std::string refused = "127.0.0.1:" + std::to_string(freePortThatRefuses());
        const ConfigFile config(
            QStringLiteral(R"(scrape-configs:
  - job-name: good
    enabled-profiles: [goroutines]
    scrape-interval: 1s
    static-configs:
      - targets: ['%1']
  - job-name: bad
    enabled-profiles: [goroutines]
    scrape-interval: 1s
    scrape-timeout: 2s
    static-configs:
      - targets: ['%2', '%3', '%4', '%5']
)")
                .arg(QString::fromStdString(good.address()), QString::fromStdString(refused),
                     QString::fromStdString(hang.address()), QString::fromStdString(html.address()),
                     QString::fromStdString(garbage.address())));
        TestServer t(scraping(config));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        QTest::qWait(7500);

        const auto targets = targetsByInstance(t);
        QCOMPARE(targets.size(), size_t(5));
        const QJsonObject ok = targets.at(good.address());
        QCOMPARE(ok[QStringLiteral("health")].toString(), QStringLiteral("up"));
        QCOMPARE(ok[QStringLiteral("failures")].toInt(), 0);
        // Seven slots in 7.5 s, the first within a second. Five at least: a
        // busy machine may skip a slot, but scrapes taken in turn would wait
        // out the hanging target's 2 s timeout and make three.
        const int goodScrapes = ok[QStringLiteral("scrapes")].toInt();
        QVERIFY2(goodScrapes >= 5, qPrintable(QString::number(goodScrapes)));
        for (const ScrapeManager::Entry &entry : t.server().scrapeManager()->targets())
            if (entry.spec.address == good.address())
                QVERIFY2(entry.state.lastLatenessMs < 500,
                         qPrintable(QString::number(entry.state.lastLatenessMs)));

        const auto expectDown = [&](const std::string &address, const QString &error) {
            const QJsonObject state = targets.at(address);
            const QString text = QString::fromUtf8(QJsonDocument(state).toJson());
            QVERIFY2(state[QStringLiteral("health")].toString() == QStringLiteral("down"),
                     qPrintable(text));
            QVERIFY2(state[QStringLiteral("lastError")].toString().contains(error),
                     qPrintable(text));
            QVERIFY2(state[QStringLiteral("lastSuccess")].isNull(), qPrintable(text));
            QVERIFY2(state[QStringLiteral("lastDurationMs")].toInt() >= 0, qPrintable(text));
            QVERIFY2(state[QStringLiteral("consecutiveFailures")].toInt() >= 2, qPrintable(text));
            // Backoff: 1 s, 2 s, 4 s after failures, so fewer tries than the good one's scrapes.
            QVERIFY2(state[QStringLiteral("scrapes")].toInt() <= 4, qPrintable(text));
        };
        expectDown(refused,
                   QStringLiteral("could not connect to ") + QString::fromStdString(refused));
        expectDown(hang.address(), QStringLiteral("no answer within 2000 ms"));
        expectDown(html.address(), QStringLiteral("answered text/html, not a pprof"));
        expectDown(garbage.address(), QStringLiteral("pprof"));
        const int hangMs = targets.at(hang.address())[QStringLiteral("lastDurationMs")].toInt();
        QVERIFY2(hangMs >= 1900 && hangMs < 5000, qPrintable(QString::number(hangMs)));

        for (const StoredProfileInfo &info : t.stored())
            QCOMPARE(labelValue(info.labels, "instance"), good.address());
        QVERIFY(t.stored().size() >= 5);
    }

    void discoveryFileChangesAddAndRemoveTargets()
    {
        gotarget::Process first;
        QVERIFY2(first.port() > 0, qPrintable(first.error()));
        gotarget::Process second;
        QVERIFY2(second.port() > 0, qPrintable(second.error()));
        const ConfigFile config(QStringLiteral(R"(scrape-configs:
  - job-name: sd
    enabled-profiles: [goroutines]
    scrape-interval: 500ms
    file-sd-configs:
      - files: [targets.json]
        refresh-interval: 100ms
)"));
        const QString sdFile = config.sibling(QStringLiteral("targets.json"));
        const auto writeTargets = [&](const QByteArray &text) {
            QVERIFY(writeDiscoveryFile(sdFile, text));
        };
        writeTargets(QStringLiteral(R"([{"targets": ["%1"], "labels": {"zone": "a"}}])")
                         .arg(QString::fromStdString(first.address()))
                         .toUtf8());
        TestServer t(scraping(config));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ScrapeManager &manager = *t.server().scrapeManager();
        const auto addresses = [&manager] {
            std::vector<std::string> addresses;
            for (const ScrapeManager::Entry &entry : manager.targets())
                addresses.push_back(entry.spec.address);
            return addresses;
        };
        QCOMPARE(addresses(), std::vector<std::string>{first.address()}); // read at start
        QTRY_VERIFY_WITH_TIMEOUT(!t.stored().empty(), 10000);

        writeTargets(QStringLiteral(R"([{"targets": ["%1"], "labels": {"zone": "b"}}])")
                         .arg(QString::fromStdString(second.address()))
                         .toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(addresses(), std::vector<std::string>{second.address()}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const StoredProfileInfo &info : t.stored())
                    if (labelValue(info.labels, "instance") == second.address())
                        return labelValue(info.labels, "zone") == "b";
                return false;
            }(),
            10000);

        writeTargets("[{\"targets\": [");
        QTRY_VERIFY_WITH_TIMEOUT(!manager.discoveryErrors().isEmpty(), 5000);
        QVERIFY2(manager.discoveryErrors().front().startsWith(sdFile + QStringLiteral(":")),
                 qPrintable(manager.discoveryErrors().front()));
        QCOMPARE(addresses(), std::vector<std::string>{second.address()}); // kept

        QVERIFY(QFile::remove(sdFile));
        QTRY_VERIFY_WITH_TIMEOUT(addresses().empty(), 5000);
    }

    void discoveryGlobTakesEveryMatchingFile()
    {
        const ConfigFile config(QStringLiteral(R"(scrape-configs:
  - job-name: glob
    enabled-profiles: [goroutines]
    scrape-interval: 1m
    file-sd-configs:
      - files: [sd/*.json]
        refresh-interval: 100ms
)"));
        QVERIFY(QDir().mkpath(config.sibling(QStringLiteral("sd"))));
        const auto write = [&](const QString &name, const QByteArray &text) {
            QVERIFY(writeDiscoveryFile(config.sibling(QStringLiteral("sd/") + name), text));
        };
        write(QStringLiteral("a.json"), R"([{"targets": ["127.0.0.1:1"]}])");
        write(QStringLiteral("b.yml"), "- targets: ['127.0.0.1:9']\n"); // not *.json
        write(QStringLiteral("c.json"), R"([{"targets": ["127.0.0.1:2"]}])");
        TestServer t(scraping(config));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ScrapeManager &manager = *t.server().scrapeManager();
        const auto addresses = [&manager] {
            std::vector<std::string> addresses;
            for (const ScrapeManager::Entry &entry : manager.targets())
                addresses.push_back(entry.spec.address);
            return addresses;
        };
        QCOMPARE(addresses(), (std::vector<std::string>{"127.0.0.1:1", "127.0.0.1:2"}));
        write(QStringLiteral("d.json"), R"([{"targets": ["127.0.0.1:3"]}])");
        QTRY_COMPARE_WITH_TIMEOUT(
            addresses(), (std::vector<std::string>{"127.0.0.1:1", "127.0.0.1:2", "127.0.0.1:3"}),
            5000);
        QVERIFY(QFile::remove(config.sibling(QStringLiteral("sd/a.json"))));
        QTRY_COMPARE_WITH_TIMEOUT(addresses(),
                                  (std::vector<std::string>{"127.0.0.1:2", "127.0.0.1:3"}), 5000);
        QVERIFY(manager.discoveryErrors().isEmpty());
    }

    void credentialsAreSent()
    {
        gotarget::Process basic(QStringLiteral("pprof"),
                                {QStringLiteral("-basic"), QStringLiteral("scraper:s3cret")});
        QVERIFY2(basic.port() > 0, qPrintable(basic.error()));
        gotarget::Process bearer(QStringLiteral("pprof"),
                                 {QStringLiteral("-bearer"), QStringLiteral("tok3n")});
        QVERIFY2(bearer.port() > 0, qPrintable(bearer.error()));
        const ConfigFile config(QStringLiteral(R"(scrape-configs:
  - job-name: basic
    enabled-profiles: [goroutines]
    scrape-interval: 500ms
    basic-auth: {username: scraper, password: s3cret}
    static-configs:
      - targets: ['%1']
  - job-name: bearer
    enabled-profiles: [goroutines]
    scrape-interval: 500ms
    bearer-token: tok3n
    static-configs:
      - targets: ['%2']
  - job-name: none
    enabled-profiles: [goroutines]
    scrape-interval: 500ms
    static-configs:
      - targets: ['%1', '%2']
)")
                                    .arg(QString::fromStdString(basic.address()),
                                         QString::fromStdString(bearer.address())));
        TestServer t(scraping(config));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ScrapeManager &manager = *t.server().scrapeManager();
        const auto settled = [&manager] {
            for (const ScrapeManager::Entry &entry : manager.targets())
                if (entry.state.scrapes == 0)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
        for (const ScrapeManager::Entry &entry : manager.targets()) {
            const QString what = QString::fromStdString(entry.spec.job + " " + entry.spec.address)
                + u' ' + entry.state.lastError;
            if (entry.spec.job == "none") {
                QVERIFY2(entry.state.health == ScrapeTargetState::Health::Down, qPrintable(what));
                QVERIFY2(entry.state.lastError.startsWith(QStringLiteral("HTTP 401: unauthorized")),
                         qPrintable(what));
            } else {
                QVERIFY2(entry.state.health == ScrapeTargetState::Health::Up, qPrintable(what));
            }
        }
    }

    void targetsAddedWhileRunning()
    {
        gotarget::Process go;
        QVERIFY2(go.port() > 0, qPrintable(go.error()));
        TestServer t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ScrapeTargetSpec spec;
        spec.job = "manual";
        spec.application = "added";
        spec.address = go.address();
        spec.profile = *ScrapeProfile::fromConfigName("goroutines");
        spec.intervalMs = 500;
        QString error;
        QVERIFY2(t.server().scrapeManager()->add(spec, &error), qPrintable(error));
        QVERIFY(!t.server().scrapeManager()->add(spec, &error)); // the same one twice
        QVERIFY2(error.contains(QStringLiteral("scraped already")), qPrintable(error));
        spec.address = "no-port";
        QVERIFY(!t.server().scrapeManager()->add(spec, &error));
        QVERIFY2(error.contains(QStringLiteral("not host:port")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!t.stored().empty(), 10000);
        QCOMPARE(labelValue(t.stored().front().labels, "service_name"), "added");
        QCOMPARE(targetsByInstance(t).at(go.address())[QStringLiteral("origin")].toString(),
                 QStringLiteral("manual"));
    }

    void backoffDoublesUpToFiveMinutes()
    {
        QCOMPARE(ScrapeTarget::backoffMs(1000, 1), 1000);
        QCOMPARE(ScrapeTarget::backoffMs(1000, 2), 2000);
        QCOMPARE(ScrapeTarget::backoffMs(1000, 4), 8000);
        QCOMPARE(ScrapeTarget::backoffMs(10000, 30), 300000);
        QCOMPARE(ScrapeTarget::backoffMs(600000, 3), 600000); // never below the interval
    }
};

PYROGRAPH_TEST_MAIN(tst_ScrapeManager)
#include "tst_scrapemanager.moc"
