#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

// Times as Pyroscope's HTTP API accepts them (its attime package): "now",
// "now-1h" (one offset: s, m/min, h, d, w, M/mon = 30 d, y), all digits as unix
// time (13, 16 and 19 digits: ms, us, ns; 8 digits: YYYYMMDD; else seconds).
// Answers in milliseconds since the epoch; nullopt when text is none of these.
namespace PyroscopeTime {
std::optional<qint64> parseMs(std::string_view text, qint64 nowMs);
}
