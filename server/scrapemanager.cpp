#include "scrapemanager.h"

#include "scrapeclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <set>
#include <tuple>

namespace {
constexpr std::string_view kStatic = "static";
constexpr std::string_view kManual = "manual";

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0
        ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
        : QJsonValue();
}
} // namespace

ScrapeManager::ScrapeManager(ProfileSink &sink, qint64 maxDecompressedBytes)
    : m_sink(sink), m_maxDecompressedBytes(maxDecompressedBytes)
{ }

ScrapeManager::~ScrapeManager()
{
    stop();
}

std::vector<ScrapeTargetSpec> ScrapeManager::specs(const ScrapeJob &job,
                                                   const std::vector<ScrapeTargetGroup> &groups)
{
    std::vector<ScrapeTargetSpec> specs;
    for (const ScrapeTargetGroup &group : groups)
        for (const std::string &address : group.targets)
            for (const ScrapeProfile &profile : job.profiles) {
                ScrapeTargetSpec spec;
                spec.job = job.name;
                spec.application = group.application;
                spec.address = address;
                spec.profile = profile;
                spec.intervalMs = job.intervalMs;
                spec.timeoutMs = job.timeoutMs;
                spec.labels = group.labels;
                spec.auth = job.auth;
                specs.push_back(std::move(spec));
            }
    return specs;
}

void ScrapeManager::start(const ScrapeConfig &config)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_jobs = config.jobs;
    m_discoveries.clear();
    for (const ScrapeJob &job : m_jobs) {
        sync(std::string(kStatic) + '\n' + job.name, specs(job, job.staticGroups));
        for (const QString &file : job.sdFiles)
            m_discoveries.push_back({&job, file, {}, false});
    }
    if (!m_discoveries.empty()) {
        for (Discovery &discovery : m_discoveries)
            poll(discovery); // the first targets start with the server, not a refresh later
        m_discoveryThread = std::thread([this] { discoveryLoop(); });
    }
}

void ScrapeManager::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_discoveryThread.joinable())
        m_discoveryThread.join();
    std::map<std::string, Running> targets;
    {
        std::lock_guard lock(m_mutex);
        targets.swap(m_targets);
    }
    // All asked first, then joined: a slow target's wait overlaps the others'.
    for (auto &[key, running] : targets)
        running.target->requestStop();
    targets.clear();
}

void ScrapeManager::startTarget(const ScrapeTargetSpec &spec, const std::string &origin)
{
    auto target = std::make_unique<ScrapeTarget>(spec, m_sink, m_maxDecompressedBytes);
    const qint64 offset = qint64(std::hash<std::string>()(spec.key()) % quint64(spec.intervalMs));
    target->start(offset, m_observer);
    m_targets[spec.key()] = Running{std::move(target), origin};
}

bool ScrapeManager::add(const ScrapeTargetSpec &spec, QString *error)
{
    if (!ScrapeClient::parseAddress(spec.address)) {
        *error =
            QStringLiteral("\"%1\" is not host:port").arg(QString::fromStdString(spec.address));
        return false;
    }
    if (spec.intervalMs <= 0 || spec.timeoutMs <= 0) {
        *error = QStringLiteral("the interval and the timeout must be positive");
        return false;
    }
    std::lock_guard lock(m_mutex);
    if (m_targets.contains(spec.key())) {
        *error = QStringLiteral("%1 is scraped already").arg(QString::fromStdString(spec.url()));
        return false;
    }
    startTarget(spec, std::string(kManual));
    return true;
}

bool ScrapeManager::remove(const std::string &key)
{
    std::unique_ptr<ScrapeTarget> target;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_targets.find(key);
        if (it == m_targets.end())
            return false;
        target = std::move(it->second.target);
        m_targets.erase(it);
    }
    target->stop(); // outside the lock: a scrape in flight may take its timeout
    return true;
}

void ScrapeManager::sync(const std::string &origin, const std::vector<ScrapeTargetSpec> &specs)
{
    std::vector<std::unique_ptr<ScrapeTarget>> gone;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        std::set<std::string> wanted;
        for (const ScrapeTargetSpec &spec : specs)
            wanted.insert(spec.key());
        for (auto it = m_targets.begin(); it != m_targets.end();) {
            if (it->second.origin == origin && !wanted.contains(it->first)) {
                it->second.target->requestStop();
                gone.push_back(std::move(it->second.target));
                it = m_targets.erase(it);
            } else {
                ++it;
            }
        }
        for (const ScrapeTargetSpec &spec : specs)
            if (!m_targets.contains(spec.key())) // another origin's target stays that origin's
                startTarget(spec, origin);
    }
    gone.clear();
}

void ScrapeManager::poll(Discovery &discovery)
{
    // The entry names a file, or files by a '*' in its last part (as Prometheus' file_sd).
    const QFileInfo pattern(discovery.file);
    const bool glob = pattern.fileName().contains(u'*');
    QStringList files;
    if (glob) {
        const QDir dir = pattern.dir();
        for (const QString &name : dir.entryList({pattern.fileName()}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    } else {
        files.append(discovery.file);
    }
    QString error;
    QByteArray bytes; // every file's name and bytes: what tells a change
    std::vector<std::pair<QString, QByteArray>> contents;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: %2").arg(name, file.errorString());
            continue;
        }
        contents.emplace_back(name, file.readAll());
        bytes += name.toUtf8() + '\0' + contents.back().second + '\0';
    }
    if (discovery.read && bytes == discovery.lastBytes)
        return;
    discovery.read = true;
    discovery.lastBytes = bytes;
    std::vector<ScrapeTargetGroup> groups;
    for (const auto &[name, text] : contents) {
        QString malformed;
        const auto parsed = ScrapeConfig::parseTargetFile(text.toStdString(), name, &malformed);
        if (!parsed) {
            std::lock_guard lock(m_mutex);
            m_discoveryErrors[discovery.file] = malformed;
            return; // keeps the targets it had
        }
        groups.insert(groups.end(), parsed->begin(), parsed->end());
    }
    {
        std::lock_guard lock(m_mutex);
        if (error.isEmpty())
            m_discoveryErrors.erase(discovery.file);
        else
            m_discoveryErrors[discovery.file] = error;
    }
    sync(discovery.file.toStdString(), specs(*discovery.job, groups));
}

void ScrapeManager::discoveryLoop()
{
    qint64 refreshMs = std::numeric_limits<qint64>::max();
    for (const Discovery &discovery : m_discoveries)
        refreshMs = std::min(refreshMs, discovery.job->sdRefreshMs);
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(refreshMs),
                            [this] { return m_stopping; })) {
        lock.unlock();
        for (Discovery &discovery : m_discoveries)
            poll(discovery);
        lock.lock();
    }
}

std::vector<ScrapeManager::Entry> ScrapeManager::targets() const
{
    std::vector<Entry> entries;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[key, running] : m_targets) {
            const std::string_view origin = running.origin;
            entries.push_back(
                {running.target->spec(), running.target->state(),
                 origin.starts_with(kStatic) ? std::string(kStatic) : running.origin});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.spec.job, a.spec.address, a.spec.profile.name)
            < std::tie(b.spec.job, b.spec.address, b.spec.profile.name);
    });
    return entries;
}

QStringList ScrapeManager::discoveryErrors() const
{
    std::lock_guard lock(m_mutex);
    QStringList errors;
    for (const auto &[file, error] : m_discoveryErrors)
        errors.append(error);
    return errors;
}

QByteArray ScrapeManager::toJson() const
{
    QJsonArray targets;
    for (const Entry &entry : this->targets()) {
        const ScrapeTargetSpec &spec = entry.spec;
        const ScrapeTargetState &state = entry.state;
        QJsonObject labels;
        for (const auto &[name, value] : spec.seriesLabels())
            labels.insert(QString::fromStdString(name), QString::fromStdString(value));
        targets.append(QJsonObject{
            {QStringLiteral("job"), QString::fromStdString(spec.job)},
            {QStringLiteral("instance"), QString::fromStdString(spec.address)},
            {QStringLiteral("profile"), QString::fromStdString(spec.profile.name)},
            {QStringLiteral("url"), QString::fromStdString(spec.url())},
            {QStringLiteral("origin"), QString::fromStdString(entry.origin)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("intervalMs"), spec.intervalMs},
            {QStringLiteral("timeoutMs"), spec.timeoutMs},
            {QStringLiteral("health"),
             QString::fromLatin1(ScrapeTargetState::healthName(state.health))},
            {QStringLiteral("lastError"), state.lastError},
            {QStringLiteral("lastScrape"), timeOrNull(state.lastScrapeMs)},
            {QStringLiteral("lastSuccess"), timeOrNull(state.lastSuccessMs)},
            {QStringLiteral("lastDurationMs"),
             state.lastDurationMs >= 0 ? QJsonValue(state.lastDurationMs) : QJsonValue()},
            {QStringLiteral("nextScrape"), timeOrNull(state.nextScrapeMs)},
            {QStringLiteral("consecutiveFailures"), state.consecutiveFailures},
            {QStringLiteral("scrapes"), state.scrapes},
            {QStringLiteral("failures"), state.failures},
            {QStringLiteral("stored"), state.stored},
        });
    }
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("targets"), targets},
                             {QStringLiteral("discoveryErrors"),
                              QJsonArray::fromStringList(discoveryErrors())},
                         })
        .toJson(QJsonDocument::Compact);
}
