#pragma once

#include "model/joboutcome.h"
#include "model/profile.h"

#include <QString>

class QIODevice;
class Progress;

// Writes a Profile in speedscope's file format, so it can be opened there: one
// "sampled" profile per sample type (named after the type, the default type
// active), one sample per node with self value, its stack root first, the
// node's self as its weight. Names are the shared frames; a name's first
// location detail (metadata().nameDetails, "file:line[:col]") becomes its file
// and line. Units speedscope lacks are written as "none".
//
// SpeedscopeImporter reads the result back with the same sample types and
// values (it recognises the "pyrograph" exporter). Per-sample labels are not
// written: speedscope has no place for them.
class SpeedscopeWriter final
{
public:
    // Streams to `out` (opened for writing): Failed with *error set when
    // writing failed, Cancelled when progress said so.
    static JobOutcome write(const Profile &profile, QIODevice &out, Progress &progress,
                            QString *error = nullptr);
    static QByteArray toJson(const Profile &profile);
};
