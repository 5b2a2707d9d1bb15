#include "pprofprobe.h"

#include <QtGlobal>

namespace {
using Byte = quint8;

// What a probe expects inside each message of profile.proto.
enum class Message { Profile, ValueType, Sample, Label, Mapping, Location, Line, Function, Bytes, Packed };

// The message a length-delimited field holds; Message::Profile means "this
// field may not be length-delimited". varintOk: the field may be a varint.
Message lengthDelimitedField(Message in, quint64 field, bool &varintOk)
{
    varintOk = false;
    switch (in) {
    case Message::Profile:
        switch (field) {
        case 1: case 11: return Message::ValueType;
        case 2: return Message::Sample;
        case 3: return Message::Mapping;
        case 4: return Message::Location;
        case 5: return Message::Function;
        case 6: return Message::Bytes;
        case 13: varintOk = true; return Message::Packed;
        case 7: case 8: case 9: case 10: case 12: case 14: case 15: varintOk = true; return Message::Profile;
        default: return Message::Profile;
        }
    case Message::ValueType: varintOk = field <= 2; return Message::Profile;
    case Message::Sample:
        if (field == 3)
            return Message::Label;
        varintOk = field <= 2;
        return field <= 2 ? Message::Packed : Message::Profile;
    case Message::Label: varintOk = field <= 4; return Message::Profile;
    case Message::Mapping: varintOk = field <= 10; return Message::Profile;
    case Message::Location:
        if (field == 4)
            return Message::Line;
        varintOk = field <= 5;
        return Message::Profile;
    case Message::Line: varintOk = field <= 3; return Message::Profile;
    case Message::Function: varintOk = field <= 5; return Message::Profile;
    default: return Message::Profile;
    }
}

// Checks that [p, end) could be the start of a message of this kind: every tag
// is a field of that message with an allowed wire type, nested messages
// recursively so. A field cut by the end of the head is fine.
struct ProbeWalk
{
    const quint8 *end;
    int tables = 0; // non-empty sample types, samples, mappings, locations, functions seen
    bool sawString = false;

    bool varint(const Byte *&p, const Byte *limit, quint64 &value) const
    {
        value = 0;
        for (int shift = 0; shift < 64 && p < limit; shift += 7) {
            const Byte b = *p++;
            value |= quint64(b & 0x7f) << shift;
            if (b < 0x80)
                return true;
        }
        return false;
    }

    // false: not this kind of message. A message cut by the end of the head is
    // judged on the bytes there are.
    bool walk(const Byte *p, const Byte *limit, Message kind, int depth)
    {
        while (p < limit) {
            quint64 tag, value;
            if (!varint(p, limit, tag))
                return limit == end; // cut by the head, or malformed
            bool varintOk;
            const Message nested = lengthDelimitedField(kind, tag >> 3, varintOk);
            const int wireType = int(tag & 7);
            if (wireType == 0 && varintOk) {
                if (!varint(p, limit, value))
                    return limit == end && p == end;
                continue;
            }
            if (wireType != 2 || nested == Message::Profile)
                return false;
            if (!varint(p, limit, value))
                return limit == end && p == end;
            const Byte *fieldEnd = value > quint64(limit - p) ? limit : p + value;
            if (fieldEnd == limit && limit != end && value > quint64(limit - p))
                return false; // longer than its enclosing message
            if (kind == Message::Profile && tag >> 3 <= 5 && value > 0)
                ++tables;
            if (nested == Message::Bytes) {
                // profile.proto: string_table[0] is "", and it comes first.
                if (!sawString && value != 0)
                    return false;
                sawString = true;
            } else if (nested == Message::Packed) {
                const Byte *q = p;
                quint64 v;
                while (q < fieldEnd)
                    if (!varint(q, fieldEnd, v) && fieldEnd != end)
                        return false;
            } else if (depth < 3 && !walk(p, fieldEnd, nested, depth + 1)) {
                return false;
            }
            p = fieldEnd;
        }
        return true;
    }
};
} // namespace

bool PprofProbe::accepts(std::string_view head)
{
    const Byte *begin = reinterpret_cast<const Byte *>(head.data());
    ProbeWalk walk{begin + head.size()};
    return walk.walk(begin, walk.end, Message::Profile, 0) && walk.tables > 0;
}
