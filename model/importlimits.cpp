#include "importlimits.h"

namespace {
ImportLimits &process()
{
    static ImportLimits limits;
    return limits;
}
} // namespace

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
