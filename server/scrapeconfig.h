#pragma once

#include "scrapeprofile.h"

#include "library/labels.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

// Credentials a job sends with each scrape (Pyroscope's basic-auth and
// bearer-token; a *-file is read once, when the config is).
struct ScrapeAuth
{
    std::string username;
    std::string password;
    std::string bearerToken;
};

// A target group: Pyroscope's static-configs entry, or one group of a
// file-sd-configs file (Prometheus' file_sd format, JSON or YAML: a list of
// {targets, labels}, plus `application` as Pyroscope's static config has it).
struct ScrapeTargetGroup
{
    std::string application;          // empty: the job name
    std::vector<std::string> targets; // "host:port"
    Labels labels;                    // sorted
};

struct ScrapeJob
{
    std::string name;
    std::vector<ScrapeProfile> profiles; // default [cpu, mem], as Pyroscope
    qint64 intervalMs = 10000;           // Pyroscope's defaults
    qint64 timeoutMs = 15000;
    std::vector<ScrapeTargetGroup> staticGroups;
    std::vector<QString> sdFiles; // absolute
    qint64 sdRefreshMs = 5000;
    ScrapeAuth auth;
};

// The `scrape-configs` section of Pyroscope's server.yml (read by yaml-cpp),
// so that a Pyroscope user's file works here. Read: job-name,
// enabled-profiles, scrape-interval, scrape-timeout, static-configs
// (application, targets, labels), file-sd-configs (files, refresh-interval),
// basic-auth (username, password, password-file), bearer-token,
// bearer-token-file, scheme (http only). Any other key, at any level, is
// ignored with a warning that names it and its line, as is every top-level key
// but scrape-configs (a whole server.yml may be given). A malformed file or a
// wrong value is an error naming the file and line; the config is all or none.
class ScrapeConfig final
{
public:
    std::vector<ScrapeJob> jobs;
    QStringList warnings; // "FILE:LINE: ..."

    static std::optional<ScrapeConfig> load(const QString &file, QString *error);
    // text as the file holds it; file names it in messages and anchors relative sd files.
    static std::optional<ScrapeConfig> parse(const std::string &text, const QString &file,
                                             QString *error);
    // A file-sd-configs file's groups; nullopt with *error naming the file and line.
    static std::optional<std::vector<ScrapeTargetGroup>>
    parseTargetFile(const std::string &text, const QString &file, QString *error);
};
