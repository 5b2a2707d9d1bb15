#include "tests/support/testregistry.h"

#include "server/httpserver.h"

#include "tests/server/rawhttp.h"

#include <httplib.h>
#include <zlib.h>

#include <QElapsedTimer>
#include <QProcess>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

// /slow's handlers running now, and the most that ran at once.
std::atomic<int> slowInFlight{0};
std::atomic<int> slowPeak{0};

HttpRouter testRouter()
{
    HttpRouter router;
    router.add("GET", "/ready",
               [](const HttpRequest &) { return HttpResponse::text(200, "ready"); });
    router.add("POST", "/echo", [](const HttpRequest &request) {
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = request.body;
        return response;
    });
    router.add("GET", "/slow", [](const HttpRequest &) {
        const int now = ++slowInFlight;
        int peak = slowPeak.load();
        while (now > peak && !slowPeak.compare_exchange_weak(peak, now)) { }
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        --slowInFlight;
        return HttpResponse::text(200, "slow");
    });
    router.add("GET", "/throw",
               [](const HttpRequest &) -> HttpResponse { throw std::runtime_error("boom"); });
    router.add("GET", "/query", [](const HttpRequest &request) {
        return HttpResponse::text(200, request.queryValue("name") + "|" + request.header("x-test"));
    });
    router.addPrefix("POST", "/querier.v1.QuerierService/", [](const HttpRequest &request) {
        return HttpResponse::text(200, "connect " + request.path);
    });
    return router;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

int statusOf(const std::string &response)
{
    return response.size() > 12 ? std::atoi(response.c_str() + 9) : 0;
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpServer> serve(HttpServer::Settings settings = {})
    {
        auto server = std::make_unique<HttpServer>(settings, testRouter());
        const QString error = server->start();
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return server;
    }

private slots:
    void bindsAFreePortAndReportsIt()
    {
        auto server = serve();
        QVERIFY(server->isRunning());
        QVERIFY(server->port() > 0);
        QCOMPARE(server->address(), "127.0.0.1:" + std::to_string(server->port()));
        httplib::Client client("127.0.0.1", server->port());
        const auto result = client.Get("/ready");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        // the same port again cannot bind, and says where
        HttpServer::Settings taken;
        taken.port = server->port();
        HttpServer second(taken, HttpRouter());
        const QString error = second.start();
        QVERIFY2(error.contains(QString::number(server->port())), qPrintable(error));
        QVERIFY(!second.isRunning());
    }
    void unknownRouteIs404AndWrongMethod405()
    {
        auto server = serve();
        httplib::Client client("127.0.0.1", server->port());
        const auto missing = client.Get("/nothing/here");
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QVERIFY(missing->body.find("/nothing/here") != std::string::npos);
        QCOMPARE(client.Get("/echo")->status, 405);
        const auto connect =
            client.Post("/querier.v1.QuerierService/LabelNames", "{}", "application/json");
        QCOMPARE(connect->status, 200);
        QCOMPARE(connect->body, "connect /querier.v1.QuerierService/LabelNames\n");
    }
    void queryAndHeadersReachTheHandler()
    {
        auto server = serve();
        httplib::Client client("127.0.0.1", server->port());
        const auto result = client.Get("/query?name=app.cpu%7Bk%3Dv%7D", {{"X-Test", "yes"}});
        QCOMPARE(result->body, "app.cpu{k=v}|yes\n");
    }
    void handlerExceptionIs500AndServerLives()
    {
        auto server = serve();
        httplib::Client client("127.0.0.1", server->port());
        const auto thrown = client.Get("/throw");
        QCOMPARE(thrown->status, 500);
        QVERIFY(thrown->body.find("boom") != std::string::npos);
        QCOMPARE(client.Get("/ready")->status, 200);
    }
    void keepAliveServesManyRequestsOnOneConnection()
    {
        auto server = serve();
        testutil::RawConnection connection(server->port());
        QVERIFY(connection.isOpen());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(connection.send("GET /ready HTTP/1.1\r\nHost: x\r\n\r\n"));
            const std::string response = connection.receive(5000, "ready\n");
            QCOMPARE(statusOf(response), 200);
            QVERIFY(response.find("Connection: close") == std::string::npos);
        }
    }
    void concurrentKeepAliveClients()
    {
        auto server = serve();
        const std::string body(50 * 1024, 'x');
        std::atomic<int> ok{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 8; ++c)
            clients.emplace_back([&] {
                httplib::Client client("127.0.0.1", server->port());
                client.set_keep_alive(true);
                for (int i = 0; i < 25; ++i) {
                    const auto result = client.Post("/echo", body, "application/octet-stream");
                    if (result && result->status == 200 && result->body == body)
                        ++ok;
                }
            });
        for (auto &t : clients)
            t.join();
        QCOMPARE(ok.load(), 8 * 25);
        // eight slow requests at once run side by side: handlers overlap (a
        // count, not a clock: a loaded machine stretches every duration)
        slowPeak = 0;
        std::vector<std::thread> slow;
        for (int c = 0; c < 8; ++c)
            slow.emplace_back([&] {
                httplib::Client client("127.0.0.1", server->port());
                client.Get("/slow");
            });
        for (auto &t : slow)
            t.join();
        QVERIFY2(slowPeak.load() >= 4, qPrintable(QString::number(slowPeak.load())));
    }
    // The listen backlog is the system's, not cpp-httplib's 5: eight clients
    // connecting at once must not have SYNs dropped (a second's wait each).
    // ss shows a listening socket's backlog as its Send-Q.
    void listenBacklogIsWide()
    {
        auto server = serve();
        QProcess ss;
        ss.start(QStringLiteral("ss"),
                 {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(server->port())});
        QVERIFY2(ss.waitForFinished(10000), "ss (iproute2) did not run");
        const QStringList fields = QString::fromUtf8(ss.readAllStandardOutput())
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 4, qPrintable(fields.join(u' ')));
        QVERIFY2(fields.at(2).toInt() >= 128, qPrintable(fields.join(u' ')));
    }
    // The cap holds before the body is read: the announced length alone gets
    // 413, answered at once though not one body byte was sent.
    void bodyCapBeforeBuffering()
    {
        HttpServer::Settings settings;
        settings.maxBodyBytes = 1000;
        auto server = serve(settings);
        testutil::RawConnection connection(server->port());
        QVERIFY(connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n"));
        QElapsedTimer timer;
        timer.start();
        const std::string response = connection.receive(3000, "\r\n\r\n");
        QCOMPARE(statusOf(response), 413);
        QVERIFY2(timer.elapsed() < 2000, "the 413 waited for the body");
        QVERIFY(response.find("Connection: close") != std::string::npos);
        // at the cap it is taken
        httplib::Client client("127.0.0.1", server->port());
        QCOMPARE(client.Post("/echo", std::string(1000, 'a'), "text/plain")->status, 200);
        QCOMPARE(client.Post("/echo", std::string(1001, 'a'), "text/plain")->status, 413);
    }
    void chunkedBodyCutAtTheCap()
    {
        HttpServer::Settings settings;
        settings.maxBodyBytes = 1000;
        auto server = serve(settings);
        testutil::RawConnection connection(server->port());
        std::string request =
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 3; ++i)
            request += "200\r\n" + std::string(0x200, 'c') + "\r\n";
        request += "0\r\n\r\n";
        QVERIFY(connection.send(request));
        QCOMPARE(statusOf(connection.receive(3000, "\r\n\r\n")), 413);
    }
    void contentEncodingBombIs413()
    {
        HttpServer::Settings settings;
        settings.maxBodyBytes = 64 * 1024;
        auto server = serve(settings);
        const QByteArray bomb = gzip(QByteArray(10 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < settings.maxBodyBytes);
        httplib::Client client("127.0.0.1", server->port());
        const auto result = client.Post("/echo", {{"Content-Encoding", "gzip"}}, bomb.constData(),
                                        size_t(bomb.size()), "application/octet-stream");
        QVERIFY(result);
        QCOMPARE(result->status, 413);
        // a small gzipped body is inflated for the handler
        const auto small = client.Post("/echo", {{"Content-Encoding", "gzip"}},
                                       gzip("hello").toStdString(), "application/octet-stream");
        QCOMPARE(small->status, 200);
        QCOMPARE(small->body, "hello");
    }
    void tokenOnEveryRoute()
    {
        HttpServer::Settings settings;
        settings.token = "s3cret";
        auto server = serve(settings);
        httplib::Client client("127.0.0.1", server->port());
        QCOMPARE(client.Get("/ready")->status, 401);
        QCOMPARE(client.Get("/nothing")->status, 401);
        QCOMPARE(client.Post("/echo", "x", "text/plain")->status, 401);
        QCOMPARE(client.Get("/ready", {{"Authorization", "Bearer wrong"}})->status, 401);
        QCOMPARE(client.Get("/ready", {{"Authorization", "Basic s3cret"}})->status, 401);
        QCOMPARE(client.Get("/ready", {{"Authorization", "Bearer s3cret"}})->status, 200);
        QCOMPARE(
            client.Post("/echo", {{"Authorization", "Bearer s3cret"}}, "x", "text/plain")->status,
            200);
        // a refused push is answered without reading its body
        testutil::RawConnection connection(server->port());
        QVERIFY(
            connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"));
        QCOMPARE(statusOf(connection.receive(3000, "\r\n\r\n")), 401);
    }
    // Past --max-connections a new connection is answered 503 with the limit
    // named; once one closes, connections are served again.
    void connectionsPastTheLimitAre503()
    {
        HttpServer::Settings settings;
        settings.maxConnections = 2;
        settings.readTimeoutMs = 5000;
        settings.keepAliveTimeoutMs = 5000;
        auto server = serve(settings);
        auto first = std::make_unique<testutil::RawConnection>(server->port());
        testutil::RawConnection second(server->port());
        // Both served, and held open by keep-alive.
        for (testutil::RawConnection *c : {first.get(), &second}) {
            QVERIFY(c->send("GET /ready HTTP/1.1\r\nHost: x\r\n\r\n"));
            QCOMPARE(statusOf(c->receive(5000, "ready\n")), 200);
        }
        // A third is answered at once, not queued behind the two.
        QElapsedTimer timer;
        timer.start();
        {
            testutil::RawConnection third(server->port());
            QVERIFY(third.send("GET /ready HTTP/1.1\r\nHost: x\r\n\r\n"));
            const std::string refused = third.receive(5000, "retry later");
            QCOMPARE(statusOf(refused), 503);
            QVERIFY2(refused.find("--max-connections") != std::string::npos, refused.c_str());
            QVERIFY(refused.find("is 2") != std::string::npos);
            QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        }
        // The open ones still work.
        QVERIFY(second.send("GET /ready HTTP/1.1\r\nHost: x\r\n\r\n"));
        QCOMPARE(statusOf(second.receive(5000, "ready\n")), 200);
        first.reset();
        QVERIFY(QTest::qWaitFor(
            [&] {
                testutil::RawConnection next(server->port());
                next.send("GET /ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                return statusOf(next.receive(2000, "ready\n")) == 200;
            },
            10000));
    }

    // A client that stalls is answered (or cut off) after the read timeout,
    // and its connection closed by the keep-alive timeout at the latest.
    void slowClientIsDropped()
    {
        HttpServer::Settings settings;
        settings.readTimeoutMs = 300;
        settings.keepAliveTimeoutMs = 1000;
        auto server = serve(settings);
        testutil::RawConnection connection(server->port());
        QVERIFY(connection.send(
            "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part"));
        QElapsedTimer timer;
        timer.start();
        const std::string response = connection.receive(2000, "\r\n\r\n");
        QCOMPARE(statusOf(response), 400);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        bool closed = false;
        connection.receive(4000, {}, &closed);
        QVERIFY(closed);
        QVERIFY2(timer.elapsed() < 3500, qPrintable(QString::number(timer.elapsed())));
        // and a client that stalls within its headers
        testutil::RawConnection stalled(server->port());
        QVERIFY(stalled.send("GET /ready HTTP/1.1\r\nHo"));
        timer.restart();
        stalled.receive(4000, {}, &closed);
        QVERIFY(closed);
        QVERIFY2(timer.elapsed() < 3500, qPrintable(QString::number(timer.elapsed())));
        // the server still serves the others
        httplib::Client client("127.0.0.1", server->port());
        QCOMPARE(client.Get("/ready")->status, 200);
    }
    void stopsCleanly()
    {
        auto server = serve();
        httplib::Client client("127.0.0.1", server->port());
        QCOMPARE(client.Get("/ready")->status, 200);
        server->stop();
        QVERIFY(!server->isRunning());
        httplib::Client again("127.0.0.1", server->port());
        QVERIFY(!again.Get("/ready"));
    }
};

PYROGRAPH_TEST_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
