#pragma once

#include "jfrmetadata.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

class JfrByteReader;

// One decoded JFR value: a number, a string, a reference into a constant pool
// (kept as its key, resolved by JfrConstantPools on demand), an object (its
// fields in the metadata's order) or an array.
struct JfrValue
{
    enum class Kind : quint8 { Null, Integer, Real, String, Ref, Object, Array };
    Kind kind = Kind::Null;
    quint64 typeId = 0; // Object: its class; Ref: the pool's class
    qint64 integer = 0; // Integer; Ref: the key
    double real = 0;
    std::string text;
    std::vector<JfrValue> items; // Object: fields; Array: elements
};

// Decodes (or skips) values of the chunk's classes from a JfrByteReader, by
// the metadata alone. Bounded three ways so that a hostile file cannot make it
// recurse, loop or allocate without end: nesting depth, array counts against
// the bytes left, and a budget of values per chunk (an array of a class with no
// fields takes no bytes, so the byte bound alone would not do).
class JfrValueReader final
{
public:
    JfrValueReader(const JfrMetadata &metadata, JfrByteReader &reader, qint64 budget);

    // out null: skip the value.
    void read(quint64 typeId, JfrValue *out) { read(typeId, out, 0); }
    // The value of an object's field, by name; null when absent.
    const JfrValue *field(const JfrValue &object, std::string_view name) const;
    const JfrMetadata &metadata() const { return m_metadata; }
    JfrByteReader &reader() { return m_reader; }
    quint64 stringTypeId() const { return m_stringType; }

private:
    void read(quint64 typeId, JfrValue *out, int depth);
    void readField(const JfrMetadata::Field &field, JfrValue *out, int depth);
    void readOne(const JfrMetadata::Field &field, JfrValue *out, int depth);
    void readString(JfrValue *out);
    void spend();

    const JfrMetadata &m_metadata;
    JfrByteReader &m_reader;
    qint64 m_budget;
    quint64 m_stringType = 0;
};
