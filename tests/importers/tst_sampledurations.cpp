#include "tests/support/testregistry.h"

#include "importers/chromecpuprofileimporter.h"
#include "importers/sampledurations.h"
#include "model/profile.h"
#include "model/profilemetadata.h"

#include "importertestutil.h"

#include <QTest>

#include <vector>

class tst_SampleDurations : public QObject
{
    Q_OBJECT
private slots:
    void eachLastsUntilTheNext()
    {
        SampleDurations durations;
        const std::vector<qint64> times{100, 130, 170};
        QCOMPARE(durations.duration(times, 0), 30);
        QCOMPARE(durations.duration(times, 1), 40);
        QCOMPARE(durations.duration(times, 2), 0); // no end given
        QCOMPARE(durations.duration(times, 2, 200), 30);
        QCOMPARE(durations.duration(times, 2, 150), 0); // an end before the last sample
        QCOMPARE(durations.backwards(), 0);
        ProfileMetadata meta;
        durations.warn(meta);
        QVERIFY(meta.warnings.empty());
    }
    void oneBeforeItsPredecessorCountsNothingAndIsSaid()
    {
        SampleDurations durations;
        const std::vector<qint64> times{100, 90, 120, 110, 130};
        std::vector<qint64> got;
        for (size_t i = 0; i < times.size(); ++i)
            got.push_back(durations.duration(times, i));
        QCOMPARE(got, (std::vector<qint64>{0, 30, 0, 20, 0}));
        QCOMPARE(durations.backwards(), 2);
        ProfileMetadata meta;
        durations.warn(meta);
        QCOMPARE(meta.warnings.size(), size_t(1));
        QVERIFY2(QString::fromStdString(meta.warnings.front()).startsWith(QLatin1String("2 samples came before")),
                 meta.warnings.front().c_str());
    }
    // Chrome's negative timeDeltas, through the importer: the wall time and
    // the warning come from here.
    void chromeSamplesOutOfOrder()
    {
        const ImportResult result = testutil::importBytes(
            ChromeCpuProfileImporter(),
            "{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"},\"children\":[2]},"
            "{\"id\":2,\"callFrame\":{\"functionName\":\"f\"}}],"
            "\"startTime\":0,\"endTime\":50,\"samples\":[2,2,2],\"timeDeltas\":[0,20,-5]}",
            QStringLiteral("back.cpuprofile"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        const Profile &p = *result.profile;
        // 0 -> 20: 20 us; 20 -> 15: backwards, 0; 15 -> end 50: 35 us.
        QCOMPARE(p.tree().total(p.findPath({"f"}), 1), 55);
        QCOMPARE(p.metadata().warnings.size(), size_t(1));
        QVERIFY2(QString::fromStdString(p.metadata().warnings.front()).startsWith(QLatin1String("1 samples came before")),
                 p.metadata().warnings.front().c_str());
    }
};

PYROGRAPH_TEST_MAIN(tst_SampleDurations)
#include "tst_sampledurations.moc"
