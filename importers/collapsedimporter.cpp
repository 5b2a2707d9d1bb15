#include "collapsedimporter.h"

#include "bytehash.h"
#include "inputstream.h"
#include "parallelchunkreader.h"
#include "model/openhashtable.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "model/progressspan.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under CollapsedImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CollapsedImporter)
};

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

// A first line longer than the head (a deep recursion: 20,000 frames are
// 140 KB) cannot be seen to end in a count. It is taken for a stack when it is
// text with frames: no control characters, several ';', and not JSON (whose
// importers are asked first; a minified file is one long line too).
bool looksLikeOneLongStack(std::string_view head)
{
    if (head.empty() || head.front() == '{' || head.front() == '[')
        return false;
    size_t separators = 0;
    for (const char c : head) {
        if (c == ';')
            ++separators;
        else if (quint8(c) < 0x20 && c != '\t' && c != '\r')
            return false;
    }
    return separators >= 16;
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
        for (Frame &f : frames) {
            f.hash = hashBytes(f.data, f.length);
            m_slots.prefetch(f.hash);
        }
        for (const Frame &f : frames) {
            const Slot &slot = m_slots.home(f.hash);
            if (slot.hash == f.hash)
                __builtin_prefetch(m_chars.data() + slot.offset);
        }
        for (const Frame &f : frames)
            ids.push_back(find(f));
    }

private:
    struct Slot
    {
        quint64 hash = 0; // hashBytes() never returns 0, which marks an empty slot
        quint64 offset = 0; // of the name in m_chars
        quint32 length = 0;
        quint32 id = 0;
    };

    quint32 find(const Frame &f)
    {
        bool inserted = false;
        return m_slots
            .findOrInsert(
                f.hash,
                [&](const Slot &s) {
                    return s.length == f.length
                        && (f.length == 0
                            || std::memcmp(m_chars.data() + s.offset, f.data, f.length) == 0);
                },
                [&](Slot &s) {
                    s = {f.hash, m_chars.size(), f.length, quint32(size())};
                    m_chars.insert(m_chars.end(), f.data, f.data + f.length);
                    m_offsets.push_back(m_chars.size());
                },
                &inserted)
            .id;
    }

    OpenHashTable<Slot> m_slots;
    std::vector<char> m_chars;
    std::vector<size_t> m_offsets{0};
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

QStringConverter::Encoding utf16Converter(Encoding encoding)
{
    return encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
}

// `text` without its byte-order mark, as UTF-8 (converted into *storage when it is UTF-16).
std::string_view utf8Text(std::string_view text, Encoding encoding, int bom, QByteArray *storage)
{
    text.remove_prefix(size_t(bom));
    if (encoding == Encoding::Utf8)
        return text;
    QStringDecoder decoder(utf16Converter(encoding));
    *storage = QString(decoder(QByteArrayView(text.data(), qsizetype(text.size())))).toUtf8();
    return std::string_view(storage->constData(), size_t(storage->size()));
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
    head = utf8Text(head, encoding, bom, &converted);
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
    if (valid == 0 && invalid == 0 && !complete && pos == 0)
        return looksLikeOneLongStack(head);
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

    // Two counts per line (a diff) only when every stack line of the head has
    // two: a name may end in a space and digits ("main;handler 2 15" is the
    // frame "handler 2" with 15 samples in a file whose other lines have one
    // count), and one line of one count settles it. A line cut off at the end
    // of the head is not looked at.
    bool twoCounts = false;
    {
        QByteArray converted;
        const bool complete = head.size() < 65536;
        head = utf8Text(head, encoding, bom, &converted);
        int two = 0, one = 0;
        for (size_t pos = 0; pos < head.size() && one == 0;) {
            size_t nl = head.find('\n', pos);
            if (nl == std::string_view::npos) {
                if (!complete)
                    break;
                nl = head.size();
            }
            const LineShape shape = classify(head.data() + pos, head.data() + nl, -1);
            if (shape.kind == LineShape::Stack)
                ++(shape.countCount == 2 ? two : one);
            pos = nl + 1;
        }
        twoCounts = two > 0 && one == 0;
    }
    char skipped[4];
    if (bom > 0)
        input.read(skipped, bom);

    ProfileBuilder builder(twoCounts ? std::vector<SampleType>{{"baseline", "count"}, {"comparison", "count"}}
                                     : std::vector<SampleType>{{"samples", "count"}});
    if (twoCounts)
        builder.setDiff(0, 1);

    // Each worker parses with its own name table and adds its stacks to the
    // builder under a lock.
    ParallelChunkReader reader(input);
    if (encoding != Encoding::Utf8) {
        auto decoder = std::make_shared<QStringDecoder>(utf16Converter(encoding));
        reader.setDecode([decoder](std::string_view raw) {
            return QString((*decoder)(QByteArrayView(raw.data(), qsizetype(raw.size())))).toUtf8();
        });
    }
    std::vector<std::unique_ptr<FoldedParser>> parsers;
    for (int w = 0; w < reader.workerCount(); ++w)
        parsers.push_back(std::make_unique<FoldedParser>(twoCounts));
    std::mutex builderMutex;
    std::vector<ChunkStats> stats;
    const ParallelChunkReader::Outcome outcome
        = reader.run(progress, 0.6, [&](int worker, size_t index, std::string_view chunk) {
              FoldedParser &parser = *parsers[size_t(worker)];
              ChunkStats chunkStats = parser.parse(chunk.data(), chunk.data() + chunk.size());
              chunkStats.index = index;
              std::lock_guard lock(builderMutex);
              parser.flush(builder);
              stats.push_back(std::move(chunkStats));
          });
    if (outcome == ParallelChunkReader::Outcome::Failed)
        return ImportResult::failure(reader.error());
    if (outcome == ParallelChunkReader::Outcome::Canceled)
        return ImportResult::cancellation();

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
        const QString format = formatName();
        if (malformed == 0)
            return ImportResult::failure(
                Text::tr("%1: %2: no stack lines: the input is empty").arg(source, format));
        return ImportResult::failure(Text::tr("%1: %2: no valid stack line; line %3 is not "
                                              "\"frame;frame;... count\": %4")
                                         .arg(source, format)
                                         .arg(firstMalformed)
                                         .arg(firstMalformedText));
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "collapsed";
    // Singular and plural are two texts: the count is only ever 1 or more.
    if (malformed > 0)
        meta.warnings.push_back(
            (malformed == 1 ? Text::tr("skipped %1 malformed line (first at line %2: %3)")
                            : Text::tr("skipped %1 malformed lines (first at line %2: %3)"))
                .arg(malformed)
                .arg(firstMalformed)
                .arg(firstMalformedText)
                .toStdString());
    if (fractional > 0)
        meta.warnings.push_back(
            (fractional == 1
                 ? Text::tr("rounded %1 fractional count to whole numbers (first at line %2)")
                 : Text::tr("rounded %1 fractional counts to whole numbers (first at line %2)"))
                .arg(fractional)
                .arg(firstFractional)
                .toStdString());
    ProgressSpan buildProgress(progress, 0.6, 1.0);
    return ImportResult::built(builder, buildProgress);
}
