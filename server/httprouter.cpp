#include "httprouter.h"

void HttpRouter::add(std::string method, std::string path, HttpHandler handler)
{
    m_routes.push_back({std::move(method), std::move(path), false, std::move(handler)});
}

void HttpRouter::addPrefix(std::string method, std::string prefix, HttpHandler handler)
{
    m_routes.push_back({std::move(method), std::move(prefix), true, std::move(handler)});
}

const HttpHandler *HttpRouter::find(std::string_view method, std::string_view path, Match *match) const
{
    const Route *best = nullptr;
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        const bool pathMatches = route.prefix ? path.starts_with(route.path) : path == route.path;
        if (!pathMatches)
            continue;
        pathKnown = true;
        if (route.method != method)
            continue;
        if (!route.prefix) {
            best = &route;
            break;
        }
        if (!best || route.path.size() > best->path.size())
            best = &route;
    }
    *match = best ? Match::Found : pathKnown ? Match::WrongMethod : Match::NoSuchPath;
    return best ? &best->handler : nullptr;
}
