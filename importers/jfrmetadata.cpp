#include "jfrmetadata.h"

#include "jfrbytereader.h"

#include <QCoreApplication>

#include <charconv>
#include <utility>

namespace {
// lupdate files Text::tr("...") under JfrMetadata.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JfrMetadata)
};


// Elements nest as root > metadata > class > field > annotation; anything
// deeper than this is not metadata a writer makes.
constexpr int maxElementDepth = 32;

struct Element
{
    std::string_view name;
    std::vector<std::pair<std::string_view, std::string_view>> attributes;

    std::string_view attribute(std::string_view key) const
    {
        for (const auto &[k, v] : attributes)
            if (k == key)
                return v;
        return {};
    }
};

class ElementReader
{
public:
    ElementReader(JfrByteReader &reader, const std::vector<std::string> &strings)
        : m_reader(reader), m_strings(strings)
    { }

    std::string_view string()
    {
        const qint64 at = m_reader.position();
        const qint64 index = m_reader.readInt();
        if (index < 0 || index >= qint64(m_strings.size()))
            m_reader.failAt(Text::tr("metadata string index %1 is not one of its %2 strings")
                                .arg(index)
                                .arg(m_strings.size()),
                            at);
        return m_strings[size_t(index)];
    }

    // Reads one element's name and attributes; returns its child count.
    qint64 head(Element &element)
    {
        element.name = string();
        element.attributes.clear();
        const qint64 attributes =
            m_reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "metadata attribute count"));
        for (qint64 i = 0; i < attributes; ++i) {
            const std::string_view key = string();
            element.attributes.emplace_back(key, string());
        }
        return m_reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "metadata child count"));
    }

    void skipChildren(qint64 children, int depth)
    {
        if (depth > maxElementDepth)
            m_reader.fail(Text::tr("metadata nested deeper than %1").arg(maxElementDepth));
        Element element;
        for (qint64 i = 0; i < children; ++i)
            skipChildren(head(element), depth + 1);
    }

    JfrByteReader &m_reader;
    const std::vector<std::string> &m_strings;
};

JfrMetadata::Primitive primitiveOf(std::string_view name)
{
    using P = JfrMetadata::Primitive;
    static const std::pair<std::string_view, P> names[] = {
        {"boolean", P::Boolean}, {"byte", P::Byte},     {"char", P::Char},
        {"short", P::Short},     {"int", P::Int},       {"long", P::Long},
        {"float", P::Float},     {"double", P::Double}, {"java.lang.String", P::String}};
    for (const auto &[n, p] : names)
        if (n == name)
            return p;
    return P::None;
}

// what: a Text::tr text whose %1 is the attribute's value.
quint64 parseId(std::string_view text, JfrByteReader &reader, const char *what)
{
    quint64 value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        reader.fail(Text::tr(what).arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    return value;
}

} // namespace

int JfrMetadata::Class::fieldIndex(std::string_view fieldName) const
{
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return int(i);
    return -1;
}

JfrMetadata JfrMetadata::read(JfrByteReader &reader)
{
    const qint64 start = reader.position();
    const qint64 size = reader.readInt();
    if (size <= 0 || size > reader.end() - start)
        reader.failAt(Text::tr("metadata event size %1 runs past its chunk").arg(size), start);
    const qint64 type = reader.readLong();
    if (type != 0)
        reader.failAt(Text::tr("the metadata offset points at an event of type %1, not at the "
                               "metadata event (type 0)")
                          .arg(type),
                      start);
    reader.readLong(); // start time
    reader.readLong(); // duration
    reader.readLong(); // metadata id
    const qint64 stringCount =
        reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "metadata string count"));
    std::vector<std::string> strings;
    strings.reserve(size_t(stringCount));
    for (qint64 i = 0; i < stringCount; ++i) {
        const qint64 at = reader.position();
        const quint8 encoding = reader.u8();
        if (encoding <= 1) {
            strings.emplace_back();
        } else if (encoding == 3 || encoding == 5) {
            const qint64 length =
                reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "metadata string length"));
            strings.emplace_back(
                reader.bytes(length, QT_TRANSLATE_NOOP("JfrByteReader", "metadata string")));
        } else if (encoding == 4) {
            strings.push_back(reader.utf16String(
                reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "metadata string length"))));
        } else {
            reader.failAt(Text::tr("metadata string with encoding %1").arg(encoding), at);
        }
    }

    JfrMetadata metadata;
    ElementReader elements(reader, strings);
    Element root;
    const qint64 rootChildren = elements.head(root);
    if (root.name != "root")
        reader.failAt(Text::tr("the metadata's first element is \"%1\", not \"root\"")
                          .arg(QString::fromUtf8(root.name.data(), qsizetype(root.name.size()))),
                      start);
    Element element;
    for (qint64 i = 0; i < rootChildren; ++i) {
        const qint64 children = elements.head(element);
        if (element.name != "metadata") {
            elements.skipChildren(children, 2);
            continue;
        }
        for (qint64 c = 0; c < children; ++c) {
            Element classElement;
            const qint64 classChildren = elements.head(classElement);
            if (classElement.name != "class") {
                elements.skipChildren(classChildren, 3);
                continue;
            }
            Class cls;
            cls.id = parseId(
                classElement.attribute("id"), reader,
                QT_TRANSLATE_NOOP("JfrMetadata", "metadata class id \"%1\" is not a number"));
            cls.name = std::string(classElement.attribute("name"));
            cls.superType = std::string(classElement.attribute("superType"));
            cls.primitive = primitiveOf(cls.name);
            for (qint64 f = 0; f < classChildren; ++f) {
                Element fieldElement;
                const qint64 fieldChildren = elements.head(fieldElement);
                if (fieldElement.name == "field") {
                    Field field;
                    field.name = std::string(fieldElement.attribute("name"));
                    field.typeId =
                        parseId(fieldElement.attribute("class"), reader,
                                QT_TRANSLATE_NOOP("JfrMetadata",
                                                  "metadata field class \"%1\" is not a number"));
                    field.array = fieldElement.attribute("dimension") == "1";
                    field.constantPool = fieldElement.attribute("constantPool") == "true";
                    cls.fields.push_back(std::move(field));
                }
                elements.skipChildren(fieldChildren, 4);
            }
            if (metadata.m_byId.contains(cls.id))
                reader.failAt(Text::tr("metadata declares class id %1 twice").arg(cls.id), start);
            metadata.m_byId.emplace(cls.id, metadata.m_classes.size());
            metadata.m_byName.emplace(cls.name, metadata.m_classes.size());
            metadata.m_classes.push_back(std::move(cls));
        }
    }
    if (reader.position() > start + size)
        reader.failAt(Text::tr("the metadata event runs past its size of %1 bytes").arg(size),
                      start);
    for (const Class &cls : metadata.m_classes)
        for (const Field &field : cls.fields)
            if (!metadata.byId(field.typeId))
                reader.failAt(
                    Text::tr("field %1.%2 has the undeclared type id %3")
                        .arg(QString::fromStdString(cls.name), QString::fromStdString(field.name))
                        .arg(field.typeId),
                    start);
    return metadata;
}

const JfrMetadata::Class *JfrMetadata::byId(quint64 id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_classes[it->second];
}

const JfrMetadata::Class *JfrMetadata::byName(std::string_view name) const
{
    const auto it = m_byName.find(std::string(name));
    return it == m_byName.end() ? nullptr : &m_classes[it->second];
}
