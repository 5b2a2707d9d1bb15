#include "perfchunksplitter.h"

#include "perfscriptlexer.h"

size_t PerfChunkSplitter::sampleBoundary(std::string_view bytes)
{
    // Walks back line by line: a sample is a few dozen lines, so the walk is short.
    size_t lineEnd = bytes.rfind('\n');
    if (lineEnd == std::string_view::npos)
        return 0;
    for (;;) {
        const size_t previous = lineEnd == 0 ? std::string_view::npos : bytes.rfind('\n', lineEnd - 1);
        const size_t lineStart = previous == std::string_view::npos ? 0 : previous + 1;
        std::string_view line = bytes.substr(lineStart, lineEnd - lineStart);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            return lineEnd + 1;
        PerfScriptLexer::Header h;
        if (lineStart > 0 && line[0] != '#' && PerfScriptLexer::header(line, &h))
            return lineStart;
        if (previous == std::string_view::npos)
            return 0;
        lineEnd = previous;
    }
}

std::string PerfChunkSplitter::firstEvent(std::string_view head)
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        if (nl == std::string_view::npos)
            return {}; // the line may be cut off
        std::string_view line = head.substr(0, nl);
        head.remove_prefix(nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        PerfScriptLexer::Header h;
        if (!line.empty() && line[0] != '#' && PerfScriptLexer::header(line, &h))
            return h.event.empty() ? std::string("samples") : std::string(h.event);
    }
    return {};
}
