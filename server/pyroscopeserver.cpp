#include "pyroscopeserver.h"

#include "heapretention.h"
#include "httpserver.h"
#include "ingestroutes.h"
#include "profilesink.h"
#include "querierroutes.h"
#include "scrapeconfig.h"
#include "scrapemanager.h"

#include "library/library.h"

#include <QDateTime>

#include <chrono>

namespace {
// Retention runs at start and then this often: a week's limit needs no finer grain.
constexpr auto retentionInterval = std::chrono::minutes(5);
} // namespace

PyroscopeServer::PyroscopeServer(ServerOptions options) : m_options(std::move(options)) { }

PyroscopeServer::~PyroscopeServer()
{
    stop();
}

void PyroscopeServer::addRoutes(RouteRegistrar registrar)
{
    m_registrars.push_back(std::move(registrar));
}

void PyroscopeServer::setOnPush(std::function<void(const ProfileRecord &)> callback)
{
    m_onPush = std::move(callback);
}

void PyroscopeServer::registerRoutes(HttpRouter &router)
{
    IngestRoutes::add(router, *m_sink, m_options);
    QuerierRoutes::add(router, *m_library);
    router.add("GET", "/targets", [scrape = m_scrape.get()](const HttpRequest &) {
        return HttpResponse::json(scrape->toJson());
    });
    for (const RouteRegistrar &registrar : m_registrars)
        registrar(router, *m_library);
}

QString PyroscopeServer::start()
{
    stop();
    if (const QString problem = m_options.check(); !problem.isEmpty())
        return problem;
    QString error;
    m_scrapeWarnings.clear();
    std::optional<ScrapeConfig> scrapeConfig;
    if (!m_options.scrapeConfigFile.isEmpty()) {
        scrapeConfig = ScrapeConfig::load(m_options.scrapeConfigFile, &error);
        if (!scrapeConfig)
            return error;
        m_scrapeWarnings = scrapeConfig->warnings;
    }
    const QString file =
        m_options.libraryFile.isEmpty() ? Library::defaultFile() : m_options.libraryFile;
    m_library = Library::open(file, &error);
    if (!m_library)
        return error;
    HeapRetention::keepFreedMemory();
    m_sink = std::make_unique<ProfileSink>(*m_library);
    m_sink->setOnStored(m_onPush);
    m_scrape = std::make_unique<ScrapeManager>(*m_sink, m_options.maxDecompressedBytes);
    HttpRouter router;
    registerRoutes(router);
    HttpServer::Settings settings;
    settings.host = m_options.host;
    settings.port = m_options.port;
    settings.maxBodyBytes = m_options.maxBodyBytes;
    settings.token = m_options.noAuth ? std::string() : m_options.token;
    settings.readTimeoutMs = m_options.readTimeoutMs;
    settings.writeTimeoutMs = m_options.writeTimeoutMs;
    settings.keepAliveTimeoutMs = m_options.keepAliveTimeoutMs;
    settings.threads = m_options.threads;
    settings.maxConnections = m_options.maxConnections;
    m_http = std::make_unique<HttpServer>(settings, std::move(router));
    error = m_http->start();
    if (!error.isEmpty()) {
        m_http.reset();
        m_scrape.reset();
        m_sink.reset();
        m_library.reset();
        return error;
    }
    if (scrapeConfig)
        m_scrape->start(*scrapeConfig);
    m_stopping = false;
    m_retention = std::thread([this] { retentionLoop(); });
    return {};
}

void PyroscopeServer::retentionLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        if (m_options.retentionMs > 0)
            m_library->enforceRetention(m_options.retentionMs, 0,
                                        QDateTime::currentMSecsSinceEpoch());
        lock.lock();
        m_wake.wait_for(lock, retentionInterval, [this] { return m_stopping; });
    }
}

void PyroscopeServer::stop()
{
    if (m_scrape)
        m_scrape->stop(); // before the sink it stores into goes
    if (m_http)
        m_http->stop(); // in-flight requests finish first
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_retention.joinable())
        m_retention.join();
    m_http.reset();
    m_scrape.reset();
    m_sink.reset();
    m_library.reset();
}

bool PyroscopeServer::isRunning() const
{
    return m_http != nullptr;
}

std::string PyroscopeServer::address() const
{
    return m_http ? m_http->address() : std::string();
}

int PyroscopeServer::port() const
{
    return m_http ? m_http->port() : 0;
}

qint64 PyroscopeServer::pushesReceived() const
{
    return m_sink ? m_sink->storedCount() : 0;
}
