// pyrograph_benchquerier [--file PROFILE] [--profiles N] [--runs N] [--max-nodes N]:
// the read API of issue 15 in process, below HTTP. Stores N copies (default
// 360: an hour of 10-second pushes) of a profile (default the corpus'
// go-cpu.pb.gz, 39 KB gzipped, as a Go SDK pushes) in a fresh library,
// then times SelectMergeStacktraces through QuerierService::handle in binary
// and JSON (the library's merge, Pyroscope's layout and "other" cut, the
// encoding), and apart: Library::merge alone and FlameGraphMessage::single on
// the merged profile. One line of key=value pairs a figure, medians of N runs.

#include "importers/profilereader.h"
#include "library/library.h"
#include "model/hugepageheap.h"
#include "model/progress.h"
#include "server/flamegraphmessage.h"
#include "server/querierservice.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int profiles = 360;
    int runs = 7;
    qint64 maxNodes = 0;
    QString corpus = QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz");
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--profiles"))
            profiles = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--file"))
            corpus = args[i + 1];
        else if (args[i] == QLatin1String("--max-nodes"))
            maxNodes = args[i + 1].toLongLong();
    }
    const ImportResult read = ProfileReader().readFile(corpus, Progress::none());
    if (!read.profile) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error));
        return 1;
    }
    const int sampleType = read.profile->defaultSampleType();
    const SampleType &type = read.profile->sampleTypes()[size_t(sampleType)];
    const ProfileTypeId typeId{"process_cpu", type.type, type.unit, "cpu", "nanoseconds"};

    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Library> library =
        Library::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 startMs = 1'700'000'000'000;
    std::vector<ProfileRecord> records;
    for (int i = 0; i < profiles; ++i) {
        ProfileRecord r;
        r.labels = {{"service_name", "bench"}};
        r.startMs = startMs + qint64(i) * 10'000;
        r.endMs = r.startMs + 9'999;
        r.source = "bench";
        r.profile = read.profile;
        r.types.assign(size_t(read.profile->sampleTypeCount()), ProfileTypeId());
        r.types[size_t(sampleType)] = typeId;
        records.push_back(std::move(r));
    }
    if (library->addAll(records, &error).empty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const QuerierService service(*library);
    querier::v1::SelectMergeStacktracesRequest request;
    request.set_profile_typeid(typeId.toString());
    request.set_label_selector("{service_name=\"bench\"}");
    request.set_start(startMs);
    request.set_end(startMs + qint64(profiles) * 10'000);
    if (maxNodes != 0)
        request.set_max_nodes(maxNodes);
    const std::string bytes = request.SerializeAsString();
    HttpRequest binary;
    binary.method = "POST";
    binary.path = std::string(QuerierService::pathPrefix) + "SelectMergeStacktraces";
    binary.headers.emplace("content-type", "application/proto");
    binary.body = QByteArray(bytes.data(), qsizetype(bytes.size()));
    HttpRequest json = binary;
    json.headers = {{"content-type", "application/json"}};
    json.body = QByteArray("{\"profileTypeID\":\"") + typeId.toString().c_str()
        + "\",\"labelSelector\":\"{service_name=\\\"bench\\\"}\",\"start\":\""
        + QByteArray::number(request.start()) + "\",\"end\":\"" + QByteArray::number(request.end())
        + "\""
        + (maxNodes != 0 ? ",\"maxNodes\":\"" + QByteArray::number(maxNodes) + "\"" : QByteArray())
        + "}";

    qint64 binaryBytes = 0;
    qint64 jsonBytes = 0;
    const double binaryMs = timeMs(runs, [&] {
        const HttpResponse r = service.handle(binary);
        binaryBytes = r.status == 200 ? r.body.size() : -1;
    });
    const double jsonMs = timeMs(runs, [&] {
        const HttpResponse r = service.handle(json);
        jsonBytes = r.status == 200 ? r.body.size() : -1;
    });
    ProfilePtr merged;
    const double mergeMs = timeMs(runs, [&] {
        merged = library->merge(typeId.toString(), {}, TimeRange{request.start(), request.end()},
                                &error);
    });
    if (!merged || binaryBytes < 0 || jsonBytes < 0) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 limit = maxNodes != 0 ? maxNodes : FlameGraphMessage::defaultMaxNodes;
    int drawn = 0;
    const double flamegraphMs = timeMs(runs, [&] {
        const querier::v1::FlameGraph fg = FlameGraphMessage::single(*merged, 0, limit);
        drawn = 0;
        for (const auto &level : fg.levels())
            drawn += level.values_size() / 4;
    });
    std::printf("selectMergeStacktraces profiles=%d nodes=%lld drawn=%d maxNodes=%lld "
                "binaryMs=%.1f binaryBytes=%lld "
                "jsonMs=%.1f jsonBytes=%lld\n",
                profiles, qint64(merged->tree().nodeCount()), drawn, limit, binaryMs, binaryBytes,
                jsonMs, jsonBytes);
    std::printf("parts mergeMs=%.1f flamegraphMs=%.1f\n", mergeMs, flamegraphMs);
    return 0;
}
