#include "flameexport.h"

#include "widgets/htmlexporter.h"
#include "widgets/pngexporter.h"
#include "widgets/svgexporter.h"

#include <QSaveFile>

std::optional<FlameExport::Format> FlameExport::formatFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return Format::Svg;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return Format::Html;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return Format::Png;
    return std::nullopt;
}

bool FlameExport::write(Format format, const Profile &profile, const ExportOptions &options, const QString &path,
                        Progress &progress, QString *error)
{
    QString why;
    if (format == Format::Png) {
        if (PngExporter::write(profile, options, path, progress, &why))
            return true;
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const bool ok = format == Format::Svg ? SvgExporter::write(profile, options, file, progress, &why)
                                          : HtmlExporter::write(profile, options, file, progress, &why);
    if (!ok) {
        file.cancelWriting();
        *error = QStringLiteral("%1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
