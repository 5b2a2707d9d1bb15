#pragma once

#include "httprouter.h"

#include <QString>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

// The HTTP side of `pyrograph serve`, on cpp-httplib (chosen by measurement,
// BENCHMARKS.md "Issue 15: HTTP library"): keep-alive connections served by a
// thread pool, handlers called through HttpRouter with HttpRequest/HttpResponse
// so that no handler sees the library. Enforced here, before any handler:
// - the bearer token on every route (401),
// - the body cap: a Content-Length past it gets 413 before one body byte is
//   read (then the connection closes); a chunked or Content-Encoding body is
//   counted as it arrives and cut at the cap,
// - read and write timeouts for slow clients,
// - a handler's exception is a 500, never a crash.
class HttpServer final
{
public:
    struct Settings
    {
        std::string host = "127.0.0.1";
        int port = 0; // 0: any free port
        qint64 maxBodyBytes = qint64(16) << 20;
        std::string token; // empty: no authentication
        int readTimeoutMs = 10000;
        int writeTimeoutMs = 10000;
        int keepAliveTimeoutMs = 5000;
        int threads = 32;
        // Open connections served at once; past it, 503 (ConnectionLimitQueue).
        int maxConnections = 256;
    };

    HttpServer(Settings settings, HttpRouter router);
    ~HttpServer(); // stops
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts serving on a thread of its own; an error message
    // naming the address when it cannot bind.
    QString start();
    void stop();
    bool isRunning() const;
    int port() const { return m_port; } // the bound port, once started
    std::string address() const;        // "127.0.0.1:4040"
    qint64 requestCount() const { return m_requests.load(); }

private:
    HttpResponse dispatch(const HttpRequest &request) const;

    Settings m_settings;
    HttpRouter m_router;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    mutable std::atomic<qint64> m_requests{0};
};
