#include "exportescape.h"

namespace {
void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

bool isPlainAscii(std::string_view s, bool json)
{
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"')
            return false;
        if (json ? c == '\\' : c == '\'')
            return false;
    }
    return true;
}

void appendHex4(std::string &out, unsigned v)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    out += digits[(v >> 12) & 0xf];
    out += digits[(v >> 8) & 0xf];
    out += digits[(v >> 4) & 0xf];
    out += digits[v & 0xf];
}
} // namespace

void ExportEscape::appendXml(std::string &out, std::string_view utf8)
{
    if (isPlainAscii(utf8, false)) { // the common case: one copy
        out += utf8;
        return;
    }
    decodeUtf8(utf8, [&out](char32_t cp) {
        switch (cp) {
        case '&':
            out += "&amp;";
            return;
        case '<':
            out += "&lt;";
            return;
        case '>':
            out += "&gt;";
            return;
        case '"':
            out += "&quot;";
            return;
        case '\'':
            out += "&#39;";
            return;
        default:
            break;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xfffe || cp == 0xffff)
            cp = 0xfffd;
        appendUtf8(out, cp);
    });
}

void ExportEscape::appendJsonString(std::string &out, std::string_view utf8)
{
    out += '"';
    if (isPlainAscii(utf8, true)) {
        out += utf8;
    } else {
        decodeUtf8(utf8, [&out](char32_t cp) {
            switch (cp) {
            case '"':
                out += "\\\"";
                return;
            case '\\':
                out += "\\\\";
                return;
            case '\n':
                out += "\\n";
                return;
            case '\t':
                out += "\\t";
                return;
            default:
                break;
            }
            if (cp < 0x20 || cp == '<' || cp == '>' || cp == '&' || cp == 0x2028 || cp == 0x2029)
                appendHex4(out, unsigned(cp));
            else
                appendUtf8(out, cp);
        });
    }
    out += '"';
}

std::string ExportEscape::xml(std::string_view utf8)
{
    std::string out;
    appendXml(out, utf8);
    return out;
}

std::string ExportEscape::jsonString(std::string_view utf8)
{
    std::string out;
    appendJsonString(out, utf8);
    return out;
}
