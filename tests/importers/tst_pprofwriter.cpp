#include "importers/inputstream.h"
#include "importers/pprofimporter.h"
#include "importers/pprofwriter.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <string>

namespace {
ImportResult importFile(const QString &path)
{
    QString error;
    std::unique_ptr<InputStream> input = InputStream::openFile(path, &error);
    if (!input)
        return ImportResult::failure(error);
    return PprofImporter().read(*input, Progress::none());
}

ImportResult importBytes(const QByteArray &bytes)
{
    std::unique_ptr<InputStream> input = InputStream::fromBytes(bytes, QStringLiteral("written.pb.gz"));
    return PprofImporter().read(*input, Progress::none());
}

// Tree, types, metadata and labels as text; labelled samples sorted, since
// label set ids follow the order in which a file first uses them.
std::string dump(const Profile &p)
{
    std::string out;
    for (const SampleType &t : p.sampleTypes())
        out += t.type + "/" + t.unit + " ";
    out += "default " + std::to_string(p.defaultSampleType()) + "\n";
    const ProfileMetadata &m = p.metadata();
    out += std::to_string(m.timeNanos) + " " + std::to_string(m.durationNanos) + " " + m.periodType.type + "/"
         + m.periodType.unit + " " + std::to_string(m.period) + "\n";
    for (const std::string &c : m.comments)
        out += "# " + c + "\n";
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const NodeId id(n);
        out += std::to_string(t.depth(id)) + " " + std::string(p.name(id));
        for (int s = 0; s < t.sampleTypeCount(); ++s)
            out += " " + std::to_string(t.total(id, s));
        out += "\n";
    }
    std::vector<std::string> labelled;
    for (const LabelledSample &s : p.labels().samples) {
        std::string line = "label " + std::to_string(s.leaf.index) + ":";
        for (const auto &[k, v] : p.labels().sets[s.labelSet])
            line += " " + k + "=" + v;
        for (qint64 v : s.values)
            line += " " + std::to_string(v);
        labelled.push_back(line);
    }
    std::sort(labelled.begin(), labelled.end());
    for (const std::string &line : labelled)
        out += line + "\n";
    return out;
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
        QVERIFY(dump(*first.profile) == dump(*second.profile));
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
        QVERIFY(dump(*original) == dump(*back.profile));
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

QTEST_GUILESS_MAIN(tst_PprofWriter)
#include "tst_pprofwriter.moc"
