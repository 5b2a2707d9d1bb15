#include "querierclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <httplib.h>
#include <netdb.h>
#include <sys/socket.h>

namespace {
bool resolves(const std::string &host)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &found);
    if (found)
        freeaddrinfo(found);
    return rc == 0;
}

// Connect's error body, {"code": ..., "message": ...}; the raw body otherwise.
QString serverMessage(const std::string &body)
{
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
    const QString message = object.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.data(), qsizetype(std::min<size_t>(body.size(), 200))).trimmed();
}
} // namespace

QuerierClient::QuerierClient(ServerConnection connection) : m_connection(std::move(connection))
{
    const QUrl url(m_connection.url);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        m_urlError = QStringLiteral("%1: not a server URL (want http://HOST:PORT or https://HOST)")
                         .arg(m_connection.url);
        return;
    }
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    m_schemeHostPort = (scheme + QStringLiteral("://") + host
                        + (url.port() >= 0 ? u':' + QString::number(url.port()) : QString()))
                           .toStdString();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_pathPrefix = path.toStdString();
}

bool QuerierClient::call(std::string_view method, const google::protobuf::Message &request,
                         google::protobuf::Message *response, QString *error) const
{
    const std::optional<std::string> body = post(method, request, error);
    if (!body)
        return false;
    if (!response->ParseFromString(*body)) {
        *error =
            QStringLiteral("%1: the answer to %2 is not a protobuf %3; check that the URL "
                           "names a Pyroscope server")
                .arg(m_connection.url, QString::fromUtf8(method.data(), qsizetype(method.size())),
                     QString::fromStdString(response->GetTypeName()));
        return false;
    }
    return true;
}

std::optional<std::string> QuerierClient::post(std::string_view method,
                                               const google::protobuf::Message &request,
                                               QString *error) const
{
    if (!m_urlError.isEmpty()) {
        *error = m_urlError;
        return std::nullopt;
    }
    const QString where = m_connection.url;
    httplib::Client client(m_schemeHostPort);
    const time_t seconds = time_t(m_connection.timeoutMs / 1000);
    const time_t micros = time_t(m_connection.timeoutMs % 1000) * 1000;
    client.set_connection_timeout(seconds, micros);
    client.set_read_timeout(seconds, micros);
    client.set_write_timeout(seconds, micros);
    if (!m_connection.token.isEmpty())
        client.set_bearer_token_auth(m_connection.token.toStdString());
    else if (!m_connection.user.isEmpty())
        client.set_basic_auth(m_connection.user.toStdString(), m_connection.password.toStdString());
    httplib::Headers headers;
    if (!m_connection.tenant.isEmpty())
        headers.emplace("X-Scope-OrgID", m_connection.tenant.toStdString());
    headers.emplace("Connect-Protocol-Version", "1");
    const std::string path = m_pathPrefix + "/querier.v1.QuerierService/" + std::string(method);
    QElapsedTimer timer;
    timer.start();
    const httplib::Result result =
        client.Post(path, headers, request.SerializeAsString(), "application/proto");
    if (!result) {
        const QUrl url(m_connection.url);
        const QString hostPort = url.host() + u':'
            + QString::number(url.port(url.scheme().toLower() == u"https" ? 443 : 80));
        switch (result.error()) {
        case httplib::Error::Connection:
            *error = resolves(url.host().toStdString())
                ? QStringLiteral("%1: nothing answers at %2 (connection refused or host "
                                 "unreachable); check the URL's host and port, and that the "
                                 "server runs")
                      .arg(where, hostPort)
                : QStringLiteral("%1: the host name \"%2\" does not resolve (DNS); check the "
                                 "URL's host name")
                      .arg(where, url.host());
            break;
        case httplib::Error::ConnectionTimeout:
            *error = QStringLiteral("%1: no connection to %2 within %3 ms; check the host and "
                                    "port, and any firewall between")
                         .arg(where, hostPort)
                         .arg(m_connection.timeoutMs);
            break;
        case httplib::Error::Read:
        case httplib::Error::Write:
            *error = timer.elapsed() + 50 >= m_connection.timeoutMs
                ? QStringLiteral("%1: no answer to %2 within %3 ms (timeout); the server is "
                                 "slow or stuck: try a shorter range, or a longer timeout")
                      .arg(where, QString::fromUtf8(method.data(), qsizetype(method.size())))
                      .arg(m_connection.timeoutMs)
                : QStringLiteral("%1: the server closed the connection without an answer; "
                                 "check that the URL names a Pyroscope server (https:// for TLS)")
                      .arg(where);
            break;
        case httplib::Error::SSLConnection:
        case httplib::Error::SSLLoadingCerts:
        case httplib::Error::SSLServerVerification:
            *error = QStringLiteral("%1: TLS failed (%2); check that the server speaks https "
                                    "on that port and that its certificate is signed by a CA "
                                    "this system trusts")
                         .arg(where, QString::fromStdString(httplib::to_string(result.error())));
            break;
        default:
            *error = QStringLiteral("%1: the request failed (%2)")
                         .arg(where, QString::fromStdString(httplib::to_string(result.error())));
        }
        return std::nullopt;
    }
    const int status = result->status;
    const QString message = serverMessage(result->body);
    const QString credential = !m_connection.token.isEmpty()
        ? QStringLiteral("the token (--token or PYROGRAPH_TOKEN)")
        : !m_connection.user.isEmpty()
        ? QStringLiteral("user \"%1\" and its password (--user and --password, or "
                         "PYROSCOPE_BASIC_AUTH_USER and PYROSCOPE_BASIC_AUTH_PASSWORD)")
              .arg(m_connection.user)
        : QString();
    if (status == 401) {
        *error = credential.isEmpty()
            ? QStringLiteral("%1: the server wants credentials (401 %2); give a token (--token "
                             "or PYROGRAPH_TOKEN), or a user and password (--user and --password)")
                  .arg(where, message)
            : QStringLiteral("%1: the server refused %2 (401 %3); check it")
                  .arg(where, credential, message);
        return std::nullopt;
    }
    if (status == 403) {
        *error = QStringLiteral("%1: the server refused access (403 %2) to %3%4; check the "
                                "credential's permissions and the tenant (--tenant or "
                                "PYROSCOPE_TENANT_ID)")
                     .arg(where, message,
                          credential.isEmpty() ? QStringLiteral("a request without credentials")
                                               : credential,
                          m_connection.tenant.isEmpty()
                              ? QString()
                              : QStringLiteral(" for tenant \"%1\"").arg(m_connection.tenant));
        return std::nullopt;
    }
    if (status == 404) {
        // Pyroscope OSS 0.x has no querier but answers its label values with a
        // JSON array: worth telling apart from a wrong URL.
        const httplib::Result legacy =
            client.Get(m_pathPrefix + "/label-values?label=__name__", headers);
        const bool isLegacy =
            legacy && legacy->status == 200 && !legacy->body.empty() && legacy->body.front() == '[';
        *error = isLegacy
            ? QStringLiteral("%1: this is Pyroscope OSS 0.x (it answers /label-values, not the "
                             "Connect querier), which Pyrograph does not read yet; export from "
                             "it, or upgrade it to Grafana Pyroscope 1.x")
                  .arg(where)
            : QStringLiteral("%1: no Pyroscope querier at %2 (404); check the URL (the "
                             "server's root, without a path it does not have) and that it is "
                             "Grafana Pyroscope 1.x or pyrograph serve")
                  .arg(where, QString::fromStdString(path));
        return std::nullopt;
    }
    if (status == 429) {
        const std::string retry = result->get_header_value("Retry-After");
        *error = QStringLiteral("%1: too many requests (429); retry %2")
                     .arg(where,
                          retry.empty() ? QStringLiteral("later")
                                        : QStringLiteral("after %1 seconds (Retry-After)")
                                              .arg(QString::fromStdString(retry)));
        return std::nullopt;
    }
    if (status >= 500) {
        *error = QStringLiteral("%1: server error %2%3; try again later, or see the server's log")
                     .arg(where)
                     .arg(status)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
        return std::nullopt;
    }
    if (status != 200) {
        *error = QStringLiteral("%1: %2 answered %3%4")
                     .arg(where, QString::fromUtf8(method.data(), qsizetype(method.size())))
                     .arg(status)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(": %1").arg(message));
        return std::nullopt;
    }
    return std::move(result->body);
}
