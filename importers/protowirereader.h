#pragma once

#include "pprofassembler.h"

#include <QtGlobal>

#include <string>
#include <vector>

// The protocol buffer wire format over one message, bounds-checked: every length
// and varint is validated against the end of its enclosing message, and errors
// name the byte offset in the whole input.
class ProtoWireReader final
{
public:
    using Byte = quint8;
    struct Span
    {
        const Byte *begin = nullptr;
        const Byte *end = nullptr;
    };

    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    ProtoWireReader(const Byte *base, Span span)
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
            throw PprofError(QT_TRANSLATE_NOOP("PprofError", "invalid field number %1"),
                             offsetOf(at), {QString::number(tag >> 3)});
        return true;
    }

    Span lengthDelimited()
    {
        const Byte *at = m_p;
        const quint64 length = varint();
        if (length > quint64(m_end - m_p))
            throw PprofError(
                QT_TRANSLATE_NOOP(
                    "PprofError",
                    "field length %1 runs past the end of its message (%2 bytes left)"),
                offsetOf(at), {QString::number(length), QString::number(m_end - m_p)});
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
                throw PprofError(QT_TRANSLATE_NOOP("PprofError", "truncated fixed-size field"),
                                 offsetOf(at));
            m_p += size;
            return;
        }
        case LengthDelimited:
            lengthDelimited();
            return;
        default:
            throw PprofError(QT_TRANSLATE_NOOP("PprofError", "unsupported wire type %1"),
                             offsetOf(at) - 1, {QString::number(wireType)});
        }
    }

    ProtoWireReader message() { return ProtoWireReader(m_base, lengthDelimited()); }

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
        ProtoWireReader packed(m_base, lengthDelimited());
        // At most one value per byte: write through a pointer, then trim.
        const size_t old = out.size();
        out.resize(old + size_t(packed.m_end - packed.m_p));
        T *o = out.data() + old;
        while (!packed.atEnd())
            *o++ = T(packed.varint());
        out.resize(size_t(o - out.data()));
    }

private:
    Q_NEVER_INLINE quint64 slowVarint();

    const Byte *m_base;
    const Byte *m_p;
    const Byte *m_end;
};
