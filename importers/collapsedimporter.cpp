#include "collapsedimporter.h"

#include "inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QStringDecoder>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {
constexpr qint64 chunkSize = qint64(1) << 20;

// Reports a sub-range of a job's progress, e.g. the tree build after parsing.
class ProgressSlice final : public Progress
{
public:
    ProgressSlice(Progress &base, double from, double span)
        : m_base(base)
        , m_from(from)
        , m_span(span)
    {}
    bool isCanceled() const override { return m_base.isCanceled(); }
    void report(double fraction) override { m_base.report(m_from + m_span * fraction); }

private:
    Progress &m_base;
    double m_from, m_span;
};

// A char vector whose resize() leaves new bytes uninitialised: a chunk buffer
// is about to be overwritten by read(), and zeroing 1 MiB per chunk showed up
// in profiles.
template<typename T>
struct UninitialisedAllocator : std::allocator<T>
{
    template<typename U>
    struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        if constexpr (sizeof...(Args) == 0)
            ::new (static_cast<void *>(p)) U;
        else
            ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
using Bytes = std::vector<char, UninitialisedAllocator<char>>;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// A count: digits with an optional sign and decimal fraction. A fraction is
// rounded half up and flagged, so that the caller can warn once.
bool parseCount(const char *b, const char *e, qint64 *value, bool *fractional)
{
    bool negative = false;
    if (b != e && (*b == '-' || *b == '+')) {
        negative = *b == '-';
        ++b;
    }
    const char *p = b;
    quint64 v = 0;
    while (p != e && *p >= '0' && *p <= '9') {
        if (v > (quint64(std::numeric_limits<qint64>::max()) - 9) / 10)
            return false;
        v = v * 10 + quint64(*p - '0');
        ++p;
    }
    if (p == b)
        return false;
    *fractional = false;
    if (p != e) {
        if (*p != '.')
            return false;
        const char *f = ++p;
        bool nonZero = false;
        while (p != e && *p >= '0' && *p <= '9') {
            nonZero = nonZero || *p != '0';
            ++p;
        }
        if (p != e)
            return false;
        *fractional = nonZero;
        if (f != e && *f >= '5')
            ++v;
    }
    *value = negative ? -qint64(v) : qint64(v);
    return true;
}

// Splits off the last blank-separated token of [b, e) (trailing blanks already
// trimmed). Returns its start, or null when the line has no blank.
const char *lastToken(const char *b, const char *e)
{
    const char *p = e;
    while (p != b && !isBlank(p[-1]))
        --p;
    return p == b ? nullptr : p;
}

const char *trimEnd(const char *b, const char *e)
{
    while (e != b && isBlank(e[-1]))
        --e;
    return e;
}

// Whether a `;` at `semi` sits inside square brackets opened in its frame:
// `[T; _]` in a Rust name is not a separator.
bool insideBrackets(const char *frameStart, const char *semi)
{
    int depth = 0;
    for (const char *p = frameStart; p != semi; ++p) {
        if (*p == '[')
            ++depth;
        else if (*p == ']' && depth > 0)
            --depth;
    }
    return depth > 0;
}

// Length of the common prefix of two byte ranges, eight bytes at a time.
size_t commonPrefix(const char *a, const char *b, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y)
            return i + size_t(__builtin_ctzll(x ^ y) / 8); // little-endian host
    }
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

QString lineText(const char *b, const char *e)
{
    const qsizetype n = qsizetype(e - b);
    QString text = QString::fromUtf8(b, std::min<qsizetype>(n, 80)).trimmed();
    if (n > 80)
        text += QStringLiteral("...");
    return text;
}

// The line grammar shared by probe() and the parser.
struct LineShape
{
    enum Kind { Blank, Comment, Stack, Malformed } kind = Blank;
    const char *stackEnd = nullptr;
    qint64 counts[2] = {0, 0};
    int countCount = 0;
    bool fractional = false;
};

// twoCounts: -1 unknown (take a second count when present), 0 no, 1 required.
LineShape classify(const char *b, const char *e, int twoCounts)
{
    LineShape shape;
    e = trimEnd(b, e);
    const char *first = b;
    while (first != e && isBlank(*first))
        ++first;
    if (first == e)
        return shape;
    if (*first == '#') {
        shape.kind = LineShape::Comment;
        return shape;
    }
    shape.kind = LineShape::Malformed;
    const char *token = lastToken(first, e);
    bool fractional = false;
    if (!token || !parseCount(token, e, &shape.counts[0], &fractional))
        return shape;
    shape.fractional = fractional;
    shape.countCount = 1;
    const char *stackEnd = trimEnd(first, token);
    if (twoCounts != 0) {
        const char *second = lastToken(first, stackEnd);
        qint64 other = 0;
        if (second && parseCount(second, stackEnd, &other, &fractional)) {
            shape.counts[1] = shape.counts[0];
            shape.counts[0] = other;
            shape.countCount = 2;
            shape.fractional = shape.fractional || fractional;
            stackEnd = trimEnd(first, second);
        } else if (twoCounts == 1) {
            return shape;
        }
    }
    if (stackEnd == first)
        return shape;
    shape.kind = LineShape::Stack;
    shape.stackEnd = stackEnd;
    return shape;
}

// Frame name -> NameId, in front of ProfileBuilder::intern. A large folded file
// holds millions of frames over tens of thousands of names, and the lookups
// miss the cache (the names alone are megabytes). So a line's frames are looked
// up in three passes: hash them all and prefetch their slots, prefetch the name
// bytes of the first candidate, then compare. The misses of one line overlap
// instead of following each other.
class FrameTable
{
public:
    struct Frame
    {
        const char *data;
        quint32 length;
        quint64 hash;
    };

    FrameTable()
        : m_slots(1 << 12)
    {}

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    std::string_view name(quint32 id) const
    {
        return std::string_view(m_chars.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
    }

    // Appends the ids of frames to ids; a new name gets the next id.
    void resolve(std::vector<Frame> &frames, std::vector<quint32> &ids)
    {
        const size_t mask = m_slots.size() - 1;
        for (Frame &f : frames) {
            f.hash = hash(f.data, f.length);
            __builtin_prefetch(&m_slots[f.hash & mask]);
        }
        for (const Frame &f : frames) {
            const Slot &slot = m_slots[f.hash & mask];
            if (slot.hash == f.hash)
                __builtin_prefetch(m_chars.data() + slot.offset);
        }
        for (const Frame &f : frames)
            ids.push_back(find(f));
    }

private:
    struct Slot
    {
        quint64 hash = 0; // 0 = empty; hash() never returns 0
        quint64 offset = 0; // of the name in m_chars
        quint32 length = 0;
        quint32 id = 0;
    };

    static quint64 hash(const char *p, size_t n)
    {
        // Two independent multiply lanes over 8-byte words, then a final mix.
        quint64 a = 0x9e3779b97f4a7c15ull ^ n, b = 0xc2b2ae3d27d4eb4full;
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            quint64 x, y;
            std::memcpy(&x, p + i, 8);
            std::memcpy(&y, p + i + 8, 8);
            a = (a ^ x) * 0xff51afd7ed558ccdull;
            b = (b ^ y) * 0xc4ceb9fe1a85ec53ull;
            a ^= a >> 32;
            b ^= b >> 29;
        }
        if (i + 8 <= n) {
            quint64 x;
            std::memcpy(&x, p + i, 8);
            a = (a ^ x) * 0xff51afd7ed558ccdull;
            i += 8;
        }
        if (i < n) {
            quint64 x = 0;
            std::memcpy(&x, p + i, n - i);
            b = (b ^ x) * 0xc4ceb9fe1a85ec53ull;
        }
        quint64 h = (a ^ (b >> 31) ^ (b << 33)) * 0x94d049bb133111ebull;
        h ^= h >> 31;
        return h | 1;
    }

    quint32 find(const Frame &f)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = f.hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == 0) {
                slot.hash = f.hash;
                slot.offset = m_chars.size();
                slot.length = f.length;
                slot.id = quint32(size());
                m_chars.insert(m_chars.end(), f.data, f.data + f.length);
                m_offsets.push_back(m_chars.size());
                const quint32 id = slot.id;
                if (++m_used * 2 > m_slots.size())
                    grow();
                return id;
            }
            if (slot.hash == f.hash && slot.length == f.length
                && std::memcmp(m_chars.data() + slot.offset, f.data, f.length) == 0)
                return slot.id;
        }
    }

    void grow()
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        const size_t mask = bigger.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & mask;
            while (bigger[i].hash != 0)
                i = (i + 1) & mask;
            bigger[i] = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_chars;
    std::vector<size_t> m_offsets{0};
    size_t m_used = 0;
};

// What one chunk of lines held. Line numbers count from the chunk's start
// until the chunks are put back in order.
struct ChunkStats
{
    size_t index = 0;
    qint64 lines = 0;
    qint64 valid = 0;
    qint64 malformed = 0;
    qint64 firstMalformed = 0;
    QString firstMalformedText;
    qint64 fractional = 0;
    qint64 firstFractional = 0;
};

// Parses chunks of whole lines into stacks of local name ids; flush() hands
// them to the shared ProfileBuilder. One per worker thread.
class FoldedParser
{
public:
    explicit FoldedParser(bool twoCounts)
        : m_twoCounts(twoCounts ? 1 : 0)
    {}

    ChunkStats parse(const char *p, const char *stop)
    {
        ChunkStats stats;
        while (p < stop) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
            const char *e = nl ? nl : stop;
            line(p, e, ++stats.lines, stats);
            p = e + 1;
        }
        return stats;
    }

    // Interns the names first seen since the last flush, then adds the stacks.
    void flush(ProfileBuilder &builder)
    {
        for (qsizetype i = qsizetype(m_map.size()); i < m_table.size(); ++i)
            m_map.push_back(builder.intern(m_table.name(quint32(i))));
        const size_t columns = m_twoCounts ? 2 : 1;
        size_t frame = 0;
        for (size_t s = 0; s < m_stackLengths.size(); ++s) {
            m_scratch.clear();
            for (quint32 i = 0; i < m_stackLengths[s]; ++i)
                m_scratch.push_back(m_map[m_stackFrames[frame + i]]);
            frame += m_stackLengths[s];
            builder.addStack(m_scratch, std::span<const qint64>(m_values.data() + s * columns, columns));
        }
        m_stackFrames.clear();
        m_stackLengths.clear();
        m_values.clear();
    }

private:
    void line(const char *b, const char *e, qint64 lineNumber, ChunkStats &stats)
    {
        const LineShape shape = classify(b, e, m_twoCounts);
        if (shape.kind == LineShape::Blank || shape.kind == LineShape::Comment)
            return;
        if (shape.kind == LineShape::Malformed) {
            malformed(b, e, lineNumber, stats);
            return;
        }
        const char *start = b;
        while (start != shape.stackEnd && isBlank(*start))
            ++start;
        if (!addStack(start, shape.stackEnd, shape.counts)) {
            malformed(b, e, lineNumber, stats);
            return;
        }
        ++stats.valid;
        if (shape.fractional && stats.fractional++ == 0)
            stats.firstFractional = lineNumber;
    }

    static void malformed(const char *b, const char *e, qint64 lineNumber, ChunkStats &stats)
    {
        if (stats.malformed++ == 0) {
            stats.firstMalformed = lineNumber;
            stats.firstMalformedText = lineText(b, e);
        }
    }

    // Splits [b, e) into frames, reusing the ids of the previous line's frames
    // that lie wholly in the prefix both lines share: folded files are usually
    // sorted, so most frames are not even hashed.
    bool addStack(const char *b, const char *e, const qint64 *counts)
    {
        const size_t length = size_t(e - b);
        const size_t common = commonPrefix(b, m_previous.data(), std::min(length, m_previous.size()));
        size_t reuse = 0;
        if (common == length && length == m_previous.size()) {
            reuse = m_ends.size();
        } else {
            while (reuse < m_ends.size() && m_ends[reuse] + 1 < common)
                ++reuse;
        }
        m_ids.resize(reuse);
        m_ends.resize(reuse);
        m_frames.clear();
        const char *frameStart = reuse == 0 ? b : b + m_ends[reuse - 1] + 1;
        const char *pos = frameStart;
        while (frameStart <= e) {
            // memchr per frame measured faster than one SSE2 pass over the line
            // collecting every ';' (2.55-2.85 s vs 2.64-3.03 s CPU on the 1 GB file).
            const char *semi = pos < e ? static_cast<const char *>(std::memchr(pos, ';', size_t(e - pos))) : nullptr;
            if (semi && semi + 1 < e && semi[1] == ' ' && insideBrackets(frameStart, semi)) {
                pos = semi + 1;
                continue;
            }
            const char *frameEnd = semi ? semi : e;
            if (frameEnd != frameStart) {
                m_frames.push_back({frameStart, quint32(frameEnd - frameStart), 0});
                m_ends.push_back(size_t(frameEnd - b));
            }
            if (!semi)
                break;
            frameStart = pos = semi + 1;
        }
        if (!m_frames.empty())
            m_table.resolve(m_frames, m_ids);
        m_previous.assign(b, length);
        if (m_ids.empty())
            return false;
        m_stackFrames.insert(m_stackFrames.end(), m_ids.begin(), m_ids.end());
        m_stackLengths.push_back(quint32(m_ids.size()));
        m_values.insert(m_values.end(), counts, counts + (m_twoCounts ? 2 : 1));
        return true;
    }

    int m_twoCounts;
    FrameTable m_table; // local ids
    std::vector<NameId> m_map; // local id -> the builder's NameId
    std::vector<quint32> m_stackFrames; // stacks since the last flush, local ids
    std::vector<quint32> m_stackLengths;
    std::vector<qint64> m_values;
    std::vector<NameId> m_scratch;
    std::string m_previous; // the previous stack's bytes
    std::vector<size_t> m_ends; // its frames' end offsets
    std::vector<quint32> m_ids; // and their local ids
    std::vector<FrameTable::Frame> m_frames; // this line's frames not shared with the previous one
};

enum class Encoding { Utf8, Utf16LE, Utf16BE };

Encoding encodingOf(std::string_view head, int *bomLength)
{
    if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") {
        *bomLength = 3;
        return Encoding::Utf8;
    }
    if (head.size() >= 2 && head.substr(0, 2) == "\xFF\xFE") {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (head.size() >= 2 && head.substr(0, 2) == "\xFE\xFF") {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    *bomLength = 0;
    return Encoding::Utf8;
}
} // namespace

QString CollapsedImporter::formatName() const
{
    return QStringLiteral("collapsed");
}

bool CollapsedImporter::probe(std::string_view head) const
{
    int bom = 0;
    const Encoding encoding = encodingOf(head, &bom);
    QByteArray converted;
    const bool complete = head.size() < 65536; // peek() gave less: the whole input
    if (encoding != Encoding::Utf8) {
        QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        converted = QString(decoder(QByteArrayView(head.data() + bom, qsizetype(head.size()) - bom))).toUtf8();
        head = std::string_view(converted.constData(), size_t(converted.size()));
    } else {
        head.remove_prefix(size_t(bom));
    }
    if (head.find('\0') != std::string_view::npos)
        return false; // binary
    int valid = 0, invalid = 0;
    size_t pos = 0;
    while (pos < head.size() && valid + invalid < 32) {
        size_t nl = head.find('\n', pos);
        if (nl == std::string_view::npos) {
            if (!complete)
                break;
            nl = head.size();
        }
        const LineShape shape = classify(head.data() + pos, head.data() + nl, -1);
        if (shape.kind == LineShape::Stack)
            ++valid;
        else if (shape.kind == LineShape::Malformed)
            ++invalid;
        pos = nl + 1;
    }
    return valid > 0 && valid >= invalid;
}

ImportResult CollapsedImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    int bom = 0;
    std::string_view head = input.peek(65536);
    if (!input.error().isEmpty() && head.empty())
        return ImportResult::failure(input.error());
    const Encoding encoding = encodingOf(head, &bom);
    std::optional<QStringDecoder> utf16;
    if (encoding != Encoding::Utf8)
        utf16.emplace(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);

    // The first valid line decides between one and two counts per line.
    bool twoCounts = false;
    {
        QByteArray converted;
        if (utf16) {
            QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            converted = QString(decoder(QByteArrayView(head.data() + bom, qsizetype(head.size()) - bom))).toUtf8();
            head = std::string_view(converted.constData(), size_t(converted.size()));
        } else {
            head.remove_prefix(size_t(bom));
        }
        for (size_t pos = 0; pos < head.size();) {
            const size_t nl = std::min(head.find('\n', pos), head.size());
            const LineShape shape = classify(head.data() + pos, head.data() + nl, -1);
            if (shape.kind == LineShape::Stack) {
                twoCounts = shape.countCount == 2;
                break;
            }
            pos = nl + 1;
        }
    }
    char skipped[4];
    if (bom > 0)
        input.read(skipped, bom);

    ProfileBuilder builder(twoCounts ? std::vector<SampleType>{{"baseline", "count"}, {"comparison", "count"}}
                                     : std::vector<SampleType>{{"samples", "count"}});
    if (twoCounts)
        builder.setDiff(0, 1);

    // The calling thread reads 1 MiB chunks of whole lines and hands them to
    // worker threads; each parses with its own name table and adds its stacks
    // to the builder under a lock. Small inputs are parsed in this thread.
    const qint64 rawSize = input.rawSize();
    const int workerCount = rawSize >= 0 && rawSize < 4 * chunkSize
                                ? 0
                                : std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    std::mutex builderMutex;
    std::vector<ChunkStats> stats;
    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::deque<std::pair<size_t, Bytes>> queue;
    std::vector<Bytes> spare;
    bool closed = false;

    auto work = [&](FoldedParser &parser, size_t index, const Bytes &bytes) {
        ChunkStats chunk = parser.parse(bytes.data(), bytes.data() + bytes.size());
        chunk.index = index;
        std::lock_guard lock(builderMutex);
        parser.flush(builder);
        stats.push_back(std::move(chunk));
    };
    std::vector<std::thread> workers;
    for (int w = 0; w < workerCount; ++w) {
        workers.emplace_back([&] {
            FoldedParser parser(twoCounts);
            for (;;) {
                std::pair<size_t, Bytes> job;
                {
                    std::unique_lock lock(queueMutex);
                    queueChanged.wait(lock, [&] { return !queue.empty() || closed; });
                    if (queue.empty())
                        return;
                    job = std::move(queue.front());
                    queue.pop_front();
                }
                queueChanged.notify_all();
                work(parser, job.first, job.second);
                std::lock_guard lock(queueMutex);
                spare.push_back(std::move(job.second));
            }
        });
    }
    FoldedParser inlineParser(twoCounts);
    auto dispatch = [&](size_t index, Bytes bytes) {
        if (workerCount == 0) {
            work(inlineParser, index, bytes);
            return;
        }
        {
            std::unique_lock lock(queueMutex);
            queueChanged.wait(lock, [&] { return queue.size() < size_t(2 * workerCount); });
            queue.emplace_back(index, std::move(bytes));
        }
        queueChanged.notify_all();
    };
    auto finish = [&] {
        {
            std::lock_guard lock(queueMutex);
            closed = true;
        }
        queueChanged.notify_all();
        for (std::thread &t : workers)
            t.join();
    };

    Bytes carry; // an unfinished line
    QByteArray raw;
    size_t index = 0;
    for (;;) {
        Bytes bytes;
        if (workerCount > 0) {
            std::lock_guard lock(queueMutex);
            if (!spare.empty()) {
                bytes = std::move(spare.back());
                spare.pop_back();
            }
        }
        if (carry.size() > size_t(chunkSize)) {
            // A line longer than a chunk keeps growing in place, not copied
            // again for every chunk.
            bytes.swap(carry);
            carry.clear();
        } else {
            bytes.assign(carry.begin(), carry.end());
        }
        const size_t kept = bytes.size();
        qint64 n;
        if (!utf16) {
            bytes.resize(kept + size_t(chunkSize));
            n = input.read(bytes.data() + kept, chunkSize);
            bytes.resize(kept + size_t(std::max<qint64>(n, 0)));
        } else {
            raw.resize(chunkSize);
            n = input.read(raw.data(), chunkSize);
            if (n > 0) {
                const QByteArray utf8 = QString((*utf16)(QByteArrayView(raw.constData(), n))).toUtf8();
                bytes.insert(bytes.end(), utf8.begin(), utf8.end());
            }
        }
        if (n < 0 || progress.isCanceled()) {
            finish();
            return n < 0 ? ImportResult::failure(input.error()) : ImportResult::cancellation();
        }
        if (n == 0) {
            if (!bytes.empty())
                dispatch(index++, std::move(bytes));
            break;
        }
        size_t whole = bytes.size();
        while (whole > 0 && bytes[whole - 1] != '\n')
            --whole;
        if (whole == 0) {
            carry.swap(bytes); // a line longer than a chunk
            continue;
        }
        carry.assign(bytes.begin() + qsizetype(whole), bytes.end());
        bytes.resize(whole);
        dispatch(index++, std::move(bytes));
        if (rawSize > 0)
            progress.report(0.6 * double(input.rawPosition()) / double(rawSize));
    }
    finish();

    // Chunks back in file order, for line numbers.
    std::sort(stats.begin(), stats.end(), [](const ChunkStats &a, const ChunkStats &b) { return a.index < b.index; });
    qint64 valid = 0, lines = 0, malformed = 0, fractional = 0, firstMalformed = 0, firstFractional = 0;
    QString firstMalformedText;
    for (const ChunkStats &chunk : stats) {
        valid += chunk.valid;
        if (chunk.malformed > 0 && malformed == 0) {
            firstMalformed = lines + chunk.firstMalformed;
            firstMalformedText = chunk.firstMalformedText;
        }
        if (chunk.fractional > 0 && fractional == 0)
            firstFractional = lines + chunk.firstFractional;
        malformed += chunk.malformed;
        fractional += chunk.fractional;
        lines += chunk.lines;
    }
    if (valid == 0) {
        if (malformed == 0)
            return ImportResult::failure(
                QStringLiteral("%1: collapsed: no stack lines: the input is empty").arg(source));
        return ImportResult::failure(QStringLiteral("%1: collapsed: no valid stack line; line %2 is not "
                                                    "\"frame;frame;... count\": %3")
                                         .arg(source)
                                         .arg(firstMalformed)
                                         .arg(firstMalformedText));
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "collapsed";
    if (malformed > 0)
        meta.warnings.push_back(QStringLiteral("skipped %1 malformed line%2 (first at line %3: %4)")
                                    .arg(malformed)
                                    .arg(malformed == 1 ? "" : "s")
                                    .arg(firstMalformed)
                                    .arg(firstMalformedText)
                                    .toStdString());
    if (fractional > 0)
        meta.warnings.push_back(QStringLiteral("rounded %1 fractional count%2 to whole numbers (first at line %3)")
                                    .arg(fractional)
                                    .arg(fractional == 1 ? "" : "s")
                                    .arg(firstFractional)
                                    .toStdString());
    ProgressSlice buildProgress(progress, 0.6, 0.4);
    ProfilePtr profile = builder.build(buildProgress);
    if (!profile)
        return ImportResult::cancellation();
    ImportResult result;
    result.profile = std::move(profile);
    return result;
}
