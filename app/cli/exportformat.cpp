#include "exportformat.h"

#include <utility>

namespace {
// The first row of a format gives its usual extension.
constexpr std::pair<const char *, ExportFormat> extensionTable[] = {
    {".folded", ExportFormat::Folded}, {".json", ExportFormat::Flamebearer},
    {".pb.gz", ExportFormat::Pprof},   {".speedscope.json", ExportFormat::Speedscope},
    {".svg", ExportFormat::Svg},       {".html", ExportFormat::Html},
    {".htm", ExportFormat::Html},      {".png", ExportFormat::Png},
};
} // namespace

std::optional<ExportFormat> ExportFormats::forPath(const QString &path)
{
    std::optional<ExportFormat> best;
    qsizetype bestLength = 0;
    for (const auto &[extension, format] : extensionTable) {
        const QLatin1String e(extension);
        if (e.size() > bestLength && path.endsWith(e, Qt::CaseInsensitive)) {
            best = format;
            bestLength = e.size();
        }
    }
    return best;
}

QLatin1String ExportFormats::extension(ExportFormat format)
{
    for (const auto &[extension, f] : extensionTable) {
        if (f == format)
            return QLatin1String(extension);
    }
    return {};
}

QStringList ExportFormats::extensions(std::span<const ExportFormat> formats)
{
    QStringList list;
    for (const ExportFormat format : formats)
        list << extension(format);
    return list;
}

bool ExportFormats::isFlameGraph(ExportFormat format)
{
    return format == ExportFormat::Svg || format == ExportFormat::Html || format == ExportFormat::Png;
}
