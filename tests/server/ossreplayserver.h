#pragma once

// A Pyroscope OSS 0.x server on loopback that answers as v0.37 does, replaying
// a real /render response (tests/data/pyroscope/server-alloc-objects.json, the
// flamebearer and timeline Pyroscope's own UI tests read) and the shapes of
// v0.37's /label-values, /labels and /api/apps (pkg/server/labelvalues.go,
// labels.go, pkg/model/appmetadata). It has no Connect querier: the client must
// find its kind. Every request is recorded, so a test can check the FlameQL
// and times the client sent.

#include "tests/support/loopbackhttpserver.h"

#include <QFile>
#include <QString>

#include <httplib.h>

#include <mutex>
#include <string>
#include <vector>

namespace osstest {

inline QByteArray renderResponse()
{
    QFile file(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pyroscope/server-alloc-objects.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class OssReplayServer
{
public:
    static constexpr const char *app = "pyroscope.server.alloc_objects";
    // The recorded response's time span (metadata startTime..endTime), in seconds.
    static constexpr qint64 fromS = 1684838542;
    static constexpr qint64 untilS = 1684838842;

    explicit OssReplayServer(std::string token = {}) : m_token(std::move(token))
    {
        m_render = renderResponse().toStdString();
        auto authorized = [this](const httplib::Request &req, httplib::Response &res) {
            record(req);
            if (!m_token.empty() && req.get_header_value("Authorization") != "Bearer " + m_token) {
                res.status = 401;
                res.set_content("{\"error\":\"invalid token\"}", "application/json");
                return false;
            }
            return true;
        };
        m_http.routes().Get(
            "/label-values", [authorized](const httplib::Request &req, httplib::Response &res) {
                if (!authorized(req, res))
                    return;
                const std::string label = req.get_param_value("label");
                if (label == "__name__")
                    res.set_content("[\"pyroscope.server.alloc_objects\",\"pyroscope.server.cpu\"]",
                                    "application/json");
                else if (label == "hostname")
                    res.set_content("[\"pyroscope-0\"]", "application/json");
                else
                    res.set_content("[]", "application/json");
            });
        m_http.routes().Get(
            "/labels", [authorized](const httplib::Request &req, httplib::Response &res) {
                if (authorized(req, res))
                    res.set_content("[\"__name__\",\"hostname\"]", "application/json");
            });
        m_http.routes().Get(
            "/api/apps", [authorized](const httplib::Request &req, httplib::Response &res) {
                if (authorized(req, res))
                    res.set_content(
                        "[{\"name\":\"pyroscope.server.alloc_objects\",\"spyName\":\"gospy\","
                        "\"sampleRate\":0,\"units\":\"objects\"},{\"name\":\"pyroscope.server."
                        "cpu\","
                        "\"spyName\":\"gospy\",\"sampleRate\":100,\"units\":\"samples\"}]",
                        "application/json");
            });
        m_http.routes().Get(
            "/render", [this, authorized](const httplib::Request &req, httplib::Response &res) {
                if (!authorized(req, res))
                    return;
                if (req.get_param_value("query").rfind(app, 0) != 0) {
                    // Another application: nothing stored, as 0.x answers it.
                    res.set_content("{\"version\":1,\"flamebearer\":{\"names\":[\"total\"],"
                                    "\"levels\":[[0,0,0,0]],\"numTicks\":0,\"maxSelf\":0},"
                                    "\"metadata\":{\"format\":\"single\",\"units\":\"samples\"},"
                                    "\"timeline\":{\"startTime\":1684838540,\"samples\":[],"
                                    "\"durationDelta\":10}}",
                                    "application/json");
                    return;
                }
                res.set_content(m_render, "application/json");
            });
        m_http.start();
    }
    OssReplayServer(const OssReplayServer &) = delete;
    OssReplayServer &operator=(const OssReplayServer &) = delete;

    QString url() const { return m_http.url(); }
    bool hasResponse() const { return !m_render.empty(); }

    struct Seen
    {
        std::string path;
        httplib::Params params;
    };
    std::vector<Seen> requests(const std::string &path) const
    {
        std::lock_guard lock(m_mutex);
        std::vector<Seen> out;
        for (const Seen &seen : m_seen)
            if (seen.path == path)
                out.push_back(seen);
        return out;
    }

private:
    void record(const httplib::Request &req)
    {
        std::lock_guard lock(m_mutex);
        m_seen.push_back(Seen{req.path, req.params});
    }

    std::string m_token;
    std::string m_render;
    mutable std::mutex m_mutex;
    std::vector<Seen> m_seen;
    testutil::LoopbackHttpServer<> m_http; // last: stops before the members its handlers use
};

} // namespace osstest
