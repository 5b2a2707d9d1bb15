#pragma once

#include <QString>

#include <string_view>

// Formats sample values for people: "20.5 s", "1.50 MB", "1,234". Shared by the
// command line, the tables, the tooltips and the exports, so every view shows a
// value the same way. Qt Core only; the output does not depend on the locale, so
// tests and exports are reproducible.
class UnitFormat final
{
public:
    enum class Kind { Time, Bytes, Count };

    // "nanoseconds"/"ns", "microseconds"/"us", "milliseconds"/"ms", "seconds"/"s"
    // are times; "bytes"/"B" are sizes; anything else counts things.
    static Kind kind(std::string_view unit);
    // The factor from the unit to nanoseconds (times) or bytes (sizes); 1 for counts.
    static qint64 baseFactor(std::string_view unit);

    // The value scaled to a readable unit: "850 ns", "1.23 ms", "20.5 s",
    // "512 B", "1.50 MB". Counts get thousands separators and the unit's name
    // unless it is "count" or "samples" ("1,234", "7 objects").
    static QString format(qint64 value, std::string_view unit);
    // "1,234,567" (always ',' between thousands, whatever the locale).
    static QString grouped(qint64 value);
    // part/whole as "12.34%" (two decimals; "0%" when whole is 0).
    static QString percent(qint64 part, qint64 whole);

private:
    static QString scaled(double value, double base, const char *const *names, int count, double step);
};
