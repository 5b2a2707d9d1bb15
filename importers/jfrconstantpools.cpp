#include "jfrconstantpools.h"

#include "jfrbytereader.h"

#include <QCoreApplication>

#include <unordered_set>

namespace {
// lupdate files Text::tr("...") under JfrConstantPools.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JfrConstantPools)
};

// The JDK's checkpoint event type; async-profiler writes the same.
constexpr qint64 checkpointType = 1;
} // namespace

void JfrConstantPools::load(JfrValueReader &values, qint64 firstOffset)
{
    JfrByteReader &reader = values.reader();
    std::unordered_set<qint64> visited;
    qint64 offset = firstOffset;
    while (true) {
        if (!visited.insert(offset).second)
            reader.failAt(
                Text::tr("the constant pool chain comes back to the checkpoint at byte %1")
                    .arg(offset),
                offset);
        reader.seek(offset, QT_TRANSLATE_NOOP("JfrByteReader", "constant pool offset"));
        const qint64 size = reader.readInt();
        if (size <= 0 || size > reader.end() - offset)
            reader.failAt(Text::tr("checkpoint event size %1 runs past its chunk").arg(size),
                          offset);
        const qint64 type = reader.readLong();
        if (type != checkpointType)
            reader.failAt(Text::tr("the constant pool offset points at an event of type %1, not at "
                                   "a checkpoint (type 1)")
                              .arg(type),
                          offset);
        reader.readLong(); // start time
        reader.readLong(); // duration
        const qint64 delta = reader.readLong();
        reader.u8(); // checkpoint kind (flush, header, statics, thread)
        const qint64 pools =
            reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "constant pool count"));
        for (qint64 p = 0; p < pools; ++p) {
            const quint64 typeId = quint64(reader.readLong());
            if (!values.metadata().byId(typeId))
                reader.fail(Text::tr("a constant pool of the undeclared type id %1").arg(typeId));
            const qint64 count =
                reader.readCount(QT_TRANSLATE_NOOP("JfrByteReader", "constant count"));
            auto &pool = m_offsets[typeId];
            for (qint64 c = 0; c < count; ++c) {
                const qint64 key = reader.readLong();
                pool[key] = reader.position();
                values.read(typeId, nullptr);
            }
        }
        if (reader.position() > offset + size)
            reader.failAt(Text::tr("checkpoint event runs past its size of %1 bytes").arg(size),
                          offset);
        ++m_checkpoints;
        if (delta == 0)
            break;
        offset += delta;
    }
}

bool JfrConstantPools::resolve(JfrValueReader &values, quint64 typeId, qint64 key,
                               JfrValue *out) const
{
    const auto pool = m_offsets.find(typeId);
    if (pool == m_offsets.end())
        return false;
    const auto entry = pool->second.find(key);
    if (entry == pool->second.end())
        return false;
    JfrByteReader &reader = values.reader();
    const qint64 saved = reader.position();
    reader.seek(entry->second, QT_TRANSLATE_NOOP("JfrByteReader", "constant offset"));
    *out = JfrValue();
    values.read(typeId, out);
    reader.seek(saved, QT_TRANSLATE_NOOP("JfrByteReader", "event offset"));
    return true;
}

const JfrValue *JfrConstantPools::follow(JfrValueReader &values, const JfrValue *value,
                                         JfrValue &storage) const
{
    if (!value || value->kind != JfrValue::Kind::Ref)
        return value;
    return resolve(values, value->typeId, value->integer, &storage) ? &storage : nullptr;
}
