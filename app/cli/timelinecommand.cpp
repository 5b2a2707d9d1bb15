#include "timelinecommand.h"

#include "jsontext.h"
#include "timelinequery.h"

#include "model/unitformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cmath>

namespace {
// lupdate files Text::tr("...") under TimelineCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCommand)
};

QString number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}

QString labelsText(const Labels &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels)
        parts << QStringLiteral("%1=%2").arg(QString::fromStdString(name), JsonText::quote(value));
    return u'{' + parts.join(u',') + u'}';
}
} // namespace

int TimelineCommand::run(const CommandLine &commandLine)
{
    QString error;
    TimelineQuery::Failure failure;
    const std::unique_ptr<TimelineQuery> query =
        TimelineQuery::open(commandLine.files, commandLine.timeline,
                            QDateTime::currentMSecsSinceEpoch(), &error, &failure);
    if (!query) {
        fail(error);
        return failure == TimelineQuery::Failure::Usage ? UsageError : Failure;
    }
    const qint64 stepMs = commandLine.timeline.stepSeconds > 0
        ? std::max<qint64>(1, qint64(std::llround(commandLine.timeline.stepSeconds * 1000)))
        : TimelineQuery::defaultStepMs(query->range());
    if ((query->range().endMs - query->range().startMs) / stepMs > 1000000) {
        fail(Text::tr("--step too small for the range: over 1,000,000 points"));
        return UsageError;
    }
    std::vector<std::string> groupBy;
    if (!commandLine.timeline.groupBy.isEmpty())
        groupBy.push_back(commandLine.timeline.groupBy.toStdString());
    const std::optional<std::vector<SeriesPoints>> series = query->source().series(
        query->type(), query->selector(), query->range(), stepMs, groupBy, &error);
    if (!series) {
        fail(error);
        return Failure;
    }
    if (commandLine.json)
        printJson(*series);
    else
        printText(*series, query->type().sampleUnit);
    return Success;
}

void TimelineCommand::printJson(const std::vector<SeriesPoints> &series)
{
    m_out << "{\"series\":[";
    for (size_t s = 0; s < series.size(); ++s) {
        m_out << (s ? "," : "") << "{\"labels\":{";
        bool first = true;
        for (const auto &[name, value] : series[s].labels) {
            m_out << (first ? "" : ",") << JsonText::quote(name) << ':' << JsonText::quote(value);
            first = false;
        }
        m_out << "},\"points\":[";
        for (size_t p = 0; p < series[s].points.size(); ++p)
            m_out << (p ? "," : "") << '[' << series[s].points[p].timestampMs << ','
                  << number(series[s].points[p].value) << ']';
        m_out << "]}";
    }
    m_out << "]}\n";
}

void TimelineCommand::printText(const std::vector<SeriesPoints> &series, const std::string &unit)
{
    for (const SeriesPoints &s : series) {
        m_out << Text::tr("series %1").arg(labelsText(s.labels)) << '\n';
        QList<QStringList> cells;
        cells.append({Text::tr("time (UTC)"), Text::tr("value")});
        for (const SeriesPoint &p : s.points)
            cells.append(
                {QDateTime::fromMSecsSinceEpoch(p.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs),
                 UnitFormat::format(qint64(std::llround(p.value)), unit)});
        printColumns(cells);
    }
}
