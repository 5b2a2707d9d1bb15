#pragma once

#include <QtGlobal>

#include <array>
#include <cstring>
#include <string_view>

// The lines of `perf script` text, matched the way FlameGraph's
// stackcollapse-perf.pl matches them (its regexes by hand, backtracking
// included), so that a file splits into samples and frames as it does there.
// Views into the line: nothing is copied.
class PerfScriptLexer final
{
public:
    // A sample's first line: "comm pid/tid time: period event:".
    struct Header
    {
        std::string_view comm;
        std::string_view pid; // empty when the line has only one number (the tid)
        std::string_view tid;
        std::string_view event; // empty when the event part did not match
        qint64 period = 1;
        qint64 timeNanos = 0;
        bool hasTime = false;
    };

    // /^(\S.+?)\s+(\d+)\/*(\d+)*\s+/ and, on the same line, /:\s*(\d+)*\s+(\S+):\s*$/.
    static bool header(std::string_view line, Header *h);
    // /^\s*(\w+)\s*(.+) \((.*)\)/: the symbol (with its offset) and the module.
    static bool frame(std::string_view line, std::string_view *rawFunc, std::string_view *module);
    // s/\+0x[\da-f]+$//: the symbol without its offset.
    static std::string_view withoutOffset(std::string_view rawFunc)
    {
        const size_t k = rawFunc.size() - trailingHexDigits(rawFunc);
        if (k < rawFunc.size() && k >= 3 && rawFunc.substr(k - 3, 3) == "+0x")
            return rawFunc.substr(0, k - 3);
        return rawFunc;
    }
    // "198789.478194" (seconds) in nanoseconds; false when it is not a time.
    static bool seconds(std::string_view token, qint64 *nanos);

    // Perl's \s, \d, \w (ASCII: stackcollapse-perf.pl reads bytes), as a table:
    // these run over every byte of the indentation and address of each frame line.
    enum CharClass : quint8 { Space = 1, Digit = 2, Word = 4 };
    static constexpr std::array<quint8, 256> charClasses = [] {
        std::array<quint8, 256> table{};
        for (char c : std::string_view(" \t\r\n\f\v"))
            table[quint8(c)] = Space;
        for (int c = '0'; c <= '9'; ++c)
            table[size_t(c)] = Digit | Word;
        for (int c = 'a'; c <= 'z'; ++c)
            table[size_t(c)] = Word;
        for (int c = 'A'; c <= 'Z'; ++c)
            table[size_t(c)] = Word;
        table[quint8('_')] = Word;
        return table;
    }();
    static bool isSpace(char c) { return charClasses[quint8(c)] & Space; }
    static bool isDigit(char c) { return charClasses[quint8(c)] & Digit; }
    static bool isWord(char c) { return charClasses[quint8(c)] & Word; }

    // How many of s's last bytes are lower-case hex digits (the offset in
    // "sym+0x1a2f"), eight bytes a step: a byte loop cost a mispredicted exit
    // per frame line, 5% of a perf script parse.
    static size_t trailingHexDigits(std::string_view s)
    {
        size_t n = 0;
        for (; n + 8 <= s.size(); n += 8) {
            quint64 x;
            std::memcpy(&x, s.data() + s.size() - n - 8, 8);
            const quint64 hex = bytesInRange(x, '0', '9') | bytesInRange(x, 'a', 'f');
            const quint64 other = ~hex & 0x8080808080808080ull;
            if (other != 0)
                return n + size_t(__builtin_clzll(other) / 8); // the last byte is the most significant
        }
        while (n < s.size() && isLowerHex(s[s.size() - 1 - n]))
            ++n;
        return n;
    }

private:
    static bool isLowerHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f'); }
    // The bytes of x (little-endian) in [lo, hi], as their high bits; bytes >= 0x80 never.
    static constexpr quint64 bytesInRange(quint64 x, quint8 lo, quint8 hi)
    {
        constexpr quint64 ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
        const quint64 atLeastLo = (x | high) - ones * lo;
        const quint64 atMostHi = (ones * quint64(hi + 1) | high) - (x & ~high);
        return atLeastLo & atMostHi & ~x & high;
    }
};
