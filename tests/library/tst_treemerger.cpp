#include "tests/support/testregistry.h"

#include "library/treemerger.h"

#include "tests/library/librarytestutil.h"
#include "tests/model/collapsedtext.h"

#include <QTest>

using namespace testing;
using namespace librarytest;

class tst_TreeMerger : public QObject
{
    Q_OBJECT
private slots:
    void mergeEqualsTheMergedStacks()
    {
        const QStringList first{"a;b;c 3", "a;d 2", "e 1", " 4"};
        const QStringList second{"a;b 5", "a;b;c 1", "f;a 7", "e 2"};
        const QStringList third{"e;e;e 9"};
        TreeMerger merger(SampleType{"cpu", "nanoseconds"});
        QString error;
        for (const QStringList &lines : {first, second, third}) {
            const auto tree = ProfileBlob::decode(ProfileBlob::encode(*fromCollapsed(lines)), 0, &error);
            QVERIFY2(tree, qPrintable(error));
            merger.add(*tree, 0);
        }
        const ProfilePtr merged = merger.build();
        const ProfilePtr expected = fromCollapsed(first + second + third);
        QCOMPARE(printTree(*merged), printTree(*expected));
        QCOMPARE(merged->total(0), 34);
        QCOMPARE(merged->sampleTypes().front().unit, std::string("nanoseconds"));
    }
    void picksTheSampleType()
    {
        const ProfilePtr two = fromCollapsed({"a 1 10", "b 2 20"}, {{"x", "u"}, {"y", "v"}});
        QString error;
        const auto tree = ProfileBlob::decode(ProfileBlob::encode(*two), 1, &error);
        TreeMerger merger(SampleType{"y", "v"});
        merger.add(*tree, 1);
        merger.add(*tree, 1);
        QCOMPARE(printTree(*merger.build()), QStringLiteral("total 60/0\n  a 20/20\n  b 40/40\n"));
    }
    void corpusMergedWithItselfDoubles()
    {
        const ProfilePtr profile = readCorpus("pprof/go-cpu.pb.gz");
        const int type = profile->defaultSampleType();
        QString error;
        const auto tree = ProfileBlob::decode(ProfileBlob::encode(*profile), type, &error);
        TreeMerger merger(profile->sampleTypes()[size_t(type)]);
        merger.add(*tree, type);
        merger.add(*tree, type);
        const ProfilePtr merged = merger.build();
        QCOMPARE(merged->total(0), 2 * profile->total(type));
        QCOMPARE(merged->tree().nodeCount(), profile->tree().nodeCount());
    }
    void nothingAddedIsEmpty()
    {
        TreeMerger merger(SampleType{"cpu", "nanoseconds"});
        const ProfilePtr merged = merger.build();
        QVERIFY(merged);
        QCOMPARE(merged->total(0), 0);
    }
};

PYROGRAPH_TEST_MAIN(tst_TreeMerger)
#include "tst_treemerger.moc"
