#include "exportwriter.h"

#include <QIODevice>

#include <charconv>
#include <cmath>
#include <string_view>

void ExportWriter::appendDecimal(std::string &out, double v, int decimals)
{
    if (!std::isfinite(v))
        v = 0;
    char buffer[48];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, decimals);
    std::string_view s(buffer, size_t(r.ptr - buffer));
    if (s.find('.') != std::string_view::npos) {
        while (s.back() == '0')
            s.remove_suffix(1);
        if (s.back() == '.')
            s.remove_suffix(1);
    }
    if (s == "-0")
        s = "0";
    out += s;
}

bool ExportWriter::write(const std::string &rendered, QIODevice &device, QString *error)
{
    if (rendered.empty()) {
        if (error)
            *error = QStringLiteral("cancelled");
        return false;
    }
    if (device.write(rendered.data(), qint64(rendered.size())) != qint64(rendered.size())) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}
