#pragma once

#include "httprouter.h"
#include "serveroptions.h"

#include "library/profilerecord.h"

#include <QString>
#include <QStringList>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class HttpServer;
class Library;
class ProfileSink;
class ScrapeManager;

// A small Grafana Pyroscope: the library, the HTTP server and the routes of
// Pyroscope's API over it, with retention enforced in the background, and the
// targets it scrapes (ScrapeManager: options().scrapeConfigFile's and any
// added while it runs; their state at GET /targets). What
// `pyrograph serve` runs and what the GUI's "Receive pushes" switch starts and
// stops (no Qt event loop needed: the server has its own threads).
class PyroscopeServer final
{
public:
    // Adds routes over the library, e.g. the querier's (QuerierService, render).
    using RouteRegistrar = std::function<void(HttpRouter &router, Library &library)>;

    explicit PyroscopeServer(ServerOptions options);
    ~PyroscopeServer(); // stops
    PyroscopeServer(const PyroscopeServer &) = delete;
    PyroscopeServer &operator=(const PyroscopeServer &) = delete;

    // Before start(): more routes, the callback for each stored push (called
    // on a server thread).
    void addRoutes(RouteRegistrar registrar);
    void setOnPush(std::function<void(const ProfileRecord &)> callback);

    // Checks the options, opens the library, binds and serves; an error
    // message when any of that failed (nothing left running then).
    QString start();
    void stop();
    bool isRunning() const;

    const ServerOptions &options() const { return m_options; }
    std::string address() const; // "127.0.0.1:4040", the bound port
    int port() const;
    Library *library() const { return m_library.get(); }
    qint64 pushesReceived() const;
    // While running: add targets to it, read their state.
    ScrapeManager *scrapeManager() const { return m_scrape.get(); }
    // What the scrape config ignored, "FILE:LINE: ...", after start().
    const QStringList &scrapeWarnings() const { return m_scrapeWarnings; }

private:
    // The one place the API's routes are put together.
    void registerRoutes(HttpRouter &router);
    void retentionLoop();

    ServerOptions m_options;
    std::vector<RouteRegistrar> m_registrars;
    std::function<void(const ProfileRecord &)> m_onPush;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ProfileSink> m_sink;
    std::unique_ptr<ScrapeManager> m_scrape;
    QStringList m_scrapeWarnings;
    std::unique_ptr<HttpServer> m_http;
    std::thread m_retention;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};
