#include "clicommand.h"

#include "commandline.h"

#include "timelinequery.h"

#include "importers/profilereader.h"
#include "library/timelinesources.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
// lupdate files Text::tr("...") under CliCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};
} // namespace

CliCommand::CliCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CliCommand::execute(const CommandLine &commandLine, Factory create)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::unique_ptr<CliCommand> command = create(commandLine.command, out, err);
    if (!command) {
        err << "pyrograph: " << Text::tr("not a subcommand") << '\n';
        return UsageError;
    }
    const int code = command->run(commandLine);
    out.flush();
    err.flush();
    return code;
}

void CliCommand::fail(const QString &message)
{
    m_err << "pyrograph: " << message << '\n';
    m_err.flush();
}

ProfilePtr CliCommand::load(const QString &path)
{
    if (path != QLatin1String("-") && !QFileInfo::exists(path)) {
        fail(Text::tr("%1: no such file").arg(path));
        return nullptr;
    }
    const ProfileReader reader;
    ImportResult result = reader.readFile(path, Progress::none());
    if (!result.isOk()) {
        // The importers name the source; make sure the path the user typed is there.
        const QString name = QFileInfo(path).fileName();
        fail(result.error.contains(name) ? result.error : QStringLiteral("%1: %2").arg(path, result.error));
        return nullptr;
    }
    return result.profile;
}

ProfilePtr CliCommand::loadWithSampleType(const QString &path, const QString &sampleTypeName, int *sampleType,
                                          int *exitCode)
{
    ProfilePtr profile = load(path);
    if (!profile) {
        *exitCode = Failure;
        return nullptr;
    }
    *sampleType = resolveSampleType(*profile, sampleTypeName, path);
    if (*sampleType < 0) {
        *exitCode = UsageError;
        return nullptr;
    }
    return profile;
}

void CliCommand::printColumns(const QList<QStringList> &rows)
{
    const qsizetype columns = rows.isEmpty() ? 0 : rows.front().size();
    std::vector<qsizetype> widths(size_t(std::max<qsizetype>(columns - 1, 0)), 0);
    for (const QStringList &row : rows)
        for (size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[qsizetype(c)].size());
    for (const QStringList &row : rows) {
        for (size_t c = 0; c < widths.size(); ++c)
            m_out << row[qsizetype(c)].rightJustified(widths[c]) << "  ";
        m_out << row.back() << '\n';
    }
}

int CliCommand::resolveSampleType(const Profile &profile, const QString &name, const QString &path)
{
    if (profile.sampleTypeCount() == 0) {
        fail(Text::tr("%1: the profile has no sample types").arg(path));
        return -1;
    }
    if (name.isEmpty())
        return profile.defaultSampleType();
    const QByteArray utf8 = name.toUtf8();
    const int index = profile.sampleTypeIndex(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (index >= 0)
        return index;
    QStringList available;
    for (const SampleType &t : profile.sampleTypes())
        available << QString::fromStdString(t.type);
    fail(Text::tr("%1: no sample type \"%2\"; the profile has: %3")
             .arg(path, name, available.join(QStringLiteral(", "))));
    return -1;
}

std::unique_ptr<TimelineQuery> CliCommand::openQuery(const CommandLine &commandLine, int *exitCode)
{
    QString error;
    TimelineQuery::Failure failure;
    std::unique_ptr<TimelineQuery> query =
        TimelineQuery::open(QStringList{commandLine.files.value(0)}, commandLine.timeline,
                            QDateTime::currentMSecsSinceEpoch(), &error, &failure);
    if (!query) {
        fail(error);
        *exitCode = failure == TimelineQuery::Failure::Usage ? UsageError : Failure;
    }
    return query;
}

std::vector<ProfilePtr> CliCommand::loadRanges(const CommandLine &commandLine, const QStringList &ranges,
                                               int *exitCode)
{
    *exitCode = Success;
    const QString source = commandLine.files.value(0);
    if (!commandLine.timeline.isSet() && !TimelineSources::isLibraryFile(source)
        && !ServerConnection::isUrl(source))
        return {};
    const std::unique_ptr<TimelineQuery> query = openQuery(commandLine, exitCode);
    if (!query)
        return {};
    QString error;
    std::vector<TimeRange> wanted;
    for (const QString &text : ranges) {
        const std::optional<TimeRange> range = query->parseRange(text, &error);
        if (!range) {
            fail(error);
            *exitCode = UsageError;
            return {};
        }
        wanted.push_back(*range);
    }
    if (ranges.isEmpty())
        wanted.push_back(query->range());
    std::vector<ProfilePtr> profiles;
    for (TimeRange range : wanted) {
        ProfilePtr profile = query->merge(range, &error);
        if (!profile) {
            fail(error);
            *exitCode = Failure;
            return {};
        }
        profiles.push_back(std::move(profile));
    }
    return profiles;
}
