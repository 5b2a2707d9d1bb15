#include "connectprotocol.h"

#include <google/protobuf/util/json_util.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

int statusOf(std::string_view code)
{
    if (code == "invalid_argument" || code == "failed_precondition" || code == "out_of_range")
        return 400;
    if (code == "unauthenticated")
        return 401;
    if (code == "permission_denied")
        return 403;
    if (code == "not_found")
        return 404;
    if (code == "already_exists" || code == "aborted")
        return 409;
    if (code == "resource_exhausted")
        return 429;
    if (code == "canceled")
        return 499;
    if (code == "unimplemented")
        return 501;
    if (code == "unavailable")
        return 503;
    if (code == "deadline_exceeded")
        return 504;
    return 500;
}

} // namespace

ConnectProtocol::Encoding ConnectProtocol::encodingOf(const HttpRequest &request)
{
    std::string type = request.header("content-type");
    if (const auto semicolon = type.find(';'); semicolon != std::string::npos)
        type.resize(semicolon);
    if (type == "application/json" || type.empty())
        return Encoding::Json;
    if (type == "application/proto" || type == "application/x-protobuf" || type == "application/protobuf")
        return Encoding::Binary;
    return Encoding::Unsupported;
}

bool ConnectProtocol::decode(const HttpRequest &request, google::protobuf::Message *message, QString *error)
{
    switch (encodingOf(request)) {
    case Encoding::Json: {
        google::protobuf::util::JsonParseOptions options;
        options.ignore_unknown_fields = true;
        const auto status = google::protobuf::util::JsonStringToMessage(
            std::string(request.body.constData(), size_t(request.body.size())), message, options);
        if (!status.ok()) {
            *error = QStringLiteral("the body is not a JSON %1: %2")
                         .arg(QString::fromStdString(message->GetTypeName()),
                              QString::fromStdString(std::string(status.message())));
            return false;
        }
        return true;
    }
    case Encoding::Binary:
        if (!message->ParseFromArray(request.body.constData(), int(request.body.size()))) {
            *error = QStringLiteral("the body is not a binary %1").arg(QString::fromStdString(message->GetTypeName()));
            return false;
        }
        return true;
    case Encoding::Unsupported:
        break;
    }
    *error = QStringLiteral("content type %1 is neither application/json nor application/proto")
                 .arg(QString::fromStdString(request.header("content-type")));
    return false;
}

HttpResponse ConnectProtocol::reply(const HttpRequest &request, const google::protobuf::Message &message)
{
    HttpResponse response;
    if (encodingOf(request) == Encoding::Binary) {
        const std::string bytes = message.SerializeAsString();
        response.contentType = "application/proto";
        response.body = QByteArray(bytes.data(), qsizetype(bytes.size()));
        return response;
    }
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    (void)google::protobuf::util::MessageToJsonString(message, &json, options);
    response.contentType = "application/json";
    response.body = QByteArray(json.data(), qsizetype(json.size()));
    return response;
}

HttpResponse ConnectProtocol::error(std::string_view code, std::string_view message)
{
    return error(code, message, statusOf(code));
}

HttpResponse ConnectProtocol::error(std::string_view code, std::string_view message, int status)
{
    QJsonObject object;
    object.insert(QStringLiteral("code"), QString::fromUtf8(code.data(), qsizetype(code.size())));
    object.insert(QStringLiteral("message"), QString::fromUtf8(message.data(), qsizetype(message.size())));
    return HttpResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}
