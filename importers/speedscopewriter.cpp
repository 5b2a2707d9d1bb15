#include "speedscopewriter.h"

#include "model/progress.h"

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <string>

namespace {

constexpr size_t flushAt = size_t(1) << 20;

class JsonOut
{
public:
    explicit JsonOut(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(flushAt + 4096);
    }
    JsonOut &raw(std::string_view s)
    {
        m_buffer.append(s);
        return *this;
    }
    JsonOut &number(qint64 v)
    {
        m_buffer.append(std::to_string(v));
        return *this;
    }
    JsonOut &string(std::string_view s)
    {
        // Bytes that are not UTF-8 would make the whole file unreadable to a JSON
        // parser: those names go through QString, which substitutes U+FFFD.
        std::string repaired;
        if (std::any_of(s.begin(), s.end(), [](char c) { return quint8(c) >= 0x80; })) {
            const QString text = QString::fromUtf8(s.data(), qsizetype(s.size()));
            repaired = text.toStdString();
            s = repaired;
        }
        m_buffer.push_back('"');
        for (char c : s) {
            switch (c) {
            case '"':
                m_buffer.append("\\\"");
                break;
            case '\\':
                m_buffer.append("\\\\");
                break;
            case '\n':
                m_buffer.append("\\n");
                break;
            case '\t':
                m_buffer.append("\\t");
                break;
            default:
                if (quint8(c) < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_buffer.append("\\u00");
                    m_buffer.push_back(hex[quint8(c) >> 4]);
                    m_buffer.push_back(hex[quint8(c) & 15]);
                } else {
                    m_buffer.push_back(c);
                }
            }
        }
        m_buffer.push_back('"');
        return *this;
    }
    bool flushIfFull() { return m_buffer.size() < flushAt || flush(); }
    bool flush()
    {
        const qint64 written = m_device.write(m_buffer.data(), qint64(m_buffer.size()));
        const bool ok = written == qint64(m_buffer.size());
        m_buffer.clear();
        return ok;
    }

private:
    QIODevice &m_device;
    std::string m_buffer;
};

std::string_view speedscopeUnit(const std::string &unit)
{
    static constexpr std::string_view known[]
        = {"nanoseconds", "microseconds", "milliseconds", "seconds", "bytes"};
    for (std::string_view k : known)
        if (unit == k)
            return k;
    return "none";
}

// "url:line:col" or "file:line" -> file, line, column (0 when absent).
void splitDetail(std::string_view detail, std::string_view *file, qint64 *line, qint64 *column)
{
    auto trailingNumber = [](std::string_view &s, qint64 *value) {
        const size_t colon = s.rfind(':');
        if (colon == std::string_view::npos || colon + 1 == s.size())
            return false;
        const std::string_view digits = s.substr(colon + 1);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })
            || digits.size() > 12)
            return false;
        *value = std::stoll(std::string(digits));
        s = s.substr(0, colon);
        return true;
    };
    *line = *column = 0;
    qint64 last = 0, before = 0;
    if (trailingNumber(detail, &last)) {
        if (trailingNumber(detail, &before)) {
            *line = before;
            *column = last;
        } else {
            *line = last;
        }
    }
    *file = detail;
}

} // namespace

JobOutcome SpeedscopeWriter::write(const Profile &profile, QIODevice &out, Progress &progress,
                                   QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return JobOutcome::Failed;
    };
    JsonOut json(out);
    const CallTree &tree = profile.tree();
    const quint32 nodeCount = quint32(tree.nodeCount());
    const std::string name = QFileInfo(QString::fromStdString(profile.metadata().source)).fileName().toStdString();

    json.raw("{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\",\"exporter\":\"pyrograph\",");
    json.raw("\"name\":").string(name).raw(",\"activeProfileIndex\":").number(profile.defaultSampleType());
    json.raw(",\"profiles\":[");

    std::vector<qint32> frameOf(size_t(profile.names().size()), -1);
    std::vector<NameId> frames;
    std::vector<qint32> path; // frame indices of the current node's path, root first
    const int types = profile.sampleTypeCount();
    for (int t = 0; t < types; ++t) {
        const SampleType &type = profile.sampleTypes()[size_t(t)];
        const std::vector<qint64> self = tree.selfColumn(t);
        json.raw(t ? ",{" : "{").raw("\"type\":\"sampled\",\"name\":").string(type.type);
        json.raw(",\"unit\":\"").raw(speedscopeUnit(type.unit)).raw("\",\"startValue\":0,\"endValue\":");
        json.number(profile.total(t)).raw(",\"samples\":[");
        bool first = true;
        path.clear();
        for (quint32 n = 0; n < nodeCount; ++n) {
            const NodeId node(n);
            const quint32 depth = tree.depth(node);
            if (n > 0) {
                path.resize(depth - 1);
                const NameId nameId = tree.name(node);
                qint32 &frame = frameOf[nameId.index];
                if (frame < 0) {
                    frame = qint32(frames.size());
                    frames.push_back(nameId);
                }
                path.push_back(frame);
            }
            if (self[n] == 0)
                continue;
            json.raw(first ? "[" : ",[");
            first = false;
            for (size_t i = 0; i < path.size(); ++i) {
                if (i)
                    json.raw(",");
                json.number(path[i]);
            }
            json.raw("]");
            if (!json.flushIfFull())
                return failed(out.errorString());
            if ((n & 0xffff) == 0) {
                if (progress.isCanceled())
                    return JobOutcome::Cancelled;
                progress.report((double(t) + 0.5 * double(n) / double(nodeCount)) / double(types));
            }
        }
        json.raw("],\"weights\":[");
        first = true;
        for (quint32 n = 0; n < nodeCount; ++n) {
            if (self[n] == 0)
                continue;
            if (!first)
                json.raw(",");
            first = false;
            json.number(self[n]);
            if (!json.flushIfFull())
                return failed(out.errorString());
        }
        json.raw("]}");
    }

    json.raw("],\"shared\":{\"frames\":[");
    const auto &details = profile.metadata().nameDetails;
    for (size_t f = 0; f < frames.size(); ++f) {
        const std::string_view frameName = profile.names().name(frames[f]);
        json.raw(f ? ",{\"name\":" : "{\"name\":").string(frameName);
        const auto detail = std::lower_bound(details.begin(), details.end(), frameName,
                                             [](const auto &entry, std::string_view n) { return entry.first < n; });
        if (detail != details.end() && detail->first == frameName) {
            std::string_view file;
            qint64 line, column;
            splitDetail(detail->second, &file, &line, &column);
            json.raw(",\"file\":").string(file);
            if (line > 0 || column > 0)
                json.raw(",\"line\":").number(line);
            if (column > 0)
                json.raw(",\"col\":").number(column);
        }
        json.raw("}");
        if (!json.flushIfFull())
            return failed(out.errorString());
    }
    json.raw("]}}\n");
    if (!json.flush())
        return failed(out.errorString());
    progress.report(1.0);
    return JobOutcome::Done;
}

QByteArray SpeedscopeWriter::toJson(const Profile &profile)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(profile, buffer, Progress::none());
    return buffer.data();
}
