#pragma once

#include "server/httpexchange.h"

#include <string>

// A Connect error as the querier's methods return it: its code
// ("invalid_argument", "internal", ...) and message; toResponse() answers it
// through ConnectProtocol (the JSON body and the status Connect gives the code).
struct ConnectError
{
    std::string code;
    std::string message;

    HttpResponse toResponse() const;

    static ConnectError invalidArgument(std::string message)
    {
        return {"invalid_argument", std::move(message)};
    }
    static ConnectError internal(std::string message) { return {"internal", std::move(message)}; }
    static ConnectError unimplemented(std::string message)
    {
        return {"unimplemented", std::move(message)};
    }
};
