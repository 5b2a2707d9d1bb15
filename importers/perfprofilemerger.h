#pragma once

#include "importresult.h"
#include "perfscriptparser.h"

#include <QString>

#include <memory>
#include <vector>

class Progress;

// The workers' stacks, names, label sets and events in one profile. The chunk
// records, put back in file order, give the order of the events (the first is
// the default sample type), the sample timestamps and the line numbers of the
// warnings, whichever worker parsed which chunk.
class PerfProfileMerger final
{
public:
    // Empties each parser's stack table as it goes, to keep peak memory down.
    static ImportResult merge(std::vector<std::unique_ptr<PerfScriptParser>> &parsers,
                              std::vector<PerfChunkRecord> &records, const QString &source, Progress &progress);
};
