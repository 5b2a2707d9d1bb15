#include "querierclient.h"

#include "tlstrust.h"

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

QString methodName(std::string_view method)
{
    return QString::fromUtf8(method.data(), qsizetype(method.size()));
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
                         google::protobuf::Message *response, QString *error, int *status,
                         Progress &progress) const
{
    const std::optional<std::string> body = post(method, request, error, status, progress);
    if (!body)
        return false;
    if (!response->ParseFromString(*body)) {
        *error = QStringLiteral("%1: the answer to %2 is not a protobuf %3; check that the URL "
                                "names a Pyroscope server")
                     .arg(m_connection.url, methodName(method),
                          QString::fromStdString(response->GetTypeName()));
        return false;
    }
    return true;
}

void QuerierClient::configure(httplib::Client &client, TlsTrust &trust) const
{
    const time_t seconds = time_t(m_connection.timeoutMs / 1000);
    const time_t micros = time_t(m_connection.timeoutMs % 1000) * 1000;
    client.set_connection_timeout(seconds, micros);
    client.set_read_timeout(seconds, micros);
    client.set_write_timeout(seconds, micros);
    if (!m_connection.token.isEmpty())
        client.set_bearer_token_auth(m_connection.token.toStdString());
    else if (!m_connection.user.isEmpty())
        client.set_basic_auth(m_connection.user.toStdString(), m_connection.password.toStdString());
    if (m_schemeHostPort.starts_with("https:"))
        trust.install(client);
}

namespace {
// A unary Connect call of the querier, under the URL's path prefix.
httplib::Request connectRequest(const std::string &prefix, std::string_view method,
                                const google::protobuf::Message &message)
{
    httplib::Request request;
    request.method = "POST";
    request.path = prefix + "/querier.v1.QuerierService/" + std::string(method);
    request.set_header("Connect-Protocol-Version", "1");
    request.set_header("Content-Type", "application/proto");
    request.body = message.SerializeAsString();
    return request;
}
} // namespace

std::optional<std::string> QuerierClient::post(std::string_view method,
                                               const google::protobuf::Message &request,
                                               QString *error, int *status,
                                               Progress &progress) const
{
    httplib::Request http = connectRequest(m_pathPrefix, method, request);
    return send(http, methodName(method), nullptr, progress, error, status);
}

bool QuerierClient::postTo(std::string_view method, const google::protobuf::Message &request,
                           const BodySink &sink, QString *error, Progress &progress) const
{
    httplib::Request http = connectRequest(m_pathPrefix, method, request);
    return send(http, methodName(method), &sink, progress, error, nullptr).has_value();
}

std::optional<std::string> QuerierClient::get(const std::string &pathAndQuery, QString *error,
                                              int *status, Progress &progress) const
{
    httplib::Request http;
    http.method = "GET";
    http.path = m_pathPrefix + pathAndQuery;
    return send(http, QString::fromStdString(pathAndQuery.substr(0, pathAndQuery.find('?'))),
                nullptr, progress, error, status);
}

std::optional<std::string> QuerierClient::send(httplib::Request &request, const QString &what,
                                               const BodySink *sink, Progress &progress,
                                               QString *error, int *status) const
{
    if (status)
        *status = 0;
    if (!m_urlError.isEmpty()) {
        *error = m_urlError;
        return std::nullopt;
    }
    if (progress.isCanceled()) {
        *error = QStringLiteral("%1: %2 cancelled").arg(m_connection.url, what);
        return std::nullopt;
    }
    httplib::Client client(m_schemeHostPort);
    TlsTrust trust(m_connection.caFile, m_connection.trustedFingerprint);
    configure(client, trust);
    if (!m_connection.tenant.isEmpty())
        request.set_header("X-Scope-OrgID", m_connection.tenant.toStdString());
    request.progress = [&progress](uint64_t current, uint64_t total) {
        if (total > 0)
            progress.report(double(current) / double(total));
        return !progress.isCanceled();
    };
    // A sink takes only a 200's body; an error's body is kept (its start) for
    // the message.
    int answered = 0;
    std::string errorBody;
    bool sinkRefused = false;
    if (sink) {
        request.response_handler = [&answered](const httplib::Response &response) {
            answered = response.status;
            return true;
        };
        request.content_receiver = [&](const char *data, size_t size, uint64_t, uint64_t) {
            if (answered != 200) {
                constexpr size_t kept = 4096;
                if (errorBody.size() < kept)
                    errorBody.append(data, std::min(size, kept - errorBody.size()));
                return true;
            }
            if (!(*sink)(std::string_view(data, size))) {
                sinkRefused = true;
                return false;
            }
            return !progress.isCanceled();
        };
    }
    QElapsedTimer timer;
    timer.start();
    httplib::Result result = client.send(request);
    if (sinkRefused) {
        *error =
            QStringLiteral("%1: the answer to %2 could not be written").arg(m_connection.url, what);
        return std::nullopt;
    }
    if (result && sink)
        result->body = std::move(errorBody);
    return finish(client, result, what, request.path, timer.elapsed(), trust, error, status);
}

std::optional<std::string> QuerierClient::finish(httplib::Client &client, httplib::Result &result,
                                                 const QString &what, const std::string &path,
                                                 qint64 elapsedMs, const TlsTrust &trust,
                                                 QString *error, int *status) const
{
    const QString where = m_connection.url;
    if (!result) {
        const QUrl url(m_connection.url);
        const QString hostPort = url.host() + u':'
            + QString::number(url.port(url.scheme().toLower() == u"https" ? 443 : 80));
        switch (result.error()) {
        case httplib::Error::Canceled:
            *error = QStringLiteral("%1: %2 cancelled").arg(where, what);
            break;
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
            *error = elapsedMs + 50 >= m_connection.timeoutMs
                ? QStringLiteral("%1: no answer to %2 within %3 ms (timeout); the server is "
                                 "slow or stuck: try a shorter range, or a longer timeout")
                      .arg(where, what)
                      .arg(m_connection.timeoutMs)
                : QStringLiteral("%1: the server closed the connection without an answer; "
                                 "check that the URL names a Pyroscope server (https:// for TLS)")
                      .arg(where);
            break;
        case httplib::Error::SSLServerVerification:
            if (!trust.verifyError().isEmpty()) {
                *error = QStringLiteral(
                             "%1: TLS: the server's certificate is not trusted (%2); its SHA-256 "
                             "fingerprint is %3. If that is your server's certificate, trust it "
                             "(--trust-fingerprint %3, or Trust in the connection dialog), or "
                             "give the CA that signed it (--ca-file FILE)")
                             .arg(where, trust.verifyError(), trust.seenFingerprint());
            } else {
                *error = QStringLiteral("%1: TLS: the server's certificate (SHA-256 %2) does not "
                                        "name the host \"%3\"; connect by a name the certificate "
                                        "has")
                             .arg(where, trust.seenFingerprint(), url.host());
            }
            break;
        case httplib::Error::SSLLoadingCerts:
            *error = QStringLiteral("%1: TLS: the CA certificates do not load (%2); check the CA "
                                    "file (--ca-file)")
                         .arg(where,
                              m_connection.caFile.isEmpty() ? QStringLiteral("the system's")
                                                            : m_connection.caFile);
            break;
        case httplib::Error::SSLConnection:
            *error = QStringLiteral("%1: TLS failed (%2); check that the server speaks https "
                                    "on that port")
                         .arg(where, QString::fromStdString(httplib::to_string(result.error())));
            break;
        default:
            *error = QStringLiteral("%1: the request failed (%2)")
                         .arg(where, QString::fromStdString(httplib::to_string(result.error())));
        }
        return std::nullopt;
    }
    const int code = result->status;
    if (status)
        *status = code;
    const QString message = serverMessage(result->body);
    const QString credential = !m_connection.token.isEmpty()
        ? QStringLiteral("the token (--token or PYROGRAPH_TOKEN)")
        : !m_connection.user.isEmpty()
        ? QStringLiteral("user \"%1\" and its password (--user and --password, or "
                         "PYROSCOPE_BASIC_AUTH_USER and PYROSCOPE_BASIC_AUTH_PASSWORD)")
              .arg(m_connection.user)
        : QString();
    if (code == 401) {
        *error = credential.isEmpty()
            ? QStringLiteral("%1: the server wants credentials (401 %2); give a token (--token "
                             "or PYROGRAPH_TOKEN), or a user and password (--user and --password)")
                  .arg(where, message)
            : QStringLiteral("%1: the server refused %2 (401 %3); check it")
                  .arg(where, credential, message);
        return std::nullopt;
    }
    if (code == 403) {
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
    if (code == 404) {
        const bool connect = path.find("/querier.v1.QuerierService/") != std::string::npos;
        // Pyroscope OSS 0.x has no querier but answers its label values with
        // a JSON array: worth telling apart from a wrong URL.
        bool isLegacy = false;
        if (connect) {
            const httplib::Result legacy =
                client.Get(m_pathPrefix + "/label-values?label=__name__");
            isLegacy = legacy && legacy->status == 200 && !legacy->body.empty()
                && legacy->body.front() == '[';
        }
        *error = isLegacy
            ? QStringLiteral("%1: this is Pyroscope OSS 0.x (it answers /label-values, not the "
                             "Connect querier)")
                  .arg(where)
            : connect
            ? QStringLiteral("%1: no Pyroscope querier at %2 (404); check the URL (the "
                             "server's root, without a path it does not have) and that it is "
                             "Grafana Pyroscope or pyrograph serve")
                  .arg(where, QString::fromStdString(path))
            : QStringLiteral("%1: no Pyroscope OSS API at %2 (404); check the URL")
                  .arg(where, QString::fromStdString(path.substr(0, path.find('?'))));
        return std::nullopt;
    }
    if (code == 429) {
        const std::string retry = result->get_header_value("Retry-After");
        *error = QStringLiteral("%1: too many requests (429); retry %2")
                     .arg(where,
                          retry.empty() ? QStringLiteral("later")
                                        : QStringLiteral("after %1 seconds (Retry-After)")
                                              .arg(QString::fromStdString(retry)));
        return std::nullopt;
    }
    if (code >= 500) {
        *error = QStringLiteral("%1: server error %2%3; try again later, or see the server's log")
                     .arg(where)
                     .arg(code)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
        return std::nullopt;
    }
    if (code != 200) {
        *error = QStringLiteral("%1: %2 answered %3%4")
                     .arg(where, what)
                     .arg(code)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(": %1").arg(message));
        return std::nullopt;
    }
    return std::move(result->body);
}
