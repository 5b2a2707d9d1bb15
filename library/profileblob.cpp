#include "library/profileblob.h"

#include "model/defaultinitallocator.h"
#include "model/profilebuilder.h"

#include <zstd.h>

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under ProfileBlob.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBlob)
};


constexpr quint64 formatVersion = 1;
// Level 1, not 3: on the ingest benchmark's 50 KB push level 3 took 0.85 ms
// against 0.60 ms and saved 0.3% of the bytes (51,045 against 51,198).
constexpr int zstdLevel = 1;
constexpr size_t maxDecodedBytes = size_t(1) << 31;

// Writes into a buffer sized up front for the worst case (10 bytes a varint),
// kept per thread and never zeroed: appending to a std::string byte by byte,
// with its capacity check per byte, was an eighth of a push's CPU in
// pyrograph_benchingest.
class VarintWriter
{
public:
    explicit VarintWriter(size_t maxBytes)
    {
        if (m_bytes.size() < maxBytes)
            m_bytes = std::vector<uchar, DefaultInitAllocator<uchar>>(maxBytes);
        m_p = m_bytes.data();
    }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            *m_p++ = uchar(v | 0x80);
            v >>= 7;
        }
        *m_p++ = uchar(v);
    }
    void zigzag(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void string(std::string_view s)
    {
        varint(s.size());
        m_p = std::copy(s.begin(), s.end(), m_p);
    }
    std::string_view written() const
    {
        return std::string_view(reinterpret_cast<const char *>(m_bytes.data()),
                                size_t(m_p - m_bytes.data()));
    }

private:
    static thread_local std::vector<uchar, DefaultInitAllocator<uchar>> m_bytes;
    uchar *m_p;
};
thread_local std::vector<uchar, DefaultInitAllocator<uchar>> VarintWriter::m_bytes;

constexpr size_t maxVarintBytes = 10;

class VarintReader
{
public:
    explicit VarintReader(std::string_view bytes)
        : m_p(reinterpret_cast<const uchar *>(bytes.data())), m_end(m_p + bytes.size())
    { }
    bool ok() const { return m_ok; }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                break;
            const uchar b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    std::string_view string()
    {
        const quint64 size = varint();
        if (!m_ok || size > quint64(m_end - m_p)) {
            m_ok = false;
            return {};
        }
        std::string_view s(reinterpret_cast<const char *>(m_p), size);
        m_p += size;
        return s;
    }
    // A count that cannot exceed the bytes left (each item takes at least one byte).
    quint64 count()
    {
        const quint64 n = varint();
        if (n > quint64(m_end - m_p))
            m_ok = false;
        return m_ok ? n : 0;
    }

private:
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

struct CCtxDeleter
{
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter
{
    void operator()(ZSTD_DCtx *c) const { ZSTD_freeDCtx(c); }
};

} // namespace

std::string ProfileBlob::encode(const Profile &profile)
{
    const CallTree &tree = profile.tree();
    const qsizetype nodes = tree.nodeCount();
    // Only the names the tree uses, numbered in first use so that small numbers dominate.
    std::vector<qint32> local(size_t(profile.names().size()), -1);
    std::vector<quint32> order;
    std::vector<quint32> nameColumn(static_cast<size_t>(nodes));
    size_t nameBytes = 0;
    for (qsizetype i = 0; i < nodes; ++i) {
        const quint32 global = tree.names()[size_t(i)].index;
        if (local[global] < 0) {
            local[global] = qint32(order.size());
            order.push_back(global);
            nameBytes += profile.names().name(NameId(global)).size() + maxVarintBytes;
        }
        nameColumn[size_t(i)] = quint32(local[global]);
    }
    size_t headerBytes = 3 * maxVarintBytes;
    for (const SampleType &type : profile.sampleTypes())
        headerBytes += type.type.size() + type.unit.size() + 2 * maxVarintBytes;
    const size_t columns = 2 + size_t(profile.sampleTypeCount());
    VarintWriter raw(headerBytes + nameBytes + (size_t(nodes) * columns + 1) * maxVarintBytes);
    raw.varint(formatVersion);
    raw.varint(quint64(profile.sampleTypeCount()));
    for (const SampleType &type : profile.sampleTypes()) {
        raw.string(type.type);
        raw.string(type.unit);
    }
    raw.varint(order.size());
    for (const quint32 global : order)
        raw.string(profile.names().name(NameId(global)));
    raw.varint(quint64(nodes));
    for (qsizetype i = 0; i < nodes; ++i)
        raw.varint(tree.depths()[size_t(i)]);
    for (const quint32 n : nameColumn)
        raw.varint(n);
    for (int t = 0; t < profile.sampleTypeCount(); ++t)
        for (const qint64 self : tree.selfColumn(t))
            raw.zigzag(self);

    const std::string_view bytes = raw.written();
    thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> cctx(ZSTD_createCCtx());
    thread_local std::vector<char, DefaultInitAllocator<char>> out;
    out.resize(std::max(out.size(), ZSTD_compressBound(bytes.size())));
    const size_t size = ZSTD_compressCCtx(cctx.get(), out.data(), out.size(), bytes.data(),
                                          bytes.size(), zstdLevel);
    return ZSTD_isError(size) ? std::string() : std::string(out.data(), size);
}

std::optional<ProfileBlob::Tree> ProfileBlob::decode(std::string_view bytes, int onlySampleType,
                                                     QString *error)
{
    const unsigned long long contentSize = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
    if (contentSize == ZSTD_CONTENTSIZE_ERROR || contentSize == ZSTD_CONTENTSIZE_UNKNOWN
        || contentSize > maxDecodedBytes) {
        *error = Text::tr("stored profile: not a zstd frame of known size");
        return std::nullopt;
    }
    thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> dctx(ZSTD_createDCtx());
    thread_local std::string raw;
    raw.resize(size_t(contentSize));
    const size_t got =
        ZSTD_decompressDCtx(dctx.get(), raw.data(), raw.size(), bytes.data(), bytes.size());
    if (ZSTD_isError(got) || got != contentSize) {
        *error =
            Text::tr("stored profile: zstd: %1").arg(QString::fromUtf8(ZSTD_getErrorName(got)));
        return std::nullopt;
    }
    VarintReader in(raw);
    // what: a QT_TRANSLATE_NOOP("ProfileBlob", ...) name of the part.
    const auto corrupt = [&](const char *what) {
        *error = Text::tr("stored profile: corrupt %1").arg(Text::tr(what));
        return std::nullopt;
    };
    if (in.varint() != formatVersion)
        return corrupt(QT_TRANSLATE_NOOP("ProfileBlob", "header (unknown version)"));
    Tree tree;
    const quint64 types = in.count();
    for (quint64 t = 0; t < types && in.ok(); ++t) {
        SampleType type;
        type.type = std::string(in.string());
        type.unit = std::string(in.string());
        tree.sampleTypes.push_back(std::move(type));
    }
    const quint64 names = in.count();
    tree.nameOffsets.reserve(names + 1);
    tree.nameOffsets.push_back(0);
    for (quint64 n = 0; n < names && in.ok(); ++n) {
        tree.nameChars += in.string();
        tree.nameOffsets.push_back(quint32(tree.nameChars.size()));
    }
    const quint64 nodes = in.count();
    if (!in.ok() || nodes == 0 || onlySampleType >= int(types))
        return corrupt(QT_TRANSLATE_NOOP("ProfileBlob", "names"));
    tree.parent.resize(nodes);
    tree.name.resize(nodes);
    // The parent of a node at depth d is the last node seen at depth d - 1.
    std::vector<qint32> lastAtDepth;
    for (quint64 i = 0; i < nodes; ++i) {
        const quint64 depth = in.varint();
        if (depth > lastAtDepth.size() || (i == 0) != (depth == 0))
            return corrupt(QT_TRANSLATE_NOOP("ProfileBlob", "tree (depth)"));
        tree.parent[i] = depth == 0 ? -1 : lastAtDepth[depth - 1];
        lastAtDepth.resize(depth + 1);
        lastAtDepth[depth] = qint32(i);
    }
    for (quint64 i = 0; i < nodes; ++i) {
        tree.name[i] = quint32(in.varint());
        if (tree.name[i] >= names)
            return corrupt(QT_TRANSLATE_NOOP("ProfileBlob", "tree (name)"));
    }
    tree.self.resize(types);
    for (quint64 t = 0; t < types && in.ok(); ++t) {
        const bool wanted = onlySampleType < 0 || int(t) == onlySampleType;
        if (wanted)
            tree.self[t].resize(nodes);
        for (quint64 i = 0; i < nodes; ++i) {
            const qint64 v = in.zigzag();
            if (wanted)
                tree.self[t][i] = v;
        }
        if (int(t) == onlySampleType)
            break;
    }
    if (!in.ok())
        return corrupt(QT_TRANSLATE_NOOP("ProfileBlob", "values"));
    return tree;
}

ProfilePtr ProfileBlob::toProfile(std::string_view bytes, QString *error)
{
    std::optional<Tree> tree = decode(bytes, -1, error);
    if (!tree)
        return nullptr;
    // Stored profiles passed the limits when they came in.
    ProfileBuilder builder(tree->sampleTypes, ImportLimits::unlimited());
    std::vector<NameId> names(tree->nameOffsets.size() - 1);
    for (size_t n = 0; n < names.size(); ++n)
        names[n] = builder.intern(tree->nameOf(quint32(n)));
    builder.setRootName(tree->nameOf(tree->name[0]));
    std::vector<NameId> stack;
    std::vector<qint64> values(tree->sampleTypes.size());
    std::vector<qint32> depth(size_t(tree->nodeCount()));
    for (qsizetype i = 0; i < tree->nodeCount(); ++i) {
        depth[size_t(i)] = i == 0 ? 0 : depth[size_t(tree->parent[size_t(i)])] + 1;
        if (i > 0) {
            stack.resize(size_t(depth[size_t(i)] - 1));
            stack.push_back(names[tree->name[size_t(i)]]);
        }
        bool any = false;
        for (size_t t = 0; t < values.size(); ++t) {
            values[t] = tree->self[t][size_t(i)];
            any = any || values[t] != 0;
        }
        if (any)
            builder.addStack(stack, values);
    }
    return builder.build();
}
