#pragma once

#include "server/httpexchange.h"

#include <QtGlobal>

#include <functional>
#include <string>
#include <vector>

class QuerierService;

// Grafana Pyroscope 1.x's legacy HTTP read API (pkg/querier/http.go), which
// Pyroscope's own UI and older tools call, answered through QuerierService:
// - GET /pyroscope/render?query=TYPE{selector}&from&until[&maxNodes|max-nodes]
//   [&groupBy][&aggregation=sum|avg]: flamebearer JSON v1 ("single") with the
//   timeline (PyroscopeTimeline) and, with groupBy, one timeline per value in
//   "groups" ("*" for series without the label); metadata as Pyroscope's
//   ExportToFlamebearer gives it (units from the sample type, rate 100);
// - GET /pyroscope/render-diff?leftQuery&leftFrom&leftUntil&rightQuery&...:
//   "double" flamebearer with leftTicks and rightTicks; both sides must query
//   the same profile type;
// - GET /pyroscope/label-values?label=NAME: a JSON array; __name__ gives the
//   profile type IDs, any other label its values.
// Times as PyroscopeTime reads them (now-1h, unix s or ms; missing: now).
// Bad parameters get 400 with the reason as text, as Pyroscope answers them.
class RenderHandler final
{
public:
    // nowMs: the clock "now" is read from (tests pin it).
    explicit RenderHandler(const QuerierService &querier, std::function<qint64()> nowMs = {});

    static const std::vector<std::string> &paths();
    HttpResponse handle(const HttpRequest &request) const;

    HttpResponse render(const HttpRequest &request) const;
    HttpResponse renderDiff(const HttpRequest &request) const;
    HttpResponse labelValues(const HttpRequest &request) const;

private:
    const QuerierService &m_querier;
    std::function<qint64()> m_nowMs;
};
