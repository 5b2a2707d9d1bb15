#pragma once

#include "jfrvaluereader.h"

#include <QtGlobal>

#include <unordered_map>

// The constant pools of one JFR chunk: the checkpoint events, reached from the
// header's offset and chained backwards by their deltas, each holding pools of
// (key, value) per class. Only where each value starts is kept; resolve()
// decodes a value when it is asked for, so memory follows the keys, not the
// values (a recording's stack traces would take gigabytes decoded).
class JfrConstantPools final
{
public:
    // Reads the chain from the checkpoint at firstOffset; throws JfrError on a
    // chain that leaves the chunk or comes back on itself, or a malformed pool.
    void load(JfrValueReader &values, qint64 firstOffset);
    // The value of key in the pool of typeId into *out; false when absent.
    // Moves the reader and puts it back.
    bool resolve(JfrValueReader &values, quint64 typeId, qint64 key, JfrValue *out) const;
    // A value that is a Ref resolved, else the value itself; null when absent.
    const JfrValue *follow(JfrValueReader &values, const JfrValue *value, JfrValue &storage) const;
    qsizetype checkpointCount() const { return m_checkpoints; }

private:
    std::unordered_map<quint64, std::unordered_map<qint64, qint64>>
        m_offsets; // type -> key -> offset
    qsizetype m_checkpoints = 0;
};
