// pyrograph_benchexport FILE [--runs N] [--out DIR]: imports FILE once, then
// times each flamegraph export in process (the import excluded): SVG
// (SvgExporter, 1200 px, --minwidth 0.1 as flamegraph.pl), HTML (HtmlExporter,
// nodes from 1/20000 of the total) and PNG (PngExporter, 1200x800). Prints
// one line of key=value pairs per format with the median seconds of N runs and
// the file size; with --out, writes the files there (for the browser's load
// time). Runs on the offscreen platform: no display needed.

#include "importers/profilereader.h"
#include "model/hugepageheap.h"
#include "model/profile.h"
#include "model/progress.h"
#include "widgets/render/htmlexporter.h"
#include "widgets/render/pngexporter.h"
#include "widgets/render/svgexporter.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
double seconds(const std::function<void()> &f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    HugePageHeap::configure(); // as the application does
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    int runs = 3;
    QString out;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--out")); i >= 0 && i + 1 < args.size()) {
        out = args[i + 1];
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: pyrograph_benchexport FILE [--runs N] [--out DIR]\n");
        return 2;
    }
    ProfilePtr profile;
    const double importSeconds = seconds([&] {
        ProfileReader reader;
        const ImportResult result = reader.readFile(args[0], Progress::none());
        profile = result.profile;
        if (!profile)
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
    });
    if (!profile)
        return 1;
    std::printf("import seconds=%.3f nodes=%lld\n", importSeconds, static_cast<long long>(profile->tree().nodeCount()));
    ExportOptions options;
    options.sampleType = profile->defaultSampleType();
    options.width = 1200;
    options.height = 800;

    auto save = [&](const char *name, const char *data, qsizetype size) {
        if (out.isEmpty())
            return;
        QFile f(out + u'/' + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data, size) != size)
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
    };

    std::vector<double> svgTimes, htmlTimes, pngTimes;
    std::string svg, html;
    QByteArray png;
    for (int r = 0; r < runs; ++r) {
        svgTimes.push_back(seconds([&] { svg = SvgExporter::render(*profile, options); }));
        htmlTimes.push_back(seconds([&] { html = HtmlExporter::render(*profile, options); }));
        pngTimes.push_back(seconds([&] {
            const QImage image = PngExporter::render(*profile, options);
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter(&buffer, "png").write(image);
        }));
    }
    size_t boxes = 0; // one "<g" per box, and the frames group
    for (size_t at = svg.find("<g"); at != std::string::npos; at = svg.find("<g", at + 2))
        ++boxes;
    std::printf("export svg seconds=%.3f bytes=%zu boxes=%zu\n", median(svgTimes), svg.size(), boxes - 1);
    std::printf("export html seconds=%.3f bytes=%zu\n", median(htmlTimes), html.size());
    std::printf("export png seconds=%.3f bytes=%lld\n", median(pngTimes), static_cast<long long>(png.size()));
    save("export.svg", svg.data(), qsizetype(svg.size()));
    save("export.html", html.data(), qsizetype(html.size()));
    save("export.png", png.constData(), png.size());
    return 0;
}
