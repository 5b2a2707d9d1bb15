#include "searchquery.h"

namespace {
constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAscii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}
} // namespace

SearchQuery SearchQuery::substring(const QString &text)
{
    SearchQuery query;
    if (text.isEmpty())
        return query;
    query.m_kind = Kind::Substring;
    query.m_text = text;
    const QByteArray utf8 = text.toUtf8();
    query.m_needleIsAscii = isAscii(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (query.m_needleIsAscii) {
        query.m_asciiNeedle.assign(utf8.constData(), size_t(utf8.size()));
        for (char &c : query.m_asciiNeedle)
            c = asciiLower(c);
    }
    return query;
}

SearchQuery SearchQuery::regex(const QString &pattern, QString *error)
{
    SearchQuery query;
    if (error)
        error->clear();
    if (pattern.isEmpty())
        return query;
    query.m_kind = Kind::Regex;
    query.m_text = pattern;
    query.m_regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::UseUnicodePropertiesOption);
    if (!query.m_regex.isValid()) {
        query.m_valid = false;
        if (error)
            *error = QStringLiteral("%1 (at offset %2)")
                         .arg(query.m_regex.errorString())
                         .arg(query.m_regex.patternErrorOffset());
    } else {
        // Names are matched once each, but a search over 60,000 names is worth
        // compiling the pattern for up front.
        query.m_regex.optimize();
    }
    return query;
}

bool SearchQuery::matchesSubstring(std::string_view name) const
{
    if (m_needleIsAscii && isAscii(name)) {
        const std::string_view needle = m_asciiNeedle;
        if (needle.size() > name.size())
            return false;
        const char first = needle.front();
        const size_t last = name.size() - needle.size();
        for (size_t i = 0; i <= last; ++i) {
            if (asciiLower(name[i]) != first)
                continue;
            size_t k = 1;
            while (k < needle.size() && asciiLower(name[i + k]) == needle[k])
                ++k;
            if (k == needle.size())
                return true;
        }
        return false;
    }
    // Unicode case folding (e.g. "É" and "é") needs Qt's tables; such names are rare.
    return QString::fromUtf8(name.data(), qsizetype(name.size())).contains(m_text, Qt::CaseInsensitive);
}

bool SearchQuery::matches(std::string_view utf8Name) const
{
    switch (m_kind) {
    case Kind::Empty:
        return false;
    case Kind::Substring:
        return matchesSubstring(utf8Name);
    case Kind::Regex:
        return m_valid
            && m_regex.match(QString::fromUtf8(utf8Name.data(), qsizetype(utf8Name.size()))).hasMatch();
    }
    return false;
}
