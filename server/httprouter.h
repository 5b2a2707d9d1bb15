#pragma once

#include "httpexchange.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

// The route table: method and path, exact or by prefix (a Connect service,
// "/querier.v1.QuerierService/", takes every method of it), to a handler.
// Filled before the server starts, read-only while it runs.
class HttpRouter final
{
public:
    void add(std::string method, std::string path, HttpHandler handler);
    void addPrefix(std::string method, std::string prefix, HttpHandler handler);

    enum class Match { Found, NoSuchPath, WrongMethod };
    // The handler for this request, exact paths first, then the longest prefix.
    const HttpHandler *find(std::string_view method, std::string_view path, Match *match) const;

private:
    struct Route
    {
        std::string method;
        std::string path;
        bool prefix = false;
        HttpHandler handler;
    };
    std::vector<Route> m_routes;
};
