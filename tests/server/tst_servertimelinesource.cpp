#include "tests/support/testregistry.h"

#include "servertestutil.h"

#include "library/librarytimelinesource.h"
#include "server/servertimelinesource.h"

#include <QTest>

namespace {
const ProfileTypeId cpu{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
const qint64 t0 = 1699999980000; // on a whole minute

ProfilePtr profileOf(std::string_view leaf, qint64 value)
{
    ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
    const std::string_view stack[] = {"main", leaf};
    const qint64 values[] = {value};
    builder.addStack(stack, values);
    return builder.build();
}

// Function name -> total, to compare two merges.
std::map<std::string, qint64> totals(const ProfilePtr &profile)
{
    std::map<std::string, qint64> out;
    for (const char *name : {"main", "parse", "render"})
        out[name] = servertest::totalAt(profile, {"main", name});
    out["all"] = profile->total(0);
    return out;
}
} // namespace

// Every question of the TimelineSource interface, asked of `pyrograph serve`
// over loopback (ServerTimelineSource), answers as the library it serves does
// (LibraryTimelineSource).
class tst_ServerTimelineSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsTheLibrary()
    {
        servertest::TestServer server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        struct Row
        {
            const char *service, *region, *leaf;
            qint64 at, value;
        };
        for (const Row &row :
             {Row{"app", "eu", "parse", t0, 100}, Row{"app", "us", "render", t0 + 60000, 30},
              Row{"db", "eu", "parse", t0 + 5000, 9}}) {
            ProfileRecord record;
            record.labels = {{"region", row.region}, {"service_name", row.service}};
            record.startMs = row.at;
            record.endMs = row.at + 10000;
            record.source = "test";
            record.profile = profileOf(row.leaf, row.value);
            record.types = {cpu};
            QString error;
            QVERIFY2(server.library().add(record, &error) > 0, qPrintable(error));
        }
        ServerConnection connection;
        connection.url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
        QString error;
        const std::unique_ptr<ServerTimelineSource> remote =
            ServerTimelineSource::open(connection, &error);
        QVERIFY2(remote, qPrintable(error));
        std::shared_ptr<Library> library(&server.library(), [](Library *) {});
        const LibraryTimelineSource local(library);

        const TimeRange range{t0 - 60000, t0 + 180000};
        QCOMPARE(remote->profileTypes(range).size(), size_t(1));
        QCOMPARE(remote->profileTypes(range).front().toString(), cpu.toString());
        const LabelSelector all;
        QCOMPARE(remote->labelNames(all, range), local.labelNames(all, range));
        QVERIFY(!remote->labelNames(all, range).empty());
        const std::vector<std::string> services = remote->labelValues("service_name", all, range);
        QCOMPARE(services, (std::vector<std::string>{"app", "db"}));
        const auto app = LabelSelector::parse(R"({service_name="app"})", &error);
        QVERIFY(app);
        QCOMPARE(remote->labelValues("region", *app, range),
                 local.labelValues("region", *app, range));

        QString remoteError, localError;
        const auto remoteSeries = remote->series(cpu, *app, range, 60000, {"region"}, &remoteError);
        const auto localSeries = local.series(cpu, *app, range, 60000, {"region"}, &localError);
        QVERIFY2(remoteSeries, qPrintable(remoteError));
        QVERIFY(localSeries);
        QCOMPARE(remoteSeries->size(), size_t(2));
        QCOMPARE(remoteSeries->size(), localSeries->size());
        for (size_t i = 0; i < localSeries->size(); ++i) {
            QCOMPARE((*remoteSeries)[i].labels, (*localSeries)[i].labels);
            QCOMPARE((*remoteSeries)[i].points.size(), (*localSeries)[i].points.size());
            for (size_t j = 0; j < (*localSeries)[i].points.size(); ++j) {
                QCOMPARE((*remoteSeries)[i].points[j].timestampMs,
                         (*localSeries)[i].points[j].timestampMs);
                QCOMPARE((*remoteSeries)[i].points[j].value, (*localSeries)[i].points[j].value);
            }
        }

        const ProfilePtr remoteMerge = remote->merge(cpu, *app, range, &remoteError);
        const ProfilePtr localMerge = local.merge(cpu, *app, range, &localError);
        QVERIFY2(remoteMerge, qPrintable(remoteError));
        QVERIFY(localMerge);
        QCOMPARE(remoteMerge->total(0), qint64(130));
        QCOMPARE(totals(remoteMerge), totals(localMerge));
        // An empty range is an empty merge, not a failure.
        const ProfilePtr none = remote->merge(cpu, *app, {t0 - 600000, t0 - 300000}, &remoteError);
        QVERIFY2(none, qPrintable(remoteError));
        QCOMPARE(none->total(0), qint64(0));
    }

    void aFailureIsAnError()
    {
        servertest::TestServer server([] {
            ServerOptions options = servertest::TestServer::withoutRetention();
            options.token = "t";
            return options;
        }());
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        ServerConnection connection;
        connection.url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        QString error;
        QVERIFY(!ServerTimelineSource::open(connection, &error));
        QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));
        connection.token = QStringLiteral("t");
        const auto source = ServerTimelineSource::open(connection, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->description(), connection.url);
        QVERIFY(!source->span());
    }
};

PYROGRAPH_TEST_MAIN(tst_ServerTimelineSource)
#include "tst_servertimelinesource.moc"
