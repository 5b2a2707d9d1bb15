#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/progress.h"
#include "model/searchquery.h"
#include "model/transforms.h"

#include <QTest>

#include <algorithm>

using namespace testing;

namespace {
class CancelAtOnce final : public Progress
{
public:
    bool isCanceled() const override { return true; }
};

class Recorder final : public Progress
{
public:
    void report(double fraction) override { fractions.push_back(fraction); }
    std::vector<double> fractions;
};

const std::vector<SampleType> twoTypes = {{"samples", "count"}, {"cpu", "nanoseconds"}};

// The sum of labelled sample values (type 0) per label value of one key.
qint64 labelledSum(const Profile &p, const std::string &key, const std::string &value)
{
    qint64 sum = 0;
    for (const LabelledSample &s : p.labels().samples)
        for (const auto &[k, v] : p.labels().sets[s.labelSet])
            if (k == key && v == value)
                sum += s.values[0];
    return sum;
}
} // namespace

class tst_Transforms : public QObject
{
    Q_OBJECT
private slots:
    // focus on a node
    void focusKeepsAncestorsAsAChain()
    {
        const ProfilePtr p = fromCollapsed({"main;a;x 3", "main;a 1", "main;b 5", "other 2"});
        const ProfilePtr f = focusOnNode(*p, p->findPath({"main", "a"}));
        QVERIFY(f);
        QCOMPARE(printTree(*f), QStringLiteral("total 4/0\n  main 4/0\n    a 4/1\n      x 3/3\n"));
    }
    void focusCanDropAncestors()
    {
        const ProfilePtr p = fromCollapsed({"main;a;x 3", "main;a 1", "main;b 5"});
        const ProfilePtr f = focusOnNode(*p, p->findPath({"main", "a"}), FocusAncestors::Drop);
        QCOMPARE(printTree(*f), QStringLiteral("total 4/0\n  a 4/1\n    x 3/3\n"));
    }
    void focusOnRootCopies()
    {
        const ProfilePtr p = fromCollapsed({"main;a 3", "b 1"});
        const ProfilePtr f = focusOnNode(*p, CallTree::root());
        QCOMPARE(printTree(*f), printTree(*p));
        QVERIFY(f.get() != p.get());
    }
    void focusOnInvalidNodeIsEmpty()
    {
        const ProfilePtr p = fromCollapsed({"main;a 3"});
        QCOMPARE(focusOnNode(*p, NodeId())->tree().nodeCount(), 1);
        QCOMPARE(focusOnNode(*p, NodeId(99))->total(0), 0);
    }
    void focusKeepsEveryType()
    {
        const ProfilePtr p = fromCollapsed({"main;a 3 30", "main;b 1 10"}, twoTypes);
        const ProfilePtr f = focusOnNode(*p, p->findPath({"main", "b"}));
        QCOMPARE(f->total(0), 1);
        QCOMPARE(f->total(1), 10);
        QCOMPARE(f->sampleTypes(), twoTypes);
    }
    void focusOnFunctionReRootsAtOutermost()
    {
        const ProfilePtr p = fromCollapsed({"x;f;g 2", "y;f;f 3", "z 9"});
        const ProfilePtr f = focusOnFunction(*p, nameId(*p, "f"));
        QCOMPARE(printTree(*f), QStringLiteral("total 5/0\n  f 5/0\n    f 3/3\n    g 2/2\n"));
    }

    // collapse
    void collapseFoldsCalleesIntoSelf()
    {
        const ProfilePtr p = fromCollapsed({"main;f;g 2", "main;f;h;i 3", "main;f 1", "main;k 4"});
        const ProfilePtr c = collapseFunction(*p, nameId(*p, "f"));
        QCOMPARE(printTree(*c), QStringLiteral("total 10/0\n  main 10/0\n    f 6/6\n    k 4/4\n"));
    }
    void collapseRecursiveFunctionAtOutermost()
    {
        const ProfilePtr p = fromCollapsed({"f;g;f;h 2", "a;f 1"});
        const ProfilePtr c = collapseFunction(*p, nameId(*p, "f"));
        QCOMPARE(printTree(*c), QStringLiteral("total 3/0\n  a 1/0\n    f 1/1\n  f 2/2\n"));
    }

    // hide
    void hideAttachesCalleesToCaller()
    {
        const ProfilePtr p = fromCollapsed({"main;wrap;a 2", "main;wrap;b 3", "main;a 1", "main;wrap 4"});
        const ProfilePtr h = hideFunction(*p, nameId(*p, "wrap"));
        QCOMPARE(printTree(*h), QStringLiteral("total 10/0\n  main 10/4\n    a 3/3\n    b 3/3\n"));
    }
    void hideRecursiveFrames()
    {
        const ProfilePtr p = fromCollapsed({"r;x;r;y 2", "r 1"});
        const ProfilePtr h = hideFunction(*p, nameId(*p, "r"));
        QCOMPARE(printTree(*h), QStringLiteral("total 3/1\n  x 2/0\n    y 2/2\n"));
    }
    void hideWholeStackKeepsTotal()
    {
        const ProfilePtr p = fromCollapsed({"f 2", "g 1"});
        const ProfilePtr h = hideFunction(*p, nameId(*p, "f"));
        QCOMPARE(h->total(0), 3);
        QCOMPARE(printTree(*h), QStringLiteral("total 3/2\n  g 1/1\n"));
    }
    void hideMatchingRegex()
    {
        const ProfilePtr p = fromCollapsed({"main;runtime.a;work 2", "main;runtime.b;work 3", "main;other 1"});
        QString error;
        const ProfilePtr h = hideMatching(*p, SearchQuery::regex(QStringLiteral("^runtime\\."), &error));
        QCOMPARE(printTree(*h), QStringLiteral("total 6/0\n  main 6/0\n    other 1/1\n    work 5/5\n"));
        // Nothing to hide: the same tree.
        QCOMPARE(printTree(*hideMatching(*p, SearchQuery())), printTree(*p));
    }
    void transformsLeaveTheInputAlone()
    {
        const ProfilePtr p = fromCollapsed({"main;wrap;a 2", "main;b 3"});
        const QString before = printTree(*p);
        hideFunction(*p, nameId(*p, "wrap"));
        collapseFunction(*p, nameId(*p, "main"));
        focusOnNode(*p, NodeId(2));
        QCOMPARE(printTree(*p), before);
    }

    // merge
    void mergeAddsProfiles()
    {
        const ProfilePtr a = fromCollapsed({"main;x 2", "main;y 1"});
        const ProfilePtr b = fromCollapsed({"main;x 3", "other 4"});
        const ProfilePtr list[] = {a, b};
        const MergeResult m = mergeProfiles(list);
        QVERIFY(m.ok());
        QVERIFY(m.error.isEmpty());
        QCOMPARE(printTree(*m.profile),
                 QStringLiteral("total 10/0\n  main 6/0\n    x 5/5\n    y 1/1\n  other 4/4\n"));
    }
    void mergeMatchesTypesInAnyOrder()
    {
        const ProfilePtr a = fromCollapsed({"f 1 100"}, twoTypes);
        const ProfilePtr b = fromCollapsed({"f 200 2"}, {twoTypes[1], twoTypes[0]});
        const ProfilePtr list[] = {a, b};
        const MergeResult m = mergeProfiles(list);
        QVERIFY(m.ok());
        QCOMPARE(m.profile->sampleTypes(), twoTypes);
        QCOMPARE(m.profile->total(0), 3);
        QCOMPARE(m.profile->total(1), 300);
    }
    void mergeTypeMismatchIsAnError()
    {
        const ProfilePtr a = fromCollapsed({"f 1"}, {{"cpu", "nanoseconds"}});
        const ProfilePtr b = fromCollapsed({"f 1"}, {{"cpu", "milliseconds"}});
        const ProfilePtr list[] = {a, b};
        const MergeResult m = mergeProfiles(list);
        QVERIFY(!m.ok());
        QVERIFY(m.error.contains(QStringLiteral("cpu/milliseconds")));
        QVERIFY(m.error.contains(QStringLiteral("profile 2")));
        const ProfilePtr c = fromCollapsed({"f 1 1"}, twoTypes);
        const ProfilePtr list2[] = {c, a};
        QVERIFY(!mergeProfiles(list2).ok());
        const ProfilePtr none = ProfileBuilder(std::vector<SampleType>{}).build();
        const ProfilePtr list3[] = {none, a};
        QVERIFY(!mergeProfiles(list3).ok());
    }
    void mergeNothingIsAnError()
    {
        QVERIFY(!mergeProfiles({}).ok());
        const ProfilePtr list[] = {ProfilePtr()};
        QVERIFY(!mergeProfiles(list).error.isEmpty());
    }
    void mergeMetadataSpansAllProfiles()
    {
        ProfileBuilder b1(std::vector<SampleType>{{"samples", "count"}});
        b1.metadata().timeNanos = 1000;
        b1.metadata().durationNanos = 10;
        b1.metadata().source = "a.pb";
        ProfileBuilder b2(std::vector<SampleType>{{"samples", "count"}});
        b2.metadata().timeNanos = 1500;
        b2.metadata().durationNanos = 100;
        b2.metadata().source = "b.pb";
        const ProfilePtr list[] = {b1.build(), b2.build()};
        const MergeResult m = mergeProfiles(list);
        QVERIFY(m.ok());
        QCOMPARE(m.profile->metadata().timeNanos, 1000);
        QCOMPARE(m.profile->metadata().durationNanos, 600);
        QCOMPARE(m.profile->metadata().source, std::string("a.pb, b.pb"));
    }
    void mergeKeepsLabels()
    {
        const ProfilePtr a = fromCollapsed({"f 1", "f 2 #pod=x"});
        const ProfilePtr b = fromCollapsed({"g 1", "f 4 #pod=x", "f 8 #pod=y"});
        const ProfilePtr list[] = {a, b};
        const MergeResult m = mergeProfiles(list);
        QCOMPARE(m.profile->total(0), 16);
        QCOMPARE(labelledSum(*m.profile, "pod", "x"), 6);
        QCOMPARE(labelledSum(*m.profile, "pod", "y"), 8);
    }

    // label filter
    void parseLabelFilter()
    {
        QCOMPARE(LabelFilter::parse("pod=web-1"), (LabelFilter{"pod", "web-1", false}));
        QCOMPARE(LabelFilter::parse(" pod != web-1 "), (LabelFilter{"pod", "web-1", true}));
        QCOMPARE(LabelFilter::parse("url=/a=b"), (LabelFilter{"url", "/a=b", false}));
        QVERIFY(!LabelFilter::parse("pod").has_value());
        QVERIFY(!LabelFilter::parse("=x").has_value());
    }
    void includeKeepsOnlyMatchingSamples()
    {
        // main;f self 10: 3 thread=1, 2 thread=2, the unlabelled remainder 5.
        const ProfilePtr p = fromCollapsed({"main;f 5", "main;f 3 #thread=1", "main;f 2 #thread=2", "main;g 4 #thread=1"});
        const LabelFilter filter[] = {{"thread", "1", false}};
        const ProfilePtr f = filterByLabel(*p, filter);
        QVERIFY(f);
        QCOMPARE(printTree(*f), QStringLiteral("total 7/0\n  main 7/0\n    f 3/3\n    g 4/4\n"));
        QCOMPARE(labelledSum(*f, "thread", "1"), 7);
    }
    void excludeKeepsUnlabelledRemainder()
    {
        const ProfilePtr p = fromCollapsed({"main;f 5", "main;f 3 #thread=1", "main;f 2 #thread=2", "main;g 4 #thread=1"});
        const LabelFilter filter[] = {{"thread", "1", true}};
        const ProfilePtr f = filterByLabel(*p, filter);
        QCOMPARE(printTree(*f), QStringLiteral("total 7/0\n  main 7/0\n    f 7/7\n"));
        QCOMPARE(labelledSum(*f, "thread", "2"), 2);
        QCOMPARE(labelledSum(*f, "thread", "1"), 0);
    }
    void filtersCombineWithAnd()
    {
        const ProfilePtr p = fromCollapsed({"a 1", "a 2 #pod=x,thread=1", "a 4 #pod=x,thread=2", "b 8 #pod=y,thread=1"});
        const LabelFilter filters[] = {{"pod", "x", false}, {"thread", "2", true}};
        const ProfilePtr f = filterByLabel(*p, filters);
        QCOMPARE(f->total(0), 2);
        QCOMPARE(printTree(*f), QStringLiteral("total 2/0\n  a 2/2\n"));
    }
    void noFilterKeepsEverything()
    {
        const ProfilePtr p = fromCollapsed({"a 1", "a;b 2 #pod=x"});
        const ProfilePtr f = filterByLabel(*p, {});
        QCOMPARE(printTree(*f), printTree(*p));
        QCOMPARE(f->labels().samples.size(), size_t(1));
    }
    void labelsSurviveOtherTransforms()
    {
        const ProfilePtr p = fromCollapsed({"main;wrap;a 1", "main;wrap;a 2 #pod=x", "main;b 4 #pod=y"});
        const ProfilePtr h = hideFunction(*p, nameId(*p, "wrap"));
        const LabelFilter filter[] = {{"pod", "x", false}};
        const ProfilePtr f = filterByLabel(*h, filter);
        QCOMPARE(printTree(*f), QStringLiteral("total 2/0\n  main 2/0\n    a 2/2\n"));
    }

    void unicodeNamesSurvive()
    {
        const ProfilePtr p = fromCollapsed({"主;包装;関数 2", "主;другой 1"});
        const ProfilePtr h = hideFunction(*p, nameId(*p, "包装"));
        QCOMPARE(printTree(*h), QStringLiteral("total 3/0\n  主 3/0\n    другой 1/1\n    関数 2/2\n"));
    }
    void progressRisesToOne()
    {
        const ProfilePtr p = fromCollapsed({"main;a 3", "b 1"});
        Recorder progress;
        QVERIFY(hideFunction(*p, nameId(*p, "a"), progress));
        QVERIFY(!progress.fractions.empty());
        QVERIFY(std::is_sorted(progress.fractions.begin(), progress.fractions.end()));
        QCOMPARE(progress.fractions.back(), 1.0);
        QVERIFY(progress.fractions.front() >= 0.0);
    }
    void cancelGivesNull()
    {
        const ProfilePtr p = fromCollapsed({"main;a 3", "b 1 #k=v"});
        CancelAtOnce cancel;
        QVERIFY(!focusOnNode(*p, CallTree::root(), FocusAncestors::Keep, cancel));
        QVERIFY(!collapseFunction(*p, nameId(*p, "a"), cancel));
        QVERIFY(!hideFunction(*p, nameId(*p, "a"), cancel));
        const ProfilePtr list[] = {p};
        const MergeResult m = mergeProfiles(list, cancel);
        QVERIFY(!m.ok());
        QVERIFY(!filterByLabel(*p, {}, cancel));
    }
};

PYROGRAPH_TEST_MAIN(tst_Transforms)
#include "tst_transforms.moc"
