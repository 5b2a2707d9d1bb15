#include "jfrvaluereader.h"

#include "jfrbytereader.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cstring>

namespace {
// lupdate files Text::tr("...") under JfrValueReader.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JfrValueReader)
};

// The JDK's deepest inline nesting is an event's stack trace's frames (three);
// async-profiler's is the same.
constexpr int maxDepth = 32;
} // namespace

JfrValueReader::JfrValueReader(const JfrMetadata &metadata, JfrByteReader &reader, qint64 budget)
    : m_metadata(metadata), m_reader(reader), m_budget(budget)
{
    if (const JfrMetadata::Class *string = metadata.byName("java.lang.String"))
        m_stringType = string->id;
}

void JfrValueReader::spend()
{
    if (--m_budget < 0)
        m_reader.fail(
            Text::tr("more values than a chunk of this size can hold (a loop of empty values?)"));
}

const JfrValue *JfrValueReader::field(const JfrValue &object, std::string_view name) const
{
    if (object.kind != JfrValue::Kind::Object)
        return nullptr;
    const JfrMetadata::Class *cls = m_metadata.byId(object.typeId);
    if (!cls)
        return nullptr;
    const int index = cls->fieldIndex(name);
    return index < 0 || size_t(index) >= object.items.size() ? nullptr
                                                             : &object.items[size_t(index)];
}

void JfrValueReader::readString(JfrValue *out)
{
    const qint64 at = m_reader.position();
    const quint8 encoding = m_reader.u8();
    switch (encoding) {
    case 0: // null
        return;
    case 1: // empty
        if (out)
            out->kind = JfrValue::Kind::String;
        return;
    case 2: { // a key into java.lang.String's pool
        const qint64 key = m_reader.readLong();
        if (out) {
            out->kind = JfrValue::Kind::Ref;
            out->typeId = m_stringType;
            out->integer = key;
        }
        return;
    }
    case 3:   // UTF-8
    case 5: { // Latin-1
        const qint64 length =
            m_reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "string length"));
        const std::string_view bytes =
            m_reader.bytes(length, QT_TRANSLATE_NOOP("JfrByteReader", "string"));
        if (!out)
            return;
        out->kind = JfrValue::Kind::String;
        if (encoding == 3) {
            out->text.assign(bytes);
        } else {
            out->text.clear();
            for (const char c : bytes) {
                const quint8 b = quint8(c);
                if (b < 0x80) {
                    out->text.push_back(c);
                } else {
                    out->text.push_back(char(0xc0 | (b >> 6)));
                    out->text.push_back(char(0x80 | (b & 0x3f)));
                }
            }
        }
        return;
    }
    case 4: { // UTF-16 code units, each a compressed char
        std::string text = m_reader.utf16String(
            m_reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "string length")));
        if (out) {
            out->kind = JfrValue::Kind::String;
            out->text = std::move(text);
        }
        return;
    }
    default:
        m_reader.failAt(Text::tr("string with the unknown encoding %1").arg(encoding), at);
    }
}

void JfrValueReader::read(quint64 typeId, JfrValue *out, int depth)
{
    spend();
    if (depth > maxDepth)
        m_reader.fail(Text::tr("values nested deeper than %1").arg(maxDepth));
    const JfrMetadata::Class *cls = m_metadata.byId(typeId);
    if (!cls)
        m_reader.fail(Text::tr("a value of the undeclared type id %1").arg(typeId));
    using P = JfrMetadata::Primitive;
    const auto integer = [out](qint64 value) {
        if (out) {
            out->kind = JfrValue::Kind::Integer;
            out->integer = value;
        }
    };
    switch (cls->primitive) {
    case P::Boolean:
    case P::Byte:
        integer(qint8(m_reader.u8()));
        return;
    case P::Char:
    case P::Short:
        integer(m_reader.readShort());
        return;
    case P::Int:
        integer(m_reader.readInt());
        return;
    case P::Long:
        integer(m_reader.readLong());
        return;
    case P::Float: {
        const float value = std::bit_cast<float>(m_reader.u32());
        if (out) {
            out->kind = JfrValue::Kind::Real;
            out->real = value;
        }
        return;
    }
    case P::Double: {
        const double value = std::bit_cast<double>(m_reader.u64());
        if (out) {
            out->kind = JfrValue::Kind::Real;
            out->real = value;
        }
        return;
    }
    case P::String:
        readString(out);
        return;
    case P::None:
        break;
    }
    if (out) {
        out->kind = JfrValue::Kind::Object;
        out->typeId = typeId;
        out->items.resize(cls->fields.size());
    }
    for (size_t i = 0; i < cls->fields.size(); ++i)
        readField(cls->fields[i], out ? &out->items[i] : nullptr, depth + 1);
}

void JfrValueReader::readField(const JfrMetadata::Field &field, JfrValue *out, int depth)
{
    if (!field.array) {
        readOne(field, out, depth);
        return;
    }
    const qint64 count = m_reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "array length"));
    if (!out) {
        for (qint64 i = 0; i < count; ++i)
            readOne(field, nullptr, depth);
        return;
    }
    out->kind = JfrValue::Kind::Array;
    // Grown as elements are read, so the budget stops a huge count before memory does.
    out->items.reserve(size_t(std::min<qint64>(count, 1024)));
    for (qint64 i = 0; i < count; ++i)
        readOne(field, &out->items.emplace_back(), depth);
}

void JfrValueReader::readOne(const JfrMetadata::Field &field, JfrValue *out, int depth)
{
    if (!field.constantPool) {
        read(field.typeId, out, depth);
        return;
    }
    spend();
    const qint64 key = m_reader.readLong();
    if (out) {
        out->kind = JfrValue::Kind::Ref;
        out->typeId = field.typeId;
        out->integer = key;
    }
}
