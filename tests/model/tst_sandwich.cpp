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
        QCOMPARE(printTree(*c), QStringLiteral("total 6/0\n"
                                               "  f 6/1\n"
                                               "    a 3/0\n"
                                               "      main 3/3\n"
                                               "    b 2/0\n"
                                               "      main 2/2\n"));
    }
    void callersCountRecursionOnce()
    {
        const ProfilePtr p = fromCollapsed(recursive);
        const ProfilePtr c = callersOf(*p, nameId(*p, "f"));
        // main;f;g;f adds 4 once, as main calling f; the inner f is inside it.
        QCOMPARE(printTree(*c), QStringLiteral("total 10/0\n"
                                               "  f 10/1\n"
                                               "    a 3/0\n"
                                               "      main 3/3\n"
                                               "    b 2/0\n"
                                               "      main 2/2\n"
                                               "    main 4/4\n"));
    }
    void calleesMergeOutermostOccurrences()
    {
        const ProfilePtr p = fromCollapsed(recursive);
        const ProfilePtr c = calleesOf(*p, nameId(*p, "f"));
        QVERIFY(c);
        QCOMPARE(printTree(*c), QStringLiteral("total 10/0\n"
                                               "  f 10/6\n"
                                               "    g 4/0\n"
                                               "      f 4/4\n"));
    }
    void calleesMergeSubtrees()
    {
        const ProfilePtr p = fromCollapsed({"x;f;g 2", "y;f;g;h 3", "y;f 1", "f;k 4"});
        const ProfilePtr c = calleesOf(*p, nameId(*p, "f"));
        QCOMPARE(printTree(*c), QStringLiteral("total 10/0\n"
                                               "  f 10/1\n"
                                               "    g 5/2\n"
                                               "      h 3/3\n"
                                               "    k 4/4\n"));
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
        QCOMPARE(printTree(*c), QStringLiteral("total 3/0\n  関数 3/0\n    другой 1/1\n    主 2/2\n"));
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
