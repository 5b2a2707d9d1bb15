#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/progress.h"
#include "model/sandwich.h"

#include <QTest>

using namespace testing;

namespace {
class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};

const QStringList recursive = {"main;a;f 3", "main;b;f 2", "f 1", "main;f;g;f 4", "main;h 7"};
} // namespace

class tst_Sandwich : public QObject
{
    Q_OBJECT
private slots:
    void callersInverted()
    {
        const ProfilePtr p = fromCollapsed({"main;a;f 3", "main;b;f 2", "f 1", "main;a 5"});
        const ProfilePtr c = callersOf(*p, nameId(*p, "f"));
        QVERIFY(c);
        QCOMPARE(printTree(*c),
                 QStringLiteral("f 6/1\n"
                                "  a 3/0\n"
                                "    main 3/3\n"
                                "  b 2/0\n"
                                "    main 2/2\n"));
    }
    void callersCountRecursionOnce()
    {
        const ProfilePtr p = fromCollapsed(recursive);
        const ProfilePtr c = callersOf(*p, nameId(*p, "f"));
        // main;f;g;f adds 4 once, as main calling f; the inner f is inside it.
        QCOMPARE(printTree(*c),
                 QStringLiteral("f 10/1\n"
                                "  a 3/0\n"
                                "    main 3/3\n"
                                "  b 2/0\n"
                                "    main 2/2\n"
                                "  main 4/4\n"));
    }
    void calleesMergeOutermostOccurrences()
    {
        const ProfilePtr p = fromCollapsed(recursive);
        const ProfilePtr c = calleesOf(*p, nameId(*p, "f"));
        QVERIFY(c);
        QCOMPARE(printTree(*c),
                 QStringLiteral("f 10/6\n"
                                "  g 4/0\n"
                                "    f 4/4\n"));
    }
    void calleesMergeSubtrees()
    {
        const ProfilePtr p = fromCollapsed({"x;f;g 2", "y;f;g;h 3", "y;f 1", "f;k 4"});
        const ProfilePtr c = calleesOf(*p, nameId(*p, "f"));
        QCOMPARE(printTree(*c),
                 QStringLiteral("f 10/1\n"
                                "  g 5/2\n"
                                "    h 3/3\n"
                                "  k 4/4\n"));
    }
    // The sandwich view's halves grow from the function: no "total" bar under
    // it; with SandwichRoot::Total (focus on a function) the function sits
    // under a root like any profile's.
    void theFunctionIsTheRootOfBothHalves()
    {
        const ProfilePtr p = fromCollapsed({"main;a;f;g 3", "main;b;f 2", "f;k 1", "main;a 5"});
        const NameId f = nameId(*p, "f");
        for (const ProfilePtr &half : {callersOf(*p, f), calleesOf(*p, f)}) {
            QCOMPARE(qName(*half, half->tree().name(CallTree::root())), QStringLiteral("f"));
            QCOMPARE(half->total(0), 6);
        }
        QCOMPARE(printTree(*calleesOf(*p, f)), QStringLiteral("f 6/2\n  g 3/3\n  k 1/1\n"));
        QCOMPARE(printTree(*calleesOf(*p, f, Progress::none(), SandwichRoot::Total)),
                 QStringLiteral("total 6/0\n  f 6/2\n    g 3/3\n    k 1/1\n"));
        QCOMPARE(printTree(*callersOf(*p, f, Progress::none(), SandwichRoot::Total)),
                 QStringLiteral(
                     "total 6/0\n  f 6/1\n    a 3/0\n      main 3/3\n    b 2/0\n      main 2/2\n"));
    }
    void keepsSampleTypesAndMetadata()
    {
        ProfileBuilder b(std::vector<SampleType>{{"samples", "count"}, {"cpu", "nanoseconds"}});
        b.metadata().source = "x.pb.gz";
        b.setDefaultSampleType(0);
        const std::string_view stack[] = {"main", "f"};
        const qint64 v[] = {2, 20};
        b.addStack(std::span<const std::string_view>(stack), v);
        const ProfilePtr p = b.build();
        for (const ProfilePtr &c : {callersOf(*p, nameId(*p, "f")), calleesOf(*p, nameId(*p, "f"))}) {
            QCOMPARE(c->sampleTypes(), p->sampleTypes());
            QCOMPARE(c->metadata().source, std::string("x.pb.gz"));
            QCOMPARE(c->defaultSampleType(), 0);
            QCOMPARE(c->total(1), 20);
        }
    }
    void unknownFunctionGivesEmptyProfile()
    {
        const ProfilePtr p = fromCollapsed({"a 1"});
        QCOMPARE(callersOf(*p, NameId(999))->tree().nodeCount(), 1);
        QCOMPARE(calleesOf(*p, NameId())->total(0), 0);
    }
    void labelsSurvive()
    {
        const ProfilePtr p = fromCollapsed({"main;f 2", "main;f 3 #thread=1", "main;g 1 #thread=2"});
        const ProfilePtr c = calleesOf(*p, nameId(*p, "f"));
        QCOMPARE(c->labels().samples.size(), size_t(1));
        QCOMPARE(c->labels().samples[0].values[0], 3);
        QCOMPARE(c->labels().values("thread"), std::vector<std::string>({"1"}));
        QCOMPARE(c->total(0), 5);
        QCOMPARE(c->labels().sets.size(), size_t(1)); // only the sets still in use
    }
    void unicodeNames()
    {
        const ProfilePtr p = fromCollapsed({"主;関数 2", "другой;関数 1"});
        const ProfilePtr c = callersOf(*p, nameId(*p, "関数"));
        QCOMPARE(printTree(*c), QStringLiteral("関数 3/0\n  другой 1/1\n  主 2/2\n"));
    }
    void cancelGivesNull()
    {
        const ProfilePtr p = fromCollapsed(recursive);
        CancelAtOnce cancel;
        QVERIFY(!callersOf(*p, nameId(*p, "f"), cancel));
        QVERIFY(!calleesOf(*p, nameId(*p, "f"), cancel));
    }
};

PYROGRAPH_TEST_MAIN(tst_Sandwich)
#include "tst_sandwich.moc"
