#include "tests/support/testregistry.h"

#include "library/library.h"

#include "tests/library/librarytestutil.h"
#include "tests/model/collapsedtext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace testing;
using namespace librarytest;

namespace {

constexpr TimeRange everything{0, 1000000000000000};

LabelSelector selector(const char *text)
{
    QString error;
    std::optional<LabelSelector> s = LabelSelector::parse(text, &error);
    Q_ASSERT(s);
    return *s;
}

QByteArray fileHash(const QString &file)
{
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

} // namespace

class tst_Library : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newFile() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_files)); }

    std::unique_ptr<Library> openNew()
    {
        QString error;
        auto library = Library::open(newFile(), &error);
        if (!library)
            qWarning("%s", qPrintable(error));
        return library;
    }

    // Three profiles of two services at t = 10 s, 20 s, 70 s (10 s spans):
    // api/eu: a;b 3 + a;c 2 (5) at 10 s, a;b 4 (4) at 70 s; web/us: x 7 at 20 s.
    void fill(Library &library)
    {
        QString error;
        QVERIFY(library.add(record(fromCollapsed({"a;b 3", "a;c 2"}),
                                   {{"service_name", "api"}, {"region", "eu"}}, 10000, 20000),
                            &error)
                > 0);
        QVERIFY(library.add(record(fromCollapsed({"x 7"}),
                                   {{"service_name", "web"}, {"region", "us"}}, 20000, 30000),
                            &error)
                > 0);
        QVERIFY(library.add(record(fromCollapsed({"a;b 4"}),
                                   {{"region", "eu"}, {"service_name", "api"}}, 70000, 80000),
                            &error)
                > 0);
    }

private slots:
    void addThenReopenSeesIt()
    {
        const QString file = newFile();
        QString error;
        qint64 id = -1;
        {
            auto library = Library::open(file, &error);
            QVERIFY2(library, qPrintable(error));
            id = library->add(
                record(fromCollapsed({"a;b 3"}), {{"service_name", "app"}}, 1000, 2000), &error);
            QVERIFY2(id > 0, qPrintable(error));
            // Acknowledged means committed: another connection sees it while this one is open.
            QCOMPARE(scalar(file, "SELECT count(*) FROM profiles"), 1);
        }
        auto reopened = Library::open(file, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto listed = reopened->list({}, everything);
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed[0].id, id);
        QCOMPARE(listed[0].startMs, 1000);
        QCOMPARE(listed[0].source, std::string("test"));
        QCOMPARE(listed[0].types, std::vector<std::string>{cpuType().toString()});
        QVERIFY(listed[0].storedBytes > 0);
        QCOMPARE(scalar(file, "PRAGMA user_version"), 1);
    }
    void walModeAndIntegrity()
    {
        const QString file = newFile();
        QString error;
        auto library = Library::open(file, &error);
        fill(*library);
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                 QByteArray("wal"));
        sqlite3_finalize(st);
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                 QByteArray("ok"));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    void failedAddStoresNothing()
    {
        auto library = openNew();
        QString error;
        ProfileRecord bad = record(fromCollapsed({"a 1"}), {{"service_name", "app"}}, 0, 10);
        bad.types.clear(); // one sample type, no profile type
        QCOMPARE(library->add(bad, &error), -1);
        QVERIFY2(error.contains(library->file()), qPrintable(error));
        ProfileRecord unnamed = record(fromCollapsed({"a 1"}), {{"service_name", "app"}}, 0, 10);
        unnamed.types[0].name.clear();
        QCOMPARE(library->add(unnamed, &error), -1);
        // a label that no selector could name is refused, by name
        ProfileRecord dotted =
            record(fromCollapsed({"a 1"}), {{"service_name", "app"}, {"k8s.pod", "x"}}, 0, 10);
        QCOMPARE(library->add(dotted, &error), -1);
        QVERIFY2(error.contains(QLatin1String("\"k8s.pod\"")), qPrintable(error));
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM blobs"), 0);
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM series"), 0);
        QVERIFY(library->list({}, everything).empty());
    }
    void failedJobRollsBackAlone()
    {
        // A profile type ID too odd for SQLite cannot happen; an insert failing
        // midway is provoked with a trigger that refuses one series.
        const QString file = newFile();
        QString error;
        auto library = Library::open(file, &error);
        {
            sqlite3 *db = nullptr;
            sqlite3_open(file.toUtf8().constData(), &db);
            QCOMPARE(sqlite3_exec(
                         db,
                         "CREATE TRIGGER refuse BEFORE INSERT ON points WHEN NEW.sample_index = 1"
                         " BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                         nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        ProfileRecord two = record(fromCollapsed({"a 1 2"}, {{"x", "u"}, {"y", "v"}}),
                                   {{"service_name", "s"}}, 0, 10);
        two.types[1].sampleType = "other";
        QCOMPARE(library->add(two, &error), -1);
        QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
        QVERIFY(library->add(record(fromCollapsed({"a 1"}), {{"service_name", "s"}}, 0, 10), &error)
                > 0);
        QCOMPARE(scalar(file, "SELECT count(*) FROM profiles"), 1);
        QCOMPARE(scalar(file, "SELECT count(*) FROM blobs"), 1);
        QCOMPARE(scalar(file, "SELECT count(*) FROM points"), 1);
    }
    void addAllIsAllOrNothing()
    {
        auto library = openNew();
        std::vector<ProfileRecord> records{
            record(fromCollapsed({"a 1"}), {{"service_name", "s"}}, 0, 10),
            record(fromCollapsed({"b 2"}), {{"service_name", "s"}}, 10, 20)};
        QString error;
        const std::vector<qint64> ids = library->addAll(records, &error);
        QCOMPARE(ids.size(), size_t(2));
        QVERIFY(ids[0] < ids[1]);
        records.push_back(record(fromCollapsed({"c 3"}), {{"service_name", "s"}}, 30,
                                 20)); // ends before it starts
        QVERIFY(library->addAll(records, &error).empty());
        QVERIFY2(error.contains(QStringLiteral("ends before it starts")), qPrintable(error));
        QCOMPARE(library->list({}, everything).size(), size_t(2));
    }
    void twoSampleTypesOfOneProfileType()
    {
        // Two sample types named alike land in one series; both are kept and merged.
        auto library = openNew();
        QString error;
        QVERIFY2(library->add(record(fromCollapsed({"a 1 2"}, {{"x", "u"}, {"x", "u"}}),
                                     {{"service_name", "s"}}, 0, 10),
                              &error)
                     > 0,
                 qPrintable(error));
        QCOMPARE(library->merge(cpuType().toString(), {}, everything, &error)->total(0), 3);
    }
    void concurrentAddersAllStored()
    {
        auto library = openNew();
        const ProfilePtr profile = fromCollapsed({"a;b 3", "a;c 2"});
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    QString error;
                    const std::string thread = std::to_string(t);
                    if (library->add(record(profile, {{"service_name", "app"}, {"thread", thread}},
                                            i * 1000, i * 1000 + 10),
                                     &error)
                        <= 0)
                        ++failures;
                }
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(library->list({}, everything).size(), size_t(200));
        QCOMPARE(library->labelValues("thread", {}, everything).size(), size_t(8));
        QString error;
        QCOMPARE(library->merge(cpuType().toString(), {}, everything, &error)->total(0), 200 * 5);
    }
    void readersBesideWriters()
    {
        auto library = openNew();
        fill(*library);
        std::atomic<bool> stop = false;
        std::atomic<int> wrongReads = 0;
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t)
            readers.emplace_back([&] {
                QString error;
                while (!stop) {
                    // every read sees whole adds: a multiple of api's 4 + 5 plus web's 7 on top
                    const ProfilePtr merged =
                        library->merge(cpuType().toString(), {}, everything, &error);
                    const auto series =
                        library->selectSeries(cpuType().toString(), {}, everything, 1000000000, {},
                                              SeriesAggregation::Sum);
                    if (!merged || series.size() != 1 || (merged->total(0) - 16) % 5 != 0)
                        ++wrongReads;
                }
            });
        std::vector<std::thread> writers;
        for (int t = 0; t < 4; ++t)
            writers.emplace_back([&] {
                QString error;
                for (int i = 0; i < 20; ++i)
                    library->add(
                        record(fromCollapsed({"w;x 5"}), {{"service_name", "w"}}, 100 + i, 200 + i),
                        &error);
            });
        for (std::thread &t : writers)
            t.join();
        stop = true;
        for (std::thread &t : readers)
            t.join();
        QCOMPARE(wrongReads.load(), 0);
        QString error;
        QCOMPARE(library->merge(cpuType().toString(), {}, everything, &error)->total(0),
                 16 + 80 * 5);
    }
    void killedWriterLosesNothingAcknowledged()
    {
        // A child process adds from 8 threads and writes each acknowledged id to
        // a pipe; it is killed with SIGKILL mid-storm. Every id it acknowledged
        // must be there after a reopen, and the file must pass integrity_check.
        const QString file = newFile();
        const ProfilePtr profile = readCorpus("pprof/go-cpu.pb.gz");
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            QString error;
            auto library = Library::open(file, &error);
            if (!library)
                ::_exit(3);
            std::mutex writeMutex;
            std::vector<std::thread> threads;
            for (int t = 0; t < 8; ++t)
                threads.emplace_back([&, t] {
                    for (qint64 i = 0;; ++i) {
                        QString addError;
                        const qint64 id = library->add(
                            record(profile, {{"service_name", "k"}}, i, i + 10), &addError);
                        if (id < 0)
                            ::_exit(4);
                        const std::lock_guard lock(writeMutex);
                        if (::write(fds[1], &id, sizeof id) != sizeof id)
                            ::_exit(5);
                        (void)t;
                    }
                });
            for (std::thread &t : threads)
                t.join();
            ::_exit(0);
        }
        ::close(fds[1]);
        std::vector<qint64> acknowledged;
        QElapsedTimer timer;
        timer.start();
        qint64 id = 0;
        while (timer.elapsed() < 1500 && ::read(fds[0], &id, sizeof id) == sizeof id)
            acknowledged.push_back(id);
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        while (::read(fds[0], &id, sizeof id)
               == sizeof id) // acknowledged before the kill, still in the pipe
            acknowledged.push_back(id);
        ::close(fds[0]);
        QVERIFY2(WIFSIGNALED(status),
                 qPrintable(QStringLiteral("child exited with %1").arg(WEXITSTATUS(status))));
        QVERIFY2(acknowledged.size() > 20, qPrintable(QString::number(acknowledged.size())));

        QString error;
        auto library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        std::set<qint64> stored;
        for (const StoredProfileInfo &info : library->list({}, everything))
            stored.insert(info.id);
        for (const qint64 acked : acknowledged)
            QVERIFY2(stored.count(acked),
                     qPrintable(QStringLiteral("acknowledged %1 is lost").arg(acked)));
        library.reset();
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                 QByteArray("ok"));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    void reservedLabels()
    {
        auto library = openNew();
        fill(*library);
        const auto names = library->labelNames({}, everything);
        const std::vector<std::string> expected{
            "__name__", "__period_type__", "__period_unit__", "__profile_type__",
            "__type__", "__unit__",        "region",          "service_name"};
        QCOMPARE(names, expected);
        QCOMPARE(library->labelValues("__profile_type__", {}, everything),
                 std::vector<std::string>{cpuType().toString()});
        QCOMPARE(library->labelValues("__name__", {}, everything),
                 std::vector<std::string>{"process_cpu"});
    }
    void profileTypes()
    {
        auto library = openNew();
        fill(*library);
        QString error;
        ProfileRecord mem =
            record(fromCollapsed({"m 1"}), {{"service_name", "api"}}, 500000, 510000);
        mem.types[0] = ProfileTypeId{"memory", "alloc_space", "bytes", "space", "bytes"};
        QVERIFY(library->add(mem, &error) > 0);
        const auto all = library->profileTypes(everything);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].name, std::string("memory"));
        QCOMPARE(all[1], cpuType());
        QCOMPARE(library->profileTypes({0, 100000}).size(), size_t(1));
        QVERIFY(library->profileTypes({200000, 300000}).empty());
    }
    void labelValuesBySelectorAndTime()
    {
        auto library = openNew();
        fill(*library);
        QCOMPARE(library->labelValues("service_name", {}, everything),
                 (std::vector<std::string>{"api", "web"}));
        QCOMPARE(library->labelValues("service_name", {selector("{region=\"us\"}")}, everything),
                 std::vector<std::string>{"web"});
        QCOMPARE(library->labelValues("service_name",
                                      {selector("{region=~\"e.\"}"), selector("{region=\"us\"}")},
                                      everything),
                 (std::vector<std::string>{"api", "web"}));
        // overlap: [25 s, 60 s] touches only web's [20 s, 30 s]
        QCOMPARE(library->labelValues("service_name", {}, {25000, 60000}),
                 std::vector<std::string>{"web"});
        QCOMPARE(library->labelValues("service_name", {}, {30001, 69999}),
                 std::vector<std::string>{});
        QVERIFY(library->labelValues("nope", {}, everything).empty());
    }
    void seriesCutToNames()
    {
        auto library = openNew();
        fill(*library);
        const auto all = library->series({}, {}, everything);
        QCOMPARE(all.size(), size_t(2));
        const auto cut = library->series({selector("{service_name=\"api\"}")},
                                         {"service_name", "region"}, everything);
        QCOMPARE(cut.size(), size_t(1));
        QCOMPARE(cut[0], (Labels{{"region", "eu"}, {"service_name", "api"}}));
    }
    void selectSeriesSumsPerStep()
    {
        auto library = openNew();
        fill(*library);
        const auto sum = library->selectSeries(cpuType().toString(), {}, everything, 60000, {},
                                               SeriesAggregation::Sum);
        QCOMPARE(sum.size(), size_t(1));
        QVERIFY(sum[0].labels.empty());
        QCOMPARE(sum[0].points.size(), size_t(2));
        QCOMPARE(sum[0].points[0].timestampMs, 0);
        QCOMPARE(sum[0].points[0].value, 12.0); // 5 at 10 s + 7 at 20 s
        QCOMPARE(sum[0].points[1].timestampMs, 60000);
        QCOMPARE(sum[0].points[1].value, 4.0);
        const auto avg = library->selectSeries(cpuType().toString(), {}, everything, 60000, {},
                                               SeriesAggregation::Average);
        QCOMPARE(avg[0].points[0].value, 6.0);
        const auto grouped = library->selectSeries(cpuType().toString(), {}, everything, 60000,
                                                   {"service_name"}, SeriesAggregation::Sum);
        QCOMPARE(grouped.size(), size_t(2));
        QCOMPARE(grouped[0].labels, (Labels{{"service_name", "api"}}));
        QCOMPARE(grouped[0].points.size(), size_t(2));
        QCOMPARE(grouped[0].points[0].value, 5.0);
        QCOMPARE(grouped[1].labels, (Labels{{"service_name", "web"}}));
        QCOMPARE(grouped[1].points[0].value, 7.0);
        const auto eu = library->selectSeries(cpuType().toString(), selector("{region=\"eu\"}"),
                                              {65000, 90000}, 10000, {}, SeriesAggregation::Sum);
        QCOMPARE(eu.size(), size_t(1));
        QCOMPARE(eu[0].points.size(), size_t(1));
        QCOMPARE(eu[0].points[0].timestampMs, 70000);
        QVERIFY(
            library
                ->selectSeries("memory:a:b:c:d", {}, everything, 1000, {}, SeriesAggregation::Sum)
                .empty());
    }
    void mergeBySelectorAndTime()
    {
        auto library = openNew();
        fill(*library);
        QString error;
        const ProfilePtr api = library->merge(
            cpuType().toString(), selector("{service_name=\"api\"}"), everything, &error);
        QVERIFY2(api, qPrintable(error));
        QCOMPARE(printTree(*api), printTree(*fromCollapsed({"a;b 3", "a;c 2", "a;b 4"})));
        QCOMPARE(api->sampleTypes().front(), (SampleType{"cpu", "nanoseconds"}));
        const ProfilePtr early = library->merge(cpuType().toString(), {}, {0, 25000}, &error);
        QCOMPARE(printTree(*early), printTree(*fromCollapsed({"a;b 3", "a;c 2", "x 7"})));
        const ProfilePtr none = library->merge(
            cpuType().toString(), selector("{service_name=\"zzz\"}"), everything, &error);
        QVERIFY(none);
        QCOMPARE(none->total(0), 0);
        QVERIFY(!library->merge("not a type", {}, everything, &error));
    }
    void mergeOfCorpusKeepsTotals()
    {
        auto library = openNew();
        const ProfilePtr profile = readCorpus("pprof/pyroscope-heap.pb.gz");
        ProfileRecord r = record(profile, {{"service_name", "heap"}}, 0, 10);
        for (int t = 0; t < profile->sampleTypeCount(); ++t)
            r.types[size_t(t)] =
                ProfileTypeId{"memory", profile->sampleTypes()[size_t(t)].type,
                              profile->sampleTypes()[size_t(t)].unit, "space", "bytes"};
        QString error;
        QVERIFY(library->add(r, &error) > 0);
        QVERIFY(library->add(r, &error) > 0);
        for (int t = 0; t < profile->sampleTypeCount(); ++t) {
            const ProfilePtr merged =
                library->merge(r.types[size_t(t)].toString(), {}, everything, &error);
            QVERIFY2(merged, qPrintable(error));
            QCOMPARE(merged->total(0), 2 * profile->total(t));
        }
        QCOMPARE(library->list({}, everything)[0].types.size(), size_t(profile->sampleTypeCount()));
    }
    void listAndRemove()
    {
        auto library = openNew();
        fill(*library);
        auto listed = library->list(selector("{service_name=\"api\"}"), everything);
        QCOMPARE(listed.size(), size_t(2));
        QVERIFY(listed[0].startMs < listed[1].startMs);
        QCOMPARE(listed[0].labels, (Labels{{"region", "eu"}, {"service_name", "api"}}));
        QString error;
        QCOMPARE(library->remove({listed[0].id, 9999}, &error), 1);
        QCOMPARE(library->list({}, everything).size(), size_t(2));
        QCOMPARE(library->remove({listed[1].id}, &error), 1);
        QCOMPARE(library->labelValues("service_name", {}, everything),
                 std::vector<std::string>{"web"});
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM blobs"), 1);
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM series"), 1);
    }
    void retentionByAge()
    {
        auto library = openNew();
        fill(*library);
        // now = 100 s, keep 75 s: ends before 25 s go (api's first at [10 s, 20 s])
        QCOMPARE(library->enforceRetention(75000, 0, 100000), 1);
        const auto left = library->list({}, everything);
        QCOMPARE(left.size(), size_t(2));
        QCOMPARE(left[0].startMs, 20000);
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM blobs"), 2);
        QCOMPARE(library->enforceRetention(75000, 0, 100000), 0);
    }
    void retentionBySize()
    {
        auto library = openNew();
        fill(*library);
        const auto all = library->list({}, everything);
        const qint64 newest = all[2].storedBytes;
        // a cap that holds only the newest: the two oldest go, oldest first
        QCOMPARE(library->enforceRetention(0, newest, 100000), 2);
        const auto left = library->list({}, everything);
        QCOMPARE(left.size(), size_t(1));
        QCOMPARE(left[0].startMs, 70000);
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM blobs"), 1);
        QCOMPARE(scalar(library->file(), "SELECT count(*) FROM points"), 1);
    }
    void migratesAnEmptyFile()
    {
        const QString file = newFile();
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QString error;
        auto library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(scalar(file, "PRAGMA user_version"), 1);
        QCOMPARE(scalar(file, "PRAGMA application_id"), 0x50594c42);
        QCOMPARE(scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'points'"), 1);
    }
    void migratesAVersion0Database()
    {
        // A SQLite file with no tables and user_version 0 (as `sqlite3 FILE 'PRAGMA
        // user_version=0'` leaves it).
        const QString file = newFile();
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db, "PRAGMA page_size = 4096; VACUUM;", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QString error;
        QVERIFY2(Library::open(file, &error), qPrintable(error));
        QCOMPARE(scalar(file, "PRAGMA user_version"), 1);
        // and opening it again is a no-op
        QVERIFY2(Library::open(file, &error), qPrintable(error));
    }
    void garbageRefusedAndUntouched()
    {
        const QString file = newFile();
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        const QByteArray before = fileHash(file);
        QString error;
        QVERIFY(!Library::open(file, &error));
        QCOMPARE(error,
                 file + QStringLiteral(": not a Pyrograph library (file is not a database)"));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }
    void foreignDatabaseRefused()
    {
        const QString file = newFile();
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db, "CREATE TABLE mine(x); INSERT INTO mine VALUES(1);", nullptr, nullptr,
                     nullptr);
        sqlite3_close(db);
        const QByteArray before = fileHash(file);
        QString error;
        QVERIFY(!Library::open(file, &error));
        QVERIFY2(error.startsWith(file + QStringLiteral(": not a Pyrograph library")),
                 qPrintable(error));
        QCOMPARE(fileHash(file), before);
    }
    void newerSchemaRefused()
    {
        const QString file = newFile();
        {
            QString error;
            QVERIFY(Library::open(file, &error));
        }
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 7", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QString error;
        QVERIFY(!Library::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Pyrograph (schema version 7")),
                 qPrintable(error));
    }
    void defaultFileInTheDataFolder()
    {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString file = Library::defaultFile();
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QVERIFY2(file.startsWith(m_dir.filePath(QStringLiteral("data/"))), qPrintable(file));
        QVERIFY(file.endsWith(QStringLiteral("/library.sqlite")));
        QVERIFY(QFileInfo(file).absoluteDir().exists()); // made, so that open() can create the file
    }
    void missingFolderIsAnError()
    {
        QString error;
        QVERIFY(!Library::open(m_dir.filePath(QStringLiteral("no/such/lib.sqlite")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }
};

PYROGRAPH_TEST_MAIN(tst_Library)
#include "tst_library.moc"
