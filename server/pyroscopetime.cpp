#include "server/pyroscopetime.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cctype>
#include <limits>

namespace {
bool isDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<qint64> parseUnsigned(std::string_view digits)
{
    qint64 value = 0;
    for (char c : digits) {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Seconds in one unit; 0 for no unit Pyroscope knows. "M" (months) is told
// from "m" (minutes) by case, as attime does; the rest ignores case.
qint64 unitSeconds(std::string_view unit)
{
    if (unit == "M")
        return 30LL * 24 * 3600;
    std::string lower(unit);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const std::string_view u = lower;
    if (u == "s" || u == "sec" || u == "secs" || u == "second" || u == "seconds")
        return 1;
    if (u == "m" || u == "min" || u == "mins" || u == "minute" || u == "minutes")
        return 60;
    if (u == "h" || u == "hour" || u == "hours")
        return 3600;
    if (u == "d" || u == "day" || u == "days")
        return 24 * 3600;
    if (u == "w" || u == "week" || u == "weeks")
        return 7 * 24 * 3600;
    if (u == "mon" || u == "month" || u == "months")
        return 30LL * 24 * 3600;
    if (u == "y" || u == "year" || u == "years")
        return 365LL * 24 * 3600;
    return 0;
}

std::optional<qint64> parseUnixDigits(std::string_view digits)
{
    if (digits.size() == 8) {
        const QDate date = QDate::fromString(QString::fromLatin1(digits.data(), qsizetype(digits.size())),
                                             QStringLiteral("yyyyMMdd"));
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    const std::optional<qint64> value = parseUnsigned(digits);
    if (!value)
        return std::nullopt;
    switch (digits.size()) {
    case 13:
        return *value;
    case 16:
        return *value / 1000;
    case 19:
        return *value / 1'000'000;
    default:
        if (*value > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return *value * 1000;
    }
}

// "-1h", "+30m", "-3h30m": one or more number-unit pairs after a sign.
std::optional<qint64> parseOffsetMs(std::string_view offset)
{
    if (offset.empty())
        return 0;
    const qint64 sign = offset.front() == '-' ? -1 : 1;
    if (offset.front() != '-' && offset.front() != '+')
        return std::nullopt;
    offset.remove_prefix(1);
    if (offset.empty())
        return std::nullopt;
    qint64 totalSeconds = 0;
    while (!offset.empty()) {
        size_t digits = 0;
        while (digits < offset.size() && std::isdigit(static_cast<unsigned char>(offset[digits])))
            ++digits;
        size_t letters = digits;
        while (letters < offset.size() && std::isalpha(static_cast<unsigned char>(offset[letters])))
            ++letters;
        const std::optional<qint64> count = parseUnsigned(offset.substr(0, digits));
        const qint64 seconds = unitSeconds(offset.substr(digits, letters - digits));
        // The sum, not only each term, must stay within qint64 once in milliseconds.
        constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
        if (digits == 0 || !count || seconds == 0 || *count > maxSeconds / seconds
            || totalSeconds > maxSeconds - *count * seconds)
            return std::nullopt;
        totalSeconds += *count * seconds;
        offset.remove_prefix(letters);
    }
    return sign * totalSeconds * 1000;
}
} // namespace

namespace PyroscopeTime {

std::optional<qint64> parseMs(std::string_view text, qint64 nowMs)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (isDigits(text))
        return parseUnixDigits(text);
    if (text.substr(0, 3) == "now") {
        const std::optional<qint64> offset = parseOffsetMs(text.substr(3));
        qint64 ms = 0;
        if (!offset || __builtin_add_overflow(nowMs, *offset, &ms))
            return std::nullopt;
        return ms;
    }
    // Not Pyroscope's, but what people paste: an RFC 3339 time.
    const QDateTime iso = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    if (iso.isValid() && text.size() > 10)
        return iso.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace PyroscopeTime
