#include "tests/support/loopbackhttpserver.h"
#include "tests/support/testregistry.h"

#include "clirunner.h"
#include "serveprocess.h"

#include "library/library.h"
#include "model/profilebuilder.h"

#include <httplib.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

namespace {
const ProfileTypeId cpu{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
const QString token = QStringLiteral("s3cret-token");

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

// A server that is not a Pyroscope: 404 everywhere but its three paths, which
// answer slowly, with 429 and with 500.
class MisbehavingServer
{
public:
    MisbehavingServer()
    {
        const std::string method = "/querier.v1.QuerierService/ProfileTypes";
        m_http.routes().Post("/slow" + method,
                             [](const httplib::Request &, httplib::Response &res) {
                                 std::this_thread::sleep_for(std::chrono::milliseconds(2500));
                                 res.set_content("", "application/proto");
                             });
        m_http.routes().Post(
            "/busy" + method, [](const httplib::Request &, httplib::Response &res) {
                res.status = 429;
                res.set_header("Retry-After", "17");
                res.set_content("{\"code\":\"resource_exhausted\",\"message\":\"slow down\"}",
                                "application/json");
            });
        m_http.routes().Post(
            "/broken" + method, [](const httplib::Request &, httplib::Response &res) {
                res.status = 503;
                res.set_content("{\"code\":\"unavailable\",\"message\":\"ingesters down\"}",
                                "application/json");
            });
        // Grafana Cloud's answer to a tenant it does not serve.
        m_http.routes().Post(
            "/tenant" + method, [](const httplib::Request &req, httplib::Response &res) {
                if (req.get_header_value("X-Scope-OrgID") != "team-a"
                    || req.get_header_value("Authorization") != "Basic YWxpY2U6cHc=") {
                    res.status = 403;
                    res.set_content("{\"code\":\"permission_denied\",\"message\":\"no access\"}",
                                    "application/json");
                    return;
                }
                res.set_content("", "application/proto"); // no profile types
            });
        // Pyroscope OSS 0.x: no querier, its label values as a JSON array.
        m_http.routes().Get(
            "/oss/label-values", [](const httplib::Request &, httplib::Response &res) {
                res.set_content("[\"app.cpu\",\"app.alloc_space\"]", "application/json");
            });
        m_http.start();
    }
    QString url(const QString &path) const { return m_http.url(path); }

private:
    testutil::LoopbackHttpServer<> m_http; // last: stops before the members its handlers use
};
} // namespace

// A server URL as the SOURCE of `timeline`, `top` and `diff` (ServerTimelineSource):
// `pyrograph serve` over a library the test fills gives the numbers the library
// gives directly, and each failure exits non-zero saying what to do.
class tst_ServerTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_query =
        QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name=\"app\"}");
    // Recent, so that the server's retention keeps them; on a whole minute.
    qint64 m_t0 = (QDateTime::currentMSecsSinceEpoch() / 60000 - 10) * 60000;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_url;

    QString ms(qint64 offset) const { return QString::number(m_t0 + offset); }
    QStringList withToken(QStringList arguments) const
    {
        return arguments << QStringLiteral("--token") << token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QString error;
        {
            std::unique_ptr<Library> library = Library::open(m_library, &error);
            QVERIFY2(library, qPrintable(error));
            struct Row
            {
                std::string service, region;
                qint64 at;
                std::vector<std::pair<std::string, qint64>> stacks;
            };
            const Row rows[] = {
                {"app", "eu", m_t0, {{"main;parse", 100}}},
                {"app", "eu", m_t0 + 60000, {{"main;parse", 300}, {"main;render", 50}}},
                {"app", "us", m_t0 + 5000, {{"main;parse", 7}}},
                {"app", "us", m_t0 + 65000, {{"main;parse", 7}}},
                {"other", "eu", m_t0 + 1000, {{"main;other", 1000}}},
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
        m_serve = std::make_unique<ServeProcess>(
            QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--token"), token});
        const int port = m_serve->port();
        QVERIFY2(port > 0, qPrintable(m_serve->output()));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase() { m_serve.reset(); }

    void timelineEqualsTheLibrary()
    {
        const QStringList query{"--query", m_query, "--from",     ms(0),    "--until", ms(119999),
                                "--step",  "60",    "--group-by", "region", "--json"};
        const CliRun local = CliRun::run(QStringList{"timeline", m_library} + query);
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));
        const CliRun remote = CliRun::run(withToken(QStringList{"timeline", m_url} + query));
        QVERIFY2(remote.exitCode == 0, qPrintable(remote.err));
        const QJsonArray series = remote.json().value("series").toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].toObject().value("points").toArray()[1].toArray()[1].toDouble(), 350.0);
        QCOMPARE(remote.json(), local.json());
    }

    void topAndDiffEqualTheLibrary()
    {
        const QStringList top{"--query", m_query,    "--from", ms(60000),
                              "--until", ms(119999), "--json"};
        const CliRun local = CliRun::run(QStringList{"top", m_library} + top);
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));
        const CliRun remote = CliRun::run(withToken(QStringList{"top", m_url} + top));
        QVERIFY2(remote.exitCode == 0, qPrintable(remote.err));
        QCOMPARE(remote.json().value("total").toInteger(), 357);
        QCOMPARE(remote.json().value("functions"), local.json().value("functions"));

        const QStringList diff{"--query", m_query,
                               "--base",  ms(0) + ".." + ms(59999),
                               "--new",   ms(60000) + ".." + ms(119999),
                               "--json"};
        const CliRun localDiff = CliRun::run(QStringList{"diff", m_library} + diff);
        QVERIFY2(localDiff.exitCode == 0, qPrintable(localDiff.err));
        const CliRun remoteDiff = CliRun::run(withToken(QStringList{"diff", m_url} + diff));
        QVERIFY2(remoteDiff.exitCode == 0, qPrintable(remoteDiff.err));
        QCOMPARE(remoteDiff.json().value("baselineTotal").toInteger(), 107);
        QCOMPARE(remoteDiff.json().value("comparisonTotal").toInteger(), 357);
        QCOMPARE(remoteDiff.json(), localDiff.json());
    }

    void fetchWritesTheMerge()
    {
        const QStringList range{"--query", m_query, "--from", ms(60000), "--until", ms(119999)};
        const QString folded = m_dir.filePath(QStringLiteral("fetched.folded"));
        const CliRun r =
            CliRun::run(withToken(QStringList{"fetch", m_url} + range + QStringList{"-o", folded}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(folded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        QCOMPARE(lines, (QStringList{"main;parse 307", "main;render 50"}));

        // A pprof fetched reads back with the library's own numbers.
        const QString pprof = m_dir.filePath(QStringLiteral("fetched.pb.gz"));
        const CliRun p =
            CliRun::run(withToken(QStringList{"fetch", m_url} + range + QStringList{"-o", pprof}));
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const CliRun fetched = CliRun::run({"top", pprof, "--json"});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
        const CliRun local =
            CliRun::run(QStringList{"top", m_library} + range + QStringList{"--json"});
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));
        QCOMPARE(fetched.json().value("total").toInteger(), 357);
        QCOMPARE(fetched.json().value("functions"), local.json().value("functions"));
        // Streamed: gzip of the server's own pprof, not our re-encoding.
        QFile written(pprof);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(2), QByteArray("\x1f\x8b"));

        // A fetch that cannot write names the file, and leaves nothing behind.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/fetched.pb.gz"));
        const CliRun unwritable = CliRun::run(
            withToken(QStringList{"fetch", m_url} + range + QStringList{"-o", nowhere}));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(nowhere), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(nowhere));

        const CliRun unknown = CliRun::run(
            withToken(QStringList{"fetch", m_url} + range + QStringList{"-o", "out.unknown"}));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown export format")),
                 qPrintable(unknown.err));
        const CliRun notUrl = CliRun::run({"fetch", m_library, "--query", m_query, "-o", folded});
        QCOMPARE(notUrl.exitCode, 2);
        QVERIFY2(notUrl.err.contains(QStringLiteral("not a server URL")), qPrintable(notUrl.err));
        const CliRun refused = CliRun::run(QStringList{"fetch", m_url} + range
                                           + QStringList{"-o", folded, "--token", "wrong"});
        QVERIFY(refused.exitCode != 0 && refused.exitCode != 2);
        QVERIFY2(refused.err.contains(QStringLiteral("refused the token")),
                 qPrintable(refused.err));
    }

    void tokenFromTheEnvironment()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYROGRAPH_TOKEN"), token);
        process.setProcessEnvironment(env);
        process.start(
            CliRun::executable(),
            {"top", m_url, "--query", m_query, "--from", ms(0), "--until", ms(119999), "--json"});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput())
                     .object()
                     .value("total")
                     .toInteger(),
                 464);
    }

    void missingAndWrongToken()
    {
        const QStringList top{"top", m_url, "--query", m_query, "--from", ms(0)};
        const CliRun missing = CliRun::run(top);
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("401"))
                     && missing.err.contains(QStringLiteral("--token")),
                 qPrintable(missing.err));
        const CliRun wrong = CliRun::run(top + QStringList{"--token", "not-it"});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(QStringLiteral("refused the token")), qPrintable(wrong.err));
        const CliRun basic = CliRun::run(top + QStringList{"--user", "alice", "--password", "pw"});
        QVERIFY(basic.exitCode != 0);
        QVERIFY2(basic.err.contains(QStringLiteral("user \"alice\"")), qPrintable(basic.err));
    }

    void notAPyroscope()
    {
        MisbehavingServer server;
        const CliRun r = CliRun::run({"top", server.url("/grafana"), "--query", m_query});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("404"))
                     && r.err.contains(QStringLiteral("/grafana/querier.v1.QuerierService/"))
                     && r.err.contains(QStringLiteral("check the URL")),
                 qPrintable(r.err));
    }

    void pyroscopeZeroIsToldApart()
    {
        MisbehavingServer server;
        const CliRun r = CliRun::run({"top", server.url("/oss"), "--query", m_query});
        QVERIFY(r.exitCode != 0);
        // It is read as 0.x (OssTimelineSource): its applications are its types.
        QVERIFY2(r.err.contains(QStringLiteral("cpu:cpu:samples:cpu:samples")), qPrintable(r.err));
        // The 404 of a server that is no Pyroscope at all does not say 0.x.
        const CliRun other = CliRun::run({"top", server.url("/grafana"), "--query", m_query});
        QVERIFY2(!other.err.contains(QStringLiteral("0.x (")), qPrintable(other.err));
    }

    void tooManyRequestsAndServerError()
    {
        MisbehavingServer server;
        const CliRun busy = CliRun::run({"top", server.url("/busy"), "--query", m_query});
        QVERIFY(busy.exitCode != 0);
        QVERIFY2(busy.err.contains(QStringLiteral("429"))
                     && busy.err.contains(QStringLiteral("retry after 17 seconds")),
                 qPrintable(busy.err));
        const CliRun broken = CliRun::run({"top", server.url("/broken/"), "--query", m_query});
        QVERIFY(broken.exitCode != 0);
        QVERIFY2(broken.err.contains(QStringLiteral("server error 503"))
                     && broken.err.contains(QStringLiteral("ingesters down")),
                 qPrintable(broken.err));
    }

    void tenantAndBasicAuth()
    {
        MisbehavingServer server;
        const QStringList top{"top",   server.url("/tenant"), "--query", m_query, "--user",
                              "alice", "--password",          "pw"};
        const CliRun other = CliRun::run(top + QStringList{"--tenant", "team-b"});
        QVERIFY(other.exitCode != 0);
        QVERIFY2(other.err.contains(QStringLiteral("403"))
                     && other.err.contains(QStringLiteral("user \"alice\""))
                     && other.err.contains(QStringLiteral("tenant \"team-b\"")),
                 qPrintable(other.err));
        // The tenant from Pyroscope's variable: the server lets it in, and has no types.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYROSCOPE_TENANT_ID"), QStringLiteral("team-a"));
        process.setProcessEnvironment(env);
        process.start(CliRun::executable(), top);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("the profile types are: none")), qPrintable(err));
    }

    void tlsToAPlainServer()
    {
        MisbehavingServer server;
        QString url = server.url(QString());
        url.replace(QStringLiteral("http://"), QStringLiteral("https://"));
        const CliRun r = CliRun::run({"top", url, "--query", m_query, "--timeout", "5"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("TLS failed")), qPrintable(r.err));
    }

    void slowServerTimesOut()
    {
        MisbehavingServer server;
        QElapsedTimer timer;
        timer.start();
        const CliRun r =
            CliRun::run({"top", server.url("/slow"), "--query", m_query, "--timeout", "0.5"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("within 500 ms (timeout)")), qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 2400, qPrintable(QString::number(timer.elapsed())));
    }

    void unreachableAndUnresolvable()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused.
        const CliRun refused =
            CliRun::run({"top", QStringLiteral("http://127.0.0.1:1"), "--query", m_query});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("nothing answers at 127.0.0.1:1")),
                 qPrintable(refused.err));
        // .invalid never resolves (RFC 2606).
        const CliRun dns = CliRun::run({"top", QStringLiteral("http://no-such-host.invalid:4040"),
                                        "--query", m_query, "--timeout", "5"});
        QVERIFY(dns.exitCode != 0);
        QVERIFY2(dns.err.contains(QStringLiteral("does not resolve (DNS)")), qPrintable(dns.err));
    }
};

PYROGRAPH_TEST_MAIN(tst_ServerTimeline)
#include "tst_servertimeline.moc"
