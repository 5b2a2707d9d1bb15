#pragma once

class HttpRouter;
class Library;

// The read side of Pyroscope's API over the library: the Connect
// querier.v1.QuerierService (every method under its prefix, POST) and the
// legacy GET /pyroscope/render, /pyroscope/render-diff and /pyroscope/label-values.
namespace QuerierRoutes {
void add(HttpRouter &router, const Library &library);
}
