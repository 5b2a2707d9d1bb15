#pragma once

#include <QString>

#include <string>

class QIODevice;

// The last step of the text exports (SVG, HTML): the rendered document onto
// the device, with the error worded alike for both.
class ExportWriter final
{
public:
    // rendered is empty when rendering was cancelled. False, with *error set
    // (when given), when cancelled or the device refused the bytes.
    static bool write(const std::string &rendered, QIODevice &device, QString *error);
};
