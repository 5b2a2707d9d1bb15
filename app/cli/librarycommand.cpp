#include "librarycommand.h"

#include "commandline.h"

#include "library/profiletypenaming.h"
#include "library/serieslabels.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>

namespace {

// lupdate files Text::tr("...") under LibraryCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommand)
};

CommandLine usageError(QString message)
{
    CommandLine c;
    c.outcome = CommandLine::Outcome::Error;
    c.message = std::move(message);
    return c;
}

constexpr TimeRange allTime{std::numeric_limits<qint64>::min() / 4,
                            std::numeric_limits<qint64>::max() / 4};

QString originName(ProfileOrigin origin)
{
    switch (origin) {
    case ProfileOrigin::Push:
        return QStringLiteral("push");
    case ProfileOrigin::File:
        return QStringLiteral("file");
    case ProfileOrigin::Server:
        return QStringLiteral("server");
    case ProfileOrigin::Scrape:
        return QStringLiteral("scrape");
    }
    return {};
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString LibraryCommand::usage(const QString &program)
{
    return Text::tr("       %1 library add FILE... --service NAME [--label k=v]... [--at TIME] "
                    "[--library FILE]\n"
                    "       %1 library ls [--json] [--library FILE]\n"
                    "       %1 library rm ID... [--library FILE]\n")
        .arg(program);
}

qint64 LibraryCommand::parseTime(const QString &text)
{
    static const QRegularExpression seconds(QStringLiteral("^\\d{1,12}(\\.\\d{1,9})?$"));
    if (seconds.match(text).hasMatch())
        return qint64(text.toDouble() * 1000);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // RFC 3339 requires the offset: a time without one would be read as local time, which is a
    // guess.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return -1;
    return time.toMSecsSinceEpoch();
}

CommandLine LibraryCommand::parse(const QStringList &arguments)
{
    const QString program = arguments.value(0);
    const QString action = arguments.value(2);
    const QString prefix = QStringLiteral("%1 library").arg(program);
    if (action == QLatin1String("-h") || action == QLatin1String("--help") || action.isEmpty()) {
        CommandLine c;
        c.command = CommandLine::Command::Library;
        c.outcome = action.isEmpty() ? CommandLine::Outcome::Error : CommandLine::Outcome::Help;
        c.message =
            (action.isEmpty() ? prefix + QStringLiteral(": ") + Text::tr("add, ls or rm?") + u'\n'
                              : QString())
            + Text::tr("The profile library: one SQLite file (default: %1).\n")
                  .arg(QStringLiteral("$XDG_DATA_HOME/Pyrograph/library.sqlite"))
            + Text::tr("Usage:") + u'\n' + usage(program);
        return c;
    }
    if (action != QLatin1String("add") && action != QLatin1String("ls")
        && action != QLatin1String("rm"))
        return usageError(QStringLiteral("%1: %2").arg(
            prefix, Text::tr("unknown action \"%1\"; the actions are add, ls and rm").arg(action)));

    QStringList rest = arguments;
    rest.remove(1, 2); // "library ACTION"
    QCommandLineParser parser;
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    const QCommandLineOption libraryFile(
        "library", Text::tr("The library file (default: the one in the data folder)."), "FILE");
    const QCommandLineOption service("service", Text::tr("The service_name label of the profiles."),
                                     "NAME");
    const QCommandLineOption label("label", Text::tr("A label of the profiles (repeatable)."),
                                   "k=v");
    const QCommandLineOption at(
        "at",
        Text::tr("When the profiles were taken: RFC 3339 or unix seconds (default: the "
                 "profile's own time, else the file's modification time)."),
        "TIME");
    const QCommandLineOption json("json", Text::tr("Print JSON instead of a table."));
    parser.addOptions({help, libraryFile});
    if (action == QLatin1String("add"))
        parser.addOptions({service, label, at});
    if (action == QLatin1String("ls"))
        parser.addOption(json);
    if (action != QLatin1String("ls"))
        parser.addPositionalArgument(action == QLatin1String("add") ? "FILE" : "ID",
                                     action == QLatin1String("add")
                                         ? Text::tr("Profiles to add.")
                                         : Text::tr("Profiles to remove."),
                                     action == QLatin1String("add") ? "FILE..." : "ID...");
    if (!parser.parse(rest))
        return usageError(QStringLiteral("%1 %2: %3").arg(prefix, action, parser.errorText()));
    CommandLine c;
    c.command = CommandLine::Command::Library;
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        c.message = parser.helpText();
        return c;
    }
    c.library.action = action;
    c.library.file = parser.value(libraryFile);
    c.files = parser.positionalArguments();
    const QString where = QStringLiteral("%1 %2: ").arg(prefix, action);
    if (action == QLatin1String("ls")) {
        if (!c.files.isEmpty())
            return usageError(where
                              + Text::tr("takes no arguments, got \"%1\"").arg(c.files.join(u' ')));
        c.json = parser.isSet(json);
        return c;
    }
    if (c.files.isEmpty())
        return usageError(where
                          + (action == QLatin1String("add") ? Text::tr("no file given")
                                                            : Text::tr("no id given")));
    if (action == QLatin1String("rm")) {
        for (const QString &id : c.files) {
            bool ok = false;
            if (id.toLongLong(&ok) <= 0 || !ok)
                return usageError(
                    where + Text::tr("\"%1\" is not a profile id (see library ls)").arg(id));
        }
        return c;
    }
    c.library.service = parser.value(service);
    if (c.library.service.isEmpty())
        return usageError(where + Text::tr("no service given (--service NAME)"));
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*="));
    for (const QString &pair : parser.values(label)) {
        if (!labelName.match(pair).hasMatch() || pair.startsWith(QLatin1String("__")))
            return usageError(
                where
                + Text::tr(
                      "--label wants name=value with a Prometheus label name (not starting with "
                      "__), got \"%1\"")
                      .arg(pair));
        c.library.labels.append(pair);
    }
    if (parser.isSet(at)) {
        c.library.atMs = parseTime(parser.value(at));
        if (c.library.atMs < 0)
            return usageError(
                where
                + Text::tr("--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got \"%1\"")
                      .arg(parser.value(at)));
    }
    return c;
}

int LibraryCommand::run(const CommandLine &commandLine)
{
    const QString file =
        commandLine.library.file.isEmpty() ? Library::defaultFile() : commandLine.library.file;
    QString error;
    std::unique_ptr<Library> library = Library::open(file, &error);
    if (!library) {
        fail(error);
        return Failure;
    }
    if (commandLine.library.action == QLatin1String("add"))
        return add(*library, commandLine);
    if (commandLine.library.action == QLatin1String("ls"))
        return list(*library, commandLine.json);
    return remove(*library, commandLine.files);
}

int LibraryCommand::add(Library &library, const CommandLine &commandLine)
{
    Labels labels{
        {std::string(LabelNames::serviceName), commandLine.library.service.toStdString()}};
    for (const QString &pair : commandLine.library.labels) {
        const qsizetype eq = pair.indexOf(u'=');
        labels.emplace_back(pair.left(eq).toStdString(), pair.mid(eq + 1).toStdString());
    }
    std::vector<ProfileRecord> records;
    for (const QString &path : commandLine.files) {
        const ProfilePtr profile = load(path);
        if (!profile)
            return Failure;
        ProfileRecord record;
        record.labels = labels;
        record.origin = ProfileOrigin::File;
        record.source = QFileInfo(path).absoluteFilePath().toStdString();
        const ProfileMetadata &meta = profile->metadata();
        if (commandLine.library.atMs >= 0)
            record.startMs = commandLine.library.atMs;
        else if (meta.timeNanos > 0)
            record.startMs = meta.timeNanos / 1'000'000;
        else
            record.startMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
        record.endMs = record.startMs + std::max<qint64>(0, meta.durationNanos / 1'000'000);
        record.types = ProfileTypeNaming::forProfile(*profile, "");
        record.profile = profile;
        records.push_back(std::move(record));
    }
    QString error;
    const std::vector<qint64> ids = library.addAll(records, &error);
    if (ids.empty()) {
        fail(error);
        return Failure;
    }
    for (size_t i = 0; i < ids.size(); ++i) {
        QStringList types;
        for (const ProfileTypeId &type : records[i].types)
            if (!type.name.empty())
                types.append(QString::fromStdString(type.toString()));
        m_out << Text::tr("added %1: %2 (%3)")
                     .arg(ids[i])
                     .arg(commandLine.files[qsizetype(i)], types.join(QStringLiteral(", ")))
              << '\n';
    }
    return Success;
}

int LibraryCommand::list(Library &library, bool json)
{
    const std::vector<StoredProfileInfo> profiles = library.list({}, allTime);
    if (json) {
        QJsonArray array;
        for (const StoredProfileInfo &info : profiles) {
            QJsonObject labels;
            for (const auto &[name, value] : info.labels)
                labels.insert(QString::fromStdString(name), QString::fromStdString(value));
            QJsonArray types;
            for (const std::string &type : info.types)
                types.append(QString::fromStdString(type));
            array.append(QJsonObject{{"id", info.id},
                                     {"startMs", info.startMs},
                                     {"endMs", info.endMs},
                                     {"time", isoTime(info.startMs)},
                                     {"service",
                                      QString::fromStdString(std::string(SeriesLabels::value(
                                          info.labels, LabelNames::serviceName)))},
                                     {"labels", labels},
                                     {"types", types},
                                     {"origin", originName(info.origin)},
                                     {"source", QString::fromStdString(info.source)},
                                     {"storedBytes", info.storedBytes}});
        }
        m_out << QJsonDocument(QJsonObject{{"library", library.file()}, {"profiles", array}})
                     .toJson();
        return Success;
    }
    QList<QStringList> rows{{Text::tr("ID"), Text::tr("TIME"), Text::tr("SERVICE"),
                             Text::tr("TYPES"), Text::tr("LABELS"), Text::tr("SIZE"),
                             Text::tr("SOURCE")}};
    for (const StoredProfileInfo &info : profiles) {
        QStringList labels;
        for (const auto &[name, value] : info.labels)
            if (name != LabelNames::serviceName)
                labels.append(QStringLiteral("%1=%2").arg(QString::fromStdString(name),
                                                          QString::fromStdString(value)));
        QStringList types;
        for (const std::string &type : info.types)
            types.append(QString::fromStdString(type));
        rows.append({QString::number(info.id), isoTime(info.startMs),
                     QString::fromStdString(
                         std::string(SeriesLabels::value(info.labels, LabelNames::serviceName))),
                     types.join(u','), labels.isEmpty() ? QStringLiteral("-") : labels.join(u','),
                     QString::number(info.storedBytes),
                     originName(info.origin) + u' ' + QString::fromStdString(info.source)});
    }
    printColumns(rows);
    return Success;
}

int LibraryCommand::remove(Library &library, const QStringList &ids)
{
    std::vector<qint64> numbers;
    for (const QString &id : ids)
        numbers.push_back(id.toLongLong());
    QString error;
    const int removed = library.remove(numbers, &error);
    if (removed < 0) {
        fail(error);
        return Failure;
    }
    m_out << Text::tr("removed %1 of %2").arg(removed).arg(numbers.size()) << '\n';
    if (removed < int(numbers.size())) {
        fail(Text::tr("%1: %2 of the ids are not in the library")
                 .arg(library.file())
                 .arg(int(numbers.size()) - removed));
        return Failure;
    }
    return Success;
}
