#pragma once

#include "server/connecterror.h"
#include "server/httpexchange.h"

#include <optional>

namespace google::protobuf {
class Message;
}

// The Connect protocol's unary encoding (connectrpc.com/docs/protocol): a POST
// whose Content-Type says JSON (protobuf's canonical JSON mapping) or binary
// protobuf; the response goes back in the same encoding. Unknown JSON fields
// are ignored, as connect-go does, so newer clients keep working.
class ConnectCodec final
{
public:
    enum class Encoding { Json, Proto };

    // What is wrong with the request before its body is read: 405 (with
    // Allow: POST) for another method, 415 (with Accept-Post) for another
    // content type, as connect-go answers both; nullopt when it can be decoded.
    static std::optional<HttpResponse> refuse(const HttpRequest &request);
    // The request's encoding; call after refuse() said nothing.
    static Encoding encodingOf(const HttpRequest &request);

    // invalid_argument naming what could not be read.
    static std::optional<ConnectError> decode(const HttpRequest &request, google::protobuf::Message &message);
    static HttpResponse encode(Encoding encoding, const google::protobuf::Message &message);
};
