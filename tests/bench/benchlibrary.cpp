// pyrograph_benchlibrary [--file LIB] [--profiles N] [--runs N]: the profile
// library of issue 15. Builds (or reuses) a library holding a week of one
// service at 10-second pushes (60,480 profiles of a ~3,000-node CPU profile,
// 16 variants with small differences), then times, in process:
//   SelectSeries over the week at 1-minute steps (goal < 100 ms),
//   the merge of one hour = 360 profiles (goal < 500 ms),
// and compares the bytes stored per profile with the gzipped pprof of the same
// profile (goal: no more). Then 8 threads call Library::add at once on a fresh
// library (the server's ingest path below HTTP: compression, group commit,
// fsync): adds per second and the p99 latency of one add.
// One line of key=value pairs a figure, medians of N runs.

#include "importers/pprofwriter.h"
#include "library/library.h"
#include "library/profileblob.h"
#include "model/hugepageheap.h"
#include "model/profilebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const ProfileTypeId cpuType{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};

// A Go-like service: a random tree of ~3,000 call paths. Each variant keeps
// the same shape with its selves scaled by up to +-30% and a few paths missing,
// as successive 10-second CPU profiles of one process are.
std::vector<ProfilePtr> makeVariants(int variants)
{
    std::mt19937 shapeRng(42);
    struct Path
    {
        std::vector<std::string> frames;
        qint64 self;
    };
    std::vector<std::string> functions;
    for (int i = 0; i < 900; ++i)
        functions.push_back("github.com/acme/shop/pkg" + std::to_string(i % 37) + ".(*Type"
                            + std::to_string(i % 53) + ").Method" + std::to_string(i));
    std::vector<Path> paths;
    std::vector<std::string> stack{"runtime.goexit", "net/http.(*conn).serve"};
    while (paths.size() < 3000) {
        const int depth = 3 + int(shapeRng() % 25);
        if (int(stack.size()) > depth)
            stack.resize(size_t(2 + shapeRng() % std::max<size_t>(1, stack.size() - 2)));
        stack.push_back(functions[shapeRng() % functions.size()]);
        paths.push_back({stack, qint64(1 + shapeRng() % 50) * 10'000'000});
    }
    std::vector<ProfilePtr> out;
    for (int v = 0; v < variants; ++v) {
        std::mt19937 rng(1000 + unsigned(v));
        ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
        builder.metadata().periodType = SampleType{"cpu", "nanoseconds"};
        builder.metadata().period = 10'000'000;
        std::vector<NameId> ids;
        for (const Path &path : paths) {
            if (rng() % 20 == 0)
                continue;
            ids.clear();
            for (const std::string &frame : path.frames)
                ids.push_back(builder.intern(frame));
            const qint64 value =
                path.self * (70 + qint64(rng() % 61)) / 100 / 10'000'000 * 10'000'000;
            builder.addStack(ids, std::span<const qint64>(&value, 1));
        }
        out.push_back(builder.build());
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString file;
    int profiles = 60'480;
    int runs = 11;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--file"))
            file = args[i + 1];
        else if (args[i] == QLatin1String("--profiles"))
            profiles = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    if (file.isEmpty())
        file = dir.filePath(QStringLiteral("week.sqlite"));

    const std::vector<ProfilePtr> variants = makeVariants(16);
    const qint64 weekStartMs = 1'700'000'000'000 - 1'700'000'000'000 % 86'400'000; // a midnight
    const qint64 stepMs = 10'000;

    QString error;
    std::unique_ptr<Library> library = Library::open(file, &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const TimeRange week{weekStartMs, weekStartMs + qint64(profiles) * stepMs - 1};
    const qint64 present =
        qint64(library->list({}, {week.startMs, week.startMs + stepMs - 1}).size());
    if (present == 0) {
        // Two threads prepare (compress) chunks of 2,016 records; each chunk is one transaction.
        const auto start = Clock::now();
        const int chunk = 2016;
        std::atomic<int> next = 0;
        std::atomic<bool> failed = false;
        const auto worker = [&] {
            while (true) {
                const int first = next.fetch_add(chunk);
                if (first >= profiles)
                    return;
                std::vector<ProfileRecord> records;
                for (int i = first; i < std::min(profiles, first + chunk); ++i) {
                    ProfileRecord r;
                    r.labels = {{"service_name", "shop"}, {"env", "prod"}};
                    r.startMs = weekStartMs + qint64(i) * stepMs;
                    r.endMs = r.startMs + stepMs - 1;
                    r.source = "benchlibrary";
                    r.profile = variants[size_t(i) % variants.size()];
                    r.types = {cpuType};
                    records.push_back(std::move(r));
                }
                QString chunkError;
                if (library->addAll(records, &chunkError).empty()) {
                    std::fprintf(stderr, "%s\n", qPrintable(chunkError));
                    failed = true;
                    return;
                }
            }
        };
        std::thread other(worker);
        worker();
        other.join();
        if (failed)
            return 1;
        std::printf("build profiles=%d seconds=%.1f\n", profiles, msSince(start) / 1000);
    }

    const std::string type = cpuType.toString();
    std::vector<double> times;
    size_t points = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        const auto series =
            library->selectSeries(type, {}, week, 60'000, {}, SeriesAggregation::Sum);
        times.push_back(msSince(start));
        points = series.empty() ? 0 : series.front().points.size();
    }
    std::printf("selectSeries range=week step=60s points=%zu medianMs=%.1f worstMs=%.1f\n", points,
                median(times), *std::max_element(times.begin(), times.end()));

    times.clear();
    qint64 nodes = 0;
    const qint64 hourStart = weekStartMs + qint64(profiles / 2) * stepMs;
    const TimeRange hour{hourStart, hourStart + 3'600'000 - 1};
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        const ProfilePtr merged = library->merge(type, {}, hour, &error);
        times.push_back(msSince(start));
        if (!merged) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        nodes = merged->tree().nodeCount();
    }
    const size_t inHour = library->list({}, hour).size();
    std::printf("merge range=hour profiles=%zu nodes=%lld medianMs=%.1f worstMs=%.1f\n", inHour,
                nodes, median(times), *std::max_element(times.begin(), times.end()));

    const auto all = library->list({}, week);
    qint64 stored = 0;
    for (const StoredProfileInfo &info : all)
        stored += info.storedBytes;
    qint64 gzipped = 0;
    for (const ProfilePtr &variant : variants)
        gzipped += PprofWriter::toBytes(*variant).size();
    std::printf("bytes profiles=%zu storedPerProfile=%lld gzippedPprof=%lld filePerProfile=%lld "
                "nodes=%lld\n",
                all.size(), all.empty() ? 0 : stored / qint64(all.size()),
                gzipped / qint64(variants.size()),
                all.empty() ? 0 : QFileInfo(file).size() / qint64(all.size()),
                qint64(variants[0]->tree().nodeCount()));

    times.clear();
    size_t encoded = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        for (const ProfilePtr &variant : variants)
            encoded += ProfileBlob::encode(*variant).size();
        times.push_back(msSince(start) * 1000 / double(variants.size()));
    }
    // The bytes, printed, keep the encoding from being optimised away.
    std::printf("encode nodes=%lld medianUs=%.0f bytes=%zu\n", qint64(variants[0]->tree().nodeCount()),
                median(times), encoded / size_t(runs));

    // Concurrent adders on a fresh library in the same folder as the week.
    const QString ingestFile =
        QFileInfo(file).absolutePath() + QStringLiteral("/ingest-bench.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(ingestFile + QLatin1String(suffix));
    {
        std::unique_ptr<Library> ingest = Library::open(ingestFile, &error);
        if (!ingest) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const int threads = 8;
        const int perThread = 250;
        std::vector<std::vector<double>> latencies(threads);
        std::atomic<int> failures = 0;
        const auto start = Clock::now();
        std::vector<std::thread> adders;
        for (int t = 0; t < threads; ++t)
            adders.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    ProfileRecord r;
                    r.labels = {{"service_name", "shop"}, {"pod", std::to_string(t)}};
                    r.startMs = weekStartMs + qint64(i) * stepMs;
                    r.endMs = r.startMs + stepMs - 1;
                    r.profile = variants[size_t(i + t) % variants.size()];
                    r.types = {cpuType};
                    const auto one = Clock::now();
                    QString addError;
                    if (ingest->add(r, &addError) < 0)
                        ++failures;
                    latencies[size_t(t)].push_back(msSince(one));
                }
            });
        for (std::thread &adder : adders)
            adder.join();
        const double seconds = msSince(start) / 1000;
        std::vector<double> all;
        for (const auto &l : latencies)
            all.insert(all.end(), l.begin(), l.end());
        std::sort(all.begin(), all.end());
        std::printf("ingest threads=%d adds=%zu failures=%d perSecond=%.0f p50Ms=%.1f p99Ms=%.1f\n",
                    threads, all.size(), failures.load(), double(all.size()) / seconds,
                    all[all.size() / 2], all[all.size() * 99 / 100]);
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(ingestFile + QLatin1String(suffix));
    return 0;
}
