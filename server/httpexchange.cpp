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

const HttpFormPart *HttpRequest::formPart(std::string_view name) const
{
    for (const HttpFormPart &part : formParts)
        if (part.name == name)
            return &part;
    return nullptr;
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
