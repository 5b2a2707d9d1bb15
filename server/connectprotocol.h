#pragma once

#include "httpexchange.h"

#include <google/protobuf/message.h>

#include <QString>

#include <string_view>

// Connect's unary protocol as Grafana Pyroscope's clients speak it (the
// SDKs' Push, profilecli, Grafana's data source): a POST whose body is the
// request message as JSON (application/json) or binary protobuf
// (application/proto, also application/x-protobuf), answered in the same
// encoding; errors are {"code": "...", "message": "..."} with the HTTP status
// Connect assigns to the code. The querier handlers use it too.
namespace ConnectProtocol {
enum class Encoding { Json, Binary, Unsupported };

Encoding encodingOf(const HttpRequest &request);
// False with *error when the body is not a message of that type.
bool decode(const HttpRequest &request, google::protobuf::Message *message, QString *error);
HttpResponse reply(const HttpRequest &request, const google::protobuf::Message &message);
// code: invalid_argument (400), unauthenticated (401), not_found (404),
// resource_exhausted (429), internal (500), unimplemented (501), ...
HttpResponse error(std::string_view code, std::string_view message);
// As error(), with another HTTP status where the server's own rule wins (413).
HttpResponse error(std::string_view code, std::string_view message, int status);
} // namespace ConnectProtocol
