#include "pngexporter.h"

#include "flamescene.h"
#include "flamescenebuilder.h"
#include "labelfitchooser.h"

#include "model/diffmetrics.h"
#include "model/flamelayout.h"
#include "model/profile.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {
int sampleTypeFor(const Profile &profile, const ExportOptions &options)
{
    return profile.isDiff()
        ? profile.diffBaseline()
        : std::clamp(options.sampleType, 0, std::max(0, profile.sampleTypeCount() - 1));
}

// The layout the picture draws; widths holds a diff's widths while it is used.
FlameLayout layoutFor(const Profile &profile, const ExportOptions &options, int width,
                      std::vector<qint64> &widths)
{
    if (profile.tree().nodeCount() == 0 || profile.sampleTypeCount() == 0)
        return FlameLayout();
    if (profile.isDiff())
        widths = DiffMetrics::widthColumn(profile);
    FlameLayout::Params params;
    params.sampleType = sampleTypeFor(profile, options);
    params.zoomRoot = options.zoomRoot;
    params.width = width;
    params.minWidth = 1.0; // as the view draws
    params.widths = widths;
    return FlameLayout::compute(profile, params);
}
} // namespace

int PngExporter::graphHeight(const Profile &profile, const ExportOptions &options)
{
    std::vector<qint64> widths;
    const FlameLayout layout = layoutFor(profile, options, std::max(1, options.width), widths);
    return layout.rowCount() * FlameSceneBuilder::rowHeightFor(QGuiApplication::font());
}

QImage PngExporter::render(const Profile &profile, const ExportOptions &options, Progress &progress)
{
    const double scale = options.scale > 0 ? options.scale : 1.0;
    const int width = options.width, height = options.height;
    if (width < 1 || height < 1 || width * scale > maxSide || height * scale > maxSide)
        return {};
    const bool diff = profile.isDiff();
    const int sampleType = sampleTypeFor(profile, options);
    std::vector<qint64> diffWidths;
    const FlameLayout layout = layoutFor(profile, options, width, diffWidths);
    if (progress.isCanceled())
        return {};
    progress.report(0.4);

    const QFont font = QGuiApplication::font();
    FlameSceneBuilder builder;
    builder.reset(font);
    FlameSceneBuilder::Input input;
    input.profile = &profile;
    input.layout = &layout;
    input.search = &options.search;
    input.scheme = diff ? FlameColorScheme::Diff : options.scheme;
    input.diffMode = options.diffMode;
    input.diffPalette = options.diffPalette;
    input.geometry.flame = options.orientation == FlameOrientation::Flame;
    input.geometry.height = height;
    input.geometry.rowHeight = FlameSceneBuilder::rowHeightFor(font);
    input.labelFit = LabelFitChooser::resolve(options.labelFit, &profile);
    input.size = QSize(width, height);
    input.devicePixelRatio = scale;
    std::vector<qint64> selfColumn;
    if (input.scheme == FlameColorScheme::Heat && profile.sampleTypeCount() > 0) {
        selfColumn = profile.tree().selfColumn(sampleType);
        input.selfColumn = &selfColumn;
        input.maxSelf = selfColumn.empty() ? 0 : *std::max_element(selfColumn.begin(), selfColumn.end());
    }
    FlameScene scene;
    builder.buildBoxes(input, scene);
    builder.buildOutlines(input, scene);
    if (progress.isCanceled())
        return {};
    progress.report(0.7);

    QImage image(int(std::lround(width * scale)), int(std::lround(height * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QColor::fromRgb(scene.background));
    QPainter painter(&image);
    scene.paintBoxes(painter);
    scene.paintOverlay(painter);
    painter.end();
    progress.report(0.9);
    return image;
}

JobOutcome PngExporter::write(const Profile &profile, const ExportOptions &options,
                              const QString &path, Progress &progress, QString *error)
{
    const QImage image = render(profile, options, progress);
    if (progress.isCanceled())
        return JobOutcome::Cancelled;
    if (image.isNull()) {
        if (error)
            *error =
                QStringLiteral("cannot draw a %1x%2 image at scale %3 (at most %4 pixels a side)")
                    .arg(options.width)
                    .arg(options.height)
                    .arg(options.scale)
                    .arg(maxSide);
        return JobOutcome::Failed;
    }
    // Through a QSaveFile, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return JobOutcome::Failed;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        if (error)
            *error = writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        return JobOutcome::Failed;
    }
    progress.report(1.0);
    return JobOutcome::Done;
}
