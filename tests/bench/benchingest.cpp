// Issue 15: ingest throughput of `pyrograph serve`. A PyroscopeServer on a
// free loopback port over a library in a temporary folder; 8 keep-alive
// clients each push a ~50 KB gzipped pprof as the Go SDK does (multipart
// "profile" to /ingest) for a fixed time. Prints pushes/s and latencies.
//
// Usage: pyrograph_benchingest [SECONDS] [CLIENTS] [FILE]
// (default 10 s, 8 clients, a generated profile; FILE: a gzipped pprof to push instead)
// The clients run in a child process (the same executable with --clients), so
// the server's CPU per push is measured apart from theirs.

#include "importers/pprofwriter.h"
#include "library/profileblob.h"
#include "model/hugepageheap.h"
#include "model/profilebuilder.h"
#include "server/ingesthandler.h"
#include "server/profilesink.h"
#include "server/pyroscopeserver.h"

#include <httplib.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>

#include <sys/resource.h>
#include <vector>

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

// A Go-like CPU profile: a few hundred functions, stacks 8 to 30 deep,
// about 50 KB once gzipped (what a 10 s CPU profile of a service weighs).
QByteArray goLikeProfile(int stacks)
{
    std::mt19937 random(42);
    std::vector<std::string> functions;
    for (int i = 0; i < 400; ++i)
        functions.push_back("github.com/example/service/internal/pkg" + std::to_string(i % 37)
                            + ".(*Handler).Method" + std::to_string(i));
    ProfileBuilder builder({{"samples", "count"}, {"cpu", "nanoseconds"}});
    std::vector<std::string_view> stack;
    for (int s = 0; s < stacks; ++s) {
        stack.clear();
        stack.push_back("runtime.main");
        const int depth = 8 + int(random() % 23);
        for (int d = 0; d < depth; ++d)
            stack.push_back(functions[random() % functions.size()]);
        const qint64 count = 1 + qint64(random() % 20);
        const qint64 values[2] = {count, count * 10000000};
        builder.addStack(stack, values);
    }
    builder.metadata().period = 10000000;
    builder.metadata().periodType = SampleType{"cpu", "nanoseconds"};
    return PprofWriter::encode(*builder.build());
}

// The push: the file named, or a generated profile of about 50 KB gzipped.
QByteArray pushedBody(const char *file, std::string *what)
{
    if (file) {
        QFile in(QString::fromLocal8Bit(file));
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", file, qPrintable(in.errorString()));
            return {};
        }
        *what = file;
        return in.readAll();
    }
    int stacks = 200;
    QByteArray body = gzip(goLikeProfile(stacks));
    while (body.size() < 50 * 1024) {
        stacks = int(double(stacks) * 50.0 * 1024 / double(body.size())) + 10;
        body = gzip(goLikeProfile(stacks));
    }
    *what = std::to_string(stacks) + " generated stacks";
    return body;
}

// The clients, in their own process (so that the server's CPU time is its
// own): each pushes for the given time, then prints one latency (ms) a line.
int runClients(quint16 port, double seconds, int clients, const std::string &profile)
{
    std::vector<std::vector<double>> latencies{size_t(clients)};
    std::atomic<int> failures{0};
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true); // as Go's net/http does
            const std::string path = "/ingest?name=bench.app.cpu%7Bclient%3D" + std::to_string(c)
                + "%7D&spyName=gospy&sampleRate=100&from=now-10s&until=now";
            const httplib::MultipartFormDataItems items{
                {"profile", profile, "profile.pprof", "application/octet-stream"}};
            while (std::chrono::steady_clock::now() < end) {
                const auto before = std::chrono::steady_clock::now();
                const auto result = client.Post(path, items);
                const auto after = std::chrono::steady_clock::now();
                if (!result || result->status != 200) {
                    if (failures++ == 0)
                        std::fprintf(stderr, "push failed: %d %s\n", result ? result->status : -1,
                                     result ? result->body.c_str() : "");
                }
                latencies[size_t(c)].push_back(
                    std::chrono::duration<double, std::milli>(after - before).count());
            }
        });
    for (auto &t : threads)
        t.join();
    for (const auto &l : latencies)
        for (const double ms : l)
            std::printf("%.3f\n", ms);
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    if (argc > 4 && std::string_view(argv[1]) == "--clients") {
        std::string what;
        const QByteArray body = pushedBody(argc > 5 ? argv[5] : nullptr, &what);
        return body.isEmpty() ? 1
                              : runClients(quint16(std::atoi(argv[2])), std::atof(argv[3]),
                                           std::atoi(argv[4]), body.toStdString());
    }
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    const int clients = argc > 2 ? std::atoi(argv[2]) : 8;

    std::string what;
    const QByteArray body = pushedBody(argc > 3 ? argv[3] : nullptr, &what);
    if (body.isEmpty())
        return 1;

    QTemporaryDir dir;
    ServerOptions options;
    options.port = 0;
    options.libraryFile = dir.filePath(QStringLiteral("bench.sqlite"));
    PyroscopeServer server(options);
    if (const QString error = server.start(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // The handler's own share, in one thread, nothing stored: inflate,
    // decode, name (what a push costs before the library and HTTP).
    {
        ProfileSink sink(*server.library());
        IngestHandler handler(sink, options.maxDecompressedBytes);
        HttpRequest request;
        request.method = "POST";
        request.path = "/ingest";
        request.query = {{"name", "bench.app.cpu{client=0}"}, {"spyName", "gospy"}};
        request.isMultipart = true;
        request.formParts.push_back({"profile", "profile.pprof", "application/octet-stream", body});
        std::vector<double> parse, encode;
        size_t stored = 0;
        for (int i = 0; i < 200; ++i) {
            auto before = std::chrono::steady_clock::now();
            const auto parsed = handler.parse(request, 1700000000000);
            auto after = std::chrono::steady_clock::now();
            parse.push_back(std::chrono::duration<double, std::milli>(after - before).count());
            if (parsed.error || parsed.records.empty())
                return 1;
            before = std::chrono::steady_clock::now();
            stored = ProfileBlob::encode(*parsed.records.front().profile).size();
            after = std::chrono::steady_clock::now();
            encode.push_back(std::chrono::duration<double, std::milli>(after - before).count());
        }
        std::sort(parse.begin(), parse.end());
        std::sort(encode.begin(), encode.end());
        std::printf("IngestHandler::parse alone: median %.2f ms\n", parse[parse.size() / 2]);
        std::printf("ProfileBlob::encode alone: median %.2f ms, %zu bytes stored\n",
                    encode[encode.size() / 2], stored);
    }

    // The server's CPU time alone: the clients run in a child process.
    const auto cpuSeconds = [](int who) {
        rusage usage{};
        getrusage(who, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double serverBefore = cpuSeconds(RUSAGE_SELF);
    const double clientsBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess pushers;
    QStringList arguments{QStringLiteral("--clients"), QString::number(server.port()),
                          QString::number(seconds), QString::number(clients)};
    if (argc > 3)
        arguments << QString::fromLocal8Bit(argv[3]);
    const auto start = std::chrono::steady_clock::now();
    pushers.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    pushers.start(QCoreApplication::applicationFilePath(), arguments);
    if (!pushers.waitForFinished(int(seconds * 1000) + 120000) || pushers.exitCode() != 0) {
        std::fprintf(stderr, "the clients failed (exit %d)\n", pushers.exitCode());
        return 1;
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double serverCpu = cpuSeconds(RUSAGE_SELF) - serverBefore;
    const double clientsCpu = cpuSeconds(RUSAGE_CHILDREN) - clientsBefore;
    std::vector<double> all;
    for (const QByteArray &line : pushers.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            all.push_back(line.toDouble());
    std::sort(all.begin(), all.end());
    const auto at = [&](double q) {
        return all.empty() ? 0.0 : all[std::min(all.size() - 1, size_t(double(all.size()) * q))];
    };
    const double pushes = double(std::max<size_t>(all.size(), 1));
    std::printf("profile %lld bytes gzipped (%s), %d clients, %.1f s\n", qint64(body.size()),
                what.c_str(), clients, elapsed);
    std::printf("pushes/s %.0f\tp50 %.2f ms\tp99 %.2f ms\tmax %.2f ms\tstored %lld\n",
                double(all.size()) / elapsed, at(0.5), at(0.99), at(1.0),
                server.pushesReceived());
    // On a shared machine the CPU per push says what two idle cores would
    // carry, when pushes/s cannot.
    std::printf("server cpu per push %.2f ms (two cores carry %.0f pushes/s at that); "
                "clients %.2f ms\n",
                serverCpu * 1000 / pushes, 2000.0 / (serverCpu * 1000 / pushes),
                clientsCpu * 1000 / pushes);
    server.stop();
    return 0;
}
