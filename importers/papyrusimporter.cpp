#include "papyrusimporter.h"

#include "calltreerecorder.h"
#include "inputstream.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under PapyrusImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PapyrusImporter)
};


// speedscope drops empty lines, "Log closed" and "... log opened ..." before anything else.
bool isDropped(std::string_view line)
{
    return line.empty() || line == "Log closed"
        || line.find("log opened") != std::string_view::npos;
}

std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    for (;;) {
        const size_t colon = line.find(':');
        fields.push_back(line.substr(0, colon));
        if (colon == std::string_view::npos)
            return fields;
        line.remove_prefix(colon + 1);
    }
}

class Reader
{
public:
    explicit Reader(ProfileBuilder &builder) : m_timeline(builder, 0) { }

    void enterFrame(qint64 at, const std::string &name)
    {
        if (m_queueAt > -1) {
            const bool queued = m_queueName == name && m_queueAt >= m_lastEventAt;
            const qint64 queueAt = m_queueAt;
            m_queueAt = -1;
            if (queued) {
                m_timeline.enter("QUEUE " + name, queueAt);
                m_lastEventAt = queueAt;
            }
        }
        m_timeline.enter(name, at);
        m_lastEventAt = at;
    }

    void leaveFrame(qint64 at)
    {
        m_timeline.leave(at);
        // The QUEUE frame leaves with its function.
        while (!m_timeline.empty() && m_timeline.top().starts_with("QUEUE "))
            m_timeline.leave(at);
        m_lastEventAt = at;
    }

    bool tryToLeaveFrame(qint64 at, const std::string &name)
    {
        if (m_timeline.empty() || m_timeline.top() != name) {
            if (m_timeline.contains(name))
                m_leaveAsap.push_back(name);
            return false;
        }
        leaveFrame(at);
        // Then the functions whose POP came while others were above them.
        while (!m_leaveAsap.empty()) {
            std::string next = std::move(m_leaveAsap.back());
            m_leaveAsap.pop_back();
            if (!m_timeline.empty() && m_timeline.top() == next) {
                leaveFrame(at);
                continue;
            }
            if (m_timeline.contains(next))
                m_leaveAsap.push_back(std::move(next));
            break;
        }
        return true;
    }

    void line(qint64 at, std::string_view event, std::string_view stack, std::string_view name)
    {
        const std::string stackName = "STACK " + std::string(stack);
        const std::string function(name);
        if (event == "PUSH") {
            enterFrame(at, function);
        } else if (event == "POP") {
            if (!tryToLeaveFrame(at, function))
                return;
        } else if (event == "QUEUE_PUSH") {
            m_queueName.clear();
            for (char c : function)
                if (c != '?')
                    m_queueName += c;
            m_queueAt = at;
        }
        if (m_timeline.empty()) {
            enterFrame(at, stackName);
        } else if (m_timeline.top().starts_with("Stack ") && m_timeline.top() != stackName) {
            tryToLeaveFrame(at, m_timeline.top());
            enterFrame(at, stackName);
        }
    }

    void finish(qint64 end)
    {
        while (!m_timeline.empty())
            leaveFrame(end);
    }

private:
    CallTreeRecorder m_timeline;
    qint64 m_lastEventAt = 0;
    std::string m_queueName;
    qint64 m_queueAt = -1;
    std::vector<std::string> m_leaveAsap;
};

std::optional<qint64> timeOf(std::string_view field)
{
    qint64 value = 0;
    const auto r = std::from_chars(field.data(), field.data() + field.size(), value);
    if (r.ec != std::errc() || r.ptr != field.data() + field.size())
        return std::nullopt;
    return value;
}

std::vector<std::pair<qint64, std::string_view>> keptLines(std::string_view text)
{
    std::vector<std::pair<qint64, std::string_view>> lines;
    qint64 number = 0;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!isDropped(line))
            lines.emplace_back(number, line);
    }
    return lines;
}

} // namespace

QString PapyrusImporter::formatName() const
{
    return QStringLiteral("papyrus");
}

bool PapyrusImporter::probe(std::string_view head) const
{
    // "Stack_3185 log opened (PC)", then "50002:START:3185" or a six-field event.
    static const QRegularExpression opened(QStringLiteral(R"(^\S+ log opened \([^)]*\)\s*$)"));
    static const QRegularExpression event(QStringLiteral(R"(^\d+:[A-Z_]+:\d+(:|\s*$))"));
    const auto lines = keptLines(head.substr(
        0, head.rfind('\n') == std::string_view::npos ? head.size() : head.rfind('\n')));
    const size_t firstNl = head.find('\n');
    const std::string_view first = head.substr(0, firstNl);
    if (!opened.match(QString::fromUtf8(first.data(), qsizetype(first.size()))).hasMatch())
        return false;
    if (lines.empty())
        return firstNl == std::string_view::npos;
    const std::string_view next = lines.front().second;
    return event.match(QString::fromUtf8(next.data(), qsizetype(next.size()))).hasMatch();
}

ImportResult PapyrusImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    const auto lines = keptLines(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (lines.empty())
        return ImportResult::failure(
            Text::tr("%1: %2: no profiler events").arg(source, QStringLiteral("papyrus")));
    const auto timeAt = [&](size_t i) { return timeOf(splitFields(lines[i].second).front()); };
    const std::optional<qint64> start = timeAt(0);
    const std::optional<qint64> last = timeAt(lines.size() - 1);
    const auto badTime = [&](size_t i) {
        return ImportResult::failure(
            Text::tr("%1: %2: line %3 does not start with a time in milliseconds")
                .arg(source, QStringLiteral("papyrus"))
                .arg(lines[i].first));
    };
    if (!start)
        return badTime(0);
    if (!last)
        return badTime(lines.size() - 1);

    ProfileBuilder builder(std::vector<SampleType>{{"time", "milliseconds"}});
    Reader reader(builder);
    qint64 events = 0;
    qint64 previous = *start;
    for (size_t i = 0; i < lines.size(); ++i) {
        if ((i & 0xffff) == 0 && progress.isCanceled())
            return ImportResult::cancellation();
        const std::vector<std::string_view> fields = splitFields(lines[i].second);
        if (fields.size() < 6)
            continue;
        const std::optional<qint64> time = timeOf(fields[0]);
        if (!time)
            return badTime(i);
        if (*time < previous)
            return ImportResult::failure(Text::tr("%1: %2: line %3 goes back in time (%4 after %5)")
                                             .arg(source, QStringLiteral("papyrus"))
                                             .arg(lines[i].first)
                                             .arg(*time)
                                             .arg(previous));
        previous = *time;
        reader.line(*time - *start, fields[1], fields[2], fields[5]);
        ++events;
    }
    if (events == 0)
        return ImportResult::failure(Text::tr("%1: %2: no PUSH, POP or QUEUE_PUSH events")
                                         .arg(source, QStringLiteral("papyrus")));
    reader.finish(std::max<qint64>(*last - *start, previous - *start));
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "papyrus";
    return ImportResult::built(builder, progress);
}
