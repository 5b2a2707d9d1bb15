// pyrograph_generate: a deterministic generator of a large profile shaped like a
// real fleet profile, for the benchmarks (tests/bench/run.sh) and for a small
// cross-format test (tests/importers/tst_generatedprofile.cpp).
//
// The program: F functions with names of 40-120 characters in the styles that real
// profiles mix (C++ templates with spaces, libstdc++ internals, Go, Java, Rust, C),
// joined by a call graph in which every function calls a small set of callees with
// power-law weights. Stacks are random descents over that graph from a few roots,
// to a depth drawn with mean about 25 and a maximum of 160, kept until N unique
// stacks exist. Each unique stack is one sample with two values (samples/count,
// cpu/nanoseconds); a third of them carry labels (thread, endpoint).
//
// The graph and the names come from --graph-seed (fixed by default) and the
// samples from --seed, so two seeds give two profiles of the same program: what
// the diff benchmark needs.
//
// Outputs (each optional, text ones streamed):
//   --pprof OUT.pb.gz        gzipped pprof written with libprotobuf; a callee that
//                            the graph marks inlined shares its caller's location,
//                            as a compiler's inlining does (a Location with 2 lines)
//   --collapsed OUT.folded   flamegraph.pl's folded format: every unique stack once,
//                            root first, with its samples/count value
//   --perf-script OUT.txt    `perf script` text: samples drawn from the stacks by
//                            weight until the file reaches --perf-bytes
//   --stats OUT.json         what was generated (totals, node count of the tree)
// All three describe the same function-level stacks, so an importer of each format
// must build the same tree (the perf one under one extra root frame, the comm).

#include "profile.pb.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

// ---------------------------------------------------------------- randomness

// xoshiro256** seeded through splitmix64: fixed and portable, unlike the
// standard distributions, whose output differs between library versions.
class Rng
{
public:
    explicit Rng(uint64_t seed)
    {
        for (auto &s : m_state)
            s = splitmix(seed);
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // [0, n)
    uint32_t below(uint32_t n) { return uint32_t((next() >> 32) * n >> 32); }
    // [lo, hi]
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    // (0, 1]
    double unit() { return double((next() >> 11) + 1) * 0x1.0p-53; }
    bool chance(double p) { return unit() <= p; }
    template<typename T>
    const T &pick(const std::vector<T> &v) { return v[below(uint32_t(v.size()))]; }

    static uint64_t splitmix(uint64_t &x)
    {
        uint64_t z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<uint64_t, 4> m_state;
};

// Zipf-like rank in [0, n): rank r has weight about 1 / (r + 1)^s, drawn by
// inverting the continuous approximation (exact enough for a benchmark shape).
uint32_t zipf(Rng &rng, uint32_t n, double s)
{
    const double u = rng.unit();
    double x;
    if (std::abs(s - 1.0) < 1e-9) {
        x = std::exp(u * std::log(double(n) + 1.0)) - 1.0;
    } else {
        const double a = 1.0 - s;
        const double top = std::pow(double(n) + 1.0, a);
        x = std::pow(1.0 + u * (top - 1.0), 1.0 / a) - 1.0;
    }
    return std::min(n - 1, uint32_t(x));
}

// ---------------------------------------------------------------- names

enum class Dso : uint8_t { App, Libstdcxx, Libc, Kernel };
constexpr std::array<const char *, 4> dsoPaths = {
    "/usr/local/bin/fleet-server",
    "/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30",
    "/usr/lib/x86_64-linux-gnu/libc.so.6",
    "[kernel.kallsyms]",
};

const std::vector<std::string> words = {
    "Request", "Response", "Handler", "Buffer", "Stream", "Table", "Index", "Cache", "Shard",
    "Replica", "Session", "Channel", "Allocator", "Arena", "Scheduler", "Worker", "Pool",
    "Queue", "Map", "Tree", "Node", "Parser", "Encoder", "Decoder", "Writer", "Reader",
    "Compactor", "Iterator", "Builder", "Factory", "Manager", "Service", "Client", "Server",
    "Codec", "Frame", "Block", "Page", "Segment", "Log", "Txn", "Lock", "Future", "Promise",
    "Executor", "Task", "Event", "Timer", "Metric", "Counter", "Histogram", "Row", "Column",
    "Batch", "Query", "Plan", "Filter", "Join", "Sort", "Hash", "Bloom", "Snapshot", "Lease",
    "Raft", "Peer", "Message", "Header", "Body", "Token", "Auth", "Policy", "Route", "Proxy",
    "Balancer", "Backoff", "Retry", "Span", "Trace", "Sample", "Profile", "Symbol", "Blob"};
const std::vector<std::string> verbs = {
    "run", "process", "handle", "dispatch", "find", "insert", "erase", "lookup", "encode",
    "decode", "serialize", "parse", "flush", "compact", "merge", "read", "write", "append",
    "allocate", "release", "resize", "rehash", "reserve", "emplace", "notify", "wait", "poll",
    "schedule", "execute", "visit", "apply", "update", "commit", "rollback", "validate",
    "compute", "hash", "compare", "copy", "split", "scan", "seek", "open", "close", "send",
    "receive", "accept", "connect", "retry", "refresh", "evict", "load", "store", "build"};
const std::vector<std::string> namespaces = {
    "storage", "net", "rpc", "db", "cache", "index", "query", "exec", "io", "util", "core",
    "proto", "raft", "kv", "sql", "http", "grpc", "absl", "folly", "boost::asio", "tbb",
    "google::protobuf", "google::protobuf::internal", "tensorflow", "llvm", "fleet",
    "fleet::detail", "fleet::server", "fleet::storage::lsm", "fleet::net::http2"};
const std::vector<std::string> orgs = {
    "github.com/fleetco", "github.com/grpc", "github.com/prometheus", "golang.org/x",
    "go.etcd.io", "github.com/cockroachdb", "google.golang.org", "github.com/segmentio",
    "k8s.io", "github.com/uber-go"};
const std::vector<std::string> lower = {
    "server", "client", "storage", "codec", "internal", "transport", "pool", "cache", "sched",
    "metrics", "wire", "proto", "http2", "raft", "kv", "sql", "index", "auth", "log", "util"};
const std::vector<std::string> scalarTypes = {
    "unsigned long", "int", "long", "unsigned int", "char", "bool", "double", "unsigned char",
    "std::string", "std::string_view", "absl::string_view", "unsigned long long", "short"};

std::string camel(Rng &rng, int parts)
{
    std::string s;
    for (int i = 0; i < parts; ++i)
        s += rng.pick(words);
    return s;
}

std::string snake(Rng &rng)
{
    std::string s = rng.pick(verbs);
    if (rng.chance(0.7)) {
        std::string w = rng.pick(words);
        w[0] = char(w[0] - 'A' + 'a');
        s += '_' + w;
    }
    return s;
}

std::string methodName(Rng &rng)
{
    std::string s = rng.pick(verbs);
    if (rng.chance(0.7))
        s += rng.pick(words);
    return s;
}

std::string cxxType(Rng &rng, int depth);

std::string templateArgs(Rng &rng, int depth)
{
    const int n = rng.range(1, depth > 0 ? 2 : 3);
    std::string s = "<";
    for (int i = 0; i < n; ++i) {
        if (i)
            s += ", ";
        s += cxxType(rng, depth + 1);
    }
    // libstdc++'s demangler puts a space between closing brackets
    s += s.back() == '>' ? " >" : ">";
    return s;
}

std::string cxxType(Rng &rng, int depth)
{
    const uint32_t kind = rng.below(depth >= 2 ? 3 : 8);
    switch (kind) {
    case 0:
    case 1:
        return rng.pick(scalarTypes);
    case 2:
        return rng.pick(namespaces) + "::" + camel(rng, 1) + (rng.chance(0.3) ? "*" : "");
    case 3:
        return "std::pair<const " + rng.pick(scalarTypes) + ", " + cxxType(rng, depth + 1) + ">";
    case 4:
        return "std::unique_ptr<" + cxxType(rng, depth + 1) + ">";
    case 5:
        return "std::vector" + templateArgs(rng, depth + 1);
    case 6:
        return "std::shared_ptr<" + rng.pick(namespaces) + "::" + camel(rng, 2) + ">";
    default:
        return "absl::Span<const " + cxxType(rng, depth + 1) + ">";
    }
}

std::string params(Rng &rng)
{
    const int n = rng.range(0, 3);
    std::string s = "(";
    for (int i = 0; i < n; ++i) {
        if (i)
            s += ", ";
        std::string t = cxxType(rng, 1);
        const uint32_t q = rng.below(3);
        s += q == 0 ? t : q == 1 ? t + " const&" : t + "&&";
    }
    s += ")";
    if (rng.chance(0.35))
        s += " const";
    return s;
}

struct NameStyle
{
    std::string name;
    std::string file;
    Dso dso;
};

NameStyle makeName(Rng &rng)
{
    const uint32_t style = rng.below(100);
    NameStyle n;
    if (style < 38) { // C++ method of a (template) class
        std::string cls = rng.pick(namespaces) + "::" + camel(rng, rng.range(1, 3));
        if (rng.chance(0.45))
            cls += templateArgs(rng, 0);
        n.name = cls + "::" + methodName(rng) + params(rng);
        n.file = "src/" + rng.pick(lower) + "/" + snake(rng) + ".cc";
        n.dso = Dso::App;
    } else if (style < 48) { // libstdc++ internals
        static const std::vector<std::string> containers = {
            "std::_Hashtable", "std::vector", "std::_Rb_tree", "std::deque", "std::__detail::_Map_base",
            "std::basic_string", "std::_Function_handler", "std::__shared_count"};
        static const std::vector<std::string> internals = {
            "_M_find_before_node(unsigned long) const", "_M_realloc_insert", "_M_emplace_unique",
            "_M_insert_unique_node(unsigned long, unsigned long, std::__detail::_Hash_node*)",
            "_M_rehash(unsigned long, unsigned long const&)", "_M_mutate", "_M_invoke",
            "_M_release()", "_M_erase(std::_Rb_tree_node*)", "_M_push_back_aux", "operator[]"};
        n.name = rng.pick(containers) + templateArgs(rng, 0) + "::" + rng.pick(internals);
        n.file = "/usr/include/c++/12/bits/" + snake(rng) + ".h";
        n.dso = Dso::Libstdcxx;
    } else if (style < 73) { // Go
        std::string pkg = rng.pick(orgs) + "/" + rng.pick(lower) + "/" + rng.pick(lower);
        if (rng.chance(0.5))
            pkg += "/" + rng.pick(lower);
        const uint32_t form = rng.below(4);
        if (form == 0)
            n.name = pkg + ".(*" + camel(rng, 2) + ")." + methodName(rng);
        else if (form == 1)
            n.name = pkg + "." + camel(rng, 2) + "." + methodName(rng);
        else if (form == 2)
            n.name = pkg + "." + methodName(rng) + ".func" + std::to_string(rng.range(1, 9));
        else
            n.name = pkg + ".(*" + camel(rng, 1) + "[...])." + methodName(rng);
        n.file = pkg + "/" + snake(rng) + ".go";
        n.dso = Dso::App;
    } else if (style < 83) { // Java
        static const std::vector<std::string> jpk = {
            "org.apache.kafka.clients", "io.netty.channel", "com.fleetco.service",
            "java.util.concurrent", "org.eclipse.jetty.server", "com.fasterxml.jackson.databind"};
        n.name = rng.pick(jpk) + "." + rng.pick(lower) + "." + camel(rng, 2)
                 + (rng.chance(0.3) ? "$" + camel(rng, 1) : std::string()) + "." + methodName(rng);
        n.file = camel(rng, 2) + ".java";
        n.dso = Dso::App;
    } else if (style < 93) { // Rust
        static const std::vector<std::string> crates = {
            "tokio::runtime::task", "hyper::proto::h1", "futures_util::stream", "alloc::vec",
            "core::iter::adapters", "serde_json::de", "tonic::transport", "fleet_core::storage"};
        if (rng.chance(0.5))
            n.name = "<" + rng.pick(crates) + "::" + camel(rng, 1) + "<T> as "
                     + rng.pick(crates) + "::" + camel(rng, 1) + ">::" + snake(rng);
        else
            n.name = rng.pick(crates) + "::" + camel(rng, 1) + "<" + camel(rng, 1) + ">::" + snake(rng);
        n.file = "src/" + snake(rng) + ".rs";
        n.dso = Dso::App;
    } else if (style < 97) { // C, libc
        n.name = "__" + snake(rng) + "_" + snake(rng) + "_" + snake(rng) + "_avx2_unaligned";
        n.file = "sysdeps/x86_64/multiarch/" + snake(rng) + ".S";
        n.dso = Dso::Libc;
    } else { // kernel
        n.name = "__x64_sys_" + snake(rng) + "_" + snake(rng) + "_" + snake(rng) + "_" + snake(rng);
        n.file = "kernel/" + snake(rng) + ".c";
        n.dso = Dso::Kernel;
    }
    return n;
}

// ---------------------------------------------------------------- the program

struct Options
{
    uint64_t seed = 1;
    uint64_t graphSeed = 0x5eed;
    uint32_t stacks = 500000;
    uint32_t functions = 60000;
    // The call graph's breadth: the chance that a function gets one more
    // callee (up to 24), and the exponent of the callees' weights (1/rank^E;
    // smaller spreads the calls over more of them). Broader graphs make more
    // tree nodes from the same stacks (issue 20's 7.6-million-node profile).
    double branching = 0.72;
    double spread = 1.0;
    uint64_t perfBytes = uint64_t(1) << 30;
    std::string pprof, collapsed, perfScript, stats;
};

struct Program
{
    std::vector<std::string> names, files;
    std::vector<Dso> dso;
    std::vector<uint64_t> address; // start address of each function
    std::vector<uint32_t> startLine;
    // callees of f: edges [edgeBegin[f], edgeBegin[f + 1])
    std::vector<uint32_t> edgeBegin, callee;
    std::vector<double> edgeCumWeight;
    std::vector<uint8_t> edgeInlined;
    std::vector<uint32_t> edgeLine, edgeOffset;
    std::vector<uint32_t> roots;
    std::vector<double> rootCumWeight;

    uint32_t edgeCount() const { return uint32_t(callee.size()); }
    uint32_t edgeOf(uint32_t caller, uint32_t to) const
    {
        for (uint32_t e = edgeBegin[caller]; e < edgeBegin[caller + 1]; ++e)
            if (callee[e] == to)
                return e;
        std::abort(); // stacks only follow edges
    }
};

Program makeProgram(const Options &o)
{
    Rng rng(o.graphSeed);
    Program p;
    // Some functions are never reached by a descent; a larger program leaves
    // about o.functions in the samples, and only those go into the profile.
    const uint32_t n = uint32_t(o.functions * 1.3);
    std::unordered_set<std::string> seen;
    seen.reserve(n * 2);
    std::array<uint64_t, 4> nextAddress = {0x401000, 0x7f3a2c100000, 0x7f3a2be00000, 0xffffffff81000000};
    while (p.names.size() < n) {
        // the closest of a few candidates to a length drawn from [40, 120]
        const size_t target = size_t(rng.range(40, 120));
        NameStyle best;
        size_t bestDistance = SIZE_MAX;
        for (int attempt = 0; attempt < 12; ++attempt) {
            NameStyle c = makeName(rng);
            if (c.name.size() < 40 || c.name.size() > 120 || seen.count(c.name))
                continue;
            const size_t d = c.name.size() > target ? c.name.size() - target : target - c.name.size();
            if (d < bestDistance) {
                bestDistance = d;
                best = std::move(c);
            }
        }
        if (bestDistance == SIZE_MAX)
            continue;
        seen.insert(best.name);
        p.address.push_back(nextAddress[size_t(best.dso)]);
        nextAddress[size_t(best.dso)] += 64 + 16 * rng.below(200);
        p.startLine.push_back(uint32_t(rng.range(10, 4000)));
        p.names.push_back(std::move(best.name));
        p.files.push_back(std::move(best.file));
        p.dso.push_back(best.dso);
    }

    // Popular callees (allocators, hashing, locks) are drawn from a Zipf law over a
    // random permutation; the rest uniformly, which keeps the deep stacks diverse.
    std::vector<uint32_t> popular(n);
    for (uint32_t i = 0; i < n; ++i)
        popular[i] = i;
    for (uint32_t i = n - 1; i > 0; --i)
        std::swap(popular[i], popular[rng.below(i + 1)]);
    p.edgeBegin.reserve(n + 1);
    for (uint32_t f = 0; f < n; ++f) {
        p.edgeBegin.push_back(p.edgeCount());
        int k = 1;
        while (k < 24 && rng.chance(o.branching))
            ++k;
        std::vector<uint32_t> mine;
        double cum = 0;
        for (int j = 0; j < k; ++j) {
            const uint32_t to = rng.chance(0.35) ? popular[zipf(rng, n, 1.1)] : rng.below(n);
            if (std::find(mine.begin(), mine.end(), to) != mine.end())
                continue;
            mine.push_back(to);
            cum += 1.0 / std::pow(double(mine.size()), o.spread);
            p.callee.push_back(to);
            p.edgeCumWeight.push_back(cum);
            p.edgeInlined.push_back(rng.chance(0.08) ? 1 : 0);
            p.edgeLine.push_back(p.startLine[f] + uint32_t(rng.range(1, 300)));
            p.edgeOffset.push_back(uint32_t(rng.range(4, 2000)));
        }
    }
    p.edgeBegin.push_back(p.edgeCount());

    double cum = 0;
    for (uint32_t r = 0; r < std::min<uint32_t>(12, n); ++r) {
        p.roots.push_back(popular[n - 1 - r]); // not the hot callees
        cum += 1.0 / (r + 1);
        p.rootCumWeight.push_back(cum);
    }
    return p;
}

uint32_t pickWeighted(Rng &rng, const double *cum, uint32_t count)
{
    const double x = rng.unit() * cum[count - 1];
    uint32_t i = 0;
    while (i + 1 < count && cum[i] < x)
        ++i;
    return i;
}

// ---------------------------------------------------------------- the samples

struct Samples
{
    std::vector<uint32_t> frames;  // function ids, root first, stack after stack
    std::vector<uint64_t> offsets; // stack s is frames[offsets[s], offsets[s + 1])
    std::vector<int64_t> count, cpu;
    std::vector<int16_t> thread, endpoint; // -1: no labels
    std::vector<uint8_t> leafSite;         // which of the leaf's two sampled PCs

    uint32_t size() const { return uint32_t(count.size()); }
    const uint32_t *stack(uint32_t s) const { return frames.data() + offsets[s]; }
    uint32_t depth(uint32_t s) const { return uint32_t(offsets[s + 1] - offsets[s]); }
};

constexpr uint32_t maxDepth = 160;
constexpr int threadCount = 48;
const std::vector<std::string> endpoints = {
    "/api/v1/users", "/api/v1/users/{id}", "/api/v1/orders", "/api/v1/orders/{id}/items",
    "/api/v2/search", "/api/v2/recommendations", "/internal/healthz", "/internal/metrics",
    "/grpc/fleet.Storage/Get", "/grpc/fleet.Storage/Put", "/grpc/fleet.Storage/Scan",
    "/grpc/fleet.Index/Query", "/api/v1/sessions", "/api/v1/upload", "/api/v1/download/{blob}"};

uint32_t drawDepth(Rng &rng)
{
    if (rng.chance(0.025))
        return uint32_t(rng.range(60, int(maxDepth)));
    // a sum of uniforms: a bell around 23, 3 to 43
    const double x = 3 + (rng.unit() + rng.unit() + rng.unit() + rng.unit()) * 10.0;
    return uint32_t(x);
}

Samples makeSamples(const Program &p, const Options &o)
{
    Rng rng(o.seed * 0x9e3779b97f4a7c15ull + 7);
    Samples s;
    s.offsets.push_back(0);
    std::unordered_set<uint64_t> seen;
    seen.reserve(size_t(o.stacks) * 2);
    std::vector<uint32_t> stack;
    while (s.size() < o.stacks) {
        // the first stack reaches the maximum depth, so that it is in every profile
        const uint32_t depth = s.size() == 0 ? maxDepth : drawDepth(rng);
        stack.clear();
        uint32_t f = p.roots[pickWeighted(rng, p.rootCumWeight.data(), uint32_t(p.roots.size()))];
        uint64_t h = 0xcbf29ce484222325ull;
        for (;;) {
            stack.push_back(f);
            h = (h ^ f) * 0x100000001b3ull;
            if (stack.size() == depth)
                break;
            const uint32_t b = p.edgeBegin[f];
            f = p.callee[b + pickWeighted(rng, p.edgeCumWeight.data() + b, p.edgeBegin[f + 1] - b)];
        }
        h ^= h >> 29;
        if (!seen.insert(h).second)
            continue; // a 64-bit hash: a false duplicate is one in billions, and harmless
        s.frames.insert(s.frames.end(), stack.begin(), stack.end());
        s.offsets.push_back(s.frames.size());
        // heavy-tailed counts, as in real profiles: most stacks seen once or twice
        const int64_t count = std::min<int64_t>(1000000, int64_t(1.0 / std::pow(rng.unit(), 0.6)));
        s.count.push_back(count);
        // 100 Hz sampling: about 10 ms a sample, with jitter, in whole microseconds
        s.cpu.push_back(int64_t(double(count) * 10000.0 * (0.9 + 0.2 * rng.unit())) * 1000);
        const bool labelled = rng.below(3) == 0;
        s.thread.push_back(labelled ? int16_t(rng.below(threadCount)) : int16_t(-1));
        s.endpoint.push_back(labelled ? int16_t(zipf(rng, uint32_t(endpoints.size()), 1.0)) : int16_t(-1));
        s.leafSite.push_back(uint8_t(rng.below(2)));
    }
    return s;
}

// Nodes of the function-level top-down tree, the root excluded: sort the stacks
// root first and count what each one does not share with the one before it.
uint64_t treeNodeCount(const Samples &s)
{
    std::vector<uint32_t> order(s.size());
    for (uint32_t i = 0; i < s.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return std::lexicographical_compare(s.stack(a), s.stack(a) + s.depth(a), s.stack(b),
                                            s.stack(b) + s.depth(b));
    });
    uint64_t nodes = 0;
    for (uint32_t i = 0; i < order.size(); ++i) {
        const uint32_t d = s.depth(order[i]);
        uint32_t common = 0;
        if (i > 0) {
            const uint32_t dp = s.depth(order[i - 1]);
            const uint32_t *a = s.stack(order[i]), *b = s.stack(order[i - 1]);
            while (common < d && common < dp && a[common] == b[common])
                ++common;
        }
        nodes += d - common;
    }
    return nodes;
}

// ---------------------------------------------------------------- streamed text

class TextWriter
{
public:
    explicit TextWriter(const std::string &path)
        : m_file(std::fopen(path.c_str(), "wb"))
        , m_path(path)
    {
        if (!m_file) {
            std::perror(path.c_str());
            std::exit(1);
        }
        m_buffer.reserve(bufferSize + 4096);
    }
    ~TextWriter() { close(); }
    void close()
    {
        if (!m_file)
            return;
        flush();
        if (std::fclose(m_file) != 0) {
            std::perror(m_path.c_str());
            std::exit(1);
        }
        m_file = nullptr;
    }
    uint64_t written() const { return m_written + m_buffer.size(); }

    void put(std::string_view s)
    {
        m_buffer.append(s);
        if (m_buffer.size() >= bufferSize)
            flush();
    }
    void put(char c) { m_buffer.push_back(c); }
    void decimal(uint64_t v)
    {
        char tmp[24];
        char *e = tmp + sizeof tmp, *b = e;
        do {
            *--b = char('0' + v % 10);
            v /= 10;
        } while (v);
        m_buffer.append(b, size_t(e - b));
    }
    void hex(uint64_t v, int width = 0)
    {
        char tmp[24];
        char *e = tmp + sizeof tmp, *b = e;
        do {
            *--b = "0123456789abcdef"[v & 15];
            v >>= 4;
        } while (v);
        for (int pad = width - int(e - b); pad > 0; --pad)
            m_buffer.push_back(' ');
        m_buffer.append(b, size_t(e - b));
    }

private:
    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::perror(m_path.c_str());
            std::exit(1);
        }
        m_written += m_buffer.size();
        m_buffer.clear();
    }
    static constexpr size_t bufferSize = 1 << 20;
    std::FILE *m_file;
    std::string m_path;
    std::string m_buffer;
    uint64_t m_written = 0;
};

uint64_t writeCollapsed(const Program &p, const Samples &s, const std::string &path)
{
    TextWriter out(path);
    for (uint32_t i = 0; i < s.size(); ++i) {
        const uint32_t *st = s.stack(i);
        for (uint32_t j = 0; j < s.depth(i); ++j) {
            if (j)
                out.put(';');
            out.put(p.names[st[j]]);
        }
        out.put(' ');
        out.decimal(uint64_t(s.count[i]));
        out.put('\n');
    }
    out.close();
    return out.written();
}

// perf script's default output with a period: a header line per sample, then one
// line per frame, leaf first, "\t<address> <symbol>+0x<offset> (<dso>)", then a
// blank line. Samples are drawn from the unique stacks by their count.
uint64_t writePerfScript(const Program &p, const Samples &s, const Options &o, const std::string &path,
                         uint64_t *sampleCount)
{
    Rng rng(o.seed ^ 0x7065726673637269ull);
    std::vector<double> cum(s.size());
    double total = 0;
    for (uint32_t i = 0; i < s.size(); ++i)
        cum[i] = total += double(s.count[i]);
    static const std::vector<std::string> comms = {"fleet-server", "fleet-worker", "fleet-gc", "grpc-default-ex"};
    TextWriter out(path);
    out.put("# ========\n# captured on: Mon Jan  1 00:00:00 2024\n# hostname : fleet-host-17\n"
            "# cmdline : /usr/bin/perf record -F 99 -a -g -- sleep 60\n"
            "# generated by pyrograph_generate (tests/bench)\n# ========\n#\n");
    uint64_t samples = 0;
    uint64_t timeMicros = 1410597984841ull;
    while (out.written() < o.perfBytes) {
        const uint32_t i = uint32_t(std::lower_bound(cum.begin(), cum.end(), rng.unit() * total) - cum.begin());
        const uint32_t *st = s.stack(std::min(i, s.size() - 1));
        const uint32_t d = s.depth(std::min(i, s.size() - 1));
        const std::string &comm = comms[st[0] % comms.size()];
        const uint32_t pid = 4100 + st[0] % comms.size();
        out.put(comm);
        out.put(' ');
        out.decimal(pid);
        out.put('/');
        out.decimal(pid + rng.below(64));
        out.put(" [");
        const uint32_t cpu = rng.below(16);
        out.put(char('0' + cpu / 100));
        out.put(char('0' + cpu / 10 % 10));
        out.put(char('0' + cpu % 10));
        out.put("] ");
        timeMicros += rng.below(400);
        out.decimal(timeMicros / 1000000);
        out.put('.');
        const uint64_t frac = timeMicros % 1000000;
        for (uint64_t div = 100000; div; div /= 10)
            out.put(char('0' + frac / div % 10));
        out.put(":   ");
        out.decimal(10101010 + rng.below(1000));
        out.put(" cycles: \n");
        for (uint32_t j = d; j-- > 0;) {
            const uint32_t f = st[j];
            const uint32_t offset = j + 1 < d ? p.edgeOffset[p.edgeOf(f, st[j + 1])] : 3 + 7 * (f % 5);
            out.put('\t');
            out.hex(p.address[f] + offset, 16);
            out.put(' ');
            out.put(p.names[f]);
            out.put("+0x");
            out.hex(offset);
            out.put(" (");
            out.put(dsoPaths[size_t(p.dso[f])]);
            out.put(")\n");
        }
        out.put('\n');
        ++samples;
    }
    out.close();
    *sampleCount = samples;
    return out.written();
}

// ---------------------------------------------------------------- pprof

uint64_t writePprof(const Program &p, const Samples &s, const std::string &path, uint64_t *rawSize,
                    uint64_t *locationCount)
{
    using namespace perftools::profiles;
    google::protobuf::Arena arena;
    auto *profile = google::protobuf::Arena::Create<Profile>(&arena);
    std::unordered_map<std::string, int64_t> strings;
    auto str = [&](const std::string &v) -> int64_t {
        auto [it, added] = strings.try_emplace(v, int64_t(strings.size()));
        if (added)
            profile->add_string_table(v);
        return it->second;
    };
    str("");
    auto valueType = [&](ValueType *t, const char *type, const char *unit) {
        t->set_type(str(type));
        t->set_unit(str(unit));
    };
    valueType(profile->add_sample_type(), "samples", "count");
    valueType(profile->add_sample_type(), "cpu", "nanoseconds");
    valueType(profile->mutable_period_type(), "cpu", "nanoseconds");
    profile->set_period(10000000);
    profile->set_time_nanos(1704067200000000000ll);
    profile->set_duration_nanos(60000000000ll);

    for (size_t m = 0; m < dsoPaths.size(); ++m) {
        Mapping *mapping = profile->add_mapping();
        mapping->set_id(m + 1);
        uint64_t lo = UINT64_MAX, hi = 0;
        for (size_t f = 0; f < p.names.size(); ++f)
            if (size_t(p.dso[f]) == m) {
                lo = std::min(lo, p.address[f]);
                hi = std::max(hi, p.address[f] + 4096);
            }
        mapping->set_memory_start(lo == UINT64_MAX ? 0 : lo & ~uint64_t(4095));
        mapping->set_memory_limit(hi);
        mapping->set_filename(str(dsoPaths[m]));
        mapping->set_has_functions(true);
        mapping->set_has_filenames(true);
        mapping->set_has_line_numbers(true);
        mapping->set_has_inline_frames(true);
    }
    // Function f has id f + 1; only the functions that samples reach are written,
    // so the ids have gaps (pprof does not promise 1..N). Locations get ids as they appear.
    std::vector<uint8_t> used(p.names.size());
    for (uint32_t f : s.frames)
        used[f] = 1;
    for (size_t f = 0; f < p.names.size(); ++f) {
        if (!used[f])
            continue;
        Function *function = profile->add_function();
        function->set_id(f + 1);
        function->set_name(str(p.names[f]));
        function->set_system_name(function->name());
        function->set_filename(str(p.files[f]));
        function->set_start_line(p.startLine[f]);
    }

    // A site is where a frame's function is: an edge (the call it makes) or, for
    // the leaf, one of two sampled PCs. A location is a site, plus the edge that
    // inlined its function into the caller when there is one.
    const uint64_t leafSiteBase = p.edgeCount();
    std::unordered_map<uint64_t, uint64_t> locations;
    locations.reserve(1 << 20);
    auto lineOf = [&](uint64_t site, uint32_t f) -> uint32_t {
        return site >= leafSiteBase ? p.startLine[f] + 2 + uint32_t(site - leafSiteBase) % 2 * 5 : p.edgeLine[site];
    };
    auto offsetOf = [&](uint64_t site, uint32_t f) -> uint64_t {
        return site >= leafSiteBase ? 3 + 7 * (f % 5) + uint32_t(site - leafSiteBase) % 2 * 4 : p.edgeOffset[site];
    };
    auto location = [&](uint64_t site, uint32_t f, int64_t inlinedEdge, uint32_t caller) -> uint64_t {
        const uint64_t key = site * (uint64_t(p.edgeCount()) + 1) + uint64_t(inlinedEdge + 1);
        auto [it, added] = locations.try_emplace(key, uint64_t(locations.size() + 1));
        if (added) {
            Location *loc = profile->add_location();
            loc->set_id(it->second);
            const uint32_t outer = inlinedEdge >= 0 ? caller : f;
            loc->set_mapping_id(uint64_t(p.dso[outer]) + 1);
            loc->set_address(p.address[outer] + (inlinedEdge >= 0 ? p.edgeOffset[size_t(inlinedEdge)] : offsetOf(site, f)));
            Line *line = loc->add_line(); // the innermost function first, as pprof orders them
            line->set_function_id(f + 1);
            line->set_line(lineOf(site, f));
            if (inlinedEdge >= 0) {
                Line *outerLine = loc->add_line();
                outerLine->set_function_id(caller + 1);
                outerLine->set_line(p.edgeLine[size_t(inlinedEdge)]);
            }
        }
        return it->second;
    };

    const int64_t keyThread = str("thread"), keyEndpoint = str("endpoint");
    std::vector<int64_t> threadNames, endpointNames;
    for (int t = 0; t < threadCount; ++t)
        threadNames.push_back(str("worker-" + std::to_string(t)));
    for (const auto &e : endpoints)
        endpointNames.push_back(str(e));

    profile->mutable_sample()->Reserve(int(s.size()));
    for (uint32_t i = 0; i < s.size(); ++i) {
        Sample *sample = profile->add_sample();
        const uint32_t *st = s.stack(i);
        const int d = int(s.depth(i));
        auto *ids = sample->mutable_location_id();
        ids->Reserve(d);
        uint64_t site = leafSiteBase + 2 * uint64_t(st[d - 1]) + s.leafSite[i];
        for (int j = d - 1; j >= 0;) {
            if (j > 0) {
                const uint32_t e = p.edgeOf(st[j - 1], st[j]);
                if (p.edgeInlined[e]) {
                    ids->Add(location(site, st[j], e, st[j - 1]));
                    j -= 2;
                    if (j >= 0)
                        site = p.edgeOf(st[j], st[j + 1]);
                    continue;
                }
                ids->Add(location(site, st[j], -1, 0));
                site = e;
                --j;
                continue;
            }
            ids->Add(location(site, st[j], -1, 0));
            --j;
        }
        sample->add_value(s.count[i]);
        sample->add_value(s.cpu[i]);
        if (s.thread[i] >= 0) {
            Label *l = sample->add_label();
            l->set_key(keyThread);
            l->set_str(threadNames[size_t(s.thread[i])]);
            l = sample->add_label();
            l->set_key(keyEndpoint);
            l->set_str(endpointNames[size_t(s.endpoint[i])]);
        }
    }
    *locationCount = locations.size();

    std::string bytes;
    if (!profile->SerializeToString(&bytes)) {
        std::fprintf(stderr, "%s: could not serialize the profile\n", path.c_str());
        std::exit(1);
    }
    *rawSize = bytes.size();
    // Go's runtime/pprof compresses with gzip.BestSpeed; we use zlib's default level.
    gzFile gz = gzopen(path.c_str(), "wb6");
    if (!gz) {
        std::perror(path.c_str());
        std::exit(1);
    }
    gzbuffer(gz, 1 << 20);
    size_t done = 0;
    while (done < bytes.size()) {
        const unsigned chunk = unsigned(std::min<size_t>(bytes.size() - done, 1 << 30));
        if (gzwrite(gz, bytes.data() + done, chunk) != int(chunk)) {
            std::fprintf(stderr, "%s: write failed\n", path.c_str());
            std::exit(1);
        }
        done += chunk;
    }
    if (gzclose(gz) != Z_OK) {
        std::fprintf(stderr, "%s: write failed\n", path.c_str());
        std::exit(1);
    }
    std::FILE *f = std::fopen(path.c_str(), "rb");
    std::fseek(f, 0, SEEK_END);
    const uint64_t compressed = uint64_t(std::ftell(f));
    std::fclose(f);
    return compressed;
}

// ---------------------------------------------------------------- main

[[noreturn]] void usage(int code)
{
    std::fprintf(code ? stderr : stdout,
                 "usage: pyrograph_generate [--seed N] [--graph-seed N] [--stacks N] [--functions N]\n"
                 "                          [--pprof OUT.pb.gz] [--collapsed OUT.folded]\n"
                 "                          [--perf-script OUT.txt] [--perf-bytes N] [--stats OUT.json]\n"
                 "                          [--branching P] [--spread E]\n"
                 "Defaults: 500000 unique stacks over 60000 functions, perf script of 1 GiB.\n"
                 "--seed varies the samples; the program (names, call graph) comes from --graph-seed.\n");
    std::exit(code);
}

uint64_t number(const char *s)
{
    char *end = nullptr;
    const unsigned long long v = std::strtoull(s, &end, 0);
    if (!end || *end)
        usage(2);
    return v;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "-h" || a == "--help")
            usage(0);
        if (i + 1 >= argc)
            usage(2);
        const char *v = argv[++i];
        if (a == "--seed")
            o.seed = number(v);
        else if (a == "--graph-seed")
            o.graphSeed = number(v);
        else if (a == "--stacks")
            o.stacks = uint32_t(number(v));
        else if (a == "--functions")
            o.functions = uint32_t(number(v));
        else if (a == "--branching")
            o.branching = std::strtod(v, nullptr);
        else if (a == "--spread")
            o.spread = std::strtod(v, nullptr);
        else if (a == "--perf-bytes")
            o.perfBytes = number(v);
        else if (a == "--pprof")
            o.pprof = v;
        else if (a == "--collapsed")
            o.collapsed = v;
        else if (a == "--perf-script")
            o.perfScript = v;
        else if (a == "--stats")
            o.stats = v;
        else
            usage(2);
    }
    if (o.stacks == 0 || o.functions < 16 || !(o.branching >= 0 && o.branching < 1)
        || !(o.spread >= 0))
        usage(2);

    const auto start = std::chrono::steady_clock::now();
    const Program program = makeProgram(o);
    const Samples samples = makeSamples(program, o);
    const uint64_t nodes = treeNodeCount(samples);
    uint64_t maxSeen = 0;
    int64_t totalCount = 0, totalCpu = 0, labelled = 0;
    std::vector<uint8_t> used(program.names.size());
    for (uint32_t i = 0; i < samples.size(); ++i) {
        maxSeen = std::max<uint64_t>(maxSeen, samples.depth(i));
        totalCount += samples.count[i];
        totalCpu += samples.cpu[i];
        labelled += samples.thread[i] >= 0;
    }
    for (uint32_t f : samples.frames)
        used[f] = 1;
    uint64_t usedFunctions = 0, nameChars = 0;
    for (size_t f = 0; f < used.size(); ++f) {
        usedFunctions += used[f];
        nameChars += used[f] ? program.names[f].size() : 0;
    }
    std::fprintf(stderr,
                 "pyrograph_generate: %u stacks, %zu frames (mean depth %.1f, max %llu), %llu functions used "
                 "(mean name %.1f chars), %llu tree nodes, %llu labelled; %.1f s\n",
                 samples.size(), samples.frames.size(), double(samples.frames.size()) / samples.size(),
                 (unsigned long long)maxSeen, (unsigned long long)usedFunctions,
                 double(nameChars) / double(usedFunctions), (unsigned long long)nodes,
                 (unsigned long long)labelled, seconds(start));

    uint64_t pprofBytes = 0, pprofRaw = 0, locationCount = 0, collapsedBytes = 0, perfBytes = 0, perfSamples = 0;
    if (!o.pprof.empty()) {
        const auto t = std::chrono::steady_clock::now();
        pprofBytes = writePprof(program, samples, o.pprof, &pprofRaw, &locationCount);
        std::fprintf(stderr, "pyrograph_generate: %s: %llu bytes gzip, %llu raw, %llu locations; %.1f s\n",
                     o.pprof.c_str(), (unsigned long long)pprofBytes, (unsigned long long)pprofRaw,
                     (unsigned long long)locationCount, seconds(t));
    }
    if (!o.collapsed.empty()) {
        const auto t = std::chrono::steady_clock::now();
        collapsedBytes = writeCollapsed(program, samples, o.collapsed);
        std::fprintf(stderr, "pyrograph_generate: %s: %llu bytes; %.1f s\n", o.collapsed.c_str(),
                     (unsigned long long)collapsedBytes, seconds(t));
    }
    if (!o.perfScript.empty()) {
        const auto t = std::chrono::steady_clock::now();
        perfBytes = writePerfScript(program, samples, o, o.perfScript, &perfSamples);
        std::fprintf(stderr, "pyrograph_generate: %s: %llu bytes, %llu samples; %.1f s\n", o.perfScript.c_str(),
                     (unsigned long long)perfBytes, (unsigned long long)perfSamples, seconds(t));
    }
    if (!o.stats.empty()) {
        std::FILE *f = std::fopen(o.stats.c_str(), "w");
        if (!f) {
            std::perror(o.stats.c_str());
            return 1;
        }
        std::fprintf(f,
                     "{\"seed\": %llu, \"graphSeed\": %llu, \"stacks\": %u, \"functions\": %llu, "
                     "\"frames\": %zu, \"maxDepth\": %llu, \"treeNodes\": %llu, "
                     "\"totalCount\": %lld, \"totalCpu\": %lld, \"labelledSamples\": %lld, "
                     "\"pprofBytes\": %llu, \"pprofRawBytes\": %llu, \"pprofLocations\": %llu, "
                     "\"collapsedBytes\": %llu, \"perfScriptBytes\": %llu, \"perfScriptSamples\": %llu}\n",
                     (unsigned long long)o.seed, (unsigned long long)o.graphSeed, samples.size(),
                     (unsigned long long)usedFunctions, samples.frames.size(),
                     (unsigned long long)maxSeen, (unsigned long long)nodes, (long long)totalCount,
                     (long long)totalCpu, (long long)labelled, (unsigned long long)pprofBytes,
                     (unsigned long long)pprofRaw, (unsigned long long)locationCount,
                     (unsigned long long)collapsedBytes, (unsigned long long)perfBytes,
                     (unsigned long long)perfSamples);
        std::fclose(f);
    }
    return 0;
}
