#include "tests/support/testregistry.h"

#include "importers/collapsedimporter.h"
#include "importers/flamebearerimporter.h"
#include "importers/foldedwriter.h"
#include "importers/inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QBuffer>
#include <QTest>

using namespace testutil;

namespace {
ProfilePtr importCollapsed(const QByteArray &bytes)
{
    return importBytes(CollapsedImporter(), bytes, QStringLiteral("folded")).profile;
}
} // namespace

class tst_FoldedWriter : public QObject
{
    Q_OBJECT
private slots:
    void oneLinePerNodeWithSelfRootFirst()
    {
        const ProfilePtr p = importCollapsed(readFile(corpus("collapsed/simple.txt")));
        QVERIFY(p);
        QCOMPARE(FoldedWriter::toBytes(*p), QByteArray("a;b 5\na;b;c 5\na;b;d 4\n"));
    }

    void chosenSampleType()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}, {"cpu", "nanoseconds"}});
        const std::string_view ab[] = {"a", "b"}, a[] = {"a"};
        const qint64 v1[] = {1, 100}, v2[] = {2, 0};
        builder.addStack(std::span<const std::string_view>(ab), v1);
        builder.addStack(std::span<const std::string_view>(a), v2);
        const ProfilePtr p = builder.build();
        QCOMPARE(FoldedWriter::toBytes(*p, 0), QByteArray("a 2\na;b 1\n"));
        QCOMPARE(FoldedWriter::toBytes(*p, 1), QByteArray("a;b 100\n"));
        QCOMPARE(FoldedWriter::toBytes(*p), QByteArray("a;b 100\n")); // pprof's default: the last type
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!FoldedWriter::write(*p, sink, 5, &error));
        QVERIFY(!error.isEmpty());
    }

    void diffProfileWritesTwoCounts()
    {
        const QString file = corpus("collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt");
        const ProfilePtr p = importCollapsed(readFile(file));
        QVERIFY(p && p->isDiff());
        const QByteArray out = FoldedWriter::toBytes(*p);
        QVERIFY(out.contains("noploop;main 274 415\n"));
        QVERIFY(out.contains("cksum;cksum 6 2\n"));
        const ProfilePtr back = importCollapsed(out);
        QVERIFY(back->isDiff());
        QCOMPARE(printTree(*back), printTree(*p));
    }

    void roundTripKeepsTheTree_data()
    {
        addRoundTripRows();
        QTest::newRow("rust [T; _]") << corpus("collapsed/inferno/fractional-samples_with-space.txt");
        QTest::newRow("utf-16") << corpus("collapsed/simple-utf16-le.txt");
    }
    void roundTripKeepsTheTree()
    {
        QFETCH(QString, file);
        const ProfilePtr p = importCollapsed(readFile(file));
        QVERIFY(p);
        const ProfilePtr back = importCollapsed(FoldedWriter::toBytes(*p));
        QVERIFY(back);
        QCOMPARE(printTree(*back), printTree(*p));
        QCOMPARE(back->tree().nodeCount(), p->tree().nodeCount());
    }

    void flamebearerToFolded()
    {
        const QByteArray json = readFile(corpus("pyroscope/server-alloc-objects.json"));
        const ProfilePtr p = FlamebearerImporter().decode(json, QStringLiteral("fb"), Progress::none()).profile;
        QVERIFY(p);
        const ProfilePtr back = importCollapsed(FoldedWriter::toBytes(*p));
        QVERIFY(back);
        QCOMPARE(back->total(0), 2489323);
        QCOMPARE(printTree(*back), printTree(*p));
    }

    void lineBreaksInNamesBecomeSpaces()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        const std::string_view stack[] = {"multi\nline", "x\r"};
        const qint64 v[] = {3};
        builder.addStack(std::span<const std::string_view>(stack), v);
        QCOMPARE(FoldedWriter::toBytes(*builder.build()), QByteArray("multi line;x  3\n"));
    }
};

PYROGRAPH_TEST_MAIN(tst_FoldedWriter)
#include "tst_foldedwriter.moc"
