#include "scrapeclient.h"

#include <httplib.h>

#include <charconv>

ScrapeClient::ScrapeClient(const std::string &address, const ScrapeAuth &auth) : m_address(address)
{
    if (const auto hostPort = parseAddress(address)) {
        m_client = std::make_unique<httplib::Client>(hostPort->host, hostPort->port);
        m_client->set_keep_alive(true);
        if (!auth.bearerToken.empty())
            m_client->set_bearer_token_auth(auth.bearerToken.c_str());
        else if (!auth.username.empty())
            m_client->set_basic_auth(auth.username.c_str(), auth.password.c_str());
    }
}

ScrapeClient::~ScrapeClient() = default;

std::optional<ScrapeClient::HostPort> ScrapeClient::parseAddress(const std::string &address)
{
    const size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return std::nullopt;
    HostPort hostPort;
    hostPort.host = address.substr(0, colon);
    if (hostPort.host.front() == '[') {
        if (hostPort.host.size() < 3 || hostPort.host.back() != ']')
            return std::nullopt;
        hostPort.host = hostPort.host.substr(1, hostPort.host.size() - 2);
    } else if (hostPort.host.find(':') != std::string::npos) {
        return std::nullopt; // IPv6 without brackets
    }
    const char *begin = address.data() + colon + 1;
    const char *end = address.data() + address.size();
    const auto [last, ec] = std::from_chars(begin, end, hostPort.port);
    if (ec != std::errc() || last != end || hostPort.port <= 0 || hostPort.port > 65535)
        return std::nullopt;
    return hostPort;
}

std::optional<QByteArray> ScrapeClient::get(const std::string &pathAndQuery, qint64 timeoutMs,
                                            QString *error)
{
    if (!m_client) {
        *error = QStringLiteral("\"%1\" is not host:port").arg(QString::fromStdString(m_address));
        return std::nullopt;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    const time_t seconds = time_t(timeoutMs / 1000);
    const time_t micros = time_t(timeoutMs % 1000) * 1000;
    m_client->set_connection_timeout(seconds, micros);
    m_client->set_read_timeout(seconds, micros);
    m_client->set_write_timeout(seconds, micros);
    const httplib::Result result = m_client->Get(pathAndQuery.c_str());
    if (!result) {
        const httplib::Error failure = result.error();
        if (failure == httplib::Error::Read)
            *error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        else if (failure == httplib::Error::Connection)
            *error = QStringLiteral("could not connect to %1 (refused, unreachable or no answer "
                                    "within %2 ms)")
                         .arg(QString::fromStdString(m_address))
                         .arg(timeoutMs);
        else
            *error = QStringLiteral("HTTP request failed: %1")
                         .arg(QString::fromStdString(httplib::to_string(failure)));
        return std::nullopt;
    }
    const std::string contentType = result->get_header_value("Content-Type");
    if (result->status != 200) {
        std::string reason = result->body.substr(0, 200);
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r'))
            reason.pop_back();
        *error =
            QStringLiteral("HTTP %1: %2").arg(result->status).arg(QString::fromStdString(reason));
        return std::nullopt;
    }
    if (contentType.starts_with("text/")) {
        *error = QStringLiteral("answered %1, not a pprof")
                     .arg(QString::fromStdString(contentType.substr(0, contentType.find(';'))));
        return std::nullopt;
    }
    if (result->body.empty()) {
        *error = QStringLiteral("answered an empty body");
        return std::nullopt;
    }
    return QByteArray(result->body.data(), qsizetype(result->body.size()));
}

void ScrapeClient::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_client)
        m_client->stop();
}
