#include "pmcstatimporter.h"

#include "inputstream.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under PmcstatImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PmcstatImporter)
};


struct Line
{
    int depth = 0;
    qint64 count = 0;
    std::string name;
    std::string module; // empty: the one above it
};

// "@ inst_retired.any [35705 samples]": the event's name.
std::optional<std::string> eventHeader(const QString &text)
{
    static const QRegularExpression header(QStringLiteral(R"(^@\s+(\S+)\s+\[\d+\s+samples\]\s*$)"));
    const QRegularExpressionMatch m = header.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toStdString();
}

std::optional<Line> frameLine(const QString &text)
{
    static const QRegularExpression frame(
        QStringLiteral(R"(^( *)\d+(?:\.\d+)?%\s+\[(\d+)\]\s+(\S+)(?:\s+@\s+(\S.*?))?\s*$)"));
    const QRegularExpressionMatch m = frame.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Line line;
    line.depth = int(m.capturedLength(1));
    line.count = m.captured(2).toLongLong();
    line.name = m.captured(3).toStdString();
    line.module = m.captured(4).toStdString();
    return line;
}

// Blank lines and comments ('#', "//"), which speedscope skips too.
bool isSkipped(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(QLatin1String("//"));
}

struct Stack
{
    size_t event;
    std::vector<std::string> rootFirst;
    qint64 count;
};

} // namespace

QString PmcstatImporter::formatName() const
{
    return QStringLiteral("pmcstat");
}

bool PmcstatImporter::probe(std::string_view head) const
{
    // The first line that is not blank must be an event header, and the next
    // line that is neither blank nor a comment a frame of it.
    bool sawHeader = false;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        const std::string_view raw = head.substr(0, nl);
        head = nl == std::string_view::npos ? std::string_view() : head.substr(nl + 1);
        const QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        if (isSkipped(text))
            continue;
        if (!sawHeader) {
            if (!eventHeader(text))
                return false;
            sawHeader = true;
            continue;
        }
        return frameLine(text).has_value() || nl == std::string_view::npos;
    }
    return sawHeader;
}

ImportResult PmcstatImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    std::vector<std::string> events;
    std::vector<Stack> stacks;
    std::map<std::string, std::string> modules; // name -> module, for the details
    std::vector<Line> path;                      // the open lines, outermost first
    qint64 invalid = 0, firstInvalid = 0, lineNumber = 0;
    // A line is a stack when the next line is not deeper: closed on the way.
    const auto closeTo = [&](int depth) {
        if (!path.empty() && depth <= path.back().depth) {
            std::vector<std::string> rootFirst;
            for (auto it = path.rbegin(); it != path.rend(); ++it)
                rootFirst.push_back(it->name);
            stacks.push_back({events.size() - 1, std::move(rootFirst), path.back().count});
        }
        while (!path.empty() && path.back().depth >= depth)
            path.pop_back();
    };
    for (const QByteArray &raw : bytes.split('\n')) {
        ++lineNumber;
        const QString text = QString::fromUtf8(raw);
        if (text.trimmed().isEmpty()) {
            closeTo(0); // a blank line ends a function's tree
            continue;
        }
        if (isSkipped(text))
            continue;
        if (const auto event = eventHeader(text.trimmed())) {
            closeTo(0);
            events.push_back(*event);
            continue;
        }
        std::optional<Line> line = frameLine(text);
        if (!line || events.empty() || (line->depth > 0 && (path.empty() || line->depth > path.back().depth + 1))) {
            if (invalid++ == 0)
                firstInvalid = lineNumber;
            continue;
        }
        closeTo(line->depth);
        if (line->module.empty() && !path.empty())
            line->module = path.back().module;
        if (!line->module.empty())
            modules.emplace(line->name, line->module);
        path.push_back(std::move(*line));
        if (progress.isCanceled())
            return ImportResult::cancellation();
    }
    closeTo(0);
    if (events.empty())
        return ImportResult::failure(Text::tr("%1: %2: no \"@ EVENT [N samples]\" header")
                                         .arg(source, QStringLiteral("pmcstat")));
    if (stacks.empty())
        return ImportResult::failure(Text::tr("%1: %2: no call graph lines under the event header")
                                         .arg(source, QStringLiteral("pmcstat")));

    std::vector<SampleType> types;
    for (const std::string &event : events)
        types.push_back({event, "count"});
    ProfileBuilder builder(types);
    std::vector<qint64> values(types.size(), 0);
    std::vector<std::string_view> frames;
    for (const Stack &stack : stacks) {
        frames.assign(stack.rootFirst.begin(), stack.rootFirst.end());
        values.assign(types.size(), 0);
        values[stack.event] = stack.count;
        builder.addStack(frames, values);
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "pmcstat";
    for (const auto &[name, module] : modules)
        meta.nameDetails.emplace_back(name, module);
    if (invalid > 0)
        meta.warnings.push_back(
            (invalid == 1
                 ? Text::tr("skipped %1 line that is not a %2 call graph line (first at line %3)")
                 : Text::tr(
                     "skipped %1 lines that are not a %2 call graph line (first at line %3)"))
                .arg(invalid)
                .arg(formatName())
                .arg(firstInvalid)
                .toStdString());
    return ImportResult::built(builder, progress);
}
