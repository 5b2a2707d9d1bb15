#include "serversources.h"

#include "osstimelinesource.h"
#include "servertimelinesource.h"

std::unique_ptr<TimelineSource> ServerSources::open(const ServerConnection &connection,
                                                    QString *error, Kind *kind)
{
    int status = 0;
    if (std::unique_ptr<ServerTimelineSource> querier =
            ServerTimelineSource::open(connection, error, &status)) {
        if (kind)
            *kind = Kind::Querier;
        return querier;
    }
    // Only a server that answered "not found" may be another kind: a refused
    // connection or a timeout would only fail twice.
    if (status != 404)
        return nullptr;
    QString ossError;
    int ossStatus = 0;
    if (std::unique_ptr<OssTimelineSource> oss =
            OssTimelineSource::open(connection, &ossError, &ossStatus)) {
        if (kind)
            *kind = Kind::Oss;
        return oss;
    }
    // A 0.x server that refused the credentials says so; a path that is not
    // there either keeps the querier's message.
    if (ossStatus != 404 && ossStatus != 200)
        *error = ossError;
    return nullptr;
}

QString ServerSources::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Querier:
        return QStringLiteral("Grafana Pyroscope (Connect querier)");
    case Kind::Oss:
        return QStringLiteral("Pyroscope OSS 0.x");
    }
    return {};
}
