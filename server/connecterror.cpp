#include "server/connecterror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <string_view>
#include <utility>

int ConnectError::httpStatus() const
{
    static const std::pair<std::string_view, int> statuses[] = {
        {"canceled", 499},         {"unknown", 500},           {"invalid_argument", 400},
        {"deadline_exceeded", 504}, {"not_found", 404},        {"already_exists", 409},
        {"permission_denied", 403}, {"resource_exhausted", 429}, {"failed_precondition", 400},
        {"aborted", 409},          {"out_of_range", 400},      {"unimplemented", 501},
        {"internal", 500},         {"unavailable", 503},       {"data_loss", 500},
        {"unauthenticated", 401},
    };
    for (const auto &[name, status] : statuses) {
        if (name == code)
            return status;
    }
    return 500;
}

HttpResponse ConnectError::toResponse() const
{
    QJsonObject body;
    body.insert(QLatin1String("code"), QString::fromStdString(code));
    if (!message.empty())
        body.insert(QLatin1String("message"), QString::fromStdString(message));
    return HttpResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), httpStatus());
}
