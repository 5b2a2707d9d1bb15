#include "perfscriptparser.h"

#include <algorithm>
#include <cstring>

PerfScriptParser::PerfScriptParser(const std::string &firstEvent)
{
    if (!firstEvent.empty())
        addEvent(firstEvent);
}

PerfChunkRecord PerfScriptParser::parse(size_t index, std::string_view chunk)
{
    PerfChunkRecord record;
    record.index = index;
    m_chunk = &record;
    m_eventSeen.assign(m_events.size(), false);
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *e = nl ? nl : end;
        line(std::string_view(p, size_t(e - p)));
        p = e + 1;
    }
    finishSample();
    m_chunk = nullptr;
    return record;
}

void PerfScriptParser::line(std::string_view line)
{
    const qint64 lineNumber = ++m_chunk->lines;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (lineNumber == 1 && m_chunk->index == 0 && line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    if (!line.empty() && line[0] == '#') {
        headerComment(line);
        return;
    }
    if (line.empty()) {
        finishSample();
        return;
    }
    // A header never starts with a blank and a frame line almost always
    // does: most lines skip the header's parse and its zeroed Header.
    if (!PerfScriptLexer::isSpace(line[0])) {
        PerfScriptLexer::Header h;
        if (PerfScriptLexer::header(line, &h)) {
            finishSample();
            startSample(h);
            return;
        }
    }
    std::string_view rawFunc, module;
    if (PerfScriptLexer::frame(line, &rawFunc, &module)) {
        if (m_active)
            frame(rawFunc, module);
        return;
    }
    if (m_chunk->unrecognized++ == 0)
        m_chunk->firstUnrecognized = lineNumber;
}

void PerfScriptParser::headerComment(std::string_view line)
{
    // "# hostname : e2b5bab9a538": what the header says about the recording.
    static constexpr std::string_view keys[]
        = {"captured on", "hostname", "os release", "perf version", "arch", "cmdline"};
    if (m_chunk->index > 0 || m_chunk->samples > 0 || m_active)
        return; // only the file's header describes the recording
    line.remove_prefix(1);
    while (!line.empty() && line[0] == ' ')
        line.remove_prefix(1);
    for (std::string_view key : keys) {
        if (line.substr(0, key.size()) != key)
            continue;
        std::string_view rest = line.substr(key.size());
        while (!rest.empty() && rest[0] == ' ')
            rest.remove_prefix(1);
        if (rest.empty() || rest[0] != ':')
            return;
        rest.remove_prefix(1);
        while (!rest.empty() && PerfScriptLexer::isSpace(rest.front()))
            rest.remove_prefix(1);
        while (!rest.empty() && PerfScriptLexer::isSpace(rest.back()))
            rest.remove_suffix(1);
        m_chunk->headerLabels.emplace_back(std::string(key), std::string(rest));
        return;
    }
}

int PerfScriptParser::eventColumn(std::string_view event)
{
    if (event.empty()) // no event on the line: counted with the first event, as Perl does
        return m_events.empty() ? addEvent("samples") : 0;
    if (m_lastEvent >= 0 && m_events[size_t(m_lastEvent)] == event)
        return m_lastEvent;
    for (size_t i = 0; i < m_events.size(); ++i)
        if (m_events[i] == event)
            return m_lastEvent = int(i);
    return m_lastEvent = addEvent(event);
}

int PerfScriptParser::addEvent(std::string_view event)
{
    m_events.emplace_back(event);
    m_eventSeen.push_back(false);
    return int(m_events.size()) - 1;
}

qint32 PerfScriptParser::labelSetFor(std::string_view comm, std::string_view pid, std::string_view tid)
{
    m_key.assign(comm);
    m_key.push_back('\0');
    m_key.append(pid);
    m_key.push_back('\0');
    m_key.append(tid);
    if (m_lastLabelSet >= 0 && m_key == m_lastKey)
        return m_lastLabelSet;
    auto it = m_labelSetIds.find(m_key);
    qint32 id;
    if (it != m_labelSetIds.end()) {
        id = it->second;
    } else {
        id = qint32(m_labelSets.size());
        LabelIndex::LabelSet set;
        if (!pid.empty())
            set.emplace_back("pid", std::string(pid));
        std::string thread(comm);
        thread.push_back(' ');
        thread.append(tid);
        set.emplace_back("thread", std::move(thread));
        m_labelSets.push_back(std::move(set));
        m_labelSetKeys.push_back(m_key);
        m_labelSetIds.emplace(m_key, id);
    }
    m_lastKey = m_key;
    m_lastLabelSet = id;
    return id;
}

void PerfScriptParser::startSample(const PerfScriptLexer::Header &h)
{
    m_active = true;
    m_column = eventColumn(h.event);
    if (!m_eventSeen[size_t(m_column)]) {
        m_eventSeen[size_t(m_column)] = true;
        m_chunk->newEvents.push_back(m_events[size_t(m_column)]);
    }
    m_period = h.period;
    m_hasTime = h.hasTime;
    m_time = h.timeNanos;
    m_labelSet = labelSetFor(h.comm, h.pid, h.tid);
    if (h.comm != m_lastComm || !m_lastCommName.isValid()) {
        m_lastComm.assign(h.comm);
        std::string pname(h.comm);
        std::replace(pname.begin(), pname.end(), ' ', '_');
        m_javaTidy = pname.starts_with("java");
        m_lastCommName = m_names.intern(pname);
    }
    m_leafFirst.clear();
}

void PerfScriptParser::finishSample()
{
    if (!m_active)
        return;
    resolvePending();
    m_active = false;
    m_rootFirst.clear();
    m_rootFirst.push_back(m_lastCommName.index);
    m_rootFirst.insert(m_rootFirst.end(), m_leafFirst.rbegin(), m_leafFirst.rend());
    const quint32 stack = m_stacks.insert(m_rootFirst, m_labelSet);
    m_stacks.addValue(stack, m_column, m_period);
    ++m_chunk->samples;
    if (m_column == 0 && m_hasTime) {
        m_chunk->times.timeNanos.push_back(m_time);
        m_chunk->times.weights.push_back(m_period);
    }
}

void PerfScriptParser::frame(std::string_view rawFunc, std::string_view module)
{
    // Resolved with the rest of the sample (resolvePending): a sample never
    // spans two chunks, so the views stay valid until then.
    m_pending.push_back({PerfScriptLexer::withoutOffset(rawFunc), module, moduleId(module), 0});
}

// Consecutive frames are mostly in one module (a binary, libc, the kernel).
quint32 PerfScriptParser::moduleId(std::string_view module)
{
    if (module != m_lastModule || m_lastModuleId == NameId::invalidIndex) {
        m_lastModuleId = m_modules.intern(module).index;
        m_lastModule.assign(module);
    }
    return m_lastModuleId;
}

// Resolves the sample's frames, in file order.
void PerfScriptParser::resolvePending()
{
    if (m_pending.empty())
        return;
    PerfFrameCache &cache = m_frameCache[m_javaTidy ? 1 : 0];
    for (PendingFrame &f : m_pending) {
        f.hash = PerfFrameCache::hashOf(f.symbol, f.moduleId);
        cache.prefetchSlot(f.hash);
    }
    for (const PendingFrame &f : m_pending)
        cache.prefetchKey(f.hash);
    for (const PendingFrame &f : m_pending)
        resolve(cache, f);
    m_pending.clear();
}

void PerfScriptParser::resolve(PerfFrameCache &cache, const PendingFrame &f)
{
    // The same symbol in the same module comes back on most lines: name it
    // once, then find it by its bytes in the line (no copy) and module.
    if (const auto *range = cache.find(f.symbol, f.moduleId, f.hash)) {
        if (range->end - range->begin == 1) // the usual case: one symbol, one frame
            m_leafFirst.push_back(m_frameCacheNames[range->begin]);
        else
            m_leafFirst.insert(m_leafFirst.end(), m_frameCacheNames.begin() + range->begin,
                               m_frameCacheNames.begin() + range->end);
        return;
    }
    const size_t before = m_leafFirst.size();
    m_namer.name(f.symbol, f.module, m_javaTidy, m_leafFirst);
    const quint32 begin = quint32(m_frameCacheNames.size());
    m_frameCacheNames.insert(m_frameCacheNames.end(), m_leafFirst.begin() + qint64(before), m_leafFirst.end());
    cache.setRange(begin, quint32(m_frameCacheNames.size()));
}
