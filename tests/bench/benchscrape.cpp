// Issue 16: pull mode at scale. A child process simulates 200 Go programs:
// one cpp-httplib server on 0.0.0.0:PORT reached as 127.0.0.1..127.0.0.200
// (200 targets to the scraper), answering /debug/pprof/goroutine at once with
// a ~50 KB gzipped pprof. The parent runs PyroscopeServer with a scrape config
// of those targets every INTERVAL seconds into a real library and reports, from
// ScrapeManager's observer: scrapes and failures, how late each scrape started
// after its slot, slots skipped, the request-to-durable latency, and the
// parent's CPU (the server's alone: the simulator is another process).
//
// Usage: pyrograph_benchscrape [SECONDS] [TARGETS] [INTERVAL]  (default 60 s, 200, 10 s)

#include "importers/pprofwriter.h"
#include "model/hugepageheap.h"
#include "model/profilebuilder.h"
#include "server/pyroscopeserver.h"
#include "server/scrapemanager.h"

#include <httplib.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// Goroutine-like stacks: a few hundred functions, 8 to 30 deep, as benchingest's.
QByteArray goLikeProfile(int stacks)
{
    std::mt19937 random(16);
    std::vector<std::string> functions;
    for (int i = 0; i < 400; ++i)
        functions.push_back("github.com/example/service/internal/pkg" + std::to_string(i % 37)
                            + ".(*Handler).Method" + std::to_string(i));
    ProfileBuilder builder(std::vector<SampleType>{SampleType{"goroutine", "count"}});
    std::vector<std::string_view> stack;
    for (int s = 0; s < stacks; ++s) {
        stack.clear();
        stack.push_back("runtime.goexit");
        const int depth = 8 + int(random() % 23);
        for (int d = 0; d < depth; ++d)
            stack.push_back(functions[random() % functions.size()]);
        const qint64 count[1] = {1 + qint64(random() % 20)};
        builder.addStack(stack, count);
    }
    builder.metadata().period = 1;
    builder.metadata().periodType = SampleType{"goroutine", "count"};
    return PprofWriter::encode(*builder.build());
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * q))];
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 60.0;
    const int targets = argc > 2 ? std::atoi(argv[2]) : 200;
    const double interval = argc > 3 ? std::atof(argv[3]) : 10.0;

    int stacks = 200;
    QByteArray body = gzip(goLikeProfile(stacks));
    while (body.size() < 50 * 1024) {
        stacks = int(double(stacks) * 50.0 * 1024 / double(body.size())) + 10;
        body = gzip(goLikeProfile(stacks));
    }

    // The simulator, forked before any thread exists.
    int ready[2];
    if (pipe(ready) != 0)
        return 1;
    const pid_t simulator = fork();
    if (simulator == 0) {
        close(ready[0]);
        httplib::Server server;
        // A thread per target's keep-alive connection, as 200 processes would have.
        server.new_task_queue = [targets] { return new httplib::ThreadPool(size_t(targets) + 8); };
        server.set_keep_alive_max_count(1000000);
        server.set_keep_alive_timeout(60);
        const std::string profile(body.constData(), size_t(body.size()));
        server.Get("/debug/pprof/goroutine", [&](const httplib::Request &, httplib::Response &res) {
            res.set_content(profile, "application/octet-stream");
        });
        const int port = server.bind_to_any_port("0.0.0.0");
        if (write(ready[1], &port, sizeof port) != sizeof port)
            _exit(1);
        server.listen_after_bind();
        _exit(0);
    }
    close(ready[1]);
    int port = 0;
    if (read(ready[0], &port, sizeof port) != sizeof port || port <= 0) {
        std::fprintf(stderr, "the simulator did not start\n");
        return 1;
    }

    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString config = QStringLiteral("scrape-configs:\n  - job-name: bench\n"
                                    "    enabled-profiles: [goroutines]\n"
                                    "    scrape-interval: %1ms\n    static-configs:\n"
                                    "      - application: simulated\n        targets:\n")
                         .arg(qint64(interval * 1000));
    for (int i = 0; i < targets; ++i)
        config += QStringLiteral("          - '127.0.%1.%2:%3'\n")
                      .arg(i / 250)
                      .arg(1 + i % 250)
                      .arg(port);
    QFile file(dir.filePath(QStringLiteral("scrape.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return 1;
    file.close();

    ServerOptions options;
    options.port = 0;
    options.libraryFile = dir.filePath(QStringLiteral("bench.sqlite"));
    PyroscopeServer server(options);

    std::mutex mutex;
    std::vector<double> durations;
    std::vector<double> lateness;
    std::map<std::string, int> perTarget;
    qint64 failures = 0;
    std::string firstError;
    bool measuring = false;
    // Started without a config, so that the observer is in place before the
    // config's targets start (what --scrape FILE does, plus the observer).
    if (const QString error = server.start(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        kill(simulator, SIGTERM);
        return 1;
    }
    ScrapeManager &manager = *server.scrapeManager();
    manager.setObserver([&](const ScrapeTargetSpec &spec, const ScrapeTargetState &state) {
        std::lock_guard lock(mutex);
        if (!measuring)
            return;
        ++perTarget[spec.address];
        if (state.health != ScrapeTargetState::Health::Up) {
            if (failures++ == 0)
                firstError = spec.address + ": " + state.lastError.toStdString();
            return;
        }
        durations.push_back(double(state.lastDurationMs));
        lateness.push_back(double(state.lastLatenessMs));
    });
    QString error;
    const auto parsed = ScrapeConfig::load(file.fileName(), &error);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    manager.start(*parsed);

    // The first interval spreads the targets' first scrapes; measured after it.
    std::this_thread::sleep_for(std::chrono::duration<double>(interval));
    const double cpuBefore = cpuSeconds();
    const auto wallBefore = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(mutex);
        measuring = true;
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    {
        std::lock_guard lock(mutex);
        measuring = false;
    }
    const double cpu = cpuSeconds() - cpuBefore;
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count();
    const qint64 stored = server.pushesReceived();
    server.stop();
    kill(simulator, SIGTERM);
    waitpid(simulator, nullptr, 0);

    std::lock_guard lock(mutex);
    // Each target has floor or ceil of wall/interval slots in the window.
    const int fewest = int(wall / interval);
    int short_ = 0;
    for (int i = 0; i < targets; ++i) {
        const std::string address = "127.0." + std::to_string(i / 250) + "."
            + std::to_string(1 + i % 250) + ":" + std::to_string(port);
        if (perTarget[address] < fewest)
            ++short_;
    }
    std::printf(
        "profile %lld bytes gzipped (%d stacks), %d targets every %.0f s, %.1f s measured\n",
        qint64(body.size()), stacks, targets, interval, wall);
    std::printf("scrapes %zu\tfailures %lld\ttargets short of %d slots %d\tstored %lld\n",
                durations.size(), failures, fewest, short_, stored);
    std::printf("lateness p99 %.0f ms\tmax %.0f ms\n", percentile(lateness, 0.99),
                percentile(lateness, 1.0));
    std::printf("request to durable: p50 %.0f ms\tp99 %.0f ms\tmax %.0f ms\n",
                percentile(durations, 0.5), percentile(durations, 0.99),
                percentile(durations, 1.0));
    std::printf("server cpu %.3f cores (%.2f s in %.1f s)\n", cpu / wall, cpu, wall);
    if (!firstError.empty())
        std::fprintf(stderr, "first failure: %s\n", firstError.c_str());
    return failures == 0 && !durations.empty() ? 0 : 1;
}
