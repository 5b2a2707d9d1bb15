#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

// Every file format Pyrograph writes, and the one table that maps a file name's
// extension to it: `export -o`, `diff -o`, File > Export and main()'s choice of
// application object all ask here.
enum class ExportFormat { Folded, Flamebearer, Pprof, Speedscope, Svg, Html, Png };

class ExportFormats
{
public:
    // By extension, case-insensitive; the longest match wins (".speedscope.json"
    // before ".json"). None for an unknown extension.
    static std::optional<ExportFormat> forPath(const QString &path);
    // The usual extension, with the dot.
    static QLatin1String extension(ExportFormat format);
    static QStringList extensions(std::span<const ExportFormat> formats);
    // SVG, HTML and PNG draw the flamegraph and read all of ExportOptions.
    static bool isFlameGraph(ExportFormat format);
};
