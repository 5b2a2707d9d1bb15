#pragma once

class HttpRouter;
class ProfileSink;
struct ServerOptions;

// The write side of Pyroscope's API: POST /ingest, /pyroscope/ingest and the
// Connect push.v1.PusherService/Push, plus GET /ready.
namespace IngestRoutes {
void add(HttpRouter &router, ProfileSink &sink, const ServerOptions &options);
}
