#include "server/httpexchange.h"

std::string HttpRequest::queryValue(std::string_view name, std::string_view fallback) const
{
    const auto it = query.find(std::string(name));
    return it == query.end() ? std::string(fallback) : it->second;
}

std::string HttpRequest::header(std::string_view lowerCaseName) const
{
    const auto it = headers.find(std::string(lowerCaseName));
    return it == headers.end() ? std::string() : it->second;
}

HttpResponse HttpResponse::text(int status, std::string_view message)
{
    HttpResponse response;
    response.status = status;
    response.body = QByteArray(message.data(), qsizetype(message.size()));
    if (!response.body.endsWith('\n'))
        response.body.append('\n');
    return response;
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = std::move(body);
    return response;
}
