#pragma once

#include "scrapeconfig.h"
#include "scrapeprofile.h"

#include "library/labels.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

class ProfileSink;
class ScrapeClient;

// What to scrape: one profile of one target of one job.
struct ScrapeTargetSpec
{
    std::string job;
    std::string application; // service_name; empty: the job
    std::string address;     // "host:port"
    ScrapeProfile profile;
    qint64 intervalMs = 10000;
    qint64 timeoutMs = 15000;
    Labels labels; // static labels
    ScrapeAuth auth;

    std::string key() const; // what tells two targets apart
    std::string url() const; // of one scrape
    // The series labels: the static ones, then service_name, job and instance
    // where they do not name those themselves.
    Labels seriesLabels() const;
    // cpu: ?seconds= one second short of the interval, so that a profile ends
    // before the next is due (as Grafana Alloy does), at least 1.
    int cpuSeconds() const;

    // http://[user:password@]host:port (the scheme may be left out) as a
    // target's address and credentials; nullopt with *error when it is not that.
    static std::optional<ScrapeTargetSpec> forUrl(const QString &url, QString *error);
};

struct ScrapeTargetState
{
    enum class Health { Unknown, Up, Down };
    Health health = Health::Unknown;
    QString lastError;
    qint64 lastScrapeMs = 0; // when the last scrape started; 0: none yet
    qint64 lastSuccessMs = 0;
    qint64 lastDurationMs = -1; // request to durable (or to the failure)
    qint64 nextScrapeMs = 0;
    qint64 lastLatenessMs = 0; // how late the last scrape started after its slot
    int consecutiveFailures = 0;
    qint64 scrapes = 0;
    qint64 failures = 0;
    qint64 stored = 0; // profiles stored (a cumulative one's first scrape stores none)

    static const char *healthName(Health health);
};

// One target's scrape loop on its own thread, so that a slow or dead target
// delays nobody else: GET, inflate, for a cumulative profile the difference
// from the previous scrape (PprofDelta; the first scrape is only the baseline,
// or the counts since the program started would land as one spike), then the
// record a push of the same pprof makes (PprofRecord), into the ProfileSink.
// Slots are on a fixed grid from the first (no drift); a slot missed while a
// scrape ran is skipped. After a failure the next try waits the interval times
// 2^(failures-1), at most 5 minutes (or the interval when that is longer).
class ScrapeTarget final
{
public:
    using Observer = std::function<void(const ScrapeTargetSpec &, const ScrapeTargetState &)>;

    ScrapeTarget(ScrapeTargetSpec spec, ProfileSink &sink, qint64 maxDecompressedBytes);
    ~ScrapeTarget(); // stops
    ScrapeTarget(const ScrapeTarget &) = delete;
    ScrapeTarget &operator=(const ScrapeTarget &) = delete;

    // observer (optional) is called on the target's thread after each scrape.
    void start(qint64 firstDelayMs, Observer observer = {});
    // Ends a scrape in flight and the loop; stop() also waits for the thread.
    void requestStop();
    void stop();

    const ScrapeTargetSpec &spec() const { return m_spec; }
    ScrapeTargetState state() const;

    static qint64 backoffMs(qint64 intervalMs, int consecutiveFailures);

private:
    void loop(qint64 firstDelayMs);
    // One scrape; true when it succeeded.
    bool scrapeOnce(QString *error, qint64 *stored);

    const ScrapeTargetSpec m_spec;
    ProfileSink &m_sink;
    const qint64 m_maxDecompressedBytes;
    std::unique_ptr<ScrapeClient> m_client;
    Observer m_observer;
    QByteArray m_previous; // the last inflated cumulative profile
    qint64 m_previousMs = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    ScrapeTargetState m_state;
    std::thread m_thread;
};
