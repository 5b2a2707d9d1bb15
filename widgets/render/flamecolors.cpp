#include "flamecolors.h"

#include "model/diffmetrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace {
QRgb hsl(int h, int s, int l)
{
    return QColor::fromHslF(h / 360.0, s / 100.0, l / 100.0).rgb();
}

// Pyroscope's DefaultPalette.colors (colorPalette.ts), in order: the index is
// murmur3(package) % 24, so a name gets the colour it has in Pyroscope.
const std::array<QRgb, FlameColors::paletteSize> &palette()
{
    static const std::array<QRgb, FlameColors::paletteSize> colors = {
        hsl(24, 69, 60),        hsl(34, 65, 65),        hsl(194, 52, 61),       hsl(163, 45, 55),
        hsl(211, 48, 60),       hsl(246, 40, 65),       hsl(305, 63, 79),       hsl(47, 100, 73),
        qRgb(183, 219, 171),    qRgb(244, 213, 152),    qRgb(112, 219, 237),    qRgb(249, 186, 143),
        qRgb(242, 145, 145),    qRgb(130, 181, 216),    qRgb(229, 168, 226),    qRgb(174, 162, 224),
        qRgb(154, 196, 138),    qRgb(242, 201, 109),    qRgb(101, 197, 219),    qRgb(249, 147, 78),
        qRgb(234, 100, 96),     qRgb(81, 149, 206),     qRgb(214, 131, 206),    qRgb(128, 110, 183),
    };
    return colors;
}

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

std::string_view FlameColors::packageName(std::string_view name)
{
    // C++ and Rust: the outermost namespace, unless "::" only appears inside
    // the argument list or a template.
    const size_t scope = name.find("::");
    const size_t bracket = name.find_first_of("(<");
    if (scope != std::string_view::npos && scope > 0 && (bracket == std::string_view::npos || scope < bracket))
        return name.substr(0, scope + 2);
    // Go: up to the first '.' after the first '/', else up to the first '.'.
    const size_t slash = name.find('/');
    if (slash != std::string_view::npos) {
        const size_t dot = name.find('.', slash + 1);
        if (dot != std::string_view::npos)
            return name.substr(0, dot + 1);
    }
    const size_t dot = name.find('.');
    if (dot != std::string_view::npos)
        return name.substr(0, dot + 1);
    return name;
}

quint32 FlameColors::murmur3(std::string_view key, quint32 seed)
{
    constexpr quint32 c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    auto rotl = [](quint32 x, int r) { return (x << r) | (x >> (32 - r)); };
    const auto *data = reinterpret_cast<const unsigned char *>(key.data());
    const size_t blocks = key.size() / 4;
    quint32 h = seed;
    for (size_t i = 0; i < blocks; ++i) {
        // Little-endian reads, as the JavaScript version assembles them.
        quint32 k = quint32(data[4 * i]) | quint32(data[4 * i + 1]) << 8 | quint32(data[4 * i + 2]) << 16
                    | quint32(data[4 * i + 3]) << 24;
        k *= c1;
        k = rotl(k, 15);
        k *= c2;
        h ^= k;
        h = rotl(h, 13);
        h = h * 5 + 0xe6546b64u;
    }
    const unsigned char *tail = data + blocks * 4;
    quint32 k = 0;
    switch (key.size() & 3) {
    case 3:
        k ^= quint32(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        k ^= quint32(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        k ^= tail[0];
        k *= c1;
        k = rotl(k, 15);
        k *= c2;
        h ^= k;
    }
    h ^= quint32(key.size());
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

QRgb FlameColors::paletteColor(int index)
{
    return palette()[size_t(index) % paletteSize];
}

QRgb FlameColors::packageColor(std::string_view functionName)
{
    return paletteColor(int(murmur3(packageName(functionName)) % paletteSize));
}

QRgb FlameColors::heatColor(double share)
{
    const double i = std::clamp(share, 0.0, 1.0);
    // Hue 50 (yellow) to 0 (red), darker as it gets hotter so labels stay readable.
    return QColor::fromHslF((50.0 - 50.0 * i) / 360.0, 1.0, (78.0 - 22.0 * i) / 100.0).rgb();
}

double FlameColors::diffPercent(qint64 left, qint64 leftTotal, qint64 right, qint64 rightTotal)
{
    return DiffMetrics::changePercent(left, leftTotal, right, rightTotal, DiffMode::Relative);
}

QRgb FlameColors::diffColor(double percent, DiffPalette which)
{
    const QRgb neutral = qRgb(148, 142, 142);
    const QRgb good = which == DiffPalette::Default ? qRgb(0, 170, 0) : qRgb(26, 133, 255);
    const QRgb bad = which == DiffPalette::Default ? qRgb(200, 0, 0) : qRgb(220, 50, 32);
    const double p = std::clamp(percent, -100.0, 100.0);
    return p < 0 ? mix(neutral, good, -p / 100.0) : mix(neutral, bad, p / 100.0);
}

QRgb FlameColors::dimmedColor()
{
    return mix(qRgb(255, 255, 255), qRgb(200, 200, 200), 0.66);
}

QRgb FlameColors::mix(QRgb a, QRgb b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x * (1.0 - t) + y * t)); };
    return qRgba(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)),
                 channel(qAlpha(a), qAlpha(b)));
}

QRgb FlameColors::textColorFor(QRgb background)
{
    const double l = 0.2126 * linear(qRed(background)) + 0.7152 * linear(qGreen(background))
                     + 0.0722 * linear(qBlue(background));
    const double againstBlack = (l + 0.05) / 0.05;
    const double againstWhite = 1.05 / (l + 0.05);
    return againstBlack >= againstWhite ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
}
