#pragma once

// A tiny JFR chunk writer for the importer's and the server's tests: a chunk
// with the classes an execution sample needs, its constant pools and events,
// and the knobs to break it (a cyclic constant pool chain, self-nesting values,
// a huge count, a flood of empty values). The real files come from the JDK
// (tests/data/jfr/); these exist to reach what a real writer never writes.

#include <QByteArray>
#include <QtGlobal>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace jfrtest {

// JFR's compressed integer: LEB128 for at most eight bytes, the ninth whole.
inline void varint(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i) {
        if (v < 0x80) {
            out.append(char(v));
            return;
        }
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v & 0xff));
}

inline void utf8(QByteArray &out, const std::string &s)
{
    out.append(char(3));
    varint(out, s.size());
    out.append(s.data(), qsizetype(s.size()));
}

// size (padded to four bytes, as the JDK writes it), type, payload
inline QByteArray event(quint64 type, const QByteArray &payload)
{
    QByteArray body;
    varint(body, type);
    body.append(payload);
    const quint64 size = quint64(body.size()) + 4;
    QByteArray out;
    out.append(char((size & 0x7f) | 0x80));
    out.append(char(((size >> 7) & 0x7f) | 0x80));
    out.append(char(((size >> 14) & 0x7f) | 0x80));
    out.append(char((size >> 21) & 0x7f));
    return out + body;
}

inline void be(QByteArray &out, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((v >> (8 * i)) & 0xff));
}

struct Field
{
    std::string name;
    int type;
    bool constantPool = false;
    bool array = false;
};
struct Class
{
    int id;
    std::string name;
    std::vector<Field> fields;
};

class Metadata
{
public:
    int string(const std::string &s)
    {
        const auto [it, added] = m_index.try_emplace(s, int(m_strings.size()));
        if (added)
            m_strings.push_back(s);
        return it->second;
    }
    QByteArray element(const std::string &name,
                       const std::vector<std::pair<std::string, std::string>> &attributes,
                       const std::vector<QByteArray> &children)
    {
        QByteArray out;
        varint(out, quint64(string(name)));
        varint(out, attributes.size());
        for (const auto &[k, v] : attributes) {
            varint(out, quint64(string(k)));
            varint(out, quint64(string(v)));
        }
        varint(out, children.size());
        for (const QByteArray &child : children)
            out.append(child);
        return out;
    }
    QByteArray event(const std::vector<Class> &classes)
    {
        std::vector<QByteArray> classElements;
        for (const Class &cls : classes) {
            std::vector<QByteArray> fields;
            for (const Field &f : cls.fields) {
                std::vector<std::pair<std::string, std::string>> attributes{
                    {"name", f.name}, {"class", std::to_string(f.type)}};
                if (f.constantPool)
                    attributes.emplace_back("constantPool", "true");
                if (f.array)
                    attributes.emplace_back("dimension", "1");
                fields.push_back(element("field", attributes, {}));
            }
            classElements.push_back(
                element("class", {{"name", cls.name}, {"id", std::to_string(cls.id)}}, fields));
        }
        const QByteArray root = element(
            "root", {},
            {element("metadata", {}, classElements), element("region", {{"locale", "en_US"}}, {})});
        QByteArray payload;
        varint(payload, 0); // start
        varint(payload, 0); // duration
        varint(payload, 1); // metadata id
        varint(payload, m_strings.size());
        for (const std::string &s : m_strings)
            utf8(payload, s);
        payload.append(root);
        return jfrtest::event(0, payload);
    }

private:
    std::vector<std::string> m_strings;
    std::map<std::string, int> m_index;
};

enum Type {
    Long = 1,
    Int,
    Boolean,
    String,
    Symbol,
    ClassType,
    Method,
    StackFrame,
    StackTrace,
    Thread,
    Deep = 30,
    Empty,
    Holder,
    ExecutionSample = 40
};

// What to break; the default writes a good chunk.
struct Options
{
    int samples = 5;
    bool contextFieldFirst = false; // async-profiler-like layout: another field order, contextId
    qint64 contextId = 0;
    bool cyclicPools = false;
    bool deepValue = false;
    bool hugeCount = false;
    bool emptyFlood = false;
    qint64 metadataOffsetShift = 0;
};

// One chunk: Main.main -> Main.work on thread "worker", opts.samples samples.
inline QByteArray chunk(const Options &opts = {})
{
    std::vector<Class> classes{
        {Long, "long", {}},
        {Int, "int", {}},
        {Boolean, "boolean", {}},
        {String, "java.lang.String", {}},
        {Symbol, "jdk.types.Symbol", {{"string", String}}},
        {ClassType, "java.lang.Class", {{"name", Symbol, true}}},
        {Method, "jdk.types.Method", {{"type", ClassType, true}, {"name", Symbol, true}}},
        {StackFrame, "jdk.types.StackFrame", {{"method", Method, true}, {"lineNumber", Int}}},
        {StackTrace,
         "jdk.types.StackTrace",
         {{"truncated", Boolean}, {"frames", StackFrame, false, true}}},
        {Thread, "java.lang.Thread", {{"javaName", String}}},
        {Deep, "test.Deep", {{"inner", Deep}}},
        {Empty, "test.Empty", {}},
        {Holder, "test.Holder", {{"items", Empty, false, true}}},
    };
    if (opts.contextFieldFirst)
        classes.push_back({ExecutionSample,
                           "jdk.ExecutionSample",
                           {{"contextId", Long},
                            {"stackTrace", StackTrace, true},
                            {"startTime", Long},
                            {"sampledThread", Thread, true}}});
    else
        classes.push_back({ExecutionSample,
                           "jdk.ExecutionSample",
                           {{"startTime", Long},
                            {"sampledThread", Thread, true},
                            {"stackTrace", StackTrace, true}}});
    QByteArray events;
    for (int i = 0; i < opts.samples; ++i) {
        QByteArray payload;
        if (opts.contextFieldFirst) {
            varint(payload, quint64(opts.contextId));
            varint(payload, 1);
            varint(payload, quint64(1000 + i));
            varint(payload, 1);
        } else {
            varint(payload, quint64(1000 + i)); // ticks
            varint(payload, 1);                 // thread
            varint(payload, 1);                 // stack
        }
        events.append(event(ExecutionSample, payload));
    }
    Metadata metadata;
    const QByteArray meta = metadata.event(classes);

    QByteArray pools;
    int poolCount = 0;
    const auto pool = [&](int type, const std::vector<std::pair<quint64, QByteArray>> &entries) {
        varint(pools, quint64(type));
        varint(pools, entries.size());
        for (const auto &[key, value] : entries) {
            varint(pools, key);
            pools.append(value);
        }
        ++poolCount;
    };
    const auto str = [](const std::string &s) {
        QByteArray b;
        utf8(b, s);
        return b;
    };
    const auto ints = [](std::initializer_list<quint64> values) {
        QByteArray b;
        for (const quint64 v : values)
            varint(b, v);
        return b;
    };
    pool(Symbol, {{1, str("Main")}, {2, str("main")}, {3, str("work")}});
    pool(ClassType, {{1, ints({1})}});
    pool(Method, {{1, ints({1, 2})}, {2, ints({1, 3})}});
    QByteArray trace;
    trace.append(char(0));               // not truncated
    trace.append(ints({2, 2, 7, 1, 3})); // two frames, leaf first: work line 7, main line 3
    pool(StackTrace, {{1, trace}});
    pool(Thread, {{1, str("worker")}});
    if (opts.deepValue) {
        QByteArray nothing; // a Deep holds a Deep inline: it never ends, whatever the bytes
        pool(Deep, {{1, nothing}});
    }
    if (opts.hugeCount) {
        varint(pools, Symbol);
        varint(pools, 0x7fffffff);
        ++poolCount;
    }
    if (opts.emptyFlood) {
        std::vector<std::pair<quint64, QByteArray>> entries;
        for (quint64 k = 0; k < 4000; ++k)
            entries.emplace_back(k, ints({3000})); // 3000 empty values, two bytes each
        pool(Holder, entries);
    }
    const auto checkpoint = [&](qint64 delta, const QByteArray &content, int count) {
        QByteArray payload;
        varint(payload, 0);
        varint(payload, 0);
        varint(payload, quint64(delta));
        payload.append(char(0));
        varint(payload, quint64(count));
        payload.append(content);
        return event(1, payload);
    };

    const qint64 metadataOffset = 68 + events.size();
    qint64 cpOffset = metadataOffset + meta.size();
    QByteArray checkpoints;
    if (opts.cyclicPools) {
        // two checkpoints whose deltas point at each other: a's delta is its
        // own size (reaching b), b's goes back to a
        QByteArray a = checkpoint(0, pools, poolCount);
        while (true) {
            const QByteArray next = checkpoint(a.size(), pools, poolCount);
            if (next.size() == a.size()) {
                a = next;
                break;
            }
            a = next;
        }
        checkpoints = a + checkpoint(-qint64(a.size()), {}, 0);
    } else {
        checkpoints = checkpoint(0, pools, poolCount);
    }
    const qint64 size = cpOffset + checkpoints.size();
    QByteArray out("FLR", 3);
    out.append(char(0));
    be(out, 2, 2);
    be(out, 1, 2);
    be(out, quint64(size), 8);
    be(out, quint64(cpOffset), 8);
    be(out, quint64(metadataOffset + opts.metadataOffsetShift), 8);
    be(out, 1'700'000'000'000'000'000ULL, 8); // start nanos
    be(out, 1'000'000'000, 8);                // duration
    be(out, 1000, 8);                         // start ticks
    be(out, 1'000'000'000, 8);                // ticks per second
    be(out, 3, 4);                            // compressed integers, final chunk
    return out + events + meta + checkpoints;
}

} // namespace jfrtest
