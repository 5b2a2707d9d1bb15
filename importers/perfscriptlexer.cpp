#include "perfscriptlexer.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace {
qint64 parseDigits(std::string_view digits)
{
    qint64 v = 0;
    for (char c : digits) {
        if (v > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max(); // saturate: a period never gets near
        v = v * 10 + (c - '0');
    }
    return v;
}
} // namespace

bool PerfScriptLexer::seconds(std::string_view token, qint64 *nanos)
{
    const size_t dot = token.find('.');
    const std::string_view sec = token.substr(0, dot);
    if (sec.empty() || sec.size() > 12 || !std::all_of(sec.begin(), sec.end(), isDigit))
        return false;
    // Twelve digits of seconds fit the pattern, not a qint64 of nanoseconds.
    const qint64 whole = parseDigits(sec);
    if (whole > std::numeric_limits<qint64>::max() / 1000000000 - 1)
        return false;
    qint64 ns = whole * 1000000000;
    if (dot != std::string_view::npos) {
        const std::string_view frac = token.substr(dot + 1);
        if (!std::all_of(frac.begin(), frac.end(), isDigit))
            return false;
        qint64 scale = 100000000;
        for (size_t i = 0; i < frac.size() && scale > 0; ++i, scale /= 10)
            ns += (frac[i] - '0') * scale;
    }
    *nanos = ns;
    return true;
}


bool PerfScriptLexer::header(std::string_view line, Header *h)
{
    const size_t n = line.size();
    if (n == 0 || isSpace(line[0]))
        return false;
    bool matched = false;
    // (\S.+?) is lazy: the shortest comm that lets the rest match wins.
    for (size_t i = 2; i < n && !matched; ++i) {
        if (!isSpace(line[i]))
            continue;
        size_t j = i;
        while (j < n && isSpace(line[j]))
            ++j;
        size_t k = j;
        while (k < n && isDigit(line[k]))
            ++k;
        if (k == j)
            continue;
        const size_t firstEnd = k;
        while (k < n && line[k] == '/')
            ++k;
        const size_t second = k;
        while (k < n && isDigit(line[k]))
            ++k;
        if (k >= n || !isSpace(line[k]))
            continue;
        h->comm = line.substr(0, i);
        const std::string_view first = line.substr(j, firstEnd - j);
        const std::string_view tid = line.substr(second, k - second);
        // Perl's `not $tid` is also true for "0".
        if (tid.empty() || tid == "0") {
            h->tid = first;
            h->pid = {};
        } else {
            h->pid = first;
            h->tid = tid;
        }
        matched = true;
    }
    if (!matched)
        return false;

    h->event = {};
    h->period = 1;
    h->hasTime = false;
    size_t e = n;
    while (e > 0 && isSpace(line[e - 1]))
        --e;
    if (e == 0 || line[e - 1] != ':')
        return true;
    const size_t eventEnd = e - 1;
    size_t s = eventEnd;
    while (s > 0 && !isSpace(line[s - 1]))
        --s;
    if (s == eventEnd || s == 0)
        return true;
    // Without the ": period" part the Perl regex fails and the script counts the
    // sample unfiltered with period 1 ("node 31912 cpu-clock:"); the last token
    // still names its event for us.
    h->event = line.substr(s, eventEnd - s);
    size_t w = s;
    while (w > 0 && isSpace(line[w - 1]))
        --w;
    if (w == 0)
        return true;
    size_t colon;
    std::string_view period;
    if (line[w - 1] == ':') {
        colon = w - 1;
    } else if (isDigit(line[w - 1])) {
        size_t d = w;
        while (d > 0 && isDigit(line[d - 1]))
            --d;
        size_t c = d;
        while (c > 0 && isSpace(line[c - 1]))
            --c;
        if (c == 0 || line[c - 1] != ':')
            return true;
        colon = c - 1;
        period = line.substr(d, w - d);
    } else {
        return true;
    }
    const qint64 p = parseDigits(period);
    h->period = p == 0 ? 1 : p; // Perl's `not $period`: absent or 0 count 1
    size_t t = colon;
    while (t > 0 && !isSpace(line[t - 1]))
        --t;
    h->hasTime = seconds(line.substr(t, colon - t), &h->timeNanos);
    return true;
}

// stackcollapse-perf.pl's /^\s*(\w+)\s*(.+) \((.*)\)/ by hand, backtracking included:
// the symbol runs to the last " (" that a ')' follows, the module to the last ')'.
bool PerfScriptLexer::frame(std::string_view line, std::string_view *rawFunc, std::string_view *module)
{
    const size_t n = line.size();
    size_t i = 0;
    while (i < n && isSpace(line[i]))
        ++i;
    const size_t pcStart = i;
    while (i < n && isWord(line[i]))
        ++i;
    if (i == pcStart)
        return false;
    while (i < n && isSpace(line[i]))
        ++i;
    const size_t rawStart = i;
    size_t lastParen = n;
    while (lastParen > rawStart && line[lastParen - 1] != ')')
        --lastParen;
    if (lastParen <= rawStart || lastParen < 3)
        return false;
    --lastParen;
    // The last " (" that ends at or before lastParen.
    size_t open = std::string_view::npos;
    for (size_t end = lastParen; end > 0;) {
        const void *paren = memrchr(line.data(), '(', end);
        if (!paren)
            break;
        const size_t p = size_t(static_cast<const char *>(paren) - line.data());
        if (p > 0 && line[p - 1] == ' ') {
            open = p - 1;
            break;
        }
        end = p;
    }
    if (open == std::string_view::npos || open < pcStart + 2)
        return false;
    const size_t start = std::min(rawStart, open - 1);
    *rawFunc = line.substr(start, open - start);
    *module = line.substr(open + 2, lastParen - open - 2);
    return true;
}
