#include "server/connectcodec.h"

#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include <string>
#include <string_view>

namespace {
// The media type without parameters ("application/json; charset=utf-8"), lower case.
std::string mediaType(const HttpRequest &request)
{
    std::string type = request.header("content-type");
    type = type.substr(0, type.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t'))
        type.pop_back();
    for (char &c : type)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return type;
}
} // namespace

std::optional<HttpResponse> ConnectCodec::refuse(const HttpRequest &request)
{
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, "Connect unary calls are POST");
        response.headers.emplace_back("Allow", "POST");
        return response;
    }
    const std::string type = mediaType(request);
    if (type != "application/json" && type != "application/proto") {
        HttpResponse response = HttpResponse::text(
            415, "unsupported content type \"" + type + "\": application/json or application/proto");
        response.headers.emplace_back("Accept-Post", "application/json, application/proto");
        return response;
    }
    return std::nullopt;
}

ConnectCodec::Encoding ConnectCodec::encodingOf(const HttpRequest &request)
{
    return mediaType(request) == "application/proto" ? Encoding::Proto : Encoding::Json;
}

std::optional<ConnectError> ConnectCodec::decode(const HttpRequest &request, google::protobuf::Message &message)
{
    if (encodingOf(request) == Encoding::Proto) {
        if (!message.ParseFromArray(request.body.constData(), int(request.body.size())))
            return ConnectError::invalidArgument("unmarshal into " + message.GetTypeName() + ": bad protobuf");
        return std::nullopt;
    }
    const std::string_view body(request.body.constData(), size_t(request.body.size()));
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return std::nullopt; // an empty JSON body is the empty message
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    const auto status = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(body.data(), body.size()), &message, options);
    if (!status.ok())
        return ConnectError::invalidArgument("unmarshal into " + message.GetTypeName() + ": "
                                             + std::string(status.message()));
    return std::nullopt;
}

HttpResponse ConnectCodec::encode(Encoding encoding, const google::protobuf::Message &message)
{
    HttpResponse response;
    std::string bytes;
    if (encoding == Encoding::Proto) {
        message.SerializeToString(&bytes);
        response.contentType = "application/proto";
    } else {
        (void)google::protobuf::util::MessageToJsonString(message, &bytes);
        response.contentType = "application/json";
    }
    response.body = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return response;
}
