#include "timelinequery.h"

#include "library/timelinesources.h"
#include "model/progress.h"
#include "server/pyroscopetime.h"
#include "server/serversources.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace {
// lupdate files Text::tr("...") under TimelineQuery.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineQuery)
};

std::optional<qint64> parseTime(const QString &text, qint64 nowMs)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return PyroscopeTime::parseMs(std::string_view(utf8.constData(), size_t(utf8.size())), nowMs);
}

QString typeList(const std::vector<ProfileTypeId> &types)
{
    QStringList names;
    for (const ProfileTypeId &type : types)
        names << QString::fromStdString(type.toString());
    return names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", "));
}
} // namespace

std::unique_ptr<TimelineQuery> TimelineQuery::open(const QStringList &sources,
                                                   const CommandLine::TimelineArguments &arguments,
                                                   qint64 nowMs, QString *error, Failure *failure)
{
    *failure = Failure::Usage;
    auto query = std::unique_ptr<TimelineQuery>(new TimelineQuery);
    query->m_nowMs = nowMs;
    // TYPE is split off here, not by LabelSelector: a file's sample type may
    // be no Prometheus metric name ("cpu-clock").
    const qsizetype brace = arguments.query.indexOf(u'{');
    const QString typeText = (brace < 0 ? arguments.query : arguments.query.left(brace)).trimmed();
    const QByteArray queryText = (brace < 0 ? QString() : arguments.query.mid(brace)).toUtf8();
    QString selectorError;
    std::optional<LabelSelector> selector = LabelSelector::parse(
        std::string_view(queryText.constData(), size_t(queryText.size())), &selectorError);
    if (!selector) {
        *error = QStringLiteral("--query: %1").arg(selectorError);
        return nullptr;
    }
    query->m_selector = std::move(*selector);

    if (sources.size() == 1 && ServerConnection::isUrl(sources.front())) {
        ServerConnection connection = arguments.server;
        connection.url = sources.front();
        connection.addEnvironment();
        query->m_source = ServerSources::open(connection, error);
    } else {
        query->m_source = TimelineSources::open(sources, Progress::none(), error);
    }
    const QString source = sources.join(QStringLiteral(", "));
    if (!query->m_source) {
        *failure = Failure::Source;
        return nullptr;
    }
    const std::optional<TimeRange> span = query->m_source->span();
    TimeRange range = span ? *span : TimeRange{nowMs - 3600 * 1000, nowMs};
    for (auto [text, name, bound] : {std::tuple{arguments.from, "--from", &range.startMs},
                                     std::tuple{arguments.until, "--until", &range.endMs}}) {
        if (text.isEmpty())
            continue;
        const std::optional<qint64> ms = parseTime(text, nowMs);
        if (!ms) {
            *error =
                Text::tr("%1: not a time: \"%2\" (now-1h, unix seconds or milliseconds, RFC 3339)")
                    .arg(QLatin1String(name), text);
            return nullptr;
        }
        *bound = *ms;
    }
    if (range.endMs < range.startMs) {
        *error = Text::tr("--from is after --until");
        return nullptr;
    }
    query->m_range = range;
    // The types of the whole source, so that a range with no data is an
    // empty answer rather than an unknown type.
    const std::vector<ProfileTypeId> types =
        query->m_source->profileTypes(span ? *span : TimeRange{0, std::max(nowMs, range.endMs)});
    const std::optional<ProfileTypeId> type =
        TimelineSources::findType(types, typeText.toStdString());
    if (!type) {
        *error = typeText.isEmpty()
            ? Text::tr("%1: no profile type given (--query 'TYPE{...}'); the profile types are: %2")
                  .arg(source, typeList(types))
            : Text::tr("%1: no single profile type \"%2\"; the profile types are: %3")
                  .arg(source, typeText, typeList(types));
        return nullptr;
    }
    if (typeText.isEmpty() && types.size() > 1 && !span) {
        *error =
            Text::tr("%1: no profile type given (--query 'TYPE{...}'); the profile types are: %2")
                .arg(source, typeList(types));
        return nullptr;
    }
    query->m_type = *type;
    *failure = Failure::None;
    return query;
}

std::optional<TimeRange> TimelineQuery::parseRange(const QString &text, QString *error) const
{
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    if (dots < 0) {
        *error = Text::tr("\"%1\": want FROM..UNTIL").arg(text);
        return std::nullopt;
    }
    const std::optional<qint64> from = parseTime(text.left(dots), m_nowMs);
    const std::optional<qint64> until = parseTime(text.mid(dots + 2), m_nowMs);
    if (!from || !until || *until < *from) {
        *error =
            Text::tr(
                "\"%1\": want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC "
                "3339), the first not after the second")
                .arg(text);
        return std::nullopt;
    }
    return TimeRange{*from, *until};
}

qint64 TimelineQuery::defaultStepMs(TimeRange range)
{
    const qint64 span = range.endMs - range.startMs;
    const qint64 hundredth = std::max<qint64>(1, (span + 99) / 100);
    return span >= 1000 ? (hundredth + 999) / 1000 * 1000 : hundredth;
}

ProfilePtr TimelineQuery::merge(TimeRange range, QString *error) const
{
    return m_source->merge(m_type, m_selector, range, error);
}
