#pragma once

#include <QLocale>
#include <QString>

#include <string_view>

// Formats sample values for people: "20.5 s", "1.50 MB", "1,234". Shared by the
// command line, the tables, the tooltips and the exports, so every view shows a
// value the same way. Qt Core only. Without a locale the output does not depend
// on one, so tests, exports and the command line's output are reproducible; the
// window's tables pass the locale of its language (QLocale(), which
// AppTranslations sets), for "1.234" and "20,5 s" in German. Unit symbols stay
// as they are: "ms" and "MB" read the same in every language we ship.
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

    // The same in a locale's digits and separators (grouped always, whatever
    // the locale's number options say).
    static QString format(qint64 value, std::string_view unit, const QLocale &locale);
    static QString grouped(qint64 value, const QLocale &locale);
    static QString percent(qint64 part, qint64 whole, const QLocale &locale);

private:
    static QString scaled(double value, double base, const char *const *names, int count,
                          double step, const QLocale *locale);
    static QString formatIn(qint64 value, std::string_view unit, const QLocale *locale);
};
