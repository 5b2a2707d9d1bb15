#include "filenumber.h"

#include <cmath>

namespace FileNumber {

qint64 rounded(double value, qint64 limit)
{
    if (!(value > -double(limit)))
        return -limit;
    if (value > double(limit))
        return limit;
    return qint64(std::llround(value));
}

qint64 clamped(Wide value, qint64 limit)
{
    if (value < -Wide(limit))
        return -limit;
    if (value > Wide(limit))
        return limit;
    return qint64(value);
}

} // namespace FileNumber
