#include "tests/support/testregistry.h"

#include "tests/importers/jfrtestwriter.h"
#include "tests/server/servertestutil.h"

#include <QTest>

#include <set>

using namespace servertest;

namespace {

const char *const jfrPath =
    "/ingest?name=shop%7Benv%3Dprod%7D&format=jfr&from=1700000000&until=1700000010"
    "&spyName=javaspy&sampleRate=100";

void field(QByteArray &out, int number, const QByteArray &message)
{
    jfrtest::varint(out, quint64(number) << 3 | 2);
    jfrtest::varint(out, quint64(message.size()));
    out.append(message);
}

void varintField(QByteArray &out, int number, quint64 value)
{
    jfrtest::varint(out, quint64(number) << 3);
    jfrtest::varint(out, value);
}

// A LabelsSnapshot as Pyroscope's Java agent sends it: context 7 is
// {span_name: checkout}.
QByteArray labelsSnapshot()
{
    QByteArray pair;
    varintField(pair, 1, 1);
    varintField(pair, 2, 2);
    QByteArray context;
    field(context, 1, pair);
    QByteArray contextEntry;
    varintField(contextEntry, 1, 7);
    field(contextEntry, 2, context);
    QByteArray snapshot;
    field(snapshot, 1, contextEntry);
    for (const auto &[id, text] :
         std::vector<std::pair<int, QByteArray>>{{1, "span_name"}, {2, "checkout"}}) {
        QByteArray entry;
        varintField(entry, 1, quint64(id));
        field(entry, 2, text);
        field(snapshot, 2, entry);
    }
    return snapshot;
}

} // namespace

// /ingest?format=jfr over real HTTP on loopback: what Pyroscope's Java agent pushes.
class tst_JfrIngest : public QObject
{
    Q_OBJECT

private slots:
    void storesEachEventKindUnderItsType()
    {
        TestServer t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const QByteArray jfr = readCorpus(QStringLiteral("jfr/workload.jfr"));
        httplib::MultipartFormDataItems items{
            {"jfr", text(jfr), "jfr", "application/octet-stream"}};
        const auto result = t.client()->Post(jfrPath, items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        std::set<std::string> types;
        for (const auto &info : t.stored()) {
            QCOMPARE(labelValue(info.labels, "service_name"), std::string("shop"));
            QCOMPARE(labelValue(info.labels, "env"), std::string("prod"));
            types.insert(info.types.begin(), info.types.end());
        }
        for (const char *type :
             {"process_cpu:cpu:nanoseconds:cpu:nanoseconds",
              "memory:alloc_in_new_tlab_objects:count:space:bytes",
              "memory:alloc_outside_tlab_bytes:bytes:space:bytes",
              "memory:alloc_sample_objects:count:space:bytes",
              "mutex:contentions:count:mutex:count", "block:delay:nanoseconds:block:count"})
            QVERIFY2(types.contains(type), type);
        // 48 CPU samples (jfr summary), each 10 ms at sampleRate 100
        const ProfilePtr cpu = t.merged("process_cpu:cpu:nanoseconds:cpu:nanoseconds");
        QVERIFY(cpu);
        QCOMPARE(cpu->total(0), qint64(48) * 10'000'000);
        const ProfilePtr locks = t.merged("mutex:contentions:count:mutex:count");
        QVERIFY(locks);
        QCOMPARE(locks->total(0), qint64(60));
    }

    void rawBodyAndLabels()
    {
        TestServer t;
        jfrtest::Options options;
        options.contextFieldFirst = true;
        options.contextId = 7;
        const QByteArray labelled = jfrtest::chunk(options);
        httplib::MultipartFormDataItems items{
            {"jfr", text(labelled), "jfr", "application/octet-stream"},
            {"labels", text(labelsSnapshot()), "labels", "application/octet-stream"}};
        auto result = t.client()->Post(jfrPath, items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "span_name"), std::string("checkout"));
        QCOMPARE(labelValue(stored[0].labels, "env"), std::string("prod"));

        // a raw body, no labels part: the same samples without the context's labels
        TestServer raw;
        result =
            raw.client()->Post(jfrPath, text(gzip(jfrtest::chunk())), "application/octet-stream");
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        stored = raw.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "span_name"), std::string("<absent>"));
        QCOMPARE(raw.merged("process_cpu:cpu:nanoseconds:cpu:nanoseconds")->total(0),
                 qint64(5) * 10'000'000);
    }

    void garbageIsRefused()
    {
        TestServer t;
        const QByteArray jfr = readCorpus(QStringLiteral("jfr/workload.jfr"));
        httplib::MultipartFormDataItems items{
            {"jfr", text(jfr.left(jfr.size() / 3)), "jfr", "application/octet-stream"}};
        auto result = t.client()->Post(jfrPath, items);
        QVERIFY(result);
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("jfr: truncated chunk") != std::string::npos,
                 result->body.c_str());
        result = t.client()->Post(jfrPath, "not a flight recording", "application/octet-stream");
        QVERIFY(result);
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("jfr: ") != std::string::npos, result->body.c_str());
        QVERIFY(t.stored().empty());
    }
};

PYROGRAPH_TEST_MAIN(tst_JfrIngest)
#include "tst_jfringest.moc"
