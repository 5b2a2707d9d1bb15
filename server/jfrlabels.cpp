#include "jfrlabels.h"

#include "importers/protowirereader.h"

#include <algorithm>

namespace {
using Reader = ProtoWireReader;

// A map entry: key (field 1, varint), value (field 2) handed to onValue.
template<typename OnValue> qint64 mapEntry(Reader &entry, OnValue onValue)
{
    qint64 key = 0;
    quint32 field = 0;
    int wire = 0;
    while (entry.next(field, wire)) {
        if (field == 1 && wire == Reader::Varint)
            key = qint64(entry.varint());
        else if (field == 2 && !onValue(entry, wire))
            entry.skip(wire);
        else if (field != 2)
            entry.skip(wire);
    }
    return key;
}
} // namespace

std::vector<std::pair<std::string, std::string>> JfrLabels::labelsOf(qint64 contextId) const
{
    std::vector<std::pair<std::string, std::string>> labels;
    const auto context = contexts.find(contextId);
    if (context == contexts.end())
        return labels;
    for (const auto &[key, value] : context->second) {
        const auto k = strings.find(key);
        const auto v = strings.find(value);
        if (k != strings.end() && v != strings.end() && !k->second.empty())
            labels.emplace_back(k->second, v->second);
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

std::optional<JfrLabels> JfrLabels::parse(const QByteArray &bytes, QString *error)
{
    const auto *base = reinterpret_cast<const Reader::Byte *>(bytes.constData());
    JfrLabels labels;
    try {
        Reader reader(base, {base, base + bytes.size()});
        quint32 field = 0;
        int wire = 0;
        while (reader.next(field, wire)) {
            if (wire != Reader::LengthDelimited || (field != 1 && field != 2)) {
                reader.skip(wire);
                continue;
            }
            Reader entry(base, reader.lengthDelimited());
            if (field == 1) {
                std::vector<std::pair<qint64, qint64>> pairs;
                const qint64 id = mapEntry(entry, [&](Reader &value, int valueWire) {
                    if (valueWire != Reader::LengthDelimited)
                        return false;
                    Reader context(base, value.lengthDelimited());
                    quint32 f = 0;
                    int w = 0;
                    while (context.next(f, w)) {
                        if (f != 1 || w != Reader::LengthDelimited) {
                            context.skip(w);
                            continue;
                        }
                        Reader pair(base, context.lengthDelimited());
                        qint64 v = 0;
                        const qint64 k = mapEntry(pair, [&](Reader &r, int pw) {
                            if (pw != Reader::Varint)
                                return false;
                            v = qint64(r.varint());
                            return true;
                        });
                        pairs.emplace_back(k, v);
                    }
                    return true;
                });
                labels.contexts[id] = std::move(pairs);
            } else {
                std::string text;
                const qint64 id = mapEntry(entry, [&](Reader &value, int valueWire) {
                    if (valueWire != Reader::LengthDelimited)
                        return false;
                    const Reader::Span span = value.lengthDelimited();
                    text.assign(reinterpret_cast<const char *>(span.begin),
                                size_t(span.end - span.begin));
                    return true;
                });
                labels.strings[id] = std::move(text);
            }
        }
    } catch (const PprofError &e) {
        *error = QStringLiteral("labels: not a LabelsSnapshot: %1 at byte %2")
                     .arg(QString::fromStdString(e.what()))
                     .arg(e.offset);
        return std::nullopt;
    }
    return labels;
}
