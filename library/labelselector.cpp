#include "library/labelselector.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under LabelSelector.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LabelSelector)
};


// A recursive-descent reader of Prometheus' selector grammar; errors say the
// byte position (0-based) as Prometheus' parser does.
class SelectorReader
{
public:
    explicit SelectorReader(std::string_view text) : m_text(text) { }

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    size_t pos() const { return m_pos; }

    // [a-zA-Z_][a-zA-Z0-9_]*, plus ':' when a metric name
    std::string identifier(bool allowColon)
    {
        skipSpace();
        const size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (allowColon && c == ':');
            const bool digit = c >= '0' && c <= '9';
            if (!letter && !(digit && m_pos > start))
                break;
            ++m_pos;
        }
        return std::string(m_text.substr(start, m_pos - start));
    }

    // A double-quoted (or single-quoted or backquoted, as PromQL allows) string
    // with Go's escapes; nullopt with *error.
    std::optional<std::string> quoted(QString *error)
    {
        skipSpace();
        if (m_pos >= m_text.size()
            || (m_text[m_pos] != '"' && m_text[m_pos] != '\'' && m_text[m_pos] != '`')) {
            *error = Text::tr("expected a quoted value at position %1").arg(m_pos);
            return std::nullopt;
        }
        const char quote = m_text[m_pos++];
        std::string value;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == quote)
                return value;
            if (c != '\\' || quote == '`') {
                value += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case 'n':
                value += '\n';
                break;
            case 't':
                value += '\t';
                break;
            case 'r':
                value += '\r';
                break;
            case '\\':
            case '"':
            case '\'':
                value += e;
                break;
            default:
                *error =
                    Text::tr("unknown escape \\%1 at position %2").arg(QChar(e)).arg(m_pos - 2);
                return std::nullopt;
            }
        }
        *error = Text::tr("unterminated quoted value at position %1").arg(m_text.size());
        return std::nullopt;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'))
            ++m_pos;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

void appendQuoted(std::string &out, const std::string &value)
{
    out += '"';
    for (const char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    out += '"';
}

} // namespace

bool LabelMatcher::matches(std::string_view labelValue) const
{
    switch (op) {
    case Op::Equal:
        return labelValue == value;
    case Op::NotEqual:
        return labelValue != value;
    case Op::Regex:
    case Op::NotRegex: {
        const bool hit =
            regex.match(QString::fromUtf8(labelValue.data(), qsizetype(labelValue.size())))
                .hasMatch();
        return op == Op::Regex ? hit : !hit;
    }
    }
    return false;
}

std::optional<LabelSelector> LabelSelector::parse(std::string_view text, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    LabelSelector selector;
    SelectorReader reader(text);
    if (reader.atEnd())
        return selector;
    if (reader.peek() != '{') {
        selector.m_metricName = reader.identifier(true);
        if (selector.m_metricName.empty()) {
            *error = Text::tr("expected a metric name or '{' at position %1").arg(reader.pos());
            return std::nullopt;
        }
        if (reader.atEnd())
            return selector;
    }
    if (!reader.take('{')) {
        *error = Text::tr("expected '{' at position %1").arg(reader.pos());
        return std::nullopt;
    }
    while (!reader.take('}')) {
        if (reader.atEnd()) {
            *error = Text::tr("expected '}' at position %1").arg(reader.pos());
            return std::nullopt;
        }
        LabelMatcher matcher;
        matcher.name = reader.identifier(false);
        if (matcher.name.empty()) {
            *error = Text::tr("expected a label name at position %1").arg(reader.pos());
            return std::nullopt;
        }
        const size_t opPos = reader.pos();
        if (reader.take('=')) {
            matcher.op = reader.take('~') ? LabelMatcher::Op::Regex : LabelMatcher::Op::Equal;
        } else if (reader.take('!')) {
            if (reader.take('='))
                matcher.op = LabelMatcher::Op::NotEqual;
            else if (reader.take('~'))
                matcher.op = LabelMatcher::Op::NotRegex;
            else
                matcher.name.clear();
        } else {
            matcher.name.clear();
        }
        if (matcher.name.empty()) {
            *error = Text::tr("expected =, !=, =~ or !~ at position %1").arg(opPos);
            return std::nullopt;
        }
        const size_t valuePos = reader.pos();
        std::optional<std::string> value = reader.quoted(error);
        if (!value)
            return std::nullopt;
        matcher.value = std::move(*value);
        if (matcher.op == LabelMatcher::Op::Regex || matcher.op == LabelMatcher::Op::NotRegex) {
            matcher.regex = QRegularExpression(
                QStringLiteral("\\A(?:%1)\\z").arg(QString::fromStdString(matcher.value)));
            if (!matcher.regex.isValid()) {
                *error = Text::tr("invalid regex at position %1: %2")
                             .arg(valuePos)
                             .arg(matcher.regex.errorString());
                return std::nullopt;
            }
        }
        selector.m_matchers.push_back(std::move(matcher));
        if (!reader.take(',') && reader.peek() != '}') {
            *error = Text::tr("expected ',' or '}' at position %1").arg(reader.pos());
            return std::nullopt;
        }
    }
    if (!reader.atEnd()) {
        *error = Text::tr("unexpected text after '}' at position %1").arg(reader.pos());
        return std::nullopt;
    }
    return selector;
}

bool LabelSelector::matches(const Labels &labels) const
{
    return std::all_of(m_matchers.begin(), m_matchers.end(), [&](const LabelMatcher &matcher) {
        // a linear scan: a series has a dozen labels, and callers need not sort them
        const auto it = std::find_if(labels.begin(), labels.end(), [&](const auto &label) {
            return label.first == matcher.name;
        });
        const std::string_view value = it != labels.end() && it->first == matcher.name
            ? std::string_view(it->second)
            : std::string_view();
        return matcher.matches(value);
    });
}

bool LabelSelector::isLabelName(std::string_view name)
{
    if (name.empty() || (name[0] >= '0' && name[0] <= '9'))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_';
    });
}

std::string LabelSelector::toString() const
{
    static constexpr const char *ops[] = {"=", "!=", "=~", "!~"};
    std::string out = m_metricName + '{';
    for (size_t i = 0; i < m_matchers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += m_matchers[i].name;
        out += ops[int(m_matchers[i].op)];
        appendQuoted(out, m_matchers[i].value);
    }
    out += '}';
    return out;
}

void LabelSelector::addMatcher(LabelMatcher matcher)
{
    if ((matcher.op == LabelMatcher::Op::Regex || matcher.op == LabelMatcher::Op::NotRegex)
        && matcher.regex.pattern().isEmpty())
        matcher.regex = QRegularExpression(
            QStringLiteral("\\A(?:%1)\\z").arg(QString::fromStdString(matcher.value)));
    m_matchers.push_back(std::move(matcher));
}
