#pragma once

#include <string>
#include <string_view>

// Where `perf script` text may be cut into chunks that workers parse apart,
// and what they must agree on before they start.
class PerfChunkSplitter final
{
public:
    // A cut that parsing the chunks apart does not change: after a blank line
    // (it ends the open sample) or before a sample header (it starts a new
    // one), at or before the last complete line. 0 when bytes hold none yet.
    static size_t sampleBoundary(std::string_view bytes);
    // The first sample's event, which every worker takes as the default sample
    // type (its column 0); empty when head holds no complete sample header.
    static std::string firstEvent(std::string_view head);
};
