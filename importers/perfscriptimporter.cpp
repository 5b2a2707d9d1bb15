#include "perfscriptimporter.h"

#include "bytehash.h"
#include "inputstream.h"
#include "parallelchunkreader.h"
#include "model/nameinterner.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "model/progressspan.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

// Perl's \s, \d, \w (ASCII: stackcollapse-perf.pl reads bytes), as a table:
// these run over every byte of the indentation and address of each frame line.
enum CharClass : quint8 { Space = 1, Digit = 2, Word = 4 };
constexpr std::array<quint8, 256> charClasses = [] {
    std::array<quint8, 256> table{};
    for (char c : std::string_view(" \t\r\n\f\v"))
        table[quint8(c)] = Space;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = Digit | Word;
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = Word;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = Word;
    table[quint8('_')] = Word;
    return table;
}();
inline bool isSpace(char c)
{
    return charClasses[quint8(c)] & Space;
}
inline bool isDigit(char c)
{
    return charClasses[quint8(c)] & Digit;
}
inline bool isWord(char c)
{
    return charClasses[quint8(c)] & Word;
}
inline bool isLowerHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f');
}

// The bytes of x (little-endian) in [lo, hi], as their high bits; bytes >= 0x80 never.
constexpr quint64 bytesInRange(quint64 x, quint8 lo, quint8 hi)
{
    constexpr quint64 ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const quint64 atLeastLo = (x | high) - ones * lo;
    const quint64 atMostHi = (ones * quint64(hi + 1) | high) - (x & ~high);
    return atLeastLo & atMostHi & ~x & high;
}

// How many of s's last bytes are lower-case hex digits (the offset in
// "sym+0x1a2f"), eight bytes a step: a byte loop cost a mispredicted exit per
// frame line, 5% of a perf script parse.
size_t trailingHexDigits(std::string_view s)
{
    size_t n = 0;
    for (; n + 8 <= s.size(); n += 8) {
        quint64 x;
        std::memcpy(&x, s.data() + s.size() - n - 8, 8);
        const quint64 hex = bytesInRange(x, '0', '9') | bytesInRange(x, 'a', 'f');
        const quint64 other = ~hex & 0x8080808080808080ull;
        if (other != 0)
            return n + size_t(__builtin_clzll(other) / 8); // the last byte is the most significant
    }
    while (n < s.size() && isLowerHex(s[s.size() - 1 - n]))
        ++n;
    return n;
}

qint64 parseDigits(std::string_view digits)
{
    qint64 v = 0;
    for (char c : digits) {
        if (v > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max(); // saturate: a period never gets near
        v = v * 10 + (c - '0');
    }
    return v;
}

// "198789.478194" (seconds) in nanoseconds; false when it is not a time.
bool parseSeconds(std::string_view token, qint64 *nanos)
{
    const size_t dot = token.find('.');
    const std::string_view sec = token.substr(0, dot);
    if (sec.empty() || sec.size() > 12 || !std::all_of(sec.begin(), sec.end(), isDigit))
        return false;
    qint64 ns = parseDigits(sec) * 1000000000;
    if (dot != std::string_view::npos) {
        const std::string_view frac = token.substr(dot + 1);
        if (!std::all_of(frac.begin(), frac.end(), isDigit))
            return false;
        qint64 scale = 100000000;
        for (size_t i = 0; i < frac.size() && scale > 0; ++i, scale /= 10)
            ns += (frac[i] - '0') * scale;
    }
    *nanos = ns;
    return true;
}

struct Header
{
    std::string_view comm;
    std::string_view pid; // empty when the line has only one number (the tid)
    std::string_view tid;
    std::string_view event; // empty when the event part did not match
    qint64 period = 1;
    qint64 timeNanos = 0;
    bool hasTime = false;
};

// stackcollapse-perf.pl's /^(\S.+?)\s+(\d+)\/*(\d+)*\s+/ and, on the same line,
// /:\s*(\d+)*\s+(\S+):\s*$/, matched by hand with the same results.
bool parseHeader(std::string_view line, Header *h)
{
    const size_t n = line.size();
    if (n == 0 || isSpace(line[0]))
        return false;
    bool matched = false;
    // (\S.+?) is lazy: the shortest comm that lets the rest match wins.
    for (size_t i = 2; i < n && !matched; ++i) {
        if (!isSpace(line[i]))
            continue;
        size_t j = i;
        while (j < n && isSpace(line[j]))
            ++j;
        size_t k = j;
        while (k < n && isDigit(line[k]))
            ++k;
        if (k == j)
            continue;
        const size_t firstEnd = k;
        while (k < n && line[k] == '/')
            ++k;
        const size_t second = k;
        while (k < n && isDigit(line[k]))
            ++k;
        if (k >= n || !isSpace(line[k]))
            continue;
        h->comm = line.substr(0, i);
        const std::string_view first = line.substr(j, firstEnd - j);
        const std::string_view tid = line.substr(second, k - second);
        // Perl's `not $tid` is also true for "0".
        if (tid.empty() || tid == "0") {
            h->tid = first;
            h->pid = {};
        } else {
            h->pid = first;
            h->tid = tid;
        }
        matched = true;
    }
    if (!matched)
        return false;

    h->event = {};
    h->period = 1;
    h->hasTime = false;
    size_t e = n;
    while (e > 0 && isSpace(line[e - 1]))
        --e;
    if (e == 0 || line[e - 1] != ':')
        return true;
    const size_t eventEnd = e - 1;
    size_t s = eventEnd;
    while (s > 0 && !isSpace(line[s - 1]))
        --s;
    if (s == eventEnd || s == 0)
        return true;
    // Without the ": period" part the Perl regex fails and the script counts the
    // sample unfiltered with period 1 ("node 31912 cpu-clock:"); the last token
    // still names its event for us.
    h->event = line.substr(s, eventEnd - s);
    size_t w = s;
    while (w > 0 && isSpace(line[w - 1]))
        --w;
    if (w == 0)
        return true;
    size_t colon;
    std::string_view period;
    if (line[w - 1] == ':') {
        colon = w - 1;
    } else if (isDigit(line[w - 1])) {
        size_t d = w;
        while (d > 0 && isDigit(line[d - 1]))
            --d;
        size_t c = d;
        while (c > 0 && isSpace(line[c - 1]))
            --c;
        if (c == 0 || line[c - 1] != ':')
            return true;
        colon = c - 1;
        period = line.substr(d, w - d);
    } else {
        return true;
    }
    const qint64 p = parseDigits(period);
    h->period = p == 0 ? 1 : p; // Perl's `not $period`: absent or 0 count 1
    size_t t = colon;
    while (t > 0 && !isSpace(line[t - 1]))
        --t;
    h->hasTime = parseSeconds(line.substr(t, colon - t), &h->timeNanos);
    return true;
}

// stackcollapse-perf.pl's /^\s*(\w+)\s*(.+) \((.*)\)/ by hand, backtracking included:
// the symbol runs to the last " (" that a ')' follows, the module to the last ')'.
bool parseFrame(std::string_view line, std::string_view *rawFunc, std::string_view *module)
{
    const size_t n = line.size();
    size_t i = 0;
    while (i < n && isSpace(line[i]))
        ++i;
    const size_t pcStart = i;
    while (i < n && isWord(line[i]))
        ++i;
    if (i == pcStart)
        return false;
    while (i < n && isSpace(line[i]))
        ++i;
    const size_t rawStart = i;
    size_t lastParen = n;
    while (lastParen > rawStart && line[lastParen - 1] != ')')
        --lastParen;
    if (lastParen <= rawStart || lastParen < 3)
        return false;
    --lastParen;
    // The last " (" that ends at or before lastParen.
    size_t open = std::string_view::npos;
    for (size_t end = lastParen; end > 0;) {
        const void *paren = memrchr(line.data(), '(', end);
        if (!paren)
            break;
        const size_t p = size_t(static_cast<const char *>(paren) - line.data());
        if (p > 0 && line[p - 1] == ' ') {
            open = p - 1;
            break;
        }
        end = p;
    }
    if (open == std::string_view::npos || open < pcStart + 2)
        return false;
    const size_t start = std::min(rawStart, open - 1);
    *rawFunc = line.substr(start, open - start);
    *module = line.substr(open + 2, lastParen - open - 2);
    return true;
}

// Distinct (label set, stack) pairs with their values per event: stackcollapse's
// %collapsed without a string per stack.
class StackTable
{
public:
    StackTable()
        : m_slots(4096, 0)
    {}

    quint32 insert(std::span<const quint32> frames, qint32 labelSet)
    {
        quint64 h = 0x9e3779b97f4a7c15ull ^ quint64(quint32(labelSet)) ^ (quint64(frames.size()) << 32);
        for (quint32 f : frames) {
            h = (h ^ f) * 0xff51afd7ed558ccdull;
            h ^= h >> 31;
        }
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const quint32 slot = m_slots[i];
            if (slot == 0) {
                const quint32 id = quint32(m_labelSet.size());
                m_frames.insert(m_frames.end(), frames.begin(), frames.end());
                m_start.push_back(m_frames.size());
                m_labelSet.push_back(labelSet);
                m_hashes.push_back(h);
                for (auto &column : m_values)
                    column.push_back(0);
                m_slots[i] = id + 1;
                if (m_labelSet.size() * 2 > m_slots.size())
                    grow();
                return id;
            }
            const quint32 id = slot - 1;
            if (m_hashes[id] == h && m_labelSet[id] == labelSet && m_start[id + 1] - m_start[id] == frames.size()
                && std::equal(frames.begin(), frames.end(), m_frames.begin() + qint64(m_start[id])))
                return id;
        }
    }
    void addValue(quint32 stack, int column, qint64 value)
    {
        while (int(m_values.size()) <= column)
            m_values.emplace_back(m_labelSet.size(), 0);
        m_values[size_t(column)][stack] += value;
    }
    size_t size() const { return m_labelSet.size(); }
    std::span<const quint32> frames(quint32 stack) const
    {
        return {m_frames.data() + m_start[stack], size_t(m_start[stack + 1] - m_start[stack])};
    }
    qint32 labelSet(quint32 stack) const { return m_labelSet[stack]; }
    qint64 value(int column, quint32 stack) const
    {
        return column < int(m_values.size()) ? m_values[size_t(column)][stack] : 0;
    }

private:
    void grow()
    {
        std::vector<quint32> table(m_slots.size() * 2, 0);
        const size_t mask = table.size() - 1;
        for (quint32 id = 0; id < quint32(m_hashes.size()); ++id) {
            size_t i = m_hashes[id] & mask;
            while (table[i] != 0)
                i = (i + 1) & mask;
            table[i] = id + 1;
        }
        m_slots = std::move(table);
    }

    std::vector<quint32> m_frames;
    std::vector<quint64> m_start{0};
    std::vector<qint32> m_labelSet;
    std::vector<quint64> m_hashes;
    std::vector<quint32> m_slots;
    std::vector<std::vector<qint64>> m_values; // [event][stack]
};

// A frame's symbol without its offset and its module ("sym", module id) -> the
// leaf-first names it became. One slot holds hash, key and value, so a hit
// costs one slot and one key compare; this lookup runs once per frame line and
// sets the import speed. Keyed without the offset, the table holds a function
// once however many addresses in it were sampled: on the benchmark's file 4x
// fewer keys than by raw text, and the keys a third shorter (no module path).
class FrameCache
{
public:
    FrameCache()
        : m_slots(4096)
    {}

    static quint64 hashOf(std::string_view symbol, quint32 module) // never 0: an empty slot
    {
        return (hashBytes(symbol.data(), symbol.size()) ^ (quint64(module) * 0x9e3779b97f4a7c15ull)) | 1;
    }
    // A sample's frames are looked up together: their slots, then the keys
    // of the slots that match, are fetched before any is compared, so the
    // cache misses of one sample overlap (the lookup was 85% of the parse).
    void prefetchSlot(quint64 h) const { __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]); }
    void prefetchKey(quint64 h) const
    {
        const Slot &slot = m_slots[h & (m_slots.size() - 1)];
        if (slot.hash == h) {
            // A key of 60-100 bytes often spans two cache lines.
            __builtin_prefetch(m_chars.data() + slot.keyOffset);
            __builtin_prefetch(m_chars.data() + slot.keyOffset + std::max(slot.keyLength, 1u) - 1);
        }
    }

    // The cached range, or null after inserting the key with an empty range
    // that the caller fills with setRange(). h: hashOf(symbol, module).
    const std::pair<quint32, quint32> *find(std::string_view key, quint32 module, quint64 h)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == 0) {
                slot.hash = h;
                slot.keyOffset = m_chars.size();
                slot.keyLength = quint32(key.size());
                slot.module = module;
                m_chars.insert(m_chars.end(), key.begin(), key.end());
                m_last = &slot;
                if (++m_count * 2 > m_slots.size())
                    grow();
                return nullptr;
            }
            if (slot.hash == h && slot.keyLength == key.size() && slot.module == module
                && std::memcmp(m_chars.data() + slot.keyOffset, key.data(), key.size()) == 0)
                return &slot.range;
        }
    }
    void setRange(quint32 begin, quint32 end) { m_last->range = {begin, end}; }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint64 keyOffset = 0;
        quint32 keyLength = 0;
        quint32 module = 0;
        std::pair<quint32, quint32> range;
    };

    void grow()
    {
        std::vector<Slot> table(m_slots.size() * 2);
        const size_t mask = table.size() - 1;
        size_t lastIndex = 0;
        for (const Slot &slot : m_slots) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & mask;
            while (table[i].hash != 0)
                i = (i + 1) & mask;
            table[i] = slot;
            if (&slot == m_last)
                lastIndex = i;
        }
        m_slots = std::move(table);
        m_last = &m_slots[lastIndex];
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_chars;
    size_t m_count = 0;
    Slot *m_last = nullptr;
};

// What one chunk of the file held, for the merge to put back in file order.
struct ChunkRecord
{
    size_t index = 0;
    qint64 lines = 0;
    qint64 samples = 0;
    qint64 unrecognized = 0;
    qint64 firstUnrecognized = 0; // line number within the chunk
    std::vector<std::string> newEvents; // events in the order this chunk first used them
    SampleTimes times; // of the default event's samples, in file order
    std::vector<std::pair<std::string, std::string>> headerLabels;
};

// A chunk boundary that parsing the chunks apart does not change: after a
// blank line (it ends the open sample) or before a sample header (it starts a
// new one). Walks back from the last complete line; a sample is a few dozen
// lines, so the walk is short. 0 when the bytes hold no boundary yet.
size_t sampleBoundary(std::string_view bytes)
{
    size_t lineEnd = bytes.rfind('\n');
    if (lineEnd == std::string_view::npos)
        return 0;
    for (;;) {
        const size_t previous = lineEnd == 0 ? std::string_view::npos : bytes.rfind('\n', lineEnd - 1);
        const size_t lineStart = previous == std::string_view::npos ? 0 : previous + 1;
        std::string_view line = bytes.substr(lineStart, lineEnd - lineStart);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            return lineEnd + 1;
        Header h;
        if (lineStart > 0 && line[0] != '#' && parseHeader(line, &h))
            return lineStart;
        if (previous == std::string_view::npos)
            return 0;
        lineEnd = previous;
    }
}

// The first sample's event, which is the default sample type (column 0 of
// every worker's parser); empty when the head holds no sample header.
std::string firstEvent(std::string_view head)
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        if (nl == std::string_view::npos)
            return {}; // the line may be cut off
        std::string_view line = head.substr(0, nl);
        head.remove_prefix(nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        Header h;
        if (!line.empty() && line[0] != '#' && parseHeader(line, &h))
            return h.event.empty() ? std::string("samples") : std::string(h.event);
    }
    return {};
}

// Parses chunks of perf script into its own stack table and names; one per
// worker thread. Seeded with the file's first event, so that column 0 is the
// default sample type in every worker.
class PerfScriptParser
{
public:
    explicit PerfScriptParser(const std::string &firstEvent)
    {
        if (!firstEvent.empty())
            addEvent(firstEvent);
    }

    ChunkRecord parse(size_t index, std::string_view chunk)
    {
        ChunkRecord record;
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

    // For the merge, once every chunk is parsed.
    const NameInterner &names() const { return m_names; }
    const std::vector<std::string> &events() const { return m_events; }
    const std::vector<LabelIndex::LabelSet> &labelSets() const { return m_labelSets; }
    const std::vector<std::string> &labelSetKeys() const { return m_labelSetKeys; }
    StackTable &stacks() { return m_stacks; }

private:
    void line(std::string_view line)
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
        if (!isSpace(line[0])) {
            Header h;
            if (parseHeader(line, &h)) {
                finishSample();
                startSample(h);
                return;
            }
        }
        std::string_view rawFunc, module;
        if (parseFrame(line, &rawFunc, &module)) {
            if (m_active)
                frame(rawFunc, module);
            return;
        }
        if (m_chunk->unrecognized++ == 0)
            m_chunk->firstUnrecognized = lineNumber;
    }

    void headerComment(std::string_view line)
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
            while (!rest.empty() && isSpace(rest.front()))
                rest.remove_prefix(1);
            while (!rest.empty() && isSpace(rest.back()))
                rest.remove_suffix(1);
            m_chunk->headerLabels.emplace_back(std::string(key), std::string(rest));
            return;
        }
    }

    int eventColumn(std::string_view event)
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
    int addEvent(std::string_view event)
    {
        m_events.emplace_back(event);
        m_eventSeen.push_back(false);
        return int(m_events.size()) - 1;
    }

    qint32 labelSetFor(std::string_view comm, std::string_view pid, std::string_view tid)
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

    void startSample(const Header &h)
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

    void finishSample()
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

    void frame(std::string_view rawFunc, std::string_view module)
    {
        // s/\+0x[\da-f]+$//
        const size_t k = rawFunc.size() - trailingHexDigits(rawFunc);
        if (k < rawFunc.size() && k >= 3 && rawFunc.substr(k - 3, 3) == "+0x")
            rawFunc = rawFunc.substr(0, k - 3);
        // Resolved with the rest of the sample (resolvePending): a sample never
        // spans two chunks, so the views stay valid until then.
        m_pending.push_back({rawFunc, module, moduleId(module), 0});
    }

    // Consecutive frames are mostly in one module (a binary, libc, the kernel).
    quint32 moduleId(std::string_view module)
    {
        if (module != m_lastModule || m_lastModuleId == NameId::invalidIndex) {
            m_lastModuleId = m_modules.intern(module).index;
            m_lastModule.assign(module);
        }
        return m_lastModuleId;
    }

    struct PendingFrame
    {
        std::string_view symbol; // without its offset
        std::string_view module;
        quint32 moduleId;
        quint64 hash;
    };

    // Resolves the sample's frames, in file order.
    void resolvePending()
    {
        if (m_pending.empty())
            return;
        FrameCache &cache = m_frameCache[m_javaTidy ? 1 : 0];
        for (PendingFrame &f : m_pending) {
            f.hash = FrameCache::hashOf(f.symbol, f.moduleId);
            cache.prefetchSlot(f.hash);
        }
        for (const PendingFrame &f : m_pending)
            cache.prefetchKey(f.hash);
        for (const PendingFrame &f : m_pending)
            resolve(cache, f);
        m_pending.clear();
    }

    void resolve(FrameCache &cache, const PendingFrame &f)
    {
        // The same symbol in the same module comes back on most lines: name it
        // once, then find it by its bytes in the line (no copy) and module.
        if (const auto *range = cache.find(f.symbol, f.moduleId, f.hash)) {
            if (range->second - range->first == 1) // the usual case: one symbol, one frame
                m_leafFirst.push_back(m_frameCacheNames[range->first]);
            else
                m_leafFirst.insert(m_leafFirst.end(), m_frameCacheNames.begin() + range->first,
                                   m_frameCacheNames.begin() + range->second);
            return;
        }
        const size_t before = m_leafFirst.size();
        frameNames(f.symbol, f.module);
        const quint32 begin = quint32(m_frameCacheNames.size());
        m_frameCacheNames.insert(m_frameCacheNames.end(), m_leafFirst.begin() + qint64(before), m_leafFirst.end());
        cache.setRange(begin, quint32(m_frameCacheNames.size()));
    }

    // rawFunc: the symbol without its offset.
    void frameNames(std::string_view rawFunc, std::string_view module)
    {
        if (!rawFunc.empty() && rawFunc[0] == '(')
            return; // a process name, not a frame

        // split /\->/: trailing empty fields are dropped, as Perl's split does.
        m_parts.clear();
        size_t from = 0;
        for (;;) {
            const size_t arrow = rawFunc.find("->", from);
            if (arrow == std::string_view::npos) {
                m_parts.push_back(rawFunc.substr(from));
                break;
            }
            m_parts.push_back(rawFunc.substr(from, arrow - from));
            from = arrow + 2;
        }
        while (!m_parts.empty() && m_parts.back().empty())
            m_parts.pop_back();
        // The line's frames go root-first into the sample, so push them reversed
        // onto the leaf-first list.
        for (size_t p = m_parts.size(); p-- > 0;)
            m_leafFirst.push_back(frameName(m_parts[p], module, p > 0).index);
    }

    NameId frameName(std::string_view func, std::string_view module, bool inlined)
    {
        const bool unknown = func == "[unknown]";
        const bool plain = !unknown && !inlined
            && func.find_first_of(";(\"'") == std::string_view::npos
            && !(m_javaTidy && !func.empty() && func[0] == 'L' && func.find('/') != std::string_view::npos);
        if (plain)
            return m_names.intern(func);

        std::string &s = m_scratch;
        if (unknown && module != "[unknown]") {
            const size_t slash = module.rfind('/');
            s = "[";
            s.append(slash == std::string_view::npos ? module : module.substr(slash + 1));
            s.push_back(']');
        } else {
            s.assign(func);
        }
        std::replace(s.begin(), s.end(), ';', ':');
        // Unless it looks like a Go method ("net/http.(*Client).Do"), everything
        // from the first '(' that does not open "(anonymous namespace)" is noise.
        const size_t dotParen = s.find(".(");
        const bool goMethod = dotParen != std::string::npos && s.find(").", dotParen + 2) != std::string::npos;
        if (!goMethod) {
            for (size_t p = s.find('('); p != std::string::npos; p = s.find('(', p + 1)) {
                if (s.compare(p + 1, 20, "anonymous namespace)") != 0) {
                    s.resize(p);
                    break;
                }
            }
        }
        s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '"' || c == '\''; }), s.end());
        if (m_javaTidy && !s.empty() && s[0] == 'L' && s.find('/') != std::string::npos)
            s.erase(0, 1);
        if (inlined && s.find("_[i]") == std::string::npos)
            s.append("_[i]");
        return m_names.intern(s);
    }

    NameInterner m_names;
    StackTable m_stacks;
    std::vector<std::string> m_events;
    int m_lastEvent = -1;
    std::vector<bool> m_eventSeen; // by this chunk
    std::vector<LabelIndex::LabelSet> m_labelSets;
    std::vector<std::string> m_labelSetKeys; // comm, pid and tid of each, for the merge
    std::unordered_map<std::string, qint32> m_labelSetIds;
    std::string m_key, m_lastKey;
    qint32 m_lastLabelSet = -1;
    std::string m_lastComm;
    NameId m_lastCommName;
    bool m_javaTidy = false;

    bool m_active = false;
    int m_column = 0;
    qint64 m_period = 1;
    qint64 m_time = 0;
    bool m_hasTime = false;
    qint32 m_labelSet = -1;
    std::vector<quint32> m_leafFirst;
    std::vector<quint32> m_rootFirst;
    std::vector<std::string_view> m_parts;
    std::vector<PendingFrame> m_pending; // this sample's frame lines not yet looked up
    FrameCache m_frameCache[2]; // [1]: with the Java tidy (comm "java...")
    NameInterner m_modules;
    std::string m_lastModule;
    quint32 m_lastModuleId = NameId::invalidIndex;
    std::vector<quint32> m_frameCacheNames; // leaf-first name ids
    std::string m_scratch;
    ChunkRecord *m_chunk = nullptr; // the chunk being parsed
};

// The workers' stacks, names, label sets and events in one profile; the chunk
// records put back in file order give the event order, the timestamps and the
// line numbers.
ImportResult buildProfile(std::vector<std::unique_ptr<PerfScriptParser>> &parsers, std::vector<ChunkRecord> &records,
                          const QString &source, Progress &progress)
{
    std::sort(records.begin(), records.end(),
              [](const ChunkRecord &a, const ChunkRecord &b) { return a.index < b.index; });
    std::vector<std::string> events;
    for (const ChunkRecord &record : records)
        for (const std::string &event : record.newEvents)
            if (std::find(events.begin(), events.end(), event) == events.end())
                events.push_back(event);
    std::vector<SampleType> types;
    for (const std::string &event : events) {
        // Software clocks count nanoseconds in their period; hardware events count events.
        const bool clock = event.starts_with("cpu-clock") || event.starts_with("task-clock");
        types.push_back({event, clock ? "nanoseconds" : "count"});
    }
    ProfileBuilder builder(types);
    builder.setDefaultSampleType(0);

    std::unordered_map<std::string, quint32> labelSetIds;
    std::vector<NameId> frames;
    std::vector<qint64> values(types.size());
    for (const auto &parser : parsers) {
        std::vector<NameId> names(size_t(parser->names().size()));
        for (size_t i = 0; i < names.size(); ++i)
            names[i] = builder.intern(parser->names().table().name(NameId(quint32(i))));
        std::vector<qint32> labelSets;
        for (size_t i = 0; i < parser->labelSets().size(); ++i) {
            const auto [it, added] = labelSetIds.try_emplace(parser->labelSetKeys()[i], 0);
            if (added)
                it->second = builder.addLabelSet(parser->labelSets()[i]);
            labelSets.push_back(qint32(it->second));
        }
        std::vector<size_t> columns; // the parser's event -> the profile's sample type
        for (const std::string &event : parser->events())
            columns.push_back(size_t(std::find(events.begin(), events.end(), event) - events.begin()));
        StackTable &stacks = parser->stacks();

        for (quint32 s = 0; s < quint32(stacks.size()); ++s) {
            frames.clear();
            for (quint32 f : stacks.frames(s))
                frames.push_back(names[f]);
            std::fill(values.begin(), values.end(), 0);
            for (size_t c = 0; c < columns.size(); ++c)
                values[columns[c]] += stacks.value(int(c), s);
            builder.addStack(frames, values, labelSets[size_t(stacks.labelSet(s))]);
        }
        stacks = StackTable();
    }

    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "perf script";
    SampleTimes times;
    bool sorted = true;
    qint64 lines = 0, unrecognized = 0, firstUnrecognized = 0;
    meta.labels = std::move(records.front().headerLabels); // only chunk 0 records the file's header
    for (ChunkRecord &record : records) {
        const std::vector<qint64> &t = record.times.timeNanos;
        sorted = sorted && std::is_sorted(t.begin(), t.end())
                 && (t.empty() || times.timeNanos.empty() || times.timeNanos.back() <= t.front());
        times.timeNanos.insert(times.timeNanos.end(), t.begin(), t.end());
        times.weights.insert(times.weights.end(), record.times.weights.begin(), record.times.weights.end());
        if (record.unrecognized > 0 && unrecognized == 0)
            firstUnrecognized = lines + record.firstUnrecognized;
        unrecognized += record.unrecognized;
        lines += record.lines;
    }
    if (!sorted) {
        std::vector<size_t> order(times.timeNanos.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return times.timeNanos[a] < times.timeNanos[b]; });
        SampleTimes inOrder;
        inOrder.timeNanos.reserve(order.size());
        inOrder.weights.reserve(order.size());
        for (size_t i : order) {
            inOrder.timeNanos.push_back(times.timeNanos[i]);
            inOrder.weights.push_back(times.weights[i]);
        }
        times = std::move(inOrder);
    }
    if (!times.isEmpty())
        meta.durationNanos = times.timeNanos.back() - times.timeNanos.front();
    meta.sampleTimes = std::move(times);
    if (unrecognized > 0)
        meta.warnings.push_back("skipped " + std::to_string(unrecognized) + " unrecognized line"
                                + (unrecognized == 1 ? "" : "s") + " (first: line " + std::to_string(firstUnrecognized)
                                + ")");
    if (events.size() > 1)
        meta.comments.push_back("events: each is a sample type; " + events.front() + " is the default");
    return ImportResult::built(builder, progress);
}

} // namespace

QString PerfScriptImporter::formatName() const
{
    return QStringLiteral("perf script");
}

bool PerfScriptImporter::probe(std::string_view head) const
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    // The first line that is neither a comment nor blank must be a sample header
    // with an event ("comm pid time: period event:"); the line after it, when the
    // head holds it, a frame or the blank line that ends the sample.
    bool sawHeader = false;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        if (nl == std::string_view::npos && sawHeader)
            return true; // the next line is cut off by the head
        std::string_view line = head.substr(0, nl);
        head = nl == std::string_view::npos ? std::string_view() : head.substr(nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (sawHeader) {
            std::string_view rawFunc, module;
            return line.empty() || (isSpace(line[0]) && parseFrame(line, &rawFunc, &module));
        }
        if (line.empty() || line[0] == '#')
            continue;
        if (std::all_of(line.begin(), line.end(), isSpace))
            continue;
        Header h;
        if (!parseHeader(line, &h) || line.find_last_not_of(" \t\r") == std::string_view::npos
            || line[line.find_last_not_of(" \t\r")] != ':')
            return false;
        sawHeader = true;
    }
    return sawHeader;
}

ImportResult PerfScriptImporter::read(InputStream &input, Progress &progress) const
{
    // Workers parse chunks that end on sample boundaries, each with its own
    // tables. They must agree on the default event, so the head names it; a
    // head without a sample header (a long preamble) is parsed in one worker,
    // in file order, which needs no agreement.
    const std::string defaultEvent = firstEvent(input.peek(65536));
    ParallelChunkReader reader(input);
    reader.setCut(sampleBoundary);
    if (defaultEvent.empty())
        reader.setSequential();
    std::vector<std::unique_ptr<PerfScriptParser>> parsers;
    for (int w = 0; w < reader.workerCount(); ++w)
        parsers.push_back(std::make_unique<PerfScriptParser>(defaultEvent));
    std::mutex recordsMutex;
    std::vector<ChunkRecord> records;
    const ParallelChunkReader::Outcome outcome
        = reader.run(progress, 0.8, [&](int worker, size_t index, std::string_view chunk) {
              ChunkRecord record = parsers[size_t(worker)]->parse(index, chunk);
              std::lock_guard lock(recordsMutex);
              records.push_back(std::move(record));
          });
    if (outcome == ParallelChunkReader::Outcome::Failed)
        return ImportResult::failure(QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), reader.error()));
    if (outcome == ParallelChunkReader::Outcome::Canceled)
        return ImportResult::cancellation();
    qint64 samples = 0;
    for (const ChunkRecord &record : records)
        samples += record.samples;
    if (samples == 0)
        return ImportResult::failure(
            QStringLiteral("%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)")
                .arg(input.source(), formatName()));
    ProgressSpan buildProgress(progress, 0.8, 1.0);
    return buildProfile(parsers, records, input.source(), buildProgress);
}
