#include "perfsampleslicer.h"

#include "perfscriptlexer.h"

#include <algorithm>
#include <numeric>
#include <string_view>

PerfSampleSlicer::PerfSampleSlicer(QByteArray text) : m_text(std::move(text))
{
    const std::string_view all(m_text.constData(), size_t(m_text.size()));
    bool seenSample = false;
    qsizetype open = -1; // the index of the sample being read, -1 when none (or no time)
    size_t pos = 0;
    while (pos < all.size()) {
        size_t end = all.find('\n', pos);
        end = end == std::string_view::npos ? all.size() : end + 1;
        const std::string_view line = all.substr(pos, end - pos);
        const bool indented = line.empty() || PerfScriptLexer::isSpace(line.front());
        if (!seenSample && !line.empty() && line.front() == '#') {
            m_headerEnd = qsizetype(end);
        } else if (!indented && line.front() != '#') {
            PerfScriptLexer::Header h;
            if (PerfScriptLexer::header(line, &h)) {
                seenSample = true;
                if (open >= 0)
                    m_samples[size_t(open)].end = qsizetype(pos);
                open = -1;
                if (h.hasTime) {
                    open = qsizetype(m_samples.size());
                    m_samples.push_back({h.timeNanos, qsizetype(pos), qsizetype(all.size())});
                }
            }
        }
        pos = end;
    }
    m_byTime.resize(m_samples.size());
    std::iota(m_byTime.begin(), m_byTime.end(), quint32(0));
    std::stable_sort(m_byTime.begin(), m_byTime.end(), [&](quint32 a, quint32 b) {
        return m_samples[a].timeNanos < m_samples[b].timeNanos;
    });
}

QByteArray PerfSampleSlicer::slice(qint64 fromNanos, qint64 untilNanos) const
{
    auto time = [&](quint32 i) { return m_samples[i].timeNanos; };
    const auto first = std::partition_point(m_byTime.begin(), m_byTime.end(),
                                            [&](quint32 i) { return time(i) < fromNanos; });
    const auto last = std::partition_point(first, m_byTime.end(),
                                           [&](quint32 i) { return time(i) < untilNanos; });
    if (first == last)
        return {};
    // File order, so that the first event in the slice is the file's first
    // event in range, as the importer expects of a file.
    std::vector<quint32> chosen(first, last);
    std::sort(chosen.begin(), chosen.end());
    QByteArray out;
    qsizetype bytes = m_headerEnd;
    for (quint32 i : chosen)
        bytes += m_samples[i].end - m_samples[i].begin + 1;
    out.reserve(bytes);
    out.append(m_text.constData(), m_headerEnd);
    for (quint32 i : chosen) {
        const Sample &s = m_samples[i];
        out.append(m_text.constData() + s.begin, s.end - s.begin);
        if (!out.endsWith('\n'))
            out.append('\n');
        if (!out.endsWith("\n\n"))
            out.append('\n');
    }
    return out;
}
