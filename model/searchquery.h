#pragma once

#include <QRegularExpression>
#include <QString>

#include <array>
#include <string>
#include <string_view>

// What the user typed into the search field, compiled once. Matching is
// case-insensitive. Names are UTF-8 views into the NameTable; plain ASCII names
// are matched without building a QString, which is what keeps a search over
// 60,000 names cheap.
class SearchQuery final
{
public:
    // empty: matches nothing, isEmpty()
    SearchQuery() = default;
    // case-insensitive substring; an empty text gives an empty query
    static SearchQuery substring(const QString &text);
    // case-insensitive QRegularExpression; invalid -> isValid() false and the
    // error text in *error (when error is not null). An empty pattern gives an
    // empty query.
    static SearchQuery regex(const QString &pattern, QString *error);

    bool isEmpty() const { return m_kind == Kind::Empty; }
    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }
    bool isRegex() const { return m_kind == Kind::Regex; }

    // fast ASCII path; non-ASCII via QString. An empty or invalid query matches nothing.
    bool matches(std::string_view utf8Name) const;

private:
    enum class Kind { Empty, Substring, Regex };

    bool matchesSubstring(std::string_view utf8Name) const;

    Kind m_kind = Kind::Empty;
    bool m_valid = true;
    QString m_text;
    // The needle lower-cased, for the ASCII path of a substring query, and its
    // Boyer-Moore-Horspool shift table over ASCII-folded bytes: most names are
    // rejected in a few jumps of the needle's length.
    std::string m_asciiNeedle;
    bool m_needleIsAscii = true;
    std::array<quint8, 256> m_shift{};
    QRegularExpression m_regex;
};
