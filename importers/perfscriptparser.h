#pragma once

#include "perfframecache.h"
#include "perfscriptlexer.h"
#include "perfstacktable.h"
#include "perfsymbolnamer.h"

#include "model/labelindex.h"
#include "model/nameinterner.h"
#include "model/profilemetadata.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// What one chunk of the file held, for the merge to put back in file order.
struct PerfChunkRecord
{
    size_t index = 0;
    qint64 lines = 0;
    qint64 samples = 0;
    qint64 unrecognized = 0;
    qint64 firstUnrecognized = 0; // line number within the chunk
    std::vector<std::string> newEvents; // events in the order this chunk first used them
    SampleTimes times; // of the default event's samples, in file order
    std::vector<std::pair<std::string, std::string>> headerLabels;
};

// Parses chunks of perf script (cut by PerfChunkSplitter) into its own stack
// table, names, label sets and events: one per worker thread, merged after by
// PerfProfileMerger. Seeded with the file's first event, so that column 0 is
// the default sample type in every worker.
class PerfScriptParser final
{
public:
    explicit PerfScriptParser(const std::string &firstEvent);

    PerfChunkRecord parse(size_t index, std::string_view chunk);

    // For the merge, once every chunk is parsed.
    const NameInterner &names() const { return m_names; }
    NameInterner takeNames() { return std::move(m_names); } // leaves the parser done
    const std::vector<std::string> &events() const { return m_events; }
    const std::vector<LabelIndex::LabelSet> &labelSets() const { return m_labelSets; }
    const std::vector<std::string> &labelSetKeys() const { return m_labelSetKeys; }
    PerfStackTable &stacks() { return m_stacks; }

private:
    struct PendingFrame
    {
        std::string_view symbol; // without its offset
        std::string_view module;
        quint32 moduleId;
        quint64 hash;
    };

    void line(std::string_view line);
    void headerComment(std::string_view line);
    int eventColumn(std::string_view event);
    int addEvent(std::string_view event);
    qint32 labelSetFor(std::string_view comm, std::string_view pid, std::string_view tid);
    void startSample(const PerfScriptLexer::Header &h);
    void finishSample();
    void frame(std::string_view rawFunc, std::string_view module);
    quint32 moduleId(std::string_view module);
    void resolvePending();
    void resolve(PerfFrameCache &cache, const PendingFrame &f);

    NameInterner m_names;
    PerfSymbolNamer m_namer{m_names};
    PerfStackTable m_stacks;
    std::vector<std::string> m_events;
    int m_lastEvent = -1;
    std::vector<bool> m_eventSeen; // by this chunk
    std::vector<LabelIndex::LabelSet> m_labelSets;
    std::vector<std::string> m_labelSetKeys; // comm, pid and tid of each, for the merge
    std::unordered_map<std::string, qint32> m_labelSetIds;
    std::string m_key, m_lastKey;
    qint32 m_lastLabelSet = -1;
    std::string m_lastComm;
    NameId m_lastCommName;
    bool m_javaTidy = false;

    bool m_active = false;
    int m_column = 0;
    qint64 m_period = 1;
    qint64 m_time = 0;
    bool m_hasTime = false;
    qint32 m_labelSet = -1;
    std::vector<quint32> m_leafFirst;
    std::vector<quint32> m_rootFirst;
    std::vector<PendingFrame> m_pending; // this sample's frame lines not yet looked up
    PerfFrameCache m_frameCache[2]; // [1]: with the Java tidy (comm "java...")
    NameInterner m_modules;
    std::string m_lastModule;
    quint32 m_lastModuleId = NameId::invalidIndex;
    std::vector<quint32> m_frameCacheNames; // leaf-first name ids
    PerfChunkRecord *m_chunk = nullptr; // the chunk being parsed
};
