#pragma once

#include <string_view>

// Whether the head of an (inflated) input could be a pprof Profile message.
// gzip alone proves nothing (collapsed text is gzipped too), so the probe
// walks the wire format: every field must be a Profile field with its wire
// type, nested messages recursively so, string_table[0] must be "", and at
// least one table (sample types, samples, ...) must be there. ASCII text
// fails: few letters are Profile tags, and the nested messages' tags are
// control characters.
class PprofProbe final
{
public:
    static bool accepts(std::string_view head);
};
