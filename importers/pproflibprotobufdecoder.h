#pragma once

#include "model/profile.h"

#include <QByteArray>

#include <string>

class Progress;

// The reference decoder: libprotobuf parses the whole message into an arena,
// then the same assembler as the fast decoder's builds the tree. Slower and
// hungrier (it decodes mappings, lines and file names too), kept to measure
// and cross-check the fast one.
class PprofLibprotobufDecoder final
{
public:
    // The tree, or null when progress was canceled; throws PprofError, with no
    // offset: libprotobuf does not say where a parse failed.
    static ProfilePtr decode(const QByteArray &bytes, const std::string &source, Progress &progress);
};
