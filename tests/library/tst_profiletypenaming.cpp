#include "tests/support/testregistry.h"

#include "importers/profilereader.h"
#include "library/profiletypenaming.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QTest>

namespace {
ProfilePtr readCorpus(const char *relative)
{
    const QString path = QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
    ImportResult result = ProfileReader().readFile(path, Progress::none());
    if (!result.profile)
        qWarning() << path << result.error;
    return result.profile;
}

QStringList idsOf(const std::vector<ProfileTypeId> &ids)
{
    QStringList list;
    for (const ProfileTypeId &id : ids)
        list << QString::fromStdString(id.toString());
    return list;
}

ProfilePtr folded(std::string format)
{
    ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
    const std::vector<std::string_view> stack{"main", "work"};
    const std::vector<qint64> values{3};
    builder.addStack(stack, values);
    builder.metadata().format = std::move(format);
    return builder.build();
}
} // namespace

// The IDs Grafana Pyroscope 1.x gives the same profiles (its ingest adapter and
// pprof conversion): a pprof names itself from its sample types and period.
class tst_ProfileTypeNaming : public QObject
{
    Q_OBJECT
private slots:
    void goCpuPprofIsProcessCpu()
    {
        const ProfilePtr profile = readCorpus("pprof/go-cpu.pb.gz");
        QVERIFY(profile);
        QCOMPARE(idsOf(ProfileTypeNaming::forProfile(*profile, "")),
                 QStringList({QStringLiteral("process_cpu:samples:count:cpu:nanoseconds"),
                              QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds")}));
    }
    void goAllocsPprofIsMemory()
    {
        const ProfilePtr profile = readCorpus("pprof/go-allocs.pb.gz");
        QVERIFY(profile);
        const QStringList ids = idsOf(ProfileTypeNaming::forProfile(*profile, "whatever"));
        QCOMPARE(ids.size(), 4);
        QVERIFY2(ids.contains(QStringLiteral("memory:alloc_space:bytes:space:bytes")), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(QStringLiteral("memory:inuse_objects:count:space:bytes")), qPrintable(ids.join(u' ')));
    }
    void wallWinsOverEveryOtherType()
    {
        const ProfilePtr profile = readCorpus("pprof/node-wall.pb.gz");
        QVERIFY(profile);
        const std::vector<ProfileTypeId> ids = ProfileTypeNaming::forProfile(*profile, "");
        QVERIFY(!ids.empty());
        for (const ProfileTypeId &id : ids)
            QCOMPARE(id.name, std::string("wall"));
    }
    void displayNamesFromSampleTypeConfigDecide()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"contentions", "count"}, {"delay", "nanoseconds"}});
        builder.metadata().format = "pprof";
        const ProfilePtr profile = builder.build();
        QCOMPARE(ProfileTypeNaming::pprofMetricName(*profile), std::string("delay"));
        QCOMPARE(ProfileTypeNaming::pprofMetricName(*profile, {{"contentions", "mutex_count"}}), std::string("mutex"));
        QCOMPARE(ProfileTypeNaming::pprofMetricName(*profile, {{"contentions", "block_count"}}), std::string("block"));
    }
    void foldedCpuAtASampleRateBecomesNanoseconds()
    {
        const auto type = ProfileTypeNaming::forIngestName("cpu", 100);
        QVERIFY(type);
        QCOMPARE(type->id.toString(), std::string("process_cpu:cpu:nanoseconds:cpu:nanoseconds"));
        QCOMPARE(type->periodNanos, qint64(10'000'000));
        const auto wall = ProfileTypeNaming::forIngestName("wall", 250);
        QVERIFY(wall);
        QCOMPARE(wall->id.toString(), std::string("wall:wall:nanoseconds:cpu:nanoseconds"));
        QCOMPARE(wall->periodNanos, qint64(4'000'000));
    }
    void foldedWithoutSampleRateStaysSamples()
    {
        const auto type = ProfileTypeNaming::forIngestName("", 0);
        QVERIFY(type);
        QCOMPARE(type->id.toString(), std::string("process_cpu:samples:count::"));
        QCOMPARE(type->periodNanos, qint64(0));
    }
    void memoryAndLockNames()
    {
        QCOMPARE(ProfileTypeNaming::forIngestName("alloc_space", 100)->id.toString(),
                 std::string("memory:alloc_space:bytes::"));
        QCOMPARE(ProfileTypeNaming::forIngestName("goroutines", 100)->id.toString(),
                 std::string("goroutine:goroutines:count::"));
        QCOMPARE(ProfileTypeNaming::forIngestName("lock_duration", 100)->id.toString(),
                 std::string("block:delay:nanoseconds::"));
        QCOMPARE(ProfileTypeNaming::forIngestName("bytes", 0)->id.toString(), std::string("memory:samples:bytes::"));
    }
    void unknownNamesAreRefused()
    {
        QVERIFY(!ProfileTypeNaming::forIngestName("cpu2", 100));
        QVERIFY(!ProfileTypeNaming::forIngestName("<script>", 100));
        QVERIFY(ProfileTypeNaming::forProfile(*folded("collapsed"), "nonsense").empty());
    }
    void nonPprofProfilesAreNamedFromTheIngestName()
    {
        const QStringList ids = idsOf(ProfileTypeNaming::forProfile(*folded("collapsed"), "alloc_objects"));
        QCOMPARE(ids, QStringList({QStringLiteral("memory:alloc_objects:count::")}));
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileTypeNaming)
#include "tst_profiletypenaming.moc"
