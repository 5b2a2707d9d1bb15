#include "ingestroutes.h"

#include "httprouter.h"
#include "ingesthandler.h"
#include "pushservice.h"
#include "serveroptions.h"

#include <memory>

void IngestRoutes::add(HttpRouter &router, ProfileSink &sink, const ServerOptions &options)
{
    router.add("GET", "/ready", [](const HttpRequest &) { return HttpResponse::text(200, "ready"); });
    const auto ingest = std::make_shared<IngestHandler>(sink, options.maxDecompressedBytes);
    for (const char *path : {"/ingest", "/pyroscope/ingest"})
        router.add("POST", path, [ingest](const HttpRequest &request) { return ingest->handle(request); });
    const auto push = std::make_shared<PushService>(sink, options.maxDecompressedBytes);
    router.add("POST", "/push.v1.PusherService/Push",
               [push](const HttpRequest &request) { return push->handle(request); });
}
