#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <utility>

// A closed set of choices that the command line and the settings name in
// words (a view, a mode): a table of {name, value} pairs, read both ways.
template<typename T, std::size_t N>
QStringList choiceNames(const std::pair<const char *, T> (&table)[N])
{
    QStringList names;
    for (const auto &[name, value] : table)
        names << QLatin1String(name);
    return names;
}

// The value named name; false (and *value untouched) when none is.
template<typename T, std::size_t N>
bool choiceFromName(const std::pair<const char *, T> (&table)[N], const QString &name, T *value)
{
    for (const auto &[n, v] : table) {
        if (name == QLatin1String(n)) {
            *value = v;
            return true;
        }
    }
    return false;
}

// The name of value; empty when the table has none.
template<typename T, std::size_t N>
QString choiceName(const std::pair<const char *, T> (&table)[N], T value)
{
    for (const auto &[n, v] : table) {
        if (v == value)
            return QLatin1String(n);
    }
    return QString();
}
