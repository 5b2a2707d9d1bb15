#include "flamebearerwriter.h"

#include "flamebearerimporter.h"
#include "model/flamebearerlevels.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace {
void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, qsizetype(r.ptr - digits));
}

void appendString(QByteArray &out, std::string_view s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (quint8(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[quint8(c) >> 4];
                out += hex[quint8(c) & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

qint64 ratePerSecond(const std::string &unit)
{
    if (unit == "nanoseconds")
        return 1000000000;
    if (unit == "microseconds")
        return 1000000;
    if (unit == "milliseconds")
        return 1000;
    if (unit == "seconds")
        return 1;
    return 0;
}
} // namespace

QByteArray FlamebearerWriter::write(const Profile &profile, int sampleType, qint64 maxNodes)
{
    const CallTree &tree = profile.tree();
    const bool isDouble = profile.isDiff();
    std::vector<int> columns;
    if (isDouble)
        columns = {profile.diffBaseline(), profile.diffComparison()};
    else
        columns = {sampleType < 0 ? profile.defaultSampleType() : sampleType};
    for (int c : columns) {
        if (c < 0 || c >= profile.sampleTypeCount())
            return {};
    }
    const FlamebearerLevels levels = FlamebearerLevels::build(
        profile, columns, FlamebearerLevels::minTotalFor(profile, columns, maxNodes));
    const std::vector<std::vector<qint64>> &rows = levels.rows;

    const ProfileMetadata &meta = profile.metadata();
    const SampleType &type = profile.sampleTypes()[size_t(columns[0])];
    const QString units = FlamebearerImporter::unitsForSampleType(type);
    qint64 sampleRate = meta.sampleRate > 0 ? meta.sampleRate : ratePerSecond(type.unit);
    if (sampleRate == 0 && units == QLatin1String("samples"))
        sampleRate = 100; // Pyroscope's default rate
    std::string name = type.type;
    for (const auto &label : meta.labels) {
        if (label.first == "name")
            name = label.second;
    }
    qint64 ticks[2] = {levels.ticks[0], isDouble ? levels.ticks[1] : 0};

    QByteArray out;
    out.reserve(qsizetype(tree.nodeCount()) * 24 + 1024);
    out += "{\"version\":1,\"flamebearer\":{\"names\":[";
    for (size_t i = 0; i < levels.names.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, levels.names[i]);
    }
    out += "],\"levels\":[";
    for (size_t r = 0; r < rows.size(); ++r) {
        out += r > 0 ? ",[" : "[";
        for (size_t i = 0; i < rows[r].size(); ++i) {
            if (i > 0)
                out += ',';
            appendNumber(out, rows[r][i]);
        }
        out += ']';
    }
    out += "],\"numTicks\":";
    appendNumber(out, ticks[0] + ticks[1]);
    out += ",\"maxSelf\":";
    appendNumber(out, levels.maxSelf);
    out += "},\"metadata\":{\"format\":";
    out += isDouble ? "\"double\"" : "\"single\"";
    out += ",\"spyName\":";
    appendString(
        out, meta.spyName.empty() ? std::string_view("unknown") : std::string_view(meta.spyName));
    out += ",\"sampleRate\":";
    appendNumber(out, sampleRate);
    out += ",\"units\":";
    appendString(out, units.toStdString());
    out += ",\"name\":";
    appendString(out, name);
    if (!isDouble) {
        out += ",\"pyrographSampleType\":{\"type\":";
        appendString(out, type.type);
        out += ",\"unit\":";
        appendString(out, type.unit);
        out += '}';
    }
    out += '}';
    if (isDouble) {
        out += ",\"leftTicks\":";
        appendNumber(out, ticks[0]);
        out += ",\"rightTicks\":";
        appendNumber(out, ticks[1]);
    }
    out += ",\"timeline\":";
    if (meta.timeline.isEmpty()) {
        out += "null";
    } else {
        out += "{\"startTime\":";
        appendNumber(out, meta.timeline.startTime);
        out += ",\"samples\":[";
        for (size_t i = 0; i < meta.timeline.samples.size(); ++i) {
            if (i > 0)
                out += ',';
            appendNumber(out, meta.timeline.samples[i]);
        }
        out += "],\"durationDelta\":";
        appendNumber(out, meta.timeline.durationDelta);
        out += '}';
    }
    out += "}\n";
    return out;
}
