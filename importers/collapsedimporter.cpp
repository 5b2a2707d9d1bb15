#include "collapsedimporter.h"

#include "inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QStringDecoder>

#include <cstring>
#include <limits>
#include <optional>
#include <string>
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

    // Fills ids with the names of frames, interning new ones with intern(name).
    template<typename Intern>
    void resolve(std::vector<Frame> &frames, std::vector<NameId> &ids, Intern &&intern)
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
            ids.push_back(find(f, intern));
    }

private:
    struct Slot
    {
        quint64 hash = 0; // 0 = empty; hash() never returns 0
        quint64 offset = 0; // of the name in m_chars
        quint32 length = 0;
        NameId id;
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

    template<typename Intern>
    NameId find(const Frame &f, Intern &&intern)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = f.hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == 0) {
                slot.hash = f.hash;
                slot.offset = m_chars.size();
                slot.length = f.length;
                slot.id = intern(std::string_view(f.data, f.length));
                m_chars.insert(m_chars.end(), f.data, f.data + f.length);
                const NameId id = slot.id;
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
    size_t m_used = 0;
};

class FoldedParser
{
public:
    void line(const char *b, const char *e, qint64 lineNumber)
    {
        const LineShape shape = classify(b, e, m_twoCounts);
        if (shape.kind == LineShape::Blank || shape.kind == LineShape::Comment)
            return;
        if (shape.kind == LineShape::Malformed) {
            malformed(b, e, lineNumber);
            return;
        }
        if (!m_builder) {
            m_twoCounts = shape.countCount == 2 ? 1 : 0;
            if (m_twoCounts)
                m_builder.emplace(std::vector<SampleType>{{"baseline", "count"}, {"comparison", "count"}});
            else
                m_builder.emplace(std::vector<SampleType>{{"samples", "count"}});
            if (m_twoCounts)
                m_builder->setDiff(0, 1);
        }
        if (shape.fractional && m_fractional++ == 0)
            m_firstFractional = lineNumber;
        const char *start = b;
        while (start != shape.stackEnd && isBlank(*start))
            ++start;
        if (!addStack(start, shape.stackEnd, shape.counts))
            malformed(b, e, lineNumber);
        else
            ++m_lines;
    }

    qint64 validLines() const { return m_lines; }
    qint64 malformedLines() const { return m_malformed; }
    qint64 firstMalformed() const { return m_firstMalformed; }
    const QString &firstMalformedText() const { return m_firstMalformedText; }
    std::optional<ProfileBuilder> &builder() { return m_builder; }

    std::vector<std::string> warnings() const
    {
        std::vector<std::string> out;
        if (m_malformed > 0)
            out.push_back(QStringLiteral("skipped %1 malformed line%2 (first at line %3: %4)")
                              .arg(m_malformed)
                              .arg(m_malformed == 1 ? "" : "s")
                              .arg(m_firstMalformed)
                              .arg(m_firstMalformedText)
                              .toStdString());
        if (m_fractional > 0)
            out.push_back(QStringLiteral("rounded %1 fractional count%2 to whole numbers (first at line %3)")
                              .arg(m_fractional)
                              .arg(m_fractional == 1 ? "" : "s")
                              .arg(m_firstFractional)
                              .toStdString());
        return out;
    }

private:
    void malformed(const char *b, const char *e, qint64 lineNumber)
    {
        if (m_malformed++ == 0) {
            m_firstMalformed = lineNumber;
            m_firstMalformedText = lineText(b, e);
        }
    }

    // Interns the frames of [b, e), reusing the ids of the previous line's
    // frames that lie wholly in the prefix both lines share: folded files are
    // usually sorted, so most frames are not hashed at all.
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
            m_table.resolve(m_frames, m_ids, [this](std::string_view name) { return m_builder->intern(name); });
        m_previous.assign(b, length);
        if (m_ids.empty())
            return false;
        m_builder->addStack(m_ids, std::span<const qint64>(counts, m_twoCounts ? 2 : 1));
        return true;
    }

    std::optional<ProfileBuilder> m_builder;
    int m_twoCounts = -1;
    qint64 m_lines = 0;
    qint64 m_malformed = 0;
    qint64 m_firstMalformed = 0;
    QString m_firstMalformedText;
    qint64 m_fractional = 0;
    qint64 m_firstFractional = 0;
    std::string m_previous; // the previous stack's bytes
    std::vector<size_t> m_ends; // its frames' end offsets
    std::vector<NameId> m_ids; // and their names
    std::vector<FrameTable::Frame> m_frames; // this line's frames not shared with the previous one
    FrameTable m_table;
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
    const Encoding encoding = encodingOf(input.peek(4), &bom);
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    char skipped[4];
    if (bom > 0)
        input.read(skipped, bom);
    std::optional<QStringDecoder> utf16;
    if (encoding != Encoding::Utf8)
        utf16.emplace(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);

    FoldedParser parser;
    std::vector<char> buffer(size_t(chunkSize) + 1);
    QByteArray raw;
    size_t length = 0; // bytes of an unfinished line at the buffer's start
    qint64 lineNumber = 0;
    const qint64 rawSize = input.rawSize();
    bool end = false;
    while (!end) {
        qint64 n;
        if (!utf16) {
            if (buffer.size() - length < size_t(chunkSize))
                buffer.resize(length + size_t(chunkSize)); // a line longer than a chunk
            n = input.read(buffer.data() + length, chunkSize);
        } else {
            raw.resize(chunkSize);
            n = input.read(raw.data(), chunkSize);
            if (n > 0) {
                const QByteArray utf8 = QString((*utf16)(QByteArrayView(raw.constData(), n))).toUtf8();
                if (buffer.size() - length < size_t(utf8.size()))
                    buffer.resize(length + size_t(utf8.size()));
                std::memcpy(buffer.data() + length, utf8.constData(), size_t(utf8.size()));
                n = utf8.size();
            }
        }
        if (n < 0)
            return ImportResult::failure(input.error());
        end = n == 0;
        const char *p = buffer.data();
        const char *stop = p + length + size_t(n);
        for (;;) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
            if (!nl)
                break;
            parser.line(p, nl, ++lineNumber);
            p = nl + 1;
        }
        if (end && p != stop) {
            parser.line(p, stop, ++lineNumber);
            p = stop;
        }
        length = size_t(stop - p);
        std::memmove(buffer.data(), p, length);
        if (progress.isCanceled())
            return ImportResult::cancellation();
        if (rawSize > 0)
            progress.report(0.6 * double(input.rawPosition()) / double(rawSize));
    }

    if (parser.validLines() == 0) {
        if (parser.malformedLines() == 0)
            return ImportResult::failure(
                QStringLiteral("%1: collapsed: no stack lines: the input is empty").arg(source));
        return ImportResult::failure(QStringLiteral("%1: collapsed: no valid stack line; line %2 is not "
                                                    "\"frame;frame;... count\": %3")
                                         .arg(source)
                                         .arg(parser.firstMalformed())
                                         .arg(parser.firstMalformedText()));
    }
    ProfileBuilder &builder = *parser.builder();
    builder.metadata().source = source.toStdString();
    builder.metadata().format = "collapsed";
    builder.metadata().warnings = parser.warnings();
    ProgressSlice buildProgress(progress, 0.6, 0.4);
    ProfilePtr profile = builder.build(buildProgress);
    if (!profile)
        return ImportResult::cancellation();
    ImportResult result;
    result.profile = std::move(profile);
    return result;
}
