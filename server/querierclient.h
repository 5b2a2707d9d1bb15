#pragma once

#include "serverconnection.h"

#include <google/protobuf/message.h>

#include <QString>

#include <optional>
#include <string>
#include <string_view>

// One unary Connect call to a server's querier.v1.QuerierService in binary
// protobuf (application/proto, which Grafana Pyroscope and `pyrograph serve`
// both answer), over cpp-httplib's client. Each call opens its own client, so
// calls may run on any thread at once. A failure becomes a message that says
// what to do about it: an unreachable host, a name that does not resolve, a
// TLS failure, a refused credential (named), a wrong URL or kind of server,
// too many requests (with Retry-After), a server error, a timeout.
class QuerierClient final
{
public:
    explicit QuerierClient(ServerConnection connection);

    const ServerConnection &connection() const { return m_connection; }
    // False with *error.
    bool call(std::string_view method, const google::protobuf::Message &request,
              google::protobuf::Message *response, QString *error) const;
    // The answer's bytes undecoded (a pprof goes to PprofImporter as it is);
    // nullopt with *error.
    std::optional<std::string> post(std::string_view method,
                                    const google::protobuf::Message &request, QString *error) const;

private:
    ServerConnection m_connection;
    std::string m_schemeHostPort;
    std::string m_pathPrefix; // the URL's path, without its last slash
    QString m_urlError;       // set when the URL cannot be used
};
