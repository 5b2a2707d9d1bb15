#include "searchquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace {
// lupdate files Text::tr("...") under SearchQuery.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

constexpr unsigned char asciiUpper(unsigned char c)
{
    return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 'a' + 'A') : c;
}

// Eight bytes at a time: the check runs on every name that does not match.
bool isAscii(std::string_view s)
{
    const char *p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; n > 0; ++p, --n)
        if (static_cast<unsigned char>(*p) >= 0x80)
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
        // A byte's shift is the distance from its last place in the needle
        // (except the last byte) to the needle's end, in either case.
        const size_t m = query.m_asciiNeedle.size();
        query.m_shift.fill(quint8(std::min<size_t>(m, 255)));
        for (size_t i = 0; i + 1 < m; ++i) {
            const quint8 shift = quint8(std::min<size_t>(m - 1 - i, 255));
            const auto c = static_cast<unsigned char>(query.m_asciiNeedle[i]);
            query.m_shift[c] = shift;
            query.m_shift[asciiUpper(c)] = shift;
        }
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
            *error = Text::tr("%1 (at offset %2)")
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
    if (m_needleIsAscii) {
        // Folding ASCII letters is exact for ASCII names, and an ASCII match in a
        // UTF-8 name is a match too (multi-byte sequences never hold ASCII bytes).
        const std::string_view needle = m_asciiNeedle;
        const size_t m = needle.size();
        const size_t n = name.size();
        if (m <= n) {
            const char *text = name.data();
            const char last = needle[m - 1];
            for (size_t pos = 0; pos + m <= n;) {
                const char c = text[pos + m - 1];
                if (asciiLower(c) == last) {
                    size_t k = m - 1;
                    while (k > 0 && asciiLower(text[pos + k - 1]) == needle[k - 1])
                        --k;
                    if (k == 0)
                        return true;
                }
                pos += m_shift[static_cast<unsigned char>(c)];
            }
        }
        // Only Unicode folding (the Kelvin sign for "k") could still match.
        if (isAscii(name))
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
