#pragma once

#include <QByteArray>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// One part of a multipart/form-data body, as the server parsed it.
struct HttpFormPart
{
    std::string name;
    std::string filename;
    std::string contentType;
    QByteArray data;
};

// One HTTP request as a handler sees it, apart from the HTTP library: the
// server has read the whole body (within --max-body) before a handler runs.
struct HttpRequest
{
    std::string method; // "GET", "POST"
    std::string path;   // without the query string
    std::multimap<std::string, std::string> query; // decoded parameters
    std::multimap<std::string, std::string> headers; // names lower-case
    QByteArray body; // as received: a handler inflates gzip itself, within its cap
    std::string remoteAddress;
    // A multipart/form-data body arrives parsed into its parts (body stays empty).
    std::vector<HttpFormPart> formParts;
    bool isMultipart = false;

    const HttpFormPart *formPart(std::string_view name) const;

    std::string queryValue(std::string_view name, std::string_view fallback = {}) const;
    std::string header(std::string_view lowerCaseName) const;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "text/plain; charset=utf-8";
    QByteArray body;
    std::vector<std::pair<std::string, std::string>> headers;

    static HttpResponse text(int status, std::string_view message);
    static HttpResponse json(QByteArray body, int status = 200);
};
