#include "callgrindimporter.h"

#include "inputstream.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace {
// lupdate files Text::tr("...") under CallgrindImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallgrindImporter)
};


std::string_view trimmed(std::string_view s)
{
    const size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// "events: Ir Dr" -> {"events", "Ir Dr"}: a word, then ':' (speedscope's /^\s*(\w+):\s*(.*)+$/).
std::optional<std::pair<std::string_view, std::string_view>> headerLine(std::string_view line)
{
    const std::string_view t = trimmed(line);
    size_t i = 0;
    while (i < t.size() && isWordChar(t[i]))
        ++i;
    if (i == 0 || i >= t.size() || t[i] != ':')
        return std::nullopt;
    return std::make_pair(t.substr(0, i), trimmed(t.substr(i + 1)));
}

// "fn=(3) main" -> {"fn", "(3) main"} (/^(\w+)=\s*(.*)$/).
std::optional<std::pair<std::string_view, std::string_view>> assignmentLine(std::string_view line)
{
    size_t i = 0;
    while (i < line.size() && isWordChar(line[i]))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != '=')
        return std::nullopt;
    std::string_view value = line.substr(i + 1);
    const size_t b = value.find_first_not_of(" \t");
    value = b == std::string_view::npos ? std::string_view() : value.substr(b);
    if (!value.empty() && value.back() == '\r')
        value.remove_suffix(1);
    return std::make_pair(line.substr(0, i), value);
}

struct Edge
{
    int child;
    std::vector<double> weights; // per event
};

struct Frame
{
    std::string name;
    std::string file;
    std::vector<double> totals; // per event: self plus the calls it makes
    bool hasTotal = false;
    std::vector<Edge> edges; // in the order the calls first appear
    std::unordered_map<int, size_t> edgeIndex;
    bool called = false;
};

class Parser
{
public:
    explicit Parser(QString source) : m_source(std::move(source)) { }

    QString error;
    std::vector<std::string> events;
    std::vector<Frame> frames;

    bool parse(const QByteArray &bytes, Progress &progress)
    {
        std::string_view rest(bytes.constData(), size_t(bytes.size()));
        qint64 lineNumber = 0;
        const auto nextLine = [&](std::string_view *line) {
            if (rest.empty() && m_atEnd)
                return false;
            const size_t nl = rest.find('\n');
            *line = rest.substr(0, nl);
            if (nl == std::string_view::npos) {
                rest = {};
                m_atEnd = true;
            } else {
                rest.remove_prefix(nl + 1);
            }
            ++lineNumber;
            return true;
        };
        std::string_view line;
        while (nextLine(&line)) {
            m_line = lineNumber;
            if ((lineNumber & 0xffff) == 0 && progress.isCanceled())
                return false;
            const std::string_view t = trimmed(line);
            if (t.empty() || t.front() == '#')
                continue;
            if (const auto header = headerLine(line)) {
                if (!readHeader(header->first, header->second))
                    return false;
                continue;
            }
            if (const auto assignment = assignmentLine(line)) {
                const std::string_view key = assignment->first;
                if (key == "calls") {
                    std::string_view costLine;
                    if (!nextLine(&costLine)) {
                        fail(Text::tr("the calls= line has no cost line after it"));
                        return false;
                    }
                    m_line = lineNumber;
                    if (!readCost(costLine, true))
                        return false;
                    // The callee holds for one call only (KCachegrind does the same).
                    m_calleeFile.reset();
                    m_calleeName.reset();
                    continue;
                }
                if (key == "jump" || key == "jcnd") {
                    std::string_view skipped;
                    nextLine(&skipped); // the jump's source position
                    continue;
                }
                if (!readAssignment(key, assignment->second))
                    return false;
                continue;
            }
            if (!readCost(line, false))
                return false;
        }
        if (events.empty()) {
            error =
                Text::tr("%1: %2: no \"events:\" line").arg(m_source, QStringLiteral("callgrind"));
            return false;
        }
        return true;
    }

private:
    void fail(const QString &what)
    {
        error = Text::tr("%1: %2: line %3: %4")
                    .arg(m_source, QStringLiteral("callgrind"))
                    .arg(m_line)
                    .arg(what);
    }

    bool readHeader(std::string_view key, std::string_view value)
    {
        if (key == "positions") {
            m_positions = 0;
            for (size_t i = 0; i < value.size();) {
                const size_t b = value.find_first_not_of(" \t", i);
                if (b == std::string_view::npos)
                    break;
                const size_t e = value.find_first_of(" \t", b);
                ++m_positions;
                i = e == std::string_view::npos ? value.size() : e;
            }
            if (m_positions == 0)
                m_positions = 1;
            return true;
        }
        if (key != "events")
            return true;
        std::vector<std::string> names;
        for (size_t i = 0; i < value.size();) {
            const size_t b = value.find_first_not_of(" \t", i);
            if (b == std::string_view::npos)
                break;
            size_t e = value.find_first_of(" \t", b);
            if (e == std::string_view::npos)
                e = value.size();
            names.emplace_back(value.substr(b, e - b));
            i = e;
        }
        if (names.empty()) {
            fail(Text::tr("the events: line names no event"));
            return false;
        }
        if (!events.empty() && names != events) {
            fail(Text::tr("a second events: line with other events"));
            return false;
        }
        events = std::move(names);
        return true;
    }

    // "(3) name" defines id 3, "(3)" uses it, anything else is the name itself.
    bool resolveName(std::string_view value, std::map<std::string, std::string, std::less<>> &saved,
                     std::string *out)
    {
        if (value.size() >= 3 && value.front() == '(') {
            const size_t close = value.find(')');
            if (close != std::string_view::npos && close > 1) {
                const std::string_view id = value.substr(1, close - 1);
                bool digits = true;
                for (char c : id)
                    digits = digits && c >= '0' && c <= '9';
                if (digits) {
                    const std::string_view name = trimmed(value.substr(close + 1));
                    if (name.empty()) {
                        const auto it = saved.find(id);
                        if (it == saved.end()) {
                            fail(Text::tr("name (%1) is used before it is defined")
                                     .arg(QString::fromUtf8(id.data(), qsizetype(id.size()))));
                            return false;
                        }
                        *out = it->second;
                        return true;
                    }
                    const auto [it, inserted] = saved.emplace(std::string(id), std::string(name));
                    if (!inserted && it->second != name) {
                        fail(Text::tr("name (%1) is defined twice")
                                 .arg(QString::fromUtf8(id.data(), qsizetype(id.size()))));
                        return false;
                    }
                    *out = std::string(name);
                    return true;
                }
            }
        }
        *out = std::string(value);
        return true;
    }

    bool readAssignment(std::string_view key, std::string_view value)
    {
        std::string name;
        if (key == "fl" || key == "fi" || key == "fe" || key == "cfi" || key == "cfl"
            || key == "jfi" || key == "jfl") {
            if (!resolveName(value, m_fileNames, &name))
                return false;
            if (key == "fl")
                m_file = name;
            else if (key == "cfi" || key == "cfl")
                m_calleeFile = name;
            return true;
        }
        if (key == "fn" || key == "cfn" || key == "jfn") {
            if (!resolveName(value, m_functionNames, &name))
                return false;
            if (key == "fn")
                m_function = name;
            else if (key == "cfn")
                m_calleeName = name;
            return true;
        }
        return true; // ob=, cob= and keys this reader has no use for
    }

    int frameOf(const std::string &file, const std::string &name)
    {
        const std::string key = file + '\x1f' + name;
        const auto [it, inserted] = m_frameIndex.emplace(key, int(frames.size()));
        if (inserted) {
            Frame frame;
            frame.name = name;
            frame.file = file;
            frame.totals.assign(events.size(), 0.0);
            frames.push_back(std::move(frame));
        }
        return it->second;
    }

    // speedscope's `name || '(unknown)'`: unset and empty are both unknown.
    static std::string orUnknown(const std::optional<std::string> &name)
    {
        return name && !name->empty() ? *name : std::string("(unknown)");
    }

    static std::optional<qint64> number(std::string_view token)
    {
        qint64 value = 0;
        const char *end = token.data() + token.size();
        std::from_chars_result r;
        if (token.size() > 2 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X'))
            r = std::from_chars(token.data() + 2, end, value, 16);
        else
            r = std::from_chars(token.data() + (token.front() == '+' ? 1 : 0), end, value, 10);
        if (r.ec != std::errc() || r.ptr != end)
            return std::nullopt;
        return value;
    }

    bool readCost(std::string_view line, bool call)
    {
        std::vector<qint64> numbers;
        std::string_view rest = trimmed(line);
        size_t column = 0;
        while (!rest.empty()) {
            const size_t e = rest.find_first_of(" \t");
            const std::string_view token = rest.substr(0, e);
            rest = e == std::string_view::npos ? std::string_view() : trimmed(rest.substr(e));
            const bool relative = token == "*" || token.front() == '+' || token.front() == '-';
            if (relative && column >= m_previous.size()) {
                fail(
                    Text::tr(
                        "\"%1\" is relative to column %2 of the previous cost line, which has none")
                        .arg(QString::fromUtf8(token.data(), qsizetype(token.size())))
                        .arg(column + 1));
                return false;
            }
            std::optional<qint64> value;
            if (token == "*")
                value = m_previous[column];
            else if (const std::optional<qint64> n = number(token))
                value = relative ? m_previous[column] + *n : *n;
            if (!value) {
                fail(call ? Text::tr("the line after calls= is not a cost line")
                          : Text::tr("not a header, an assignment or a cost line"));
                return false;
            }
            numbers.push_back(*value);
            ++column;
        }
        if (numbers.empty()) {
            fail(Text::tr("the line after calls= is not a cost line"));
            return false;
        }
        if (events.empty()) {
            fail(Text::tr("a cost line before the events: line"));
            return false;
        }
        const int self = frameOf(orUnknown(m_file), orUnknown(m_function));
        const auto cost = [&](size_t e) {
            const size_t at = m_positions + e;
            return at < numbers.size() ? double(numbers[at]) : 0.0;
        };
        if (!call) {
            for (size_t e = 0; e < events.size(); ++e)
                frames[size_t(self)].totals[e] += cost(e);
            frames[size_t(self)].hasTotal = true;
        } else {
            const int callee =
                frameOf(orUnknown(m_calleeFile && !m_calleeFile->empty() ? m_calleeFile : m_file),
                        orUnknown(m_calleeName));
            Frame &parent = frames[size_t(self)];
            const auto [it, inserted] = parent.edgeIndex.emplace(callee, parent.edges.size());
            if (inserted)
                parent.edges.push_back({callee, std::vector<double>(events.size(), 0.0)});
            for (size_t e = 0; e < events.size(); ++e) {
                parent.edges[it->second].weights[e] += cost(e);
                parent.totals[e] += cost(e);
            }
            parent.hasTotal = true;
            frames[size_t(callee)].called = true;
        }
        m_previous = std::move(numbers);
        return true;
    }

    QString m_source;
    qint64 m_line = 0;
    bool m_atEnd = false;
    size_t m_positions = 1;
    std::optional<std::string> m_file, m_function, m_calleeFile, m_calleeName;
    std::map<std::string, std::string, std::less<>> m_fileNames, m_functionNames;
    std::unordered_map<std::string, int> m_frameIndex;
    std::vector<qint64> m_previous;
};

// One event's call graph turned into stacks, as speedscope's CallGraph.toProfile.
class TreeWriter
{
public:
    TreeWriter(const std::vector<Frame> &frames, size_t event, double unit, ProfileBuilder &builder)
        : m_frames(frames)
        , m_event(event)
        , m_unit(unit)
        , m_builder(builder)
        , m_onStack(frames.size(), false)
        , m_expanded(frames.size(), false)
        , m_values(builder.sampleTypes().size(), 0)
    {
        for (const Frame &f : frames)
            m_names.push_back(builder.intern(f.name));
    }

    bool write(Progress &progress)
    {
        std::vector<std::pair<int, double>> roots;
        for (size_t f = 0; f < m_frames.size(); ++f)
            if (!m_frames[f].called)
                roots.emplace_back(int(f), total(int(f)));
        if (roots.empty()) {
            // Every function has a caller (a cycle at the top): the roots are the
            // functions whose cost exceeds what their callers account for.
            std::vector<double> incoming(m_frames.size(), 0.0);
            for (const Frame &f : m_frames)
                for (const Edge &e : f.edges)
                    incoming[size_t(e.child)] += e.weights[m_event];
            for (size_t f = 0; f < m_frames.size(); ++f) {
                const double residual = total(int(f)) - incoming[f];
                if (m_frames[f].hasTotal && residual > 0)
                    roots.emplace_back(int(f), residual);
            }
            std::stable_sort(roots.begin(), roots.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
        }
        for (const auto &[frame, weight] : roots)
            m_maxWeight += weight;
        for (const auto &[frame, weight] : roots) {
            if (!visit(frame, weight, progress))
                return false;
        }
        return true;
    }

private:
    struct Item
    {
        int frame;
        double weight; // this node's share of the frame's cost
        size_t nextEdge = 0;
        double self; // weight minus what the children took
        double beforeChild = 0;
        qint64 start; // rounded cumulative weight where the node starts
        qint64 childrenTotal = 0;
    };

    double total(int frame) const
    {
        const Frame &f = m_frames[size_t(frame)];
        return f.hasTotal ? f.totals[m_event] : 0.0;
    }
    qint64 rounded() const { return qint64(std::floor(m_cumulative * m_unit + 0.5)); }

    void addSelf(qint64 self)
    {
        if (self == 0)
            return;
        m_values.assign(m_values.size(), 0);
        m_values[m_event] = self;
        m_builder.addStack(std::span<const NameId>(m_path), m_values);
    }

    // Enters frame with weight under the current top; true when it was pushed
    // to be expanded, false when it was skipped or drawn as a leaf.
    bool enter(int frame, double weight, std::vector<Item> &stack)
    {
        if (m_onStack[size_t(frame)])
            return false; // a cycle: the caller keeps the cost
        if (weight < 1e-4 * m_maxWeight || total(frame) == 0)
            return false;
        const qint64 start = rounded();
        m_path.push_back(m_names[size_t(frame)]);
        if (m_expanded[size_t(frame)]) {
            m_cumulative += weight;
            const qint64 t = rounded() - start;
            addSelf(t);
            m_path.pop_back();
            if (!stack.empty())
                stack.back().childrenTotal += t;
            return false;
        }
        m_expanded[size_t(frame)] = true;
        m_onStack[size_t(frame)] = true;
        stack.push_back({frame, weight, 0, weight, 0, start, 0});
        return true;
    }

    bool visit(int root, double weight, Progress &progress)
    {
        std::vector<Item> stack;
        enter(root, weight, stack);
        qint64 steps = 0;
        while (!stack.empty()) {
            if ((++steps & 0xfff) == 0 && progress.isCanceled())
                return false;
            const size_t top = stack.size() - 1;
            const Frame &f = m_frames[size_t(stack[top].frame)];
            if (stack[top].nextEdge < f.edges.size()) {
                const Edge &edge = f.edges[stack[top].nextEdge++];
                const double childWeight =
                    stack[top].weight * (edge.weights[m_event] / total(stack[top].frame));
                stack[top].beforeChild = m_cumulative;
                if (!enter(edge.child, childWeight, stack))
                    stack[top].self -= m_cumulative - stack[top].beforeChild;
                continue;
            }
            m_cumulative += stack[top].self;
            const qint64 nodeTotal = rounded() - stack[top].start;
            addSelf(nodeTotal - stack[top].childrenTotal);
            m_onStack[size_t(stack[top].frame)] = false;
            m_path.pop_back();
            stack.pop_back();
            if (!stack.empty()) {
                Item &parent = stack.back();
                parent.self -= m_cumulative - parent.beforeChild;
                parent.childrenTotal += nodeTotal;
            }
        }
        return true;
    }

    const std::vector<Frame> &m_frames;
    size_t m_event;
    double m_unit;
    ProfileBuilder &m_builder;
    std::vector<bool> m_onStack, m_expanded;
    std::vector<NameId> m_names, m_path;
    std::vector<qint64> m_values;
    double m_cumulative = 0;
    double m_maxWeight = 0;
};

} // namespace

QString CallgrindImporter::formatName() const
{
    return QStringLiteral("callgrind");
}

bool CallgrindImporter::probe(std::string_view head) const
{
    // Headers ("word: value") and comments, among them "events:", up to the
    // first fl=/fn=/ob= line.
    bool sawEvents = false;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        const std::string_view line = head.substr(0, nl);
        const bool last = nl == std::string_view::npos;
        head = last ? std::string_view() : head.substr(nl + 1);
        const std::string_view t = trimmed(line);
        if (t.starts_with("# callgrind format"))
            return true;
        if (t.empty() || t.front() == '#')
            continue;
        if (const auto header = headerLine(line)) {
            sawEvents = sawEvents || header->first == "events";
            continue;
        }
        if (const auto assignment = assignmentLine(line)) {
            const std::string_view key = assignment->first;
            return sawEvents
                && (key == "fl" || key == "fn" || key == "ob" || key == "fi" || key == "fe");
        }
        return false;
    }
    return false;
}

ImportResult CallgrindImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    Parser parser(source);
    if (!parser.parse(bytes, progress)) {
        if (progress.isCanceled())
            return ImportResult::cancellation();
        return ImportResult::failure(parser.error);
    }
    if (parser.frames.empty())
        return ImportResult::failure(
            Text::tr("%1: %2: no cost lines").arg(source, QStringLiteral("callgrind")));

    std::vector<SampleType> types;
    std::vector<double> units;
    for (const std::string &event : parser.events) {
        if (event == "Time_(10ns)") {
            types.push_back({"Time", "nanoseconds"});
            units.push_back(10);
        } else if (event == "Memory_(bytes)") {
            types.push_back({"Memory", "bytes"});
            units.push_back(1);
        } else {
            types.push_back({event, "count"});
            units.push_back(1);
        }
    }
    ProfileBuilder builder(types);
    builder.setDefaultSampleType(0);
    for (size_t e = 0; e < types.size(); ++e) {
        TreeWriter writer(parser.frames, e, units[e], builder);
        if (!writer.write(progress))
            return ImportResult::cancellation();
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "callgrind";
    std::map<std::pair<std::string, std::string>, bool> details;
    for (const Frame &f : parser.frames)
        if (!f.file.empty() && f.file != "(unknown)")
            details.emplace(std::make_pair(f.name, f.file), true);
    for (const auto &[detail, unused] : details)
        meta.nameDetails.push_back(detail);
    return ImportResult::built(builder, progress);
}
