#include "tests/support/testregistry.h"

#include "librarytestutil.h"

#include "library/library.h"
#include "library/librarytimelinesource.h"
#include "library/timelinesources.h"
#include "model/profilebuilder.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
ProfilePtr profileOf(std::initializer_list<std::pair<const char *, qint64>> stacks)
{
    ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
    for (const auto &[stack, value] : stacks) {
        const QList<QByteArray> parts = QByteArray(stack).split(';');
        std::vector<std::string> names;
        for (const QByteArray &p : parts)
            names.push_back(p.toStdString());
        std::vector<std::string_view> views(names.begin(), names.end());
        const qint64 values[] = {value};
        builder.addStack(views, values);
    }
    return builder.build();
}
} // namespace

// The library through the timeline's interface, on a library the test fills.
class tst_LibraryTimelineSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void seriesLabelsAndMerges()
    {
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("lib.sqlite"));
        std::shared_ptr<Library> library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        const qint64 t0 = 1700000000000;
        // eu: 10 then 30 a minute later; us: 5.
        for (const auto &[region, at, value] :
             {std::tuple{"eu", t0, qint64(10)}, std::tuple{"eu", t0 + 60000, qint64(30)},
              std::tuple{"us", t0 + 1000, qint64(5)}}) {
            const ProfilePtr p = profileOf({{"main;work", value}});
            QVERIFY(
                library->add(librarytest::record(p, {{"region", region}, {"service_name", "app"}},
                                                 at, at + 10000),
                             &error)
                > 0);
        }
        const LibraryTimelineSource source(library);
        QVERIFY(!source.span());
        const TimeRange all{t0 - 1000, t0 + 120000};
        const std::vector<ProfileTypeId> types = source.profileTypes(all);
        QCOMPARE(types, std::vector<ProfileTypeId>{librarytest::cpuType()});
        QCOMPARE(source.labelValues("region", {}, all), (std::vector<std::string>{"eu", "us"}));

        const auto series = source.series(types.front(), {}, all, 60000, {"region"}, &error);
        QVERIFY(series);
        QCOMPARE(series->size(), size_t(2));
        QCOMPARE(series->at(0).labels, (Labels{{"region", "eu"}}));
        QCOMPARE(series->at(0).points.size(), size_t(2));
        QCOMPARE(series->at(0).points[1].value, 30.0);
        QCOMPARE(series->at(1).points.front().value, 5.0);

        const auto eu = LabelSelector::parse(R"({region="eu"})", &error);
        QCOMPARE(source.merge(types.front(), *eu, all, &error)->total(0), qint64(40));
        QCOMPARE(source.merge(types.front(), {}, {t0, t0 + 20000}, &error)->total(0), qint64(15));

        QVERIFY(TimelineSources::isLibraryFile(file));
        const auto opened = TimelineSources::open(file, Progress::none(), &error);
        QVERIFY2(dynamic_cast<const LibraryTimelineSource *>(opened.get()), qPrintable(error));
    }

    void findTypeByIdNameOrSampleType()
    {
        const ProfileTypeId cpu = librarytest::cpuType();
        const ProfileTypeId alloc{"memory", "alloc_space", "bytes", "space", "bytes"};
        const ProfileTypeId inuse{"memory", "inuse_space", "bytes", "space", "bytes"};
        const std::vector<ProfileTypeId> types{cpu, alloc, inuse};
        QCOMPARE(TimelineSources::findType(types, cpu.toString()), cpu);
        QCOMPARE(TimelineSources::findType(types, "process_cpu"), cpu);
        QCOMPARE(TimelineSources::findType(types, "inuse_space"), inuse);
        QVERIFY(!TimelineSources::findType(types, "memory")); // two
        QVERIFY(!TimelineSources::findType(types, "wall:wall:nanoseconds:cpu:nanoseconds"));
        QCOMPARE(TimelineSources::findType(types, ""), cpu);
    }
};

PYROGRAPH_TEST_MAIN(tst_LibraryTimelineSource)
#include "tst_librarytimelinesource.moc"
