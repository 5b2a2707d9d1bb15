#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/diffbuilder.h"
#include "model/profilebuilder.h"

#include <QFile>
#include <QTest>

#include <map>
#include <random>

using namespace testing;

namespace {
class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};

// "name baseline/comparison" per node in pre-order, indented by depth.
QString printDiff(const Profile &p)
{
    QString out;
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const NodeId id(n);
        out += QString(int(t.depth(id)) * 2, u' ') + qName(p, id) + u' ' + QString::number(t.total(id, 0)) + u'/'
             + QString::number(t.total(id, 1)) + u'\n';
    }
    return out;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// The diff built the slow, independent way: every stack of both sides through
// ProfileBuilder (which sorts them), the baseline's in column 0 and the
// comparison's in column 1.
ProfilePtr referenceDiff(const QStringList &before, const QStringList &after)
{
    ProfileBuilder builder({{"baseline", "count"}, {"comparison", "count"}});
    builder.setDiff(0, 1);
    for (int side = 0; side < 2; ++side) {
        for (const QString &line : side == 0 ? before : after) {
            const qsizetype space = line.lastIndexOf(u' ');
            const qint64 value = line.mid(space + 1).toLongLong();
            std::vector<NameId> ids;
            for (const QString &f : line.left(space).split(u';', Qt::SkipEmptyParts))
                ids.push_back(builder.intern(f.toStdString()));
            const qint64 values[2] = {side == 0 ? value : 0, side == 0 ? 0 : value};
            builder.addStack(ids, values);
        }
    }
    return builder.build();
}

// Same structure, names and both columns, node for node.
void compareTrees(const Profile &actual, const Profile &expected)
{
    QCOMPARE(printDiff(actual), printDiff(expected));
    const CallTree &a = actual.tree(), &e = expected.tree();
    QCOMPARE(a.nodeCount(), e.nodeCount());
    for (quint32 n = 0; n < quint32(a.nodeCount()); ++n) {
        QCOMPARE(a.parent(NodeId(n)), e.parent(NodeId(n)));
        QCOMPARE(a.subtreeEnd(NodeId(n)), e.subtreeEnd(NodeId(n)));
        QCOMPARE(a.depth(NodeId(n)), e.depth(NodeId(n)));
    }
    QCOMPARE(a.maxDepth(), e.maxDepth());
}

QStringList randomStacks(quint32 seed, int count)
{
    std::mt19937 random(seed);
    static const char *const names[] = {"main", "serve", "parse", "write", "read", "alloc", "free",
                                        "lock", "std::vector<int>::push_back", "a", "b", "zz"};
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        QStringList frames;
        const int depth = 1 + int(random() % 7);
        for (int d = 0; d < depth; ++d)
            frames << QString::fromLatin1(names[random() % std::size(names)]);
        lines << frames.join(u';') + u' ' + QString::number(1 + random() % 50);
    }
    return lines;
}

const QString inferno = QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed/inferno/diff-folded_");
} // namespace

class tst_DiffBuilder : public QObject
{
    Q_OBJECT
private slots:
    void mergesKnownPair()
    {
        const ProfilePtr before = fromCollapsed({"main;a 10", "main;b 10"});
        const ProfilePtr after = fromCollapsed({"main;a 5", "main;c 15", "other 1"});
        const DiffResult d = DiffBuilder::build(*before, 0, *after, 0);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(printDiff(*d.profile), QStringLiteral("total 20/21\n"
                                                       "  main 20/20\n"
                                                       "    a 10/5\n"
                                                       "    b 10/0\n"
                                                       "    c 0/15\n"
                                                       "  other 0/1\n"));
    }
    void isADiffProfile()
    {
        const ProfilePtr p = fromCollapsed({"main 3 300"}, {{"samples", "count"}, {"cpu", "nanoseconds"}});
        const DiffResult d = DiffBuilder::build(*p, 1, *p, 1, QStringLiteral("a.pb.gz"), QStringLiteral("b.pb.gz"));
        QVERIFY(d.ok());
        QVERIFY(d.profile->isDiff());
        QCOMPARE(d.profile->diffBaseline(), 0);
        QCOMPARE(d.profile->diffComparison(), 1);
        QCOMPARE(d.profile->sampleTypes(),
                 (std::vector<SampleType>{{"baseline", "nanoseconds"}, {"comparison", "nanoseconds"}}));
        QCOMPARE(d.sampleType, (SampleType{"cpu", "nanoseconds"}));
        QCOMPARE(d.profile->metadata().format, std::string("diff"));
        QCOMPARE(d.profile->metadata().source, std::string("a.pb.gz vs b.pb.gz"));
        QCOMPARE(d.profile->total(0), 300);
        QCOMPARE(d.profile->total(1), 300);
    }
    void infernoPairMatchesSortedBuild()
    {
        const QStringList before = readLines(inferno + QStringLiteral("before.txt"));
        const QStringList after = readLines(inferno + QStringLiteral("after.txt"));
        QCOMPARE(before.size(), 8);
        QCOMPARE(after.size(), 8);
        const DiffResult d = DiffBuilder::build(*fromCollapsed(before), 0, *fromCollapsed(after), 0);
        QVERIFY(d.ok());
        compareTrees(*d.profile, *referenceDiff(before, after));
        // The sums of the two files, and one node computed by hand from them.
        QCOMPARE(d.profile->total(0), 65);
        QCOMPARE(d.profile->total(1), 80);
        const NodeId read = d.profile->findPath({"dd", "[unknown]", "read"});
        QCOMPARE(d.profile->tree().total(read, 0), 14 + 11 + 6);
        QCOMPARE(d.profile->tree().total(read, 1), 13 + 15 + 4);
        // One side only: the 0x234f2abc stack was removed, write;...;__fget_light_[k] is new.
        const NodeId removed = d.profile->findPath({"dd", "[unknown]", "0x234f2abc"});
        QCOMPARE(d.profile->tree().total(removed, 0), 1);
        QCOMPARE(d.profile->tree().total(removed, 1), 0);
        const NodeId added = d.profile->findPath({"dd", "write", "system_call_[k]", "sys_write_[k]", "__fdget_pos_[k]"});
        QCOMPARE(d.profile->tree().total(added, 0), 0);
        QCOMPARE(d.profile->tree().total(added, 1), 12);
    }
    void randomPairsMatchSortedBuild()
    {
        for (quint32 seed = 1; seed <= 5; ++seed) {
            const QStringList before = randomStacks(seed, 300), after = randomStacks(seed + 100, 200);
            const DiffResult d = DiffBuilder::build(*fromCollapsed(before), 0, *fromCollapsed(after), 0);
            QVERIFY(d.ok());
            compareTrees(*d.profile, *referenceDiff(before, after));
        }
    }
    void swappingSidesSwapsColumns()
    {
        const ProfilePtr a = fromCollapsed(randomStacks(7, 200)), b = fromCollapsed(randomStacks(8, 200));
        const DiffResult ab = DiffBuilder::build(*a, 0, *b, 0), ba = DiffBuilder::build(*b, 0, *a, 0);
        const CallTree &x = ab.profile->tree(), &y = ba.profile->tree();
        QCOMPARE(x.nodeCount(), y.nodeCount());
        for (quint32 n = 0; n < quint32(x.nodeCount()); ++n) {
            QCOMPARE(ab.profile->name(NodeId(n)), ba.profile->name(NodeId(n)));
            QCOMPARE(x.total(NodeId(n), 0), y.total(NodeId(n), 1));
            QCOMPARE(x.total(NodeId(n), 1), y.total(NodeId(n), 0));
        }
    }
    void selfDiffHasEqualColumns()
    {
        const ProfilePtr a = fromCollapsed(randomStacks(3, 300));
        const DiffResult d = DiffBuilder::build(*a, 0, *a, 0);
        QCOMPARE(d.profile->tree().nodeCount(), a->tree().nodeCount());
        for (quint32 n = 0; n < quint32(a->tree().nodeCount()); ++n)
            QCOMPARE(d.profile->tree().total(NodeId(n), 0), d.profile->tree().total(NodeId(n), 1));
    }
    void emptySide()
    {
        const ProfilePtr a = fromCollapsed({"main;a 4"});
        const ProfilePtr empty = ProfileBuilder(std::vector<SampleType>{{"samples", "count"}}).build();
        const DiffResult d = DiffBuilder::build(*empty, 0, *a, 0);
        QVERIFY(d.ok());
        QCOMPARE(printDiff(*d.profile), QStringLiteral("total 0/4\n  main 0/4\n    a 0/4\n"));
    }
    void unitsMustMatch()
    {
        const ProfilePtr a = fromCollapsed({"main 1"}, {{"cpu", "nanoseconds"}});
        const ProfilePtr b = fromCollapsed({"main 1"}, {{"alloc_space", "bytes"}});
        const DiffResult d = DiffBuilder::build(*a, 0, *b, 0, QStringLiteral("cpu.pb.gz"), QStringLiteral("heap.pb.gz"));
        QVERIFY(!d.ok());
        QCOMPARE(d.outcome, JobOutcome::Failed);
        QVERIFY2(d.error.contains(QLatin1String("cpu.pb.gz")) && d.error.contains(QLatin1String("heap.pb.gz"))
                     && d.error.contains(QLatin1String("nanoseconds")) && d.error.contains(QLatin1String("bytes")),
                 qPrintable(d.error));
    }
    void badSampleTypeIndex()
    {
        const ProfilePtr a = fromCollapsed({"main 1"});
        QVERIFY(!DiffBuilder::build(*a, 1, *a, 0).ok());
        QVERIFY(!DiffBuilder::build(*a, 0, *a, -1).ok());
    }
    void pairsByNameOrDefault()
    {
        const std::vector<SampleType> pprofTypes{{"samples", "count"}, {"cpu", "nanoseconds"}};
        const ProfilePtr pprof = fromCollapsed({"main 1 10"}, pprofTypes); // default: cpu (the last)
        const ProfilePtr collapsed = fromCollapsed({"main 1"}); // samples/count
        SampleTypePairing p = DiffBuilder::pairSampleTypes(*pprof, *collapsed);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.baseline, 0);
        QCOMPARE(p.comparison, 0);
        p = DiffBuilder::pairSampleTypes(*pprof, *pprof);
        QCOMPARE(p.baseline, 1);
        QCOMPARE(p.comparison, 1);
        p = DiffBuilder::pairSampleTypes(*pprof, *pprof, "samples");
        QCOMPARE(p.baseline, 0);
        QCOMPARE(p.comparison, 0);
        // Different names, same unit: the defaults.
        const ProfilePtr inuse = fromCollapsed({"main 1"}, {{"inuse_space", "bytes"}});
        const ProfilePtr alloc = fromCollapsed({"main 1"}, {{"alloc_space", "bytes"}});
        p = DiffBuilder::pairSampleTypes(*inuse, *alloc);
        QVERIFY(p.ok());
    }
    void pairsDifferentlyNamedTypes()
    {
        const ProfilePtr node = fromCollapsed({"main 1 10"}, {{"objects", "count"}, {"space", "bytes"}});
        const ProfilePtr go = fromCollapsed({"main 1 2 3 4"}, {{"alloc_objects", "count"}, {"alloc_space", "bytes"},
                                                              {"inuse_objects", "count"}, {"inuse_space", "bytes"}});
        SampleTypePairing p = DiffBuilder::pairSampleTypes(*node, *go, "space", QStringLiteral("A"), QStringLiteral("B"),
                                                           "inuse_space");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.baseline, 1);
        QCOMPARE(p.comparison, 3);
        // Only the comparison's named: the baseline's default (space, the last).
        p = DiffBuilder::pairSampleTypes(*node, *go, {}, QStringLiteral("A"), QStringLiteral("B"), "inuse_objects");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.baseline, 1);
        QCOMPARE(p.comparison, 2);
        QVERIFY(!DiffBuilder::build(*node, p.baseline, *go, p.comparison).ok()); // bytes against count
        p = DiffBuilder::pairSampleTypes(*node, *go, "space", QStringLiteral("A"), QStringLiteral("B"), "heap");
        QVERIFY(!p.ok());
        QVERIFY2(p.error.startsWith(QLatin1String("B has no sample type \"heap\"; it has: alloc_objects (count)")),
                 qPrintable(p.error));
        p = DiffBuilder::pairSampleTypes(*node, *go, "inuse_space", QStringLiteral("A"), QStringLiteral("B"), "space");
        QVERIFY(!p.ok());
        QVERIFY2(p.error.startsWith(QLatin1String("A has no sample type \"inuse_space\"")), qPrintable(p.error));
    }
    void pairingErrorsNameTheProfiles()
    {
        const ProfilePtr cpu = fromCollapsed({"main 1"}, {{"cpu", "nanoseconds"}});
        const ProfilePtr heap = fromCollapsed({"main 1"}, {{"alloc_space", "bytes"}});
        SampleTypePairing p = DiffBuilder::pairSampleTypes(*cpu, *heap, {}, QStringLiteral("A"), QStringLiteral("B"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(QLatin1String("cpu (nanoseconds)")) && p.error.contains(QLatin1String("alloc_space (bytes)")),
                 qPrintable(p.error));
        p = DiffBuilder::pairSampleTypes(*cpu, *heap, "cpu", QStringLiteral("A"), QStringLiteral("B"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error.startsWith(QLatin1String("B has no sample type \"cpu\"")), qPrintable(p.error));
    }
    void cancelled()
    {
        const ProfilePtr a = fromCollapsed({"main 1"});
        CancelAtOnce cancel;
        const DiffResult d = DiffBuilder::build(*a, 0, *a, 0, QString(), QString(), cancel);
        QVERIFY(!d.ok());
        QCOMPARE(d.outcome, JobOutcome::Cancelled);
        QVERIFY(d.error.isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffBuilder)
#include "tst_diffbuilder.moc"
