#include "jfrconstantpools.h"

#include "jfrbytereader.h"

#include <unordered_set>

namespace {
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
            reader.failAt("the constant pool chain comes back to the checkpoint at byte "
                              + std::to_string(offset),
                          offset);
        reader.seek(offset, "constant pool offset");
        const qint64 size = reader.readInt();
        if (size <= 0 || size > reader.end() - offset)
            reader.failAt("checkpoint event size " + std::to_string(size) + " runs past its chunk",
                          offset);
        const qint64 type = reader.readLong();
        if (type != checkpointType)
            reader.failAt("the constant pool offset points at an event of type "
                              + std::to_string(type) + ", not at a checkpoint (type 1)",
                          offset);
        reader.readLong(); // start time
        reader.readLong(); // duration
        const qint64 delta = reader.readLong();
        reader.u8(); // checkpoint kind (flush, header, statics, thread)
        const qint64 pools = reader.readCount("constant pool count");
        for (qint64 p = 0; p < pools; ++p) {
            const quint64 typeId = quint64(reader.readLong());
            if (!values.metadata().byId(typeId))
                reader.fail("a constant pool of the undeclared type id " + std::to_string(typeId));
            const qint64 count = reader.readCount("constant count");
            auto &pool = m_offsets[typeId];
            for (qint64 c = 0; c < count; ++c) {
                const qint64 key = reader.readLong();
                pool[key] = reader.position();
                values.read(typeId, nullptr);
            }
        }
        if (reader.position() > offset + size)
            reader.failAt("checkpoint event runs past its size of " + std::to_string(size)
                              + " bytes",
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
    reader.seek(entry->second, "constant offset");
    *out = JfrValue();
    values.read(typeId, out);
    reader.seek(saved, "event offset");
    return true;
}

const JfrValue *JfrConstantPools::follow(JfrValueReader &values, const JfrValue *value,
                                         JfrValue &storage) const
{
    if (!value || value->kind != JfrValue::Kind::Ref)
        return value;
    return resolve(values, value->typeId, value->integer, &storage) ? &storage : nullptr;
}
