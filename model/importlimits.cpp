#include "importlimits.h"

#include <limits>

namespace {
ImportLimits &process()
{
    static ImportLimits limits;
    return limits;
}
} // namespace

ImportLimits ImportLimits::unlimited()
{
    constexpr qint64 none = std::numeric_limits<qint64>::max();
    return ImportLimits{none, none, none, none, none, none};
}

const ImportLimits &ImportLimits::current()
{
    return process();
}

void ImportLimits::setCurrent(const ImportLimits &limits)
{
    process() = limits;
}

QString ImportLimits::exceeded(const QString &what, qint64 value, qint64 limit, const char *option)
{
    return QStringLiteral("%1 (%2) exceeds the limit of %3; raise it with %4 if the input is "
                          "trusted")
        .arg(what)
        .arg(value)
        .arg(limit)
        .arg(QLatin1String(option));
}
