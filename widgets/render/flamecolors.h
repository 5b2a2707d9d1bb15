#pragma once

#include <QColor>
#include <QtGlobal>

#include <string_view>

// The colours of a flamegraph, as pure functions so the renderers, the legend
// and the exports colour a box the same way:
// - by package: the package part of the name hashed with MurmurHash3 (seed 0)
//   into Pyroscope's 24-colour palette, so a function has the same colour in
//   every view and every run (never a pointer hash);
// - by heat: a box's self share on a yellow-to-red scale;
// - by difference: Pyroscope's formula over the baseline and comparison shares.
class FlameColors final
{
public:
    enum class DiffPalette { Default, ColorBlind };

    // The package of a function name: "net/http.(*conn).serve" -> "net/http.",
    // "runtime.mallocgc" -> "runtime.", "std::vector<int>::push_back" -> "std::"
    // (Pyroscope's Go rule ^(.*?/.*?\.|.*?\.|.+), plus C++/Rust namespaces).
    static std::string_view packageName(std::string_view functionName);
    // MurmurHash3 x86 32-bit over the bytes, as Pyroscope's murmurhash3_32_gc.
    static quint32 murmur3(std::string_view key, quint32 seed = 0);
    static constexpr int paletteSize = 24;
    static QRgb paletteColor(int index);
    static QRgb packageColor(std::string_view functionName);

    // share in [0, 1]: 0 pale yellow, 1 red.
    static QRgb heatColor(double share);

    // Pyroscope's diff percentage: each side's share of its own total, rounded
    // to 0.01 %, then (right - left) / left * 100, clamped to [-100, 100];
    // +100 when the baseline share is 0 and the comparison's is not.
    static double diffPercent(qint64 left, qint64 leftTotal, qint64 right, qint64 rightTotal);
    // -100 green (less), 0 grey, +100 red (more), linear in between.
    static QRgb diffColor(double percent, DiffPalette palette = DiffPalette::Default);

    // Merged boxes of narrow siblings.
    static QRgb mergedColor() { return qRgb(190, 190, 190); }
    // What a search leaves unmatched (Pyroscope's greyscale 200 at 0.66 over white).
    static QRgb dimmedColor();
    // a * (1 - t) + b * t per channel.
    static QRgb mix(QRgb a, QRgb b, double t);
    // Black or white, whichever contrasts more (WCAG relative luminance).
    static QRgb textColorFor(QRgb background);
};
