#pragma once

#include "widgets/exportoptions.h"

#include "model/profile.h"
#include "model/progress.h"

#include <QString>

#include <optional>

// Writes the flamegraph formats, SVG (SvgExporter), HTML (HtmlExporter) and
// PNG (PngExporter), to a file through a QSaveFile, so a failed or cancelled
// export never leaves half a file under the requested name. Shared by
// `pyrograph export`, `pyrograph diff -o` and File > Export.
class FlameExport final
{
public:
    enum class Format { Svg, Html, Png };

    // By extension (case-insensitive), or none.
    static std::optional<Format> formatFor(const QString &path);
    // False with *error naming the file and what went wrong.
    static bool write(Format format, const Profile &profile, const ExportOptions &options, const QString &path,
                      Progress &progress, QString *error);
};
