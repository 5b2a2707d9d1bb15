#pragma once

#include <QString>

#include <httplib.h>

#include <chrono>
#include <thread>
#include <utility>

namespace testutil {

// A test's HTTP server (httplib::Server, or SSLServer for https) on a free
// loopback port, answering on its own thread from start() until it is
// destroyed. Declare it after whatever its handlers use, so that it stops
// before those go.
template<typename Server = httplib::Server> class LoopbackHttpServer
{
public:
    template<typename... Args>
    explicit LoopbackHttpServer(Args &&...args) : m_server(std::forward<Args>(args)...)
    { }
    ~LoopbackHttpServer()
    {
        if (m_thread.joinable()) {
            m_server.stop();
            m_thread.join();
        }
    }
    LoopbackHttpServer(const LoopbackHttpServer &) = delete;
    LoopbackHttpServer &operator=(const LoopbackHttpServer &) = delete;

    // Set the routes here before start().
    Server &routes() { return m_server; }
    bool isValid() const { return m_server.is_valid(); }

    // Binds and serves; returns once the server accepts. false: no port to bind.
    bool start()
    {
        m_port = m_server.bind_to_any_port("127.0.0.1");
        if (m_port <= 0)
            return false;
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return true;
    }
    int port() const { return m_port; }
    // "scheme://127.0.0.1:port" and path
    QString url(const QString &path = {}, const char *scheme = "http") const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(QLatin1String(scheme))
            .arg(m_port)
            .arg(path);
    }

private:
    Server m_server;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace testutil
