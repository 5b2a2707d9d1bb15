#include "pprofimporter.h"

#include "inputstream.h"
#include "pprofassembler.h"

#include "model/progressspan.h"

#include "profile.pb.h"

#include <QByteArray>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace {
using Byte = quint8;

struct Span
{
    const Byte *begin = nullptr;
    const Byte *end = nullptr;
};

// Protocol buffer wire format over one message, bounds-checked: every length
// and varint is validated against the end of its enclosing message, and errors
// name the byte offset in the whole input.
class WireReader final
{
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    WireReader(const Byte *base, Span span)
        : m_base(base)
        , m_p(span.begin)
        , m_end(span.end)
    {}

    bool atEnd() const { return m_p >= m_end; }
    qint64 offset() const { return qint64(m_p - m_base); }
    qint64 offsetOf(const Byte *p) const { return qint64(p - m_base); }

    Q_ALWAYS_INLINE quint64 varint()
    {
        // Most varints here are ids and small counts: one to three bytes
        // (location ids of a fleet profile take three). With ten bytes left no
        // bound check is needed inside the varint.
        if (m_p < m_end && *m_p < 0x80)
            return *m_p++;
        if (m_end - m_p >= 10) {
            const Byte *p = m_p;
            quint64 value = p[0] & 0x7f;
            for (int i = 1; i < 10; ++i) {
                const Byte b = p[i];
                value |= quint64(b & 0x7f) << (7 * i);
                if (b < 0x80) {
                    m_p = p + i + 1;
                    return value;
                }
            }
        }
        return slowVarint(); // near the end, or malformed: checked, with the offset
    }

    // false at the end of the message; otherwise field and wire type.
    bool next(quint32 &field, int &wireType)
    {
        if (m_p >= m_end)
            return false;
        const Byte *at = m_p;
        const quint64 tag = varint();
        field = quint32(tag >> 3);
        wireType = int(tag & 7);
        if (field == 0 || (tag >> 3) > 0x1fffffff)
            throw PprofError("invalid field number " + std::to_string(tag >> 3), offsetOf(at));
        return true;
    }

    Span lengthDelimited()
    {
        const Byte *at = m_p;
        const quint64 length = varint();
        if (length > quint64(m_end - m_p))
            throw PprofError("field length " + std::to_string(length) + " runs past the end of its message ("
                                 + std::to_string(m_end - m_p) + " bytes left)",
                             offsetOf(at));
        const Span span{m_p, m_p + length};
        m_p += length;
        return span;
    }

    void skip(int wireType)
    {
        const Byte *at = m_p;
        switch (wireType) {
        case Varint:
            varint();
            return;
        case Fixed64:
        case Fixed32: {
            const qint64 size = wireType == Fixed64 ? 8 : 4;
            if (m_end - m_p < size)
                throw PprofError("truncated fixed-size field", offsetOf(at));
            m_p += size;
            return;
        }
        case LengthDelimited:
            lengthDelimited();
            return;
        default:
            throw PprofError("unsupported wire type " + std::to_string(wireType), offsetOf(at) - 1);
        }
    }

    WireReader message() { return WireReader(m_base, lengthDelimited()); }

    // A repeated scalar field, packed (wire type 2) or not (wire type 0), as
    // decoders must accept both.
    template<typename T>
    void repeated(int wireType, std::vector<T> &out)
    {
        if (wireType == Varint) {
            out.push_back(T(varint()));
            return;
        }
        if (wireType != LengthDelimited) {
            skip(wireType);
            return;
        }
        WireReader packed(m_base, lengthDelimited());
        // At most one value per byte: write through a pointer, then trim.
        const size_t old = out.size();
        out.resize(old + size_t(packed.m_end - packed.m_p));
        T *o = out.data() + old;
        while (!packed.atEnd())
            *o++ = T(packed.varint());
        out.resize(size_t(o - out.data()));
    }

private:
    Q_NEVER_INLINE quint64 slowVarint()
    {
        const Byte *at = m_p;
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                throw PprofError("truncated varint", offsetOf(at));
            const Byte b = *m_p++;
            value |= quint64(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
        throw PprofError("malformed varint (more than 10 bytes)", offsetOf(at));
    }

    const Byte *m_base;
    const Byte *m_p;
    const Byte *m_end;
};

// ValueType { type = 1; unit = 2; }, merged into typeAndUnit as protobuf merges.
void readValueType(WireReader message, std::pair<qint64, qint64> &typeAndUnit)
{
    quint32 field;
    int wireType;
    while (message.next(field, wireType)) {
        if (field == 1 && wireType == WireReader::Varint)
            typeAndUnit.first = qint64(message.varint());
        else if (field == 2 && wireType == WireReader::Varint)
            typeAndUnit.second = qint64(message.varint());
        else
            message.skip(wireType);
    }
}

// The hand-written decoder: one pass indexes the top-level fields (samples come
// before the tables they refer to), then functions, locations and samples are
// read in that order straight into the assembler. Mappings, file names and line
// numbers are skipped, never decoded.
class FastDecoder final
{
public:
    FastDecoder(QByteArray message, const std::string &source, Progress &progress)
        : m_message(std::move(message))
        , m_source(source)
        , m_base(reinterpret_cast<const Byte *>(m_message.constData()))
        , m_end(m_base + m_message.size())
        , m_progress(progress)
    {}

    ProfilePtr decode()
    {
        indexTopLevel();
        PprofAssembler assembler(std::move(m_strings), m_stringsOffset);
        assembler.setSampleTypes(m_sampleTypes, m_sampleTypesOffset);
        readMetadata(assembler);
        readFunctions(assembler);
        readLocations(assembler);
        if (!readSamples(assembler))
            return nullptr;
        // Names and labels are interned by now: the message can go (when the
        // caller does not hold it too) before the tree takes its memory.
        assembler.releaseStrings();
        m_message = QByteArray();
        ProgressSpan buildProgress(m_progress, 0.5, 1.0);
        return assembler.build(buildProgress);
    }

private:
    void indexTopLevel()
    {
        WireReader r(m_base, {m_base, m_end});
        quint32 field;
        int wireType;
        while (true) {
            const qint64 at = r.offset();
            if (!r.next(field, wireType))
                break;
            if (wireType != WireReader::LengthDelimited && (field <= 6 || field == 11)) {
                r.skip(wireType); // a known field with the wrong wire type: unknown, as for libprotobuf
                continue;
            }
            switch (field) {
            case 1:
                if (m_sampleTypesOffset < 0)
                    m_sampleTypesOffset = at;
                m_sampleTypes.emplace_back(0, 0);
                readValueType(r.message(), m_sampleTypes.back());
                break;
            case 2:
                m_samples.push_back(r.lengthDelimited());
                break;
            case 4:
                m_locations.push_back(r.lengthDelimited());
                break;
            case 5:
                m_functions.push_back(r.lengthDelimited());
                break;
            case 6: {
                if (m_stringsOffset < 0)
                    m_stringsOffset = at;
                const Span s = r.lengthDelimited();
                m_strings.emplace_back(reinterpret_cast<const char *>(s.begin), size_t(s.end - s.begin));
                break;
            }
            case 11:
                m_periodTypeOffset = at;
                readValueType(r.message(), m_periodType);
                break;
            case 13:
                if (m_commentsOffset < 0)
                    m_commentsOffset = at;
                r.repeated(wireType, m_comments);
                break;
            case 9:
            case 10:
            case 12:
            case 14:
                if (wireType != WireReader::Varint) {
                    r.skip(wireType);
                    break;
                }
                if (field == 9)
                    m_timeNanos = qint64(r.varint());
                else if (field == 10)
                    m_durationNanos = qint64(r.varint());
                else if (field == 12)
                    m_period = qint64(r.varint());
                else {
                    m_defaultSampleTypeOffset = at;
                    m_defaultSampleType = qint64(r.varint());
                }
                break;
            default: // mappings, drop/keep frames, doc_url, unknown fields
                r.skip(wireType);
                break;
            }
        }
        if (m_stringsOffset < 0)
            m_stringsOffset = 0;
        if (m_sampleTypesOffset < 0)
            m_sampleTypesOffset = 0;
    }

    void readFunctions(PprofAssembler &assembler)
    {
        assembler.reserveFunctions(m_functions.size());
        for (const Span &span : m_functions) {
            WireReader m(m_base, span);
            quint64 id = 0;
            qint64 name = 0, systemName = 0;
            quint32 field;
            int wireType;
            while (m.next(field, wireType)) {
                if (wireType != WireReader::Varint || field > 3)
                    m.skip(wireType);
                else if (field == 1)
                    id = m.varint();
                else if (field == 2)
                    name = qint64(m.varint());
                else
                    systemName = qint64(m.varint());
            }
            assembler.addFunction(id, name, systemName, m.offsetOf(span.begin));
        }
        m_functions = {};
    }

    void readLocations(PprofAssembler &assembler)
    {
        assembler.reserveLocations(m_locations.size());
        std::vector<quint64> functionIds;
        for (const Span &span : m_locations) {
            WireReader m(m_base, span);
            quint64 id = 0, address = 0;
            functionIds.clear();
            quint32 field;
            int wireType;
            while (m.next(field, wireType)) {
                if (field == 1 && wireType == WireReader::Varint) {
                    id = m.varint();
                } else if (field == 3 && wireType == WireReader::Varint) {
                    address = m.varint();
                } else if (field == 4 && wireType == WireReader::LengthDelimited) {
                    WireReader line = m.message();
                    quint64 functionId = 0;
                    quint32 lineField;
                    int lineWireType;
                    while (line.next(lineField, lineWireType)) {
                        if (lineField == 1 && lineWireType == WireReader::Varint)
                            functionId = line.varint();
                        else
                            line.skip(lineWireType);
                    }
                    functionIds.push_back(functionId);
                } else {
                    m.skip(wireType);
                }
            }
            assembler.addLocation(id, address, functionIds, m.offsetOf(span.begin));
        }
        m_locations = {};
    }

    // The hot loop: about 12 million location ids for a fleet-sized profile.
    bool readSamples(PprofAssembler &assembler)
    {
        std::vector<quint64> locationIds;
        std::vector<qint64> values;
        std::vector<PprofRawLabel> labels;
        const size_t count = m_samples.size();
        const size_t reportEvery = 4096;
        for (size_t i = 0; i < count; ++i) {
            if (i % reportEvery == 0) {
                if (m_progress.isCanceled())
                    return false;
                m_progress.report(0.5 * double(i) / double(count));
            }
            const Span span = m_samples[i];
            WireReader m(m_base, span);
            locationIds.clear();
            values.clear();
            labels.clear();
            quint32 field;
            int wireType;
            while (m.next(field, wireType)) {
                if (field == 1) {
                    m.repeated(wireType, locationIds);
                } else if (field == 2) {
                    m.repeated(wireType, values);
                } else if (field == 3 && wireType == WireReader::LengthDelimited) {
                    WireReader l = m.message();
                    PprofRawLabel label;
                    quint32 labelField;
                    int labelWireType;
                    while (l.next(labelField, labelWireType)) {
                        if (labelWireType != WireReader::Varint || labelField > 4) {
                            l.skip(labelWireType);
                            continue;
                        }
                        const qint64 v = qint64(l.varint());
                        if (labelField == 1)
                            label.key = v;
                        else if (labelField == 2)
                            label.str = v;
                        else if (labelField == 3)
                            label.num = v;
                        else
                            label.numUnit = v;
                    }
                    labels.push_back(label);
                } else {
                    m.skip(wireType);
                }
            }
            assembler.addSample(locationIds, values, labels, m.offsetOf(span.begin));
        }
        m_samples = {};
        return true;
    }

    void readMetadata(PprofAssembler &assembler)
    {
        ProfileMetadata &metadata = assembler.metadata();
        metadata.source = m_source;
        metadata.timeNanos = m_timeNanos;
        metadata.durationNanos = m_durationNanos;
        metadata.period = m_period;
        assembler.setPeriodType(m_periodType.first, m_periodType.second, m_periodTypeOffset);
        for (const qint64 comment : m_comments)
            assembler.addComment(comment, m_commentsOffset);
        assembler.setDefaultSampleType(m_defaultSampleType, m_defaultSampleTypeOffset);
    }

    QByteArray m_message;
    const std::string &m_source;
    const Byte *m_base;
    const Byte *m_end;
    Progress &m_progress;
    std::vector<std::string_view> m_strings;
    qint64 m_stringsOffset = -1;
    std::vector<std::pair<qint64, qint64>> m_sampleTypes;
    qint64 m_sampleTypesOffset = -1;
    std::vector<Span> m_samples;
    std::vector<Span> m_locations;
    std::vector<Span> m_functions;
    std::pair<qint64, qint64> m_periodType{0, 0};
    qint64 m_periodTypeOffset = 0;
    std::vector<qint64> m_comments;
    qint64 m_commentsOffset = -1;
    qint64 m_timeNanos = 0;
    qint64 m_durationNanos = 0;
    qint64 m_period = 0;
    qint64 m_defaultSampleType = 0;
    qint64 m_defaultSampleTypeOffset = -1;
};

// The reference decoder: libprotobuf parses the whole message into an arena,
// then the same assembler builds the tree. Slower and hungrier (it decodes
// mappings, lines and file names too), kept to measure and cross-check the
// fast one. libprotobuf does not say where a parse failed.
ProfilePtr decodeWithLibprotobuf(const QByteArray &bytes, const std::string &source, Progress &progress)
{
    namespace pb = perftools::profiles;
    if (bytes.size() > INT_MAX)
        throw PprofError("larger than 2 GiB, which libprotobuf cannot parse", -1);
    google::protobuf::ArenaOptions options;
    options.start_block_size = 1 << 20;
    options.max_block_size = 16 << 20;
    auto arena = std::make_unique<google::protobuf::Arena>(options);
    auto *profile = google::protobuf::Arena::CreateMessage<pb::Profile>(arena.get());
    if (!profile->ParseFromArray(bytes.constData(), int(bytes.size())))
        throw PprofError("not a valid Profile message (libprotobuf could not parse it)", -1);

    std::vector<std::string_view> strings(profile->string_table().begin(), profile->string_table().end());
    PprofAssembler assembler(std::move(strings));
    std::vector<std::pair<qint64, qint64>> sampleTypes;
    for (const pb::ValueType &t : profile->sample_type())
        sampleTypes.emplace_back(t.type(), t.unit());
    assembler.setSampleTypes(sampleTypes, -1);
    ProfileMetadata &metadata = assembler.metadata();
    metadata.source = source;
    metadata.timeNanos = profile->time_nanos();
    metadata.durationNanos = profile->duration_nanos();
    metadata.period = profile->period();
    assembler.setPeriodType(profile->period_type().type(), profile->period_type().unit(), -1);
    for (const qint64 comment : profile->comment())
        assembler.addComment(comment, -1);
    assembler.setDefaultSampleType(profile->default_sample_type(), -1);

    assembler.reserveFunctions(size_t(profile->function_size()));
    for (const pb::Function &f : profile->function())
        assembler.addFunction(f.id(), f.name(), f.system_name(), -1);

    assembler.reserveLocations(size_t(profile->location_size()));
    std::vector<quint64> functionIds;
    for (const pb::Location &l : profile->location()) {
        functionIds.clear();
        for (const pb::Line &line : l.line())
            functionIds.push_back(line.function_id());
        assembler.addLocation(l.id(), l.address(), functionIds, -1);
    }

    std::vector<PprofRawLabel> labels;
    const int count = profile->sample_size();
    for (int i = 0; i < count; ++i) {
        if (i % 4096 == 0) {
            if (progress.isCanceled())
                return nullptr;
            progress.report(0.5 * double(i) / double(count));
        }
        const pb::Sample &s = profile->sample(i);
        labels.clear();
        for (const pb::Label &l : s.label())
            labels.push_back({l.key(), l.str(), l.num(), l.num_unit()});
        static_assert(sizeof(quint64) == sizeof(s.location_id(0)) && sizeof(qint64) == sizeof(s.value(0)));
        assembler.addSample(
            std::span<const quint64>(reinterpret_cast<const quint64 *>(s.location_id().data()), size_t(s.location_id_size())),
            std::span<const qint64>(reinterpret_cast<const qint64 *>(s.value().data()), size_t(s.value_size())), labels, -1);
    }

    assembler.releaseStrings();
    arena.reset(); // the parsed message, before the tree takes its memory
    ProgressSpan buildProgress(progress, 0.5, 1.0);
    return assembler.build(buildProgress);
}

PprofImporter::Decoder decoderFromEnvironment()
{
    const char *name = std::getenv("PYROGRAPH_PPROF_DECODER");
    return name && std::strcmp(name, "libprotobuf") == 0 ? PprofImporter::Decoder::Libprotobuf
                                                         : PprofImporter::Decoder::Fast;
}

// What a probe expects inside each message of profile.proto.
enum class Message { Profile, ValueType, Sample, Label, Mapping, Location, Line, Function, Bytes, Packed };

// The message a length-delimited field holds; Message::Profile means "this
// field may not be length-delimited". varintOk: the field may be a varint.
Message lengthDelimitedField(Message in, quint64 field, bool &varintOk)
{
    varintOk = false;
    switch (in) {
    case Message::Profile:
        switch (field) {
        case 1: case 11: return Message::ValueType;
        case 2: return Message::Sample;
        case 3: return Message::Mapping;
        case 4: return Message::Location;
        case 5: return Message::Function;
        case 6: return Message::Bytes;
        case 13: varintOk = true; return Message::Packed;
        case 7: case 8: case 9: case 10: case 12: case 14: case 15: varintOk = true; return Message::Profile;
        default: return Message::Profile;
        }
    case Message::ValueType: varintOk = field <= 2; return Message::Profile;
    case Message::Sample:
        if (field == 3)
            return Message::Label;
        varintOk = field <= 2;
        return field <= 2 ? Message::Packed : Message::Profile;
    case Message::Label: varintOk = field <= 4; return Message::Profile;
    case Message::Mapping: varintOk = field <= 10; return Message::Profile;
    case Message::Location:
        if (field == 4)
            return Message::Line;
        varintOk = field <= 5;
        return Message::Profile;
    case Message::Line: varintOk = field <= 3; return Message::Profile;
    case Message::Function: varintOk = field <= 5; return Message::Profile;
    default: return Message::Profile;
    }
}

// Checks that [p, end) could be the start of a message of this kind: every tag
// is a field of that message with an allowed wire type, nested messages
// recursively so. A field cut by the end of the head is fine.
struct ProbeWalk
{
    const Byte *end;
    int tables = 0; // non-empty sample types, samples, mappings, locations, functions seen
    bool sawString = false;

    bool varint(const Byte *&p, const Byte *limit, quint64 &value) const
    {
        value = 0;
        for (int shift = 0; shift < 64 && p < limit; shift += 7) {
            const Byte b = *p++;
            value |= quint64(b & 0x7f) << shift;
            if (b < 0x80)
                return true;
        }
        return false;
    }

    // false: not this kind of message. A message cut by the end of the head is
    // judged on the bytes there are.
    bool walk(const Byte *p, const Byte *limit, Message kind, int depth)
    {
        while (p < limit) {
            quint64 tag, value;
            if (!varint(p, limit, tag))
                return limit == end; // cut by the head, or malformed
            bool varintOk;
            const Message nested = lengthDelimitedField(kind, tag >> 3, varintOk);
            const int wireType = int(tag & 7);
            if (wireType == 0 && varintOk) {
                if (!varint(p, limit, value))
                    return limit == end && p == end;
                continue;
            }
            if (wireType != 2 || nested == Message::Profile)
                return false;
            if (!varint(p, limit, value))
                return limit == end && p == end;
            const Byte *fieldEnd = value > quint64(limit - p) ? limit : p + value;
            if (fieldEnd == limit && limit != end && value > quint64(limit - p))
                return false; // longer than its enclosing message
            if (kind == Message::Profile && tag >> 3 <= 5 && value > 0)
                ++tables;
            if (nested == Message::Bytes) {
                // profile.proto: string_table[0] is "", and it comes first.
                if (!sawString && value != 0)
                    return false;
                sawString = true;
            } else if (nested == Message::Packed) {
                const Byte *q = p;
                quint64 v;
                while (q < fieldEnd)
                    if (!varint(q, fieldEnd, v) && fieldEnd != end)
                        return false;
            } else if (depth < 3 && !walk(p, fieldEnd, nested, depth + 1)) {
                return false;
            }
            p = fieldEnd;
        }
        return true;
    }
};
} // namespace

PprofImporter::PprofImporter()
    : m_decoder(decoderFromEnvironment())
{}

PprofImporter::PprofImporter(Decoder decoder)
    : m_decoder(decoder)
{}

QString PprofImporter::formatName() const
{
    return QStringLiteral("pprof");
}

bool PprofImporter::probe(std::string_view head) const
{
    // The head is already inflated, and gzip alone proves nothing (collapsed text
    // is gzipped too). Every field in the head must be a Profile field with its
    // wire type, nested messages recursively so, string_table[0] must be "", and
    // at least one table (sample types, samples, ...) must be there. ASCII text
    // fails: few letters are Profile tags, and the nested messages' tags are
    // control characters.
    const Byte *begin = reinterpret_cast<const Byte *>(head.data());
    ProbeWalk walk{begin + head.size()};
    return walk.walk(begin, walk.end, Message::Profile, 0) && walk.tables > 0;
}

ImportResult PprofImporter::read(InputStream &input, Progress &progress) const
{
    QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.source() + QStringLiteral(": pprof: ") + input.error());
    return decode(std::move(bytes), input.source(), progress);
}

ImportResult PprofImporter::decode(QByteArray message, const QString &source, Progress &progress) const
{
    try {
        const std::string name = source.toStdString();
        ProfilePtr profile = m_decoder == Decoder::Libprotobuf ? decodeWithLibprotobuf(message, name, progress)
                                                               : FastDecoder(std::move(message), name, progress).decode();
        if (!profile)
            return ImportResult::cancellation();
        ImportResult result;
        result.profile = std::move(profile);
        return result;
    } catch (const PprofError &e) {
        QString text = source + QStringLiteral(": pprof: ") + QString::fromUtf8(e.what());
        if (e.offset >= 0)
            text += QStringLiteral(" at byte ") + QString::number(e.offset);
        return ImportResult::failure(text);
    } catch (const std::bad_alloc &) {
        return ImportResult::failure(source + QStringLiteral(": pprof: out of memory"));
    }
}
