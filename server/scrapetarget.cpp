#include "scrapetarget.h"

#include "pprofdelta.h"
#include "pprofrecord.h"
#include "profilesink.h"
#include "requestbody.h"
#include "sampletypeconfig.h"
#include "scrapeclient.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <chrono>

namespace {
constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

std::string ScrapeTargetSpec::key() const
{
    std::string key = job + '\n' + application + '\n' + address + '\n' + profile.name;
    for (const auto &[name, value] : labels)
        key += '\n' + name + '=' + value;
    return key;
}

std::string ScrapeTargetSpec::url() const
{
    return "http://" + address + profile.request(cpuSeconds());
}

int ScrapeTargetSpec::cpuSeconds() const
{
    return int(std::max<qint64>(1, (intervalMs - 1000) / 1000));
}

Labels ScrapeTargetSpec::seriesLabels() const
{
    Labels all = labels;
    all.emplace_back(std::string(LabelNames::serviceName), application.empty() ? job : application);
    all.emplace_back("job", job);
    all.emplace_back("instance", address);
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    all.erase(std::unique(all.begin(), all.end(),
                          [](const auto &a, const auto &b) { return a.first == b.first; }),
              all.end());
    return all;
}

const char *ScrapeTargetState::healthName(Health health)
{
    switch (health) {
    case Health::Up:
        return "up";
    case Health::Down:
        return "down";
    case Health::Unknown:
        break;
    }
    return "unknown";
}

ScrapeTarget::ScrapeTarget(ScrapeTargetSpec spec, ProfileSink &sink, qint64 maxDecompressedBytes)
    : m_spec(std::move(spec))
    , m_sink(sink)
    , m_maxDecompressedBytes(maxDecompressedBytes)
    , m_client(std::make_unique<ScrapeClient>(m_spec.address, m_spec.auth))
{ }

ScrapeTarget::~ScrapeTarget()
{
    stop();
}

void ScrapeTarget::start(qint64 firstDelayMs, Observer observer)
{
    m_observer = std::move(observer);
    {
        std::lock_guard lock(m_mutex);
        m_state.nextScrapeMs = nowMs() + firstDelayMs;
    }
    m_thread = std::thread([this, firstDelayMs] { loop(firstDelayMs); });
}

void ScrapeTarget::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_client->cancel();
}

void ScrapeTarget::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

ScrapeTargetState ScrapeTarget::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

qint64 ScrapeTarget::backoffMs(qint64 intervalMs, int consecutiveFailures)
{
    const int doublings = std::clamp(consecutiveFailures - 1, 0, 20);
    return std::min(intervalMs << doublings, std::max(intervalMs, kMaxBackoffMs));
}

void ScrapeTarget::loop(qint64 firstDelayMs)
{
    qint64 slot = nowMs() + firstDelayMs;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_state.nextScrapeMs = slot;
        const auto wait = std::chrono::milliseconds(std::max<qint64>(0, slot - nowMs()));
        if (m_wake.wait_for(lock, wait, [this] { return m_stopping; }))
            break;
        const qint64 started = nowMs();
        lock.unlock();
        QString error;
        qint64 stored = 0;
        const bool ok = scrapeOnce(&error, &stored);
        const qint64 finished = nowMs();
        lock.lock();
        if (m_stopping)
            break;
        ScrapeTargetState &state = m_state;
        ++state.scrapes;
        state.lastScrapeMs = started;
        state.lastDurationMs = finished - started;
        state.lastLatenessMs = started - slot;
        if (ok) {
            state.health = ScrapeTargetState::Health::Up;
            state.lastSuccessMs = finished;
            state.lastError.clear();
            state.consecutiveFailures = 0;
            state.stored += stored;
            slot += m_spec.intervalMs;
            if (slot <= finished) // missed slots are skipped, the grid kept
                slot += ((finished - slot) / m_spec.intervalMs + 1) * m_spec.intervalMs;
        } else {
            state.health = ScrapeTargetState::Health::Down;
            state.lastError = error;
            ++state.failures;
            ++state.consecutiveFailures;
            slot = finished + backoffMs(m_spec.intervalMs, state.consecutiveFailures);
        }
        state.nextScrapeMs = slot;
        if (m_observer) {
            const ScrapeTargetState copy = state;
            lock.unlock();
            m_observer(m_spec, copy);
            lock.lock();
        }
    }
}

bool ScrapeTarget::scrapeOnce(QString *error, qint64 *stored)
{
    const ScrapeProfile &profile = m_spec.profile;
    const int seconds = m_spec.cpuSeconds();
    // A cpu profile answers only after its seconds: the timeout counts from then.
    const qint64 timeoutMs = m_spec.timeoutMs + (profile.takesSeconds ? seconds * 1000 : 0);
    const QString source = QStringLiteral("GET %1").arg(QString::fromStdString(m_spec.url()));
    const auto body = m_client->get(profile.request(seconds), timeoutMs, error);
    const qint64 now = nowMs();
    if (!body)
        return false;
    RequestBody::Failure failure = RequestBody::Failure::None;
    auto inflated = RequestBody::inflate(*body, m_maxDecompressedBytes, source, error, &failure);
    if (!inflated)
        return false;
    qint64 startMs = 0;
    if (profile.cumulative) {
        if (m_previous.isEmpty()) {
            // Checked now, so that garbage fails at once rather than at the second scrape.
            if (!PprofRecord::build(*inflated, {}, {}, source, now, error))
                return false;
            m_previous = *inflated;
            m_previousMs = now;
            return true;
        }
        const SampleTypeConfig cumulative = SampleTypeConfig::defaults();
        const auto delta = PprofDelta::subtract(
            *inflated, m_previous,
            [&](std::string_view type) { return cumulative.isCumulative(type); }, error);
        if (!delta) {
            *error = source + QStringLiteral(": ") + *error;
            return false;
        }
        m_previous = *inflated;
        startMs = m_previousMs;
        m_previousMs = now;
        inflated = *delta;
    }
    auto record = PprofRecord::build(*inflated, m_spec.seriesLabels(), m_spec.profile.metricName,
                                     source, now, error);
    if (!record)
        return false;
    if (record->profile->tree().nodeCount() <= 1)
        return true; // nothing happened (no contention, no allocation): nothing to store
    record->origin = ProfileOrigin::Scrape;
    if (startMs > 0) {
        record->startMs = startMs;
        record->endMs = now;
    }
    if (!m_sink.store({*record}, error))
        return false;
    *stored = 1;
    return true;
}

std::optional<ScrapeTargetSpec> ScrapeTargetSpec::forUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    const QUrl parsed = QUrl::fromUserInput(
        text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.host().isEmpty()
        || parsed.port() <= 0) {
        *error = QStringLiteral("\"%1\" is not http://host:port").arg(text);
        return std::nullopt;
    }
    const QString host = parsed.host().contains(u':') ? u'[' + parsed.host() + u']' : parsed.host();
    ScrapeTargetSpec spec;
    spec.address = QStringLiteral("%1:%2").arg(host).arg(parsed.port()).toStdString();
    spec.auth.username = parsed.userName().toStdString();
    spec.auth.password = parsed.password().toStdString();
    return spec;
}
