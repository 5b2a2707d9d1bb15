// pyrograph_benchimport FILE [--repeat N]: imports FILE to a ready Profile (the
// same ProfileReader the app uses: detection, inflation, decoding, tree build)
// and prints how long it took and the process's peak memory, as one line of
// key=value pairs that tests/bench/run.sh reads. The pprof decoder follows
// PYROGRAPH_PPROF_DECODER, as in the app.

#include "importers/profilereader.h"
#include "model/hugepageheap.h"
#include "model/profile.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QString>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1].startsWith(QLatin1String("-"))) {
        std::fprintf(stderr, "usage: pyrograph_benchimport FILE [--repeat N]\n");
        return 2;
    }
    int repeat = 1;
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());

    ProfileReader reader;
    std::vector<double> seconds;
    ImportResult result;
    for (int r = 0; r < repeat; ++r) {
        result = ImportResult(); // the previous profile is freed before the next import
        const auto start = std::chrono::steady_clock::now();
        result = reader.readFile(args[1], Progress::none());
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!result.isOk()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    const Profile &p = *result.profile;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("format=%s seconds=%.3f min=%.3f nodes=%lld names=%lld types=%d total0=%lld total1=%lld "
                "profileMB=%.1f peakMB=%.1f\n",
                p.metadata().format.c_str(), seconds[seconds.size() / 2], seconds.front(),
                (long long)p.tree().nodeCount(), (long long)p.names().size(), p.sampleTypeCount(),
                (long long)(p.sampleTypeCount() > 0 ? p.total(0) : 0),
                (long long)(p.sampleTypeCount() > 1 ? p.total(1) : 0), double(p.byteSize()) / 1e6,
                double(usage.ru_maxrss) / 1024.0);
    return 0;
}
