#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/pprofimporter.h"
#include "importers/pprofwriter.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <string>

namespace {
ImportResult importFile(const QString &path)
{
    return testutil::importFile(PprofImporter(), path);
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(PprofImporter(), bytes, QStringLiteral("written.pb.gz"));
}

} // namespace

class tst_PprofWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripCorpus_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"go-allocs.pb.gz", "go-cpu.pb.gz", "node-heap.pb.gz", "node-wall.pb.gz",
                              "pprof-large.cpu.pb.gz", "pprof-sample-inlined.cpu.pb.gz", "pyroscope-cpu-js.pb.gz",
                              "pyroscope-heap.pb.gz", "speedscope-simple.prof"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    // pprof -> Profile -> pprof -> Profile gives the same tree, values, metadata and labels.
    void roundTripCorpus()
    {
        QFETCH(QString, file);
        const ImportResult first = importFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/") + file);
        QVERIFY2(first.isOk(), qPrintable(first.error));
        const QByteArray written = PprofWriter::toBytes(*first.profile);
        QVERIFY(written.startsWith("\x1f\x8b"));
        const ImportResult second = importBytes(written);
        QVERIFY2(second.isOk(), qPrintable(second.error));
        QVERIFY(second.profile->tree().nodeCount() > 1);
        QVERIFY(testutil::dump(*first.profile, testutil::LabelOrder::Sorted) == testutil::dump(*second.profile, testutil::LabelOrder::Sorted));
    }
    void labelsKeepTheirKind()
    {
        const ImportResult first = importFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/pyroscope-heap.pb.gz"));
        QVERIFY2(first.isOk(), qPrintable(first.error));
        const ImportResult second = importBytes(PprofWriter::toBytes(*first.profile));
        QVERIFY2(second.isOk(), qPrintable(second.error));
        QCOMPARE(second.profile->labels().keys(), std::vector<std::string>{"bytes"});
        QCOMPARE(second.profile->labels().sets.size(), first.profile->labels().sets.size());
        const std::vector<std::string> values = second.profile->labels().values("bytes");
        QVERIFY(std::find(values.begin(), values.end(), "208 bytes") != values.end());
    }
    void builtProfileRoundTrips()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"alloc_space", "bytes"}, {"alloc_objects", "count"}});
        const std::vector<std::string_view> templated{"main", "std::vector<int, std::allocator<int> >::push_back(int const&)"};
        const std::vector<std::string_view> deeper{"main", "a b", "c"};
        const std::vector<std::string_view> empty;
        const qint64 v1[] = {100, 1}, v2[] = {-7, 2}, v3[] = {5, 0};
        builder.addStack(templated, v1);
        builder.addStack(deeper, v2);
        builder.addStack(empty, v3); // self on the root itself
        builder.setDefaultSampleType(0);
        builder.metadata().timeNanos = 1700000000123456789;
        builder.metadata().durationNanos = 2500000000;
        builder.metadata().period = 524288;
        builder.metadata().periodType = {"space", "bytes"};
        builder.metadata().comments = {"first", "second"};
        const ProfilePtr original = builder.build();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(PprofWriter::write(*original, buffer, &error), qPrintable(error));
        const ImportResult back = importBytes(buffer.data());
        QVERIFY2(back.isOk(), qPrintable(back.error));
        QVERIFY(testutil::dump(*original, testutil::LabelOrder::Sorted) == testutil::dump(*back.profile, testutil::LabelOrder::Sorted));
        QCOMPARE(back.profile->defaultSampleType(), 0);
        QCOMPARE(back.profile->tree().self(CallTree::root(), 0), 5);
    }
    void encodedMessageIsProbedAsPprof()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        const std::vector<std::string_view> stack{"a", "b"};
        const qint64 v[] = {3};
        builder.addStack(stack, v);
        const QByteArray message = PprofWriter::encode(*builder.build());
        QVERIFY(PprofImporter().probe(std::string_view(message.constData(), size_t(message.size()))));
    }
};

PYROGRAPH_TEST_MAIN(tst_PprofWriter)
#include "tst_pprofwriter.moc"
