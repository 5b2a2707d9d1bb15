#pragma once

#include <QtGlobal>

// Numbers a file gives, made qint64 without undefined behaviour: llround()
// past qint64 is undefined, and so is a sum or difference that leaves it. A
// hostile file's number is clamped to a limit where every later sum of two
// still fits; a value past maxValue then makes ProfileBuilder refuse the file
// with its sum-limit message, by name.
namespace FileNumber {

// Wide enough for a product or sum of two qint64s (a GCC and Clang extension).
__extension__ typedef __int128 Wide;

// Times in nanoseconds: 2^61 either side of zero (73 years either side of the
// epoch, until 2043), so the difference of any two fits in a qint64.
inline constexpr qint64 maxTime = qint64(1) << 61;
// One sample's value: just past ImportLimits::maxValueSum, so that a value
// clamped here is refused even alone.
inline constexpr qint64 maxValue = (qint64(1) << 62) + 1;

// value rounded to the nearest whole number within [-limit, limit]; NaN is -limit.
qint64 rounded(double value, qint64 limit);
// value within [-limit, limit].
qint64 clamped(Wide value, qint64 limit);

} // namespace FileNumber
