#include "tests/support/testregistry.h"

#include "library/profileblob.h"

#include "tests/library/librarytestutil.h"
#include "tests/model/collapsedtext.h"

#include <QFileInfo>
#include <QTest>

using namespace testing;
using namespace librarytest;

class tst_ProfileBlob : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"pprof/go-cpu.pb.gz", "pprof/go-allocs.pb.gz", "pprof/pyroscope-heap.pb.gz",
                                 "pprof/node-wall.pb.gz", "pprof/pprof-sample-inlined.cpu.pb.gz",
                                 "pprof/pprof-large.cpu.pb.gz", "collapsed/recursion.txt"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void roundTripIsExact()
    {
        QFETCH(QString, file);
        const ProfilePtr original = readCorpus(file);
        QVERIFY(original);
        QString error;
        const ProfilePtr back = ProfileBlob::toProfile(ProfileBlob::encode(*original), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sampleTypes(), original->sampleTypes());
        QCOMPARE(back->tree().nodeCount(), original->tree().nodeCount());
        for (int t = 0; t < original->sampleTypeCount(); ++t) {
            QCOMPARE(back->total(t), original->total(t));
            QCOMPARE(printTree(*back, t), printTree(*original, t));
        }
    }
    void smallerThanTheGzippedPprof_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"pprof/go-cpu.pb.gz", "pprof/pyroscope-heap.pb.gz", "pprof/pprof-large.cpu.pb.gz",
                                 "pprof/go-allocs.pb.gz"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void smallerThanTheGzippedPprof()
    {
        QFETCH(QString, file);
        const ProfilePtr profile = readCorpus(file);
        QVERIFY(profile);
        const qint64 stored = qint64(ProfileBlob::encode(*profile).size());
        const qint64 pushed = QFileInfo(corpus(file)).size();
        qInfo("%s: %lld bytes stored, %lld gzipped pprof", qPrintable(file), stored, pushed);
        QVERIFY2(stored <= pushed, qPrintable(QStringLiteral("%1 > %2").arg(stored).arg(pushed)));
    }
    void decodesOneSampleType()
    {
        const ProfilePtr profile = fromCollapsed({"a;b 3 30", "a;c 2 20", "d 1 10"}, {{"x", "u"}, {"y", "v"}});
        QString error;
        const auto tree = ProfileBlob::decode(ProfileBlob::encode(*profile), 1, &error);
        QVERIFY2(tree, qPrintable(error));
        QVERIFY(tree->self[0].empty());
        QCOMPARE(tree->self[1].size(), size_t(tree->nodeCount()));
        qint64 sum = 0;
        for (const qint64 v : tree->self[1])
            sum += v;
        QCOMPARE(sum, 60);
        QCOMPARE(tree->nodeCount(), profile->tree().nodeCount());
    }
    void rootSelfKept()
    {
        const ProfilePtr profile = fromCollapsed({" 5", "a 2"});
        QString error;
        const ProfilePtr back = ProfileBlob::toProfile(ProfileBlob::encode(*profile), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->total(0), 7);
        QCOMPARE(printTree(*back), printTree(*profile));
    }
    void corruptBytesAreAnError()
    {
        const ProfilePtr profile = readCorpus("pprof/go-cpu.pb.gz");
        std::string bytes = ProfileBlob::encode(*profile);
        QString error;
        QVERIFY(!ProfileBlob::decode("not zstd at all", -1, &error));
        QVERIFY(error.contains(QStringLiteral("stored profile")));
        std::string truncated = bytes.substr(0, bytes.size() / 2);
        QVERIFY(!ProfileBlob::decode(truncated, -1, &error));
        for (size_t i = 20; i < bytes.size(); i += bytes.size() / 7) {
            std::string flipped = bytes;
            flipped[i] = char(flipped[i] ^ 0x5a);
            ProfileBlob::decode(flipped, -1, &error); // an error or a tree, never a crash
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileBlob)
#include "tst_profileblob.moc"
