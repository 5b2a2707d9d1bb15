#include "unitformat.h"

#include <cmath>

namespace {
bool isOneOf(std::string_view unit, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names)
        if (unit == n)
            return true;
    return false;
}

// Three significant digits, as pprof and Pyroscope print values: 1.23, 12.3, 123.
QString threeDigits(double v, const QLocale *locale)
{
    // Decide on the rounded value, so 99.97 prints "100", not "100.0".
    const double a = std::fabs(v);
    const int decimals = a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
    return locale ? locale->toString(v, 'f', decimals) : QString::number(v, 'f', decimals);
}

QLocale groupingLocale(const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l;
}
} // namespace

UnitFormat::Kind UnitFormat::kind(std::string_view unit)
{
    if (isOneOf(unit, {"nanoseconds", "nanosecond", "ns", "microseconds", "microsecond", "us",
                       "milliseconds", "millisecond", "ms", "seconds", "second", "s"}))
        return Kind::Time;
    if (isOneOf(unit, {"bytes", "byte", "B", "kilobytes", "KB", "megabytes", "MB"}))
        return Kind::Bytes;
    return Kind::Count;
}

qint64 UnitFormat::baseFactor(std::string_view unit)
{
    if (isOneOf(unit, {"microseconds", "microsecond", "us"}))
        return 1000;
    if (isOneOf(unit, {"milliseconds", "millisecond", "ms"}))
        return 1000 * 1000;
    if (isOneOf(unit, {"seconds", "second", "s"}))
        return 1000 * 1000 * 1000;
    if (isOneOf(unit, {"kilobytes", "KB"}))
        return 1024;
    if (isOneOf(unit, {"megabytes", "MB"}))
        return 1024 * 1024;
    return 1;
}

QString UnitFormat::scaled(double value, double base, const char *const *names, int count,
                           double step, const QLocale *locale)
{
    double v = value * base;
    int i = 0;
    while (i + 1 < count && std::fabs(v) >= step) {
        v /= step;
        ++i;
    }
    // 999.7 ms rounds to "1000 ms": move up one more unit so it reads "1.00 s".
    if (i + 1 < count && std::fabs(v) >= step - 0.5) {
        v /= step;
        ++i;
    }
    if (i == 0 && v == std::floor(v))
        return (locale ? locale->toString(qint64(v)) : QString::number(qint64(v))) + u' '
            + QLatin1String(names[0]);
    return threeDigits(v, locale) + u' ' + QLatin1String(names[i]);
}

QString UnitFormat::format(qint64 value, std::string_view unit)
{
    return formatIn(value, unit, nullptr);
}

QString UnitFormat::format(qint64 value, std::string_view unit, const QLocale &locale)
{
    const QLocale l = groupingLocale(locale);
    return formatIn(value, unit, &l);
}

QString UnitFormat::formatIn(qint64 value, std::string_view unit, const QLocale *locale)
{
    switch (kind(unit)) {
    case Kind::Time: {
        static const char *const names[] = {"ns", "us", "ms", "s"};
        return scaled(double(value), double(baseFactor(unit)), names, 4, 1000.0, locale);
    }
    case Kind::Bytes: {
        static const char *const names[] = {"B", "KB", "MB", "GB", "TB"};
        return scaled(double(value), double(baseFactor(unit)), names, 5, 1024.0, locale);
    }
    case Kind::Count:
        break;
    }
    QString s = locale ? locale->toString(value) : grouped(value);
    if (!unit.empty() && unit != "count" && unit != "samples")
        s += u' ' + QString::fromUtf8(unit.data(), qsizetype(unit.size()));
    return s;
}

QString UnitFormat::grouped(qint64 value)
{
    const QString digits = QString::number(value < 0 ? -quint64(value) : quint64(value));
    QString out;
    out.reserve(digits.size() + digits.size() / 3 + 1);
    if (value < 0)
        out += u'-';
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += u',';
        out += digits[i];
    }
    return out;
}

QString UnitFormat::percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QStringLiteral("0%");
    return QString::number(100.0 * double(part) / double(whole), 'f', 2) + u'%';
}

QString UnitFormat::grouped(qint64 value, const QLocale &locale)
{
    return groupingLocale(locale).toString(value);
}

QString UnitFormat::percent(qint64 part, qint64 whole, const QLocale &locale)
{
    const double share = whole == 0 ? 0.0 : 100.0 * double(part) / double(whole);
    return (whole == 0 ? locale.toString(0) : locale.toString(share, 'f', 2)) + locale.percent();
}
