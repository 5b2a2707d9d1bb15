#include "importlimits.h"

#include <QCoreApplication>

#include <limits>

namespace {
// lupdate files Text::tr("...") under ImportLimits.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportLimits)
};

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
    return Text::tr("%1 (%2) exceeds the limit of %3; raise it with %4 if the input is "
                    "trusted")
        .arg(what)
        .arg(value)
        .arg(limit)
        .arg(QLatin1String(option));
}
