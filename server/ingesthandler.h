#pragma once

#include "httpexchange.h"
#include "library/profilerecord.h"

#include <optional>
#include <vector>

class ProfileSink;

// Pyroscope's `POST /ingest` (and `/pyroscope/ingest`), as its SDKs send it:
// the query names the application and its labels (`name=app.cpu{k=v}`), the
// time span (`from`, `until`), the `format` (folded by default, lines, pprof,
// speedscope) and the spy, rate and units; the body is the profile, raw or
// gzipped, or a multipart form with `profile`, `prev_profile` and
// `sample_type_config` (always pprof, as Pyroscope reads a form).
//
// Status codes as Grafana Pyroscope 1.x answers: 400 when the query is wrong
// (name, from, until, format), 413 when the body or its inflation is past the
// cap, 422 when the body is not a profile of that format (Pyroscope's "failed
// to ingest profile"), 200 once the profile is durable in the library. The
// reason is always in the body. Nothing is stored unless all of it parsed.
class IngestHandler final
{
public:
    IngestHandler(ProfileSink &sink, qint64 maxDecompressedBytes);

    HttpResponse handle(const HttpRequest &request) const;

    // What handle() stores, or the error response it would give.
    struct Parsed
    {
        std::vector<ProfileRecord> records;
        std::optional<HttpResponse> error;
    };
    Parsed parse(const HttpRequest &request, qint64 nowMs) const;

private:
    ProfileSink &m_sink;
    qint64 m_maxDecompressedBytes;
};
