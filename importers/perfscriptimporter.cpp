#include "perfscriptimporter.h"

#include "inputstream.h"
#include "parallelchunkreader.h"
#include "perfchunksplitter.h"
#include "perfprofilemerger.h"
#include "perfscriptlexer.h"
#include "perfscriptparser.h"
#include "model/progress.h"
#include "model/progressspan.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under PerfScriptImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerfScriptImporter)
};
} // namespace

QString PerfScriptImporter::formatName() const
{
    return QStringLiteral("perf script");
}

bool PerfScriptImporter::probe(std::string_view head) const
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    // The first line that is neither a comment nor blank must be a sample header
    // with an event ("comm pid time: period event:", or without the time:
    // "java 19983 cycles:"); the line after it, when the head holds it, a frame,
    // a header or the blank line that ends the sample.
    bool sawHeader = false;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        if (nl == std::string_view::npos && sawHeader)
            return true; // the next line is cut off by the head
        std::string_view line = head.substr(0, nl);
        head = nl == std::string_view::npos ? std::string_view() : head.substr(nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (sawHeader) {
            // A frame, indented or not (`perf script -F comm,pid,event,ip,sym,dso`
            // writes them flush left), the next sample's header, or the blank
            // line that ends a sample: what stackcollapse-perf.pl reads next.
            std::string_view rawFunc, module;
            PerfScriptLexer::Header next;
            return line.empty() || PerfScriptLexer::frame(line, &rawFunc, &module)
                || (!PerfScriptLexer::isSpace(line[0]) && PerfScriptLexer::header(line, &next));
        }
        if (line.empty() || line[0] == '#')
            continue;
        if (std::all_of(line.begin(), line.end(), PerfScriptLexer::isSpace))
            continue;
        PerfScriptLexer::Header h;
        if (!PerfScriptLexer::header(line, &h) || line.find_last_not_of(" \t\r") == std::string_view::npos
            || line[line.find_last_not_of(" \t\r")] != ':')
            return false;
        sawHeader = true;
    }
    return sawHeader;
}

ImportResult PerfScriptImporter::read(InputStream &input, Progress &progress) const
{
    // Workers parse chunks that end on sample boundaries, each with its own
    // tables. They must agree on the default event, so the head names it; a
    // head without a sample header (a long preamble) is parsed in one worker,
    // in file order, which needs no agreement.
    const std::string defaultEvent = PerfChunkSplitter::firstEvent(input.peek(65536));
    ParallelChunkReader reader(input);
    reader.setCut(PerfChunkSplitter::sampleBoundary);
    if (defaultEvent.empty())
        reader.setSequential();
    std::vector<std::unique_ptr<PerfScriptParser>> parsers;
    for (int w = 0; w < reader.workerCount(); ++w)
        parsers.push_back(std::make_unique<PerfScriptParser>(defaultEvent));
    std::mutex recordsMutex;
    std::vector<PerfChunkRecord> records;
    const ParallelChunkReader::Outcome outcome
        = reader.run(progress, 0.8, [&](int worker, size_t index, std::string_view chunk) {
              PerfChunkRecord record = parsers[size_t(worker)]->parse(index, chunk);
              std::lock_guard lock(recordsMutex);
              records.push_back(std::move(record));
          });
    if (outcome == ParallelChunkReader::Outcome::Failed)
        return ImportResult::failure(reader.error()); // the input's own message, which names the source
    if (outcome == ParallelChunkReader::Outcome::Canceled)
        return ImportResult::cancellation();
    qint64 samples = 0;
    for (const PerfChunkRecord &record : records)
        samples += record.samples;
    if (samples == 0)
        return ImportResult::failure(Text::tr("%1: %2: no samples found (expected `comm pid time: "
                                              "period event:` lines followed by stack frames)")
                                         .arg(input.source(), formatName()));
    ProgressSpan buildProgress(progress, 0.8, 1.0);
    return PerfProfileMerger::merge(parsers, records, input.source(), buildProgress);
}
