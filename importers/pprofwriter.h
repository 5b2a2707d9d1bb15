#pragma once

#include "model/profile.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// A Profile as gzipped pprof (google/pprof's profile.proto), which `go tool
// pprof`, Pyroscope and PprofImporter read. One Function and one Location per
// name, one Sample per node with a non-zero self value (leaf first, as pprof
// wants), with every sample type, the default sample type, time, duration,
// period and comments. Labelled samples keep their labels ("208 bytes" goes
// back as a numeric label with its unit); the rest of a node's self is one
// unlabelled sample. Reading it back gives the same tree and values.
class PprofWriter final
{
public:
    static bool write(const Profile &profile, QIODevice &out, QString *error = nullptr);
    // gzip-compressed
    static QByteArray toBytes(const Profile &profile);
    // the Profile message itself, uncompressed
    static QByteArray encode(const Profile &profile);
};
