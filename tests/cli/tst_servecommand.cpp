#include "tests/support/testregistry.h"

#include "clirunner.h"
#include "serveprocess.h"

#include "library/library.h"

#include <httplib.h>
#include <sqlite3.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <limits>
#include <mutex>
#include <set>
#include <thread>

namespace {

std::string integrityCheck(const QString &file)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    std::string result;
    sqlite3_exec(
        db, "PRAGMA integrity_check",
        [](void *out, int, char **values, char **) {
            *static_cast<std::string *>(out) += values[0] ? values[0] : "";
            return 0;
        },
        &result, nullptr);
    sqlite3_close(db);
    return result;
}

} // namespace

class tst_ServeCommand : public QObject
{
    Q_OBJECT

private slots:
    void refusesAnOpenAddressWithoutAToken()
    {
        QTemporaryDir dir;
        const CliRun r = CliRun::run({QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("0.0.0.0:0"), QStringLiteral("--library"),
                                      dir.filePath(QStringLiteral("l.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--token"))
                     && r.err.contains(QStringLiteral("--no-auth")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("l.sqlite"))));
    }
    void badOptions()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--retention"), QStringLiteral("soon")},
              QStringList{QStringLiteral("--max-body"), QStringLiteral("-5")},
              QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")},
              QStringList{QStringLiteral("stray-file")}}) {
            const CliRun r = CliRun::run(QStringList{QStringLiteral("serve")} + arguments);
            QVERIFY2(r.exitCode == 2, qPrintable(arguments.join(u' ')));
            QVERIFY2(r.err.contains(QStringLiteral("serve:")), qPrintable(r.err));
        }
    }
    void servesUntilSigterm()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lib.sqlite"));
        ServeProcess serve({QStringLiteral("--library"), file, QStringLiteral("--retention"),
                            QStringLiteral("30d")});
        const int port = serve.port();
        QVERIFY2(port > 0, qPrintable(serve.output()));
        QVERIFY(serve.output().contains(file));
        httplib::Client client("127.0.0.1", port);
        QCOMPARE(client.Get("/ready")->status, 200);
        QCOMPARE(
            client.Post("/ingest?name=cli.cpu%7Bk%3Dv%7D", "main;work 3\n", "text/plain")->status,
            200);
        ::kill(pid_t(serve.process().processId()), SIGTERM);
        QVERIFY(serve.process().waitForFinished(10000));
        QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process().exitCode(), 0);
        QVERIFY2(serve.output().contains(QStringLiteral("terminated")), qPrintable(serve.output()));
        QString error;
        const auto library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(
            library->list(LabelSelector(), TimeRange{0, std::numeric_limits<qint64>::max()}).size(),
            size_t(1));
    }
    // --scrape: ignored keys are warned about on stderr, the targets' state is
    // at /targets, and a config that does not parse stops serve before it listens.
    void scrapeConfig()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("server.yml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("scrape-configs:\n  - job-name: j\n    enabled-profiles: [goroutines]\n"
                   "    relabel-configs: []\n    static-configs:\n      - targets: ['127.0.0.1:1']\n");
        file.close();
        ServeProcess serve({QStringLiteral("--library"), dir.filePath(QStringLiteral("l.sqlite")),
                            QStringLiteral("--scrape"), config});
        const int port = serve.port();
        QVERIFY2(port > 0, qPrintable(serve.output()));
        QVERIFY2(serve.output().contains(QStringLiteral("scraping 1 target of ") + config),
                 qPrintable(serve.output()));
        const QString err = QString::fromUtf8(serve.process().readAllStandardError());
        QVERIFY2(err.contains(config + QStringLiteral(":4: ignoring scrape-configs entry key "
                                                      "\"relabel-configs\"")),
                 qPrintable(err));
        httplib::Client client("127.0.0.1", port);
        const auto targets = client.Get("/targets");
        QVERIFY(targets && targets->status == 200);
        QVERIFY2(targets->body.find("\"instance\":\"127.0.0.1:1\"") != std::string::npos,
                 targets->body.c_str());

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("scrape-configs:\n  - job-name: [\n");
        file.close();
        const CliRun r = CliRun::run({QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--library"),
                                      dir.filePath(QStringLiteral("l2.sqlite")),
                                      QStringLiteral("--scrape"), config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(config + QStringLiteral(":3:")), qPrintable(r.err));
    }
    // 8 clients push as fast as they can; the server is killed with SIGKILL
    // in the middle. Every push it acknowledged (200) must be in the library,
    // and the file must pass SQLite's integrity check.
    void killDashNineLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("storm.sqlite"));
        ServeProcess serve({QStringLiteral("--library"), file});
        const int port = serve.port();
        QVERIFY2(port > 0, qPrintable(serve.output()));
        std::mutex mutex;
        std::set<std::pair<int, int>> acknowledged;
        std::atomic<bool> stop{false};
        std::atomic<int> acks{0};
        std::vector<std::thread> pushers;
        for (int c = 0; c < 8; ++c)
            pushers.emplace_back([&, c] {
                httplib::Client client("127.0.0.1", port);
                client.set_keep_alive(true);
                client.set_read_timeout(5, 0);
                for (int seq = 0; !stop; ++seq) {
                    const std::string path = "/ingest?name=storm.cpu%7Bclient%3D"
                        + std::to_string(c) + "%2Cseq%3D" + std::to_string(seq) + "%7D";
                    const std::string body = "main;client" + std::to_string(c) + ";work "
                        + std::to_string(seq + 1) + "\n";
                    const auto result = client.Post(path, body, "text/plain");
                    if (!result)
                        break; // the server is gone
                    if (result->status == 200) {
                        std::lock_guard lock(mutex);
                        acknowledged.emplace(c, seq);
                        ++acks;
                    }
                }
            });
        for (int i = 0; i < 300 && acks < 200; ++i)
            QTest::qWait(20);
        QVERIFY2(acks > 0, "no push was acknowledged before the kill");
        serve.process().kill(); // SIGKILL, mid-storm
        QVERIFY(serve.process().waitForFinished(10000));
        stop = true;
        for (auto &t : pushers)
            t.join();

        QCOMPARE(integrityCheck(file), "ok");
        QString error;
        const auto library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        std::set<std::pair<int, int>> stored;
        for (const StoredProfileInfo &info :
             library->list(LabelSelector(), TimeRange{0, std::numeric_limits<qint64>::max()})) {
            int client = -1;
            int seq = -1;
            for (const auto &[name, value] : info.labels) {
                if (name == "client")
                    client = std::stoi(value);
                if (name == "seq")
                    seq = std::stoi(value);
            }
            stored.emplace(client, seq);
        }
        int missing = 0;
        for (const auto &ack : acknowledged)
            missing += stored.contains(ack) ? 0 : 1;
        qInfo("%zu pushes acknowledged before the kill, %zu stored", acknowledged.size(),
              stored.size());
        QCOMPARE(missing, 0);
        QVERIFY(stored.size() >= acknowledged.size());
    }
};

PYROGRAPH_TEST_MAIN(tst_ServeCommand)
#include "tst_servecommand.moc"
