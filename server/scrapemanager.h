#pragma once

#include "scrapeconfig.h"
#include "scrapetarget.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class ProfileSink;

// The targets of `pyrograph serve --scrape` and of the GUI's "Scrape a
// target": one ScrapeTarget per (job, target, profile), each on its own
// thread. Static configs start with the manager; each file-sd-configs file (or
// the files a '*' in its name matches) is polled every refresh-interval on a
// thread of its own and, when the bytes change, its targets are started and
// stopped to match (a missing file has no targets; a malformed one keeps the
// targets they had and reports why). Each
// target's first scrape waits a share of its interval taken from its key, so
// that many targets do not all fire at once.
class ScrapeManager final
{
public:
    ScrapeManager(ProfileSink &sink, qint64 maxDecompressedBytes);
    ~ScrapeManager(); // stops
    ScrapeManager(const ScrapeManager &) = delete;
    ScrapeManager &operator=(const ScrapeManager &) = delete;

    // Before start(): called on a target's thread after each of its scrapes.
    void setObserver(ScrapeTarget::Observer observer) { m_observer = std::move(observer); }

    void start(const ScrapeConfig &config);
    void stop();

    // A target outside the config (the GUI's dialog); false with *error when
    // one with the same key runs or the address is not host:port.
    bool add(const ScrapeTargetSpec &spec, QString *error);
    bool remove(const std::string &key);

    struct Entry
    {
        ScrapeTargetSpec spec;
        ScrapeTargetState state;
        std::string origin; // "static", "manual" or the discovery file
    };
    std::vector<Entry> targets() const; // sorted by job, address, profile
    QStringList discoveryErrors() const;
    // GET /targets: {"targets": [...], "discoveryErrors": [...]}.
    QByteArray toJson() const;

    // The targets a job's groups name: one per target and enabled profile.
    static std::vector<ScrapeTargetSpec> specs(const ScrapeJob &job,
                                               const std::vector<ScrapeTargetGroup> &groups);

private:
    struct Running
    {
        std::unique_ptr<ScrapeTarget> target;
        std::string origin;
    };
    struct Discovery
    {
        const ScrapeJob *job = nullptr;
        QString file;
        QByteArray lastBytes;
        bool read = false;
    };
    void startTarget(const ScrapeTargetSpec &spec, const std::string &origin);
    // Makes origin's targets exactly specs.
    void sync(const std::string &origin, const std::vector<ScrapeTargetSpec> &specs);
    void discoveryLoop();
    void poll(Discovery &discovery);

    ProfileSink &m_sink;
    const qint64 m_maxDecompressedBytes;
    ScrapeTarget::Observer m_observer;
    std::vector<ScrapeJob> m_jobs;
    std::vector<Discovery> m_discoveries;
    mutable std::mutex m_mutex; // m_targets, m_discoveryErrors, m_stopping
    std::map<std::string, Running> m_targets;
    std::map<QString, QString> m_discoveryErrors;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_discoveryThread;
};
