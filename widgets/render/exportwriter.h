#pragma once

#include "model/joboutcome.h"

#include <QColor>
#include <QString>

#include <string>

class Progress;
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

    // Writes what a render made with progress: Cancelled, and nothing
    // written, when progress says the render was cancelled (rendered is then
    // incomplete); Failed, with *error set (when given), when the device
    // refused the bytes.
    static JobOutcome write(const std::string &rendered, const Progress &progress,
                            QIODevice &device, QString *error);
};
