#pragma once

#include "serverconnection.h"

#include "model/progress.h"

#include <google/protobuf/message.h>

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace httplib {
class Client;
class Result;
struct Request;
} // namespace httplib

// Requests to a Pyroscope server over cpp-httplib's client: unary Connect
// calls to querier.v1.QuerierService in binary protobuf (application/proto,
// which Grafana Pyroscope and `pyrograph serve` both answer), and the GETs of
// Pyroscope OSS 0.x's HTTP API. Each request opens its own client, so
// requests may run on any thread at once. A failure becomes a message that
// says what to do about it: an unreachable host, a name that does not
// resolve, a TLS failure (naming the certificate's fingerprint when no CA
// signed it), a refused credential (named), a wrong URL or kind of server,
// too many requests (with Retry-After), a server error, a timeout.
// Every request reports the answer's download to a Progress and stops, with
// an error that says so, once the Progress is cancelled.
class QuerierClient final
{
public:
    explicit QuerierClient(ServerConnection connection);

    const ServerConnection &connection() const { return m_connection; }
    // Receives an answer's bytes as they arrive; false stops the download.
    using BodySink = std::function<bool(std::string_view bytes)>;

    // False with *error (and *status, as post()'s).
    bool call(std::string_view method, const google::protobuf::Message &request,
              google::protobuf::Message *response, QString *error, int *status = nullptr,
              Progress &progress = Progress::none()) const;
    // The answer's bytes undecoded (a pprof goes to PprofImporter as it is);
    // nullopt with *error. *status, when given, is the HTTP status (0 when
    // there was no answer): 404 tells a server without the querier.
    std::optional<std::string> post(std::string_view method,
                                    const google::protobuf::Message &request, QString *error,
                                    int *status = nullptr,
                                    Progress &progress = Progress::none()) const;
    // As post(), but a 200 answer goes to sink piece by piece and is never
    // held whole (a large merged pprof streamed to disk); false with *error,
    // also when sink refused a piece.
    bool postTo(std::string_view method, const google::protobuf::Message &request,
                const BodySink &sink, QString *error, Progress &progress = Progress::none()) const;
    // GET pathAndQuery (under the URL's path) and its body; nullopt with *error.
    std::optional<std::string> get(const std::string &pathAndQuery, QString *error,
                                   int *status = nullptr,
                                   Progress &progress = Progress::none()) const;

private:
    std::optional<std::string> send(httplib::Request &request, const QString &what,
                                    const BodySink *sink, Progress &progress, QString *error,
                                    int *status) const;
    std::optional<std::string> finish(httplib::Client &client, httplib::Result &result,
                                      const QString &what, const std::string &path,
                                      qint64 elapsedMs, const class TlsTrust &trust, QString *error,
                                      int *status) const;
    void configure(httplib::Client &client, class TlsTrust &trust) const;

    ServerConnection m_connection;
    std::string m_schemeHostPort;
    std::string m_pathPrefix; // the URL's path, without its last slash
    QString m_urlError;       // set when the URL cannot be used
};
