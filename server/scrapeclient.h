#pragma once

#include "scrapeconfig.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace httplib {
class Client;
}

// GET requests to one target's net/http/pprof over cpp-httplib's client (the
// library the server already uses), keep-alive between scrapes. A profile is
// only what answers 200 with a body that is not an HTML or text page (Go's
// handlers answer errors and the index as text/html or text/plain; a pprof is
// application/octet-stream). The timeout bounds the connect and each read: a
// target that accepts but never answers fails after it.
class ScrapeClient final
{
public:
    // address: "host:port" or "[v6]:port".
    ScrapeClient(const std::string &address, const ScrapeAuth &auth);
    ~ScrapeClient();
    ScrapeClient(const ScrapeClient &) = delete;
    ScrapeClient &operator=(const ScrapeClient &) = delete;

    // The body, or nullopt with *error saying what the target did.
    std::optional<QByteArray> get(const std::string &pathAndQuery, qint64 timeoutMs,
                                  QString *error);
    // From another thread: ends a get() in flight (it fails) and the ones after.
    void cancel();

    // "host:port" into host and port; nullopt when it is not that.
    struct HostPort
    {
        std::string host;
        int port = 0;
    };
    static std::optional<HostPort> parseAddress(const std::string &address);

private:
    std::string m_address;
    std::unique_ptr<httplib::Client> m_client;
    std::mutex m_mutex;
    bool m_cancelled = false;
};
