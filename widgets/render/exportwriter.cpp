#include "exportwriter.h"

#include "model/progress.h"

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

void ExportWriter::appendInteger(std::string &out, qint64 v)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, size_t(r.ptr - buffer));
}

void ExportWriter::appendHexColor(std::string &out, QRgb c)
{
    static const char digits[] = "0123456789abcdef";
    out += '#';
    for (int shift : {20, 16, 12, 8, 4, 0})
        out += digits[(c >> shift) & 0xf];
}

JobOutcome ExportWriter::write(const std::string &rendered, const Progress &progress,
                               QIODevice &device, QString *error)
{
    if (progress.isCanceled())
        return JobOutcome::Cancelled;
    if (device.write(rendered.data(), qint64(rendered.size())) != qint64(rendered.size())) {
        if (error)
            *error = device.errorString();
        return JobOutcome::Failed;
    }
    return JobOutcome::Done;
}
