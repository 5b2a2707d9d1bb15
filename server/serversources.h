#pragma once

#include "library/timelinesource.h"
#include "server/serverconnection.h"

#include <memory>

// Opens a server URL as a timeline, speaking whichever API the server has:
// the Connect querier (Grafana Pyroscope 1.x, Grafana Cloud Profiles,
// `pyrograph serve`), or, when that path is not found, Pyroscope OSS 0.x's
// HTTP API. What the CLI's SOURCE and the window's connections open.
class ServerSources final
{
public:
    enum class Kind { Querier, Oss };

    // Null with *error (the querier's, unless the server turned out to be 0.x).
    static std::unique_ptr<TimelineSource> open(const ServerConnection &connection, QString *error,
                                                Kind *kind = nullptr);
    static QString kindName(Kind kind);
};
