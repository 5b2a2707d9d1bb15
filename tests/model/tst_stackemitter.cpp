#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/stackemitter.h"

#include <QTest>

using namespace testing;

class tst_StackEmitter : public QObject
{
    Q_OBJECT
private slots:
    void namesInternedOnlyWhenUsed()
    {
        const ProfilePtr p = fromCollapsed({"a;b 1", "c;d 2"});
        ProfileBuilder b = builderLike(*p);
        StackEmitter e(*p, b);
        const NameId before = NameId(quint32(b.nameCount()));
        const NameId a = e.map(nameId(*p, "a"));
        QCOMPARE(a, before);
        QCOMPARE(e.map(nameId(*p, "a")), a); // once
        QCOMPARE(b.nameCount(), qsizetype(before.index + 1));
    }
    void selfSplitsIntoLabelledAndRemainder()
    {
        const ProfilePtr p = fromCollapsed({"f;g 1", "f 5", "f 2 #k=v", "f 1 #k=w"});
        ProfileBuilder b = builderLike(*p);
        StackEmitter e(*p, b);
        const NodeId f = p->findPath({"f"});
        const NameId stack[] = {e.mapNode(f)};
        e.emitSelf(f, stack);
        const ProfilePtr out = b.build();
        QCOMPARE(printTree(*out), QStringLiteral("total 8/0\n  f 8/8\n"));
        QCOMPARE(out->labels().samples.size(), size_t(2));
    }
    void filterDropsRemainderAndSets()
    {
        const ProfilePtr p = fromCollapsed({"f 5", "f 2 #k=v", "f 1 #k=w"});
        ProfileBuilder b = builderLike(*p);
        StackEmitter e(*p, b);
        std::vector<quint8> accepted(p->labels().sets.size(), 0);
        for (size_t s = 0; s < accepted.size(); ++s)
            accepted[s] = p->labels().sets[s].front().second == "w";
        e.setLabelFilter(accepted, false);
        const NodeId f = p->findPath({"f"});
        const NameId stack[] = {e.mapNode(f)};
        e.emitSelf(f, stack);
        QCOMPARE(b.build()->total(0), 1);
    }
    void subtreeAtOneStack()
    {
        const ProfilePtr p = fromCollapsed({"f;g;h 3", "f;g 2", "f 1 #k=v"});
        for (bool viaLabels : {false, true}) {
            ProfileBuilder b = builderLike(*p);
            StackEmitter e(*p, b);
            if (viaLabels) // a filter that keeps everything takes the per-node path
                e.setLabelFilter(std::vector<quint8>(p->labels().sets.size(), 1), true);
            const NodeId f = p->findPath({"f"});
            const NameId stack[] = {e.mapNode(f)};
            e.emitSubtree(f, stack);
            QCOMPARE(printTree(*b.build()), QStringLiteral("total 6/0\n  f 6/6\n"));
        }
    }
    void typeMapReordersValues()
    {
        const ProfilePtr p = fromCollapsed({"f 1 10"}, {{"a", "x"}, {"b", "y"}});
        ProfileBuilder b(std::vector<SampleType>{{"b", "y"}, {"a", "x"}});
        StackEmitter e(*p, b);
        e.setTypeMap({1, 0});
        const NodeId f = p->findPath({"f"});
        const NameId stack[] = {e.mapNode(f)};
        e.emitSelf(f, stack);
        const ProfilePtr out = b.build();
        QCOMPARE(out->total(0), 10);
        QCOMPARE(out->total(1), 1);
    }
    void builderLikeCopiesSettings()
    {
        ProfileBuilder src(std::vector<SampleType>{{"base", "count"}, {"cmp", "count"}});
        src.setDiff(0, 1);
        src.setDefaultSampleType(0);
        src.metadata().format = "difffolded";
        const ProfilePtr p = src.build();
        ProfileBuilder b = builderLike(*p);
        const ProfilePtr out = b.build();
        QVERIFY(out->isDiff());
        QCOMPARE(out->diffComparison(), 1);
        QCOMPARE(out->defaultSampleType(), 0);
        QCOMPARE(out->metadata().format, std::string("difffolded"));
    }
};

PYROGRAPH_TEST_MAIN(tst_StackEmitter)
#include "tst_stackemitter.moc"
