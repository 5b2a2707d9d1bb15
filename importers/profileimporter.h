#pragma once

#include "importresult.h"

#include <QString>

#include <string_view>

class InputStream;
class Progress;

// One input format. Detection is by content: probe() looks at the first
// decompressed bytes only.
class ProfileImporter
{
public:
    virtual ~ProfileImporter() = default;
    virtual QString formatName() const = 0; // "pprof", "collapsed", ...
    virtual bool probe(std::string_view head) const = 0;
    // Errors name input.source(), formatName() and where it failed.
    virtual ImportResult read(InputStream &input, Progress &progress) const = 0;
};
