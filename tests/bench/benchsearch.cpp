// pyrograph_benchsearch FILE [--runs N] [QUERY...]: imports FILE once, then times
// SearchResult::run (name table first, then one pass over the nodes) for each
// query, N times, and prints the median and the worst in milliseconds with the
// matched share, one line of key=value pairs a query. A query that starts with
// "re:" is a regular expression.

#include "importers/profilereader.h"
#include "model/hugepageheap.h"
#include "model/profile.h"
#include "model/progress.h"
#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    HugePageHeap::configure(); // as the application does
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    int runs = 21;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: pyrograph_benchsearch FILE [--runs N] [QUERY...]\n");
        return 2;
    }
    const QString file = args.takeFirst();
    if (args.isEmpty()) // common and rare substrings, and a regular expression
        args = {QStringLiteral("Hashtable"), QStringLiteral("github.com/grpc"), QStringLiteral("rehash"),
                QStringLiteral("zzz-no-such-name"), QStringLiteral("re:^std::.*_M_find")};

    ProfileReader reader;
    const ImportResult result = reader.readFile(file, Progress::none());
    if (!result.isOk()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    const Profile &profile = *result.profile;
    const int type = profile.defaultSampleType();
    for (const QString &text : std::as_const(args)) {
        QString error;
        const SearchQuery query = text.startsWith(QLatin1String("re:"))
                                      ? SearchQuery::regex(text.mid(3), &error)
                                      : SearchQuery::substring(text);
        if (!query.isValid()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(text), qPrintable(error));
            return 1;
        }
        std::vector<double> ms;
        SearchResult found;
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            found = SearchResult::run(profile, query);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("query=%s medianMs=%.2f maxMs=%.2f names=%lld nodes=%lld share=%.4f\n",
                    qPrintable(text), ms[ms.size() / 2], ms.back(), (long long)found.matchedNameCount(),
                    (long long)found.matchedNodeCount(), found.matchedShare(type));
    }
    std::printf("profile nodes=%lld names=%lld\n", (long long)profile.tree().nodeCount(),
                (long long)profile.names().size());
    return 0;
}
