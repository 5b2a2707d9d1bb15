#pragma once

#include "server/httpexchange.h"

#include <string>

// A Connect error: its code ("invalid_argument", "not_found", ...) and message,
// answered as the JSON body {"code": ..., "message": ...} with the HTTP status
// the Connect protocol maps the code to (connectrpc.com/docs/protocol, "Error
// Codes"), whatever the request's encoding.
struct ConnectError
{
    std::string code;
    std::string message;

    int httpStatus() const;
    HttpResponse toResponse() const;

    static ConnectError invalidArgument(std::string message) { return {"invalid_argument", std::move(message)}; }
    static ConnectError internal(std::string message) { return {"internal", std::move(message)}; }
    static ConnectError unimplemented(std::string message) { return {"unimplemented", std::move(message)}; }
};
