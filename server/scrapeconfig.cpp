#include "scrapeconfig.h"

#include "ingestname.h"
#include "serveroptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace {

// Thrown inside this file only: the first wrong value ends the parse.
struct ConfigError
{
    QString message;
};

class Reader
{
public:
    Reader(const QString &file, QStringList *warnings) : m_file(file), m_warnings(warnings) { }

    QString where(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.is_null() ? m_file : QStringLiteral("%1:%2").arg(m_file).arg(mark.line + 1);
    }

    [[noreturn]] void fail(const YAML::Node &node, const QString &what) const
    {
        throw ConfigError{where(node) + QStringLiteral(": ") + what};
    }

    // Checks node is a map and warns about its keys outside known.
    void expectMap(const YAML::Node &node, const QString &what,
                   const std::set<std::string> &known) const
    {
        if (!node.IsMap())
            fail(node, QStringLiteral("%1 must be a map").arg(what));
        for (const auto &entry : node) {
            const std::string key = entry.first.Scalar();
            if (!known.contains(key))
                m_warnings->append(QStringLiteral("%1: ignoring %2 key \"%3\" (read: %4)")
                                       .arg(where(entry.first), what, QString::fromStdString(key),
                                            QString::fromStdString(joined(known))));
        }
    }

    std::string scalar(const YAML::Node &node, const QString &what) const
    {
        if (!node.IsScalar())
            fail(node, QStringLiteral("%1 must be a single value").arg(what));
        return node.Scalar();
    }

    std::vector<std::string> scalars(const YAML::Node &node, const QString &what) const
    {
        if (!node.IsSequence())
            fail(node, QStringLiteral("%1 must be a list").arg(what));
        std::vector<std::string> values;
        for (const YAML::Node &item : node)
            values.push_back(scalar(item, what + QStringLiteral(" entry")));
        return values;
    }

    qint64 duration(const YAML::Node &node, const QString &what) const
    {
        const std::string text = scalar(node, what);
        const auto ms = ServerOptions::parseDurationMs(text);
        if (!ms || *ms <= 0)
            fail(node,
                 QStringLiteral("%1: \"%2\" is not a duration such as 10s, 500ms or 1m")
                     .arg(what, QString::fromStdString(text)));
        return *ms;
    }

    Labels labels(const YAML::Node &node) const
    {
        if (!node.IsMap())
            fail(node, QStringLiteral("labels must be a map of names to values"));
        Labels labels;
        for (const auto &entry : node) {
            const std::string name = entry.first.Scalar();
            if (name.empty() || name.starts_with("__"))
                fail(entry.first,
                     QStringLiteral("label \"%1\": names starting with __ are reserved")
                         .arg(QString::fromStdString(name)));
            labels.emplace_back(IngestName::sanitizedLabelName(name),
                                scalar(entry.second, QStringLiteral("label value")));
        }
        std::sort(labels.begin(), labels.end());
        return labels;
    }

    std::vector<std::string> targets(const YAML::Node &node) const
    {
        std::vector<std::string> targets = scalars(node, QStringLiteral("targets"));
        for (const std::string &target : targets)
            if (target.empty() || target.find('/') != std::string::npos)
                fail(node,
                     QStringLiteral("target \"%1\" is not host:port")
                         .arg(QString::fromStdString(target)));
        return targets;
    }

    std::string fileText(const YAML::Node &node, const QString &path) const
    {
        QFile file(resolved(path));
        if (!file.open(QIODevice::ReadOnly))
            fail(node,
                 QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return file.readAll().trimmed().toStdString();
    }

    QString resolved(const QString &path) const
    {
        return QDir(QFileInfo(m_file).absolutePath()).absoluteFilePath(path);
    }

    ScrapeTargetGroup group(const YAML::Node &node, const QString &what) const
    {
        expectMap(node, what, {"application", "targets", "labels"});
        ScrapeTargetGroup group;
        if (const YAML::Node application = node["application"])
            group.application = scalar(application, QStringLiteral("application"));
        if (const YAML::Node targets = node["targets"])
            group.targets = this->targets(targets);
        if (const YAML::Node labels = node["labels"])
            group.labels = this->labels(labels);
        return group;
    }

    ScrapeJob job(const YAML::Node &node) const
    {
        expectMap(node, QStringLiteral("scrape-configs entry"),
                  {"job-name", "enabled-profiles", "scrape-interval", "scrape-timeout",
                   "static-configs", "file-sd-configs", "basic-auth", "bearer-token",
                   "bearer-token-file", "scheme"});
        ScrapeJob job;
        const YAML::Node name = node["job-name"];
        if (!name)
            fail(node, QStringLiteral("a scrape-configs entry without job-name"));
        job.name = scalar(name, QStringLiteral("job-name"));
        if (const YAML::Node scheme = node["scheme"];
            scheme && scalar(scheme, QStringLiteral("scheme")) != "http")
            fail(scheme, QStringLiteral("scheme: only http is supported"));
        if (const YAML::Node profiles = node["enabled-profiles"]) {
            for (const std::string &profile :
                 scalars(profiles, QStringLiteral("enabled-profiles"))) {
                const auto known = ScrapeProfile::fromConfigName(profile);
                if (!known)
                    fail(profiles,
                         QStringLiteral("enabled-profiles: \"%1\" is not one of %2")
                             .arg(QString::fromStdString(profile),
                                  QString::fromStdString(joined(ScrapeProfile::configNames()))));
                job.profiles.push_back(*known);
            }
        } else {
            job.profiles = {*ScrapeProfile::fromConfigName("cpu"),
                            *ScrapeProfile::fromConfigName("mem")};
        }
        if (const YAML::Node interval = node["scrape-interval"])
            job.intervalMs = duration(interval, QStringLiteral("scrape-interval"));
        if (const YAML::Node timeout = node["scrape-timeout"])
            job.timeoutMs = duration(timeout, QStringLiteral("scrape-timeout"));
        if (const YAML::Node groups = node["static-configs"]) {
            if (!groups.IsSequence())
                fail(groups, QStringLiteral("static-configs must be a list"));
            for (const YAML::Node &group : groups)
                job.staticGroups.push_back(this->group(group, QStringLiteral("static-configs")));
        }
        if (const YAML::Node sd = node["file-sd-configs"]) {
            if (!sd.IsSequence())
                fail(sd, QStringLiteral("file-sd-configs must be a list"));
            for (const YAML::Node &entry : sd) {
                expectMap(entry, QStringLiteral("file-sd-configs"), {"files", "refresh-interval"});
                if (const YAML::Node files = entry["files"])
                    for (const std::string &file : scalars(files, QStringLiteral("files")))
                        job.sdFiles.push_back(resolved(QString::fromStdString(file)));
                if (const YAML::Node refresh = entry["refresh-interval"])
                    job.sdRefreshMs = duration(refresh, QStringLiteral("refresh-interval"));
            }
        }
        if (const YAML::Node basic = node["basic-auth"]) {
            expectMap(basic, QStringLiteral("basic-auth"),
                      {"username", "password", "password-file"});
            if (const YAML::Node user = basic["username"])
                job.auth.username = scalar(user, QStringLiteral("username"));
            if (const YAML::Node password = basic["password"])
                job.auth.password = scalar(password, QStringLiteral("password"));
            if (const YAML::Node file = basic["password-file"])
                job.auth.password = fileText(
                    file, QString::fromStdString(scalar(file, QStringLiteral("password-file"))));
        }
        if (const YAML::Node token = node["bearer-token"])
            job.auth.bearerToken = scalar(token, QStringLiteral("bearer-token"));
        if (const YAML::Node file = node["bearer-token-file"])
            job.auth.bearerToken = fileText(
                file, QString::fromStdString(scalar(file, QStringLiteral("bearer-token-file"))));
        if (!job.auth.bearerToken.empty() && !job.auth.username.empty())
            fail(node,
                 QStringLiteral("job \"%1\": basic-auth and bearer-token are exclusive")
                     .arg(QString::fromStdString(job.name)));
        return job;
    }

    static std::string joined(const auto &names)
    {
        std::string text;
        for (const std::string &name : names)
            text += (text.empty() ? "" : ", ") + name;
        return text;
    }

private:
    QString m_file;
    QStringList *m_warnings;
};

// yaml-cpp's own errors carry a 0-based mark.
QString yamlError(const QString &file, const YAML::Exception &e)
{
    return e.mark.is_null() ? QStringLiteral("%1: %2").arg(file, QString::fromStdString(e.msg))
                            : QStringLiteral("%1:%2:%3: %4")
                                  .arg(file)
                                  .arg(e.mark.line + 1)
                                  .arg(e.mark.column + 1)
                                  .arg(QString::fromStdString(e.msg));
}

} // namespace

std::optional<ScrapeConfig> ScrapeConfig::load(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    return parse(in.readAll().toStdString(), file, error);
}

std::optional<ScrapeConfig> ScrapeConfig::parse(const std::string &text, const QString &file,
                                                QString *error)
{
    ScrapeConfig config;
    const Reader reader(file, &config.warnings);
    try {
        const YAML::Node root = YAML::Load(text);
        if (!root.IsMap())
            reader.fail(root, QStringLiteral("expected a map with scrape-configs"));
        reader.expectMap(root, QStringLiteral("top-level"), {"scrape-configs"});
        const YAML::Node jobs = root["scrape-configs"];
        if (!jobs)
            reader.fail(root, QStringLiteral("no scrape-configs"));
        if (!jobs.IsSequence())
            reader.fail(jobs, QStringLiteral("scrape-configs must be a list"));
        std::set<std::string> names;
        for (const YAML::Node &node : jobs) {
            ScrapeJob job = reader.job(node);
            if (!names.insert(job.name).second)
                reader.fail(node,
                            QStringLiteral("job-name \"%1\" is used twice")
                                .arg(QString::fromStdString(job.name)));
            config.jobs.push_back(std::move(job));
        }
    } catch (const ConfigError &e) {
        *error = e.message;
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        *error = yamlError(file, e);
        return std::nullopt;
    }
    // A map's own keys are checked before its children's: put them in file order.
    const auto line = [&file](const QString &warning) {
        return QStringView(warning).mid(file.size() + 1).split(u':').first().toInt();
    };
    std::stable_sort(config.warnings.begin(), config.warnings.end(),
                     [&](const QString &a, const QString &b) { return line(a) < line(b); });
    return config;
}

std::optional<std::vector<ScrapeTargetGroup>>
ScrapeConfig::parseTargetFile(const std::string &text, const QString &file, QString *error)
{
    QStringList warnings;
    const Reader reader(file, &warnings);
    std::vector<ScrapeTargetGroup> groups;
    try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsNull())
            return groups; // an empty file: no targets yet
        if (!root.IsSequence())
            reader.fail(root, QStringLiteral("expected a list of {targets, labels}"));
        for (const YAML::Node &node : root)
            groups.push_back(reader.group(node, QStringLiteral("target group")));
    } catch (const ConfigError &e) {
        *error = e.message;
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        *error = yamlError(file, e);
        return std::nullopt;
    }
    return groups;
}
