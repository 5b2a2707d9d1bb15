// CallTreeBuilder against a plain reference: a trie of std::map children keyed
// by name bytes, walked in pre-order. Random stacks cover the builder's paths:
// small ranges sorted whole, large ones by radix, duplicates with and without
// labels, empty stacks, prefixes of other stacks, compaction, and (above 100,000
// stacks, or fewer deep ones above a million frames) the two-thread sort and tree
// pass.

#include "tests/support/testregistry.h"

#include "model/calltreebuilder.h"
#include "model/nameinterner.h"
#include "model/progress.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {
struct Stack
{
    std::vector<NameId> frames;
    std::vector<qint64> values;
    qint32 labelSet = -1;
};

struct RefNode
{
    std::map<std::string, std::unique_ptr<RefNode>> children;
    std::string name;
    std::vector<qint64> total;
};

// Flat arrays in pre-order, as CallTree stores them.
struct Flat
{
    std::vector<quint32> parent, depth, end;
    std::vector<std::string> name;
    std::vector<std::vector<qint64>> total; // [node][type]
};

// Pre-order without recursion: the 5000-frame case's recursion overflows the
// stack under AddressSanitizer, whose frames are larger.
void flatten(const RefNode &root, quint32 parent, quint32 depth, Flat &out)
{
    struct Frame
    {
        const RefNode *node;
        quint32 id;
        std::map<std::string, std::unique_ptr<RefNode>>::const_iterator next;
    };
    std::vector<Frame> stack;
    const auto enter = [&](const RefNode &node, quint32 parentId, quint32 nodeDepth) {
        const quint32 id = quint32(out.parent.size());
        out.parent.push_back(parentId);
        out.depth.push_back(nodeDepth);
        out.end.push_back(0);
        out.name.push_back(node.name);
        out.total.push_back(node.total);
        stack.push_back({&node, id, node.children.begin()});
    };
    enter(root, parent, depth);
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next == top.node->children.end()) {
            out.end[top.id] = quint32(out.parent.size());
            stack.pop_back();
            continue;
        }
        const RefNode &child = *top.next->second;
        ++top.next;
        const quint32 id = top.id;
        enter(child, id, out.depth[id] + 1);
    }
}

std::vector<Stack> randomStacks(std::mt19937_64 &rng, int count, int names, int maxDepth, int types,
                                bool labels)
{
    std::vector<Stack> stacks;
    // A few "programs": stacks share long prefixes, as real ones do.
    std::vector<std::vector<NameId>> prefixes(8);
    for (auto &prefix : prefixes)
        for (int d = 0, n = int(rng() % 12); d < n; ++d)
            prefix.push_back(NameId(quint32(rng() % quint64(names))));
    for (int i = 0; i < count; ++i) {
        Stack s;
        if (rng() % 10 != 0)
            s.frames = prefixes[rng() % prefixes.size()];
        const int extra = int(rng() % quint64(maxDepth + 1));
        for (int d = 0; d < extra && int(s.frames.size()) < maxDepth; ++d)
            s.frames.push_back(NameId(quint32(rng() % quint64(names))));
        if (rng() % 20 == 0 && !stacks.empty())
            s.frames = stacks[rng() % stacks.size()].frames; // a duplicate
        if (rng() % 20 == 0 && !s.frames.empty())
            s.frames.resize(rng() % s.frames.size()); // a prefix, maybe empty
        for (int t = 0; t < types; ++t)
            s.values.push_back(qint64(rng() % 1000) - 100);
        if (labels && rng() % 3 == 0)
            s.labelSet = qint32(rng() % 4);
        stacks.push_back(std::move(s));
    }
    return stacks;
}
} // namespace

class tst_CallTreeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void emptyBuilderIsARoot();
    void smallRandomMatchesReference();
    void deepAndDuplicateStacks();
    void compactionMatchesReference();
    void largeRandomMatchesReferenceOnTwoThreads();
    void fewDeepStacksMatchReferenceOnTwoThreads();
    void cancelledBuildIsEmpty();
    void cancelWhileWritingOnTwoThreadsIsEmpty();

private:
    void check(const std::vector<Stack> &stacks, int names, int types, size_t compactAt = 0);
};

void tst_CallTreeBuilder::check(const std::vector<Stack> &stacks, int names, int types,
                                size_t compactAt)
{
    // Names whose byte order differs from their id order, so ranking matters.
    NameInterner interner;
    const NameId root = interner.intern("total");
    std::vector<NameId> ids;
    for (int i = 0; i < names; ++i)
        ids.push_back(interner.intern("f" + std::to_string((i * 7919) % 100003) + "::x"));
    auto nameOf = [&](NameId frame) {
        return std::string(interner.table().name(ids[frame.index]));
    };

    CallTreeBuilder builder(types);
    if (compactAt > 0)
        builder.setCompactionThreshold(compactAt);
    std::vector<NameId> mapped;
    for (const Stack &s : stacks) {
        mapped.clear();
        for (NameId f : s.frames)
            mapped.push_back(ids[f.index]);
        builder.addStack(mapped, s.values, s.labelSet);
    }
    const CallTree tree = builder.build(interner.table(), root, Progress::none());
    const std::vector<LabelledSample> labelled = builder.takeLabelledSamples();

    RefNode refRoot;
    refRoot.name = "total";
    refRoot.total.assign(size_t(types), 0);
    quint32 maxDepth = 0;
    for (const Stack &s : stacks) {
        RefNode *node = &refRoot;
        for (int t = 0; t < types; ++t)
            node->total[size_t(t)] += s.values[size_t(t)];
        for (NameId f : s.frames) {
            std::unique_ptr<RefNode> &child = node->children[nameOf(f)];
            if (!child) {
                child = std::make_unique<RefNode>();
                child->name = nameOf(f);
                child->total.assign(size_t(types), 0);
            }
            node = child.get();
            for (int t = 0; t < types; ++t)
                node->total[size_t(t)] += s.values[size_t(t)];
        }
        maxDepth = std::max(maxDepth, quint32(s.frames.size()));
    }
    Flat expected;
    flatten(refRoot, CallTree::root().index, 0, expected);
    expected.parent[0] = NodeId().index;

    QCOMPARE(tree.nodeCount(), qsizetype(expected.parent.size()));
    QCOMPARE(tree.maxDepth(), maxDepth);
    QCOMPARE(tree.sampleTypeCount(), types);
    for (quint32 n = 0; n < quint32(expected.parent.size()); ++n) {
        const NodeId node(n);
        QCOMPARE(tree.parent(node).index, expected.parent[n]);
        QCOMPARE(tree.depth(node), expected.depth[n]);
        QCOMPARE(tree.subtreeEnd(node).index, expected.end[n]);
        QCOMPARE(std::string(interner.table().name(tree.name(node))), expected.name[n]);
        for (int t = 0; t < types; ++t)
            QCOMPARE(tree.total(node, t), expected.total[n][size_t(t)]);
    }

    // Labelled samples: one per labelled input stack, in the order of the
    // sorted stacks (names, then label set, then input order), at their leaf.
    auto pathOf = [&](NodeId node) {
        std::vector<std::string> path;
        for (; node != CallTree::root(); node = tree.parent(node))
            path.insert(path.begin(), std::string(interner.table().name(tree.name(node))));
        return path;
    };
    std::vector<std::vector<std::string>> keys(stacks.size());
    std::vector<size_t> order;
    for (size_t i = 0; i < stacks.size(); ++i) {
        if (stacks[i].labelSet < 0)
            continue;
        order.push_back(i);
        for (NameId f : stacks[i].frames)
            keys[i].push_back(nameOf(f));
    }
    if (compactAt == 0) {
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (keys[a] != keys[b])
                return keys[a] < keys[b];
            return stacks[a].labelSet < stacks[b].labelSet;
        });
        QCOMPARE(labelled.size(), order.size());
        for (size_t k = 0; k < order.size(); ++k) {
            const Stack &s = stacks[order[k]];
            QCOMPARE(labelled[k].labelSet, quint32(s.labelSet));
            QCOMPARE(labelled[k].values, s.values);
            QCOMPARE(pathOf(labelled[k].leaf), keys[order[k]]);
        }
        return;
    }
    // Compaction merges equal (stack, label set) pairs buffered together, so
    // compare the sums per pair.
    std::map<std::pair<std::vector<std::string>, qint32>, std::vector<qint64>> want, got;
    for (size_t i : order) {
        auto &sum = want[{keys[i], stacks[i].labelSet}];
        sum.resize(size_t(types), 0);
        for (int t = 0; t < types; ++t)
            sum[size_t(t)] += stacks[i].values[size_t(t)];
    }
    for (const LabelledSample &sample : labelled) {
        auto &sum = got[{pathOf(sample.leaf), qint32(sample.labelSet)}];
        sum.resize(size_t(types), 0);
        for (int t = 0; t < types; ++t)
            sum[size_t(t)] += sample.values[size_t(t)];
    }
    QVERIFY(labelled.size() < order.size()); // merged at least once
    QCOMPARE(got, want);
}

void tst_CallTreeBuilder::emptyBuilderIsARoot()
{
    NameInterner interner;
    const NameId root = interner.intern("total");
    CallTreeBuilder builder(2);
    const CallTree tree = builder.build(interner.table(), root, Progress::none());
    QCOMPARE(tree.nodeCount(), 1);
    QCOMPARE(tree.subtreeEnd(CallTree::root()).index, 1u);
    QCOMPARE(tree.total(CallTree::root(), 1), 0);
    QCOMPARE(tree.maxDepth(), 0u);
}

void tst_CallTreeBuilder::smallRandomMatchesReference()
{
    std::mt19937_64 rng(1);
    for (int round = 0; round < 20; ++round) {
        const int names = 2 + int(rng() % 40);
        const int types = 1 + round % 3;
        check(randomStacks(rng, 1 + int(rng() % 300), names, 1 + int(rng() % 30), types,
                           round % 2 == 0),
              names, types);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_CallTreeBuilder::deepAndDuplicateStacks()
{
    // 50 copies of a 5000-frame stack (ranges of equal stacks deeper than the
    // small-range cut), plus its prefixes: no recursion, no overflow.
    std::vector<Stack> stacks;
    Stack deep;
    for (int d = 0; d < 5000; ++d)
        deep.frames.push_back(NameId(quint32(d % 3)));
    deep.values = {1, 2};
    for (int i = 0; i < 50; ++i) {
        deep.labelSet = i % 3 - 1;
        stacks.push_back(deep);
    }
    for (int cut : {0, 1, 2500, 4999}) {
        Stack prefix = deep;
        prefix.frames.resize(size_t(cut));
        stacks.push_back(prefix);
    }
    check(stacks, 3, 2);
}

void tst_CallTreeBuilder::compactionMatchesReference()
{
    std::mt19937_64 rng(2);
    std::vector<Stack> unique = randomStacks(rng, 400, 30, 12, 2, true);
    std::vector<Stack> stacks;
    for (int i = 0; i < 5000; ++i)
        stacks.push_back(unique[rng() % unique.size()]);
    check(stacks, 30, 2, 2000); // merges many times over
}

void tst_CallTreeBuilder::largeRandomMatchesReferenceOnTwoThreads()
{
    std::mt19937_64 rng(3);
    check(randomStacks(rng, 150000, 500, 20, 2, true), 500, 2);
}

// 30,000 stacks of up to 100 frames, about 1.6 million frames in all: two
// threads by frames, as a perf script file of long kernel and JVM stacks.
void tst_CallTreeBuilder::fewDeepStacksMatchReferenceOnTwoThreads()
{
    std::mt19937_64 rng(5);
    const std::vector<Stack> stacks = randomStacks(rng, 30000, 2000, 100, 1, true);
    size_t frames = 0;
    for (const Stack &s : stacks)
        frames += s.frames.size();
    QVERIFY2(frames > (size_t(1) << 20), qPrintable(QString::number(frames)));
    check(stacks, 2000, 1);
}

void tst_CallTreeBuilder::cancelledBuildIsEmpty()
{
    struct Cancelled : Progress
    {
        bool isCanceled() const override { return true; }
    } cancelled;
    NameInterner interner;
    const NameId root = interner.intern("total");
    const NameId a = interner.intern("a");
    CallTreeBuilder builder(1);
    const qint64 one[] = {1};
    for (int i = 0; i < 200000; ++i)
        builder.addStack(std::span<const NameId>(&a, 1), one);
    QCOMPARE(builder.build(interner.table(), root, cancelled).nodeCount(), 0);
}

// Issue 14's lifetime test found this: a cancel that reaches the tree pass
// while two threads write it (a transform of a big profile whose tab closed)
// made the builder add the helper's root totals to the cancelled writer's,
// which it had never sized: a crash in a pool thread.
void tst_CallTreeBuilder::cancelWhileWritingOnTwoThreadsIsEmpty()
{
    // Cancels once the build reports that it writes the tree (0.6 and on).
    struct CancelInTreePass : Progress
    {
        std::atomic_bool cancelled = false;
        std::atomic_bool reachedTreePass = false;
        bool isCanceled() const override { return cancelled.load(); }
        void report(double fraction) override
        {
            if (fraction > 0.6) {
                reachedTreePass = true;
                cancelled = true;
            }
        }
    } progress;
    std::mt19937_64 rng(14);
    NameInterner interner;
    const NameId root = interner.intern("total");
    for (int i = 0; i < 500; ++i)
        interner.intern("f" + std::to_string(i));
    CallTreeBuilder builder(2);
    for (const Stack &s : randomStacks(rng, 400000, 500, 30, 2, false))
        builder.addStack(s.frames, s.values, s.labelSet);
    QCOMPARE(builder.build(interner.table(), root, progress).nodeCount(), 0);
    QVERIFY(progress.reachedTreePass.load());
}

PYROGRAPH_TEST_MAIN(tst_CallTreeBuilder)
#include "tst_calltreebuilder.moc"
