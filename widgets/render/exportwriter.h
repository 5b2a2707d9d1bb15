#pragma once

#include <QColor>
#include <QString>

#include <string>

class QIODevice;

// What the text exports (SVG, HTML) write alike: their numbers, and the
// rendered document onto the device with the error worded the same.
class ExportWriter final
{
public:
    // v with at most `decimals` decimals and no trailing zeros ("12.50" ->
    // "12.5", "12.0" -> "12"): shorter files, same picture. Not finite -> "0";
    // "-0" -> "0".
    static void appendDecimal(std::string &out, double v, int decimals);
    static void appendInteger(std::string &out, qint64 v);
    // "#rrggbb", as both SVG and CSS read it (alpha dropped).
    static void appendHexColor(std::string &out, QRgb c);

    // rendered is empty when rendering was cancelled. False, with *error set
    // (when given), when cancelled or the device refused the bytes.
    static bool write(const std::string &rendered, QIODevice &device, QString *error);
};
