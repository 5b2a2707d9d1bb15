#pragma once

#include <string>
#include <string_view>

// Function names are data, never markup: the SVG and HTML exports pass every
// name through here. Invalid UTF-8 (a lone continuation byte, a truncated or
// overlong sequence, a surrogate) becomes U+FFFD, so the files are always valid
// UTF-8 whatever the profile held.
class ExportEscape final
{
public:
    // XML character data or a quoted attribute value: & < > " ' escaped, and the
    // control characters XML 1.0 forbids even as references (all below U+0020
    // but tab, newline and carriage return, and U+FFFE/U+FFFF) replaced by U+FFFD.
    static void appendXml(std::string &out, std::string_view utf8);
    // A JSON string with its quotes. Besides JSON's own escapes, < > & and
    // U+2028/U+2029 are written as \u escapes, so the text can sit inside
    // <script type="application/json"> (no "</script>" or "<!--" can form) and
    // be evaluated as JavaScript alike.
    static void appendJsonString(std::string &out, std::string_view utf8);
    static std::string xml(std::string_view utf8);
    static std::string jsonString(std::string_view utf8);

    // Calls visit(codePoint) for each code point, U+FFFD for each invalid byte.
    template<typename F>
    static void decodeUtf8(std::string_view utf8, F &&visit);
};

template<typename F>
void ExportEscape::decodeUtf8(std::string_view s, F &&visit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            visit(char32_t(c));
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0, min = 0;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            cp = c & 0x1f;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            cp = c & 0x0f;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            cp = c & 0x07;
            min = 0x10000;
        }
        bool ok = length > 0 && i + size_t(length) <= n;
        for (int k = 1; ok && k < length; ++k) {
            if ((p[i + size_t(k)] & 0xc0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + size_t(k)] & 0x3f);
        }
        if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)))
            ok = false;
        if (!ok) {
            visit(char32_t(0xfffd));
            ++i; // resynchronise on the next byte
            continue;
        }
        visit(cp);
        i += size_t(length);
    }
}
