// Issue 15: the HTTP library for `pyrograph serve`, chosen by measurement.
// Serves a POST echo with Qt HTTP Server and with cpp-httplib (through our
// HttpServer, as shipped), and drives each with 8 keep-alive client threads
// POSTing a 50 KB body for a fixed time: requests/s and p99 latency.
//
// Usage: pyrograph_benchhttplibraries [SECONDS]   (default 5 per library)

#include "model/hugepageheap.h"
#include "server/httpserver.h"
#include "tests/server/rawhttp.h"

#include <httplib.h>

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

constexpr int clientCount = 8;
constexpr size_t bodyBytes = 50 * 1024;

struct Result
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

Result drive(int port, double seconds)
{
    const std::string body(bodyBytes, 'p');
    std::vector<std::vector<double>> latencies(clientCount);
    std::atomic<int> failures{0};
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::vector<std::thread> clients;
    for (int c = 0; c < clientCount; ++c)
        clients.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true); // as Go's and Node's HTTP clients do
            while (std::chrono::steady_clock::now() < end) {
                const auto before = std::chrono::steady_clock::now();
                const auto result = client.Post("/echo", body, "application/octet-stream");
                const auto after = std::chrono::steady_clock::now();
                if (!result || result->status != 200 || result->body.size() != bodyBytes)
                    ++failures;
                latencies[size_t(c)].push_back(
                    std::chrono::duration<double, std::milli>(after - before).count());
            }
        });
    for (auto &t : clients)
        t.join();
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    Result r;
    r.requestsPerSecond = double(all.size()) / elapsed;
    r.p50Ms = all.empty() ? 0 : all[all.size() / 2];
    r.p99Ms = all.empty() ? 0 : all[std::min(all.size() - 1, size_t(double(all.size()) * 0.99))];
    r.failures = failures;
    return r;
}

// The requirements, probed over a raw connection: a body announced
// past the cap is refused (413) before it is sent, and a client that stalls
// within its headers is cut off (cpp-httplib: after the 10 s read timeout and then the 5 s
// keep-alive wait).
struct Probes
{
    bool refusesAnnouncedBody = false;
    bool dropsStalledClient = false;
};

Probes probe(int port)
{
    Probes p;
    {
        testutil::RawConnection connection(port);
        connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n");
        const std::string response = connection.receive(2000, "\r\n\r\n");
        p.refusesAnnouncedBody = response.starts_with("HTTP/1.1 413");
    }
    {
        testutil::RawConnection connection(port);
        connection.send("GET /echo HTTP/1.1\r\nHo");
        bool closed = false;
        connection.receive(20000, {}, &closed);
        p.dropsStalledClient = closed;
    }
    return p;
}

void print(const char *name, const Probes &p)
{
    std::printf("%s\t413 for a 1 GiB Content-Length before the body: %s\tstalled client dropped "
                "within 20 s: %s\n",
                name, p.refusesAnnouncedBody ? "yes" : "no", p.dropsStalledClient ? "yes" : "no");
    std::fflush(stdout);
}

void print(const char *name, const Result &r)
{
    std::printf("%s\t%.0f req/s\tp50 %.2f ms\tp99 %.2f ms\tfailures %d\n", name,
                r.requestsPerSecond, r.p50Ms, r.p99Ms, r.failures);
    std::fflush(stdout);
}

// Qt HTTP Server 6.4 has no setting for TCP_NODELAY; without it every
// response waits 40 ms for the client's delayed ACK (196 req/s, p50 44 ms).
// Its bind() takes our QTcpServer, whose sockets have it set, so that the
// comparison is of the servers, not of Nagle's algorithm.
class LowDelayTcpServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 5.0;

    {
        HttpRouter router;
        router.add("POST", "/echo", [](const HttpRequest &request) {
            HttpResponse response;
            response.contentType = "application/octet-stream";
            response.body = request.body;
            return response;
        });
        HttpServer server(HttpServer::Settings{}, std::move(router));
        if (const QString error = server.start(); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        print("cpp-httplib", drive(server.port(), seconds));
        print("cpp-httplib", probe(server.port()));
    }

    // Qt HTTP Server answers on the thread of its event loop: the clients run
    // on threads of their own while this one serves.
    QHttpServer qtServer;
    qtServer.route("/echo", QHttpServerRequest::Method::Post,
                   [](const QHttpServerRequest &request) {
                       return QHttpServerResponse("application/octet-stream", request.body());
                   });
    auto *tcpServer = new LowDelayTcpServer;
    if (!tcpServer->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "Qt HTTP Server: cannot listen\n");
        return 1;
    }
    const quint16 port = tcpServer->serverPort();
    qtServer.bind(tcpServer);
    if (port == 0) {
        std::fprintf(stderr, "Qt HTTP Server: cannot listen\n");
        return 1;
    }
    Result qtResult;
    Probes qtProbes;
    std::thread driver([&] {
        qtResult = drive(port, seconds);
        qtProbes = probe(port);
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    app.exec();
    driver.join();
    print("Qt HTTP Server", qtResult);
    print("Qt HTTP Server", qtProbes);
    return 0;
}
