#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class JfrByteReader;

// The types of one JFR chunk, from its metadata event: each class with its id,
// name and fields in the order their values are written. Readers look fields
// up by name, so the JDK's and async-profiler's layouts (which differ) both read.
class JfrMetadata final
{
public:
    // How a value of a class is written, for the classes that are not a list of fields.
    enum class Primitive : quint8 {
        None,
        Boolean,
        Byte,
        Char,
        Short,
        Int,
        Long,
        Float,
        Double,
        String
    };

    struct Field
    {
        std::string name;
        quint64 typeId = 0;
        bool array = false;
        bool constantPool = false; // the value is a key into the type's constant pool
    };
    struct Class
    {
        quint64 id = 0;
        std::string name;
        std::string superType;
        Primitive primitive = Primitive::None;
        std::vector<Field> fields;
        // The index of a field in fields, or -1.
        int fieldIndex(std::string_view name) const;
    };

    // Reads the metadata event at the reader's position (its size and type
    // first); throws JfrError on a malformed one.
    static JfrMetadata read(JfrByteReader &reader);

    const Class *byId(quint64 id) const;
    const Class *byName(std::string_view name) const;

private:
    std::vector<Class> m_classes;
    std::unordered_map<quint64, size_t> m_byId;
    std::unordered_map<std::string, size_t> m_byName;
};
