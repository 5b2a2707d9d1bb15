#include "pngexporter.h"

#include "flamescene.h"
#include "flamescenebuilder.h"

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

QImage PngExporter::render(const Profile &profile, const ExportOptions &options, Progress &progress)
{
    const double scale = options.scale > 0 ? options.scale : 1.0;
    const int width = options.width, height = options.height;
    if (width < 1 || height < 1 || width * scale > maxSide || height * scale > maxSide)
        return {};
    const bool diff = profile.isDiff();
    const int sampleType = diff ? profile.diffBaseline()
                                : std::clamp(options.sampleType, 0, std::max(0, profile.sampleTypeCount() - 1));
    const std::vector<qint64> diffWidths = diff ? DiffMetrics::widthColumn(profile) : std::vector<qint64>();

    FlameLayout layout;
    if (profile.tree().nodeCount() > 0 && profile.sampleTypeCount() > 0) {
        FlameLayout::Params params;
        params.sampleType = sampleType;
        params.zoomRoot = options.zoomRoot;
        params.width = width;
        params.minWidth = 1.0; // as the view draws
        if (diff)
            params.widths = diffWidths;
        layout = FlameLayout::compute(profile, params);
    }
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
    // The view's row height for this font (FlameGraphView::rowHeight).
    input.geometry.rowHeight = std::max(18, int(std::ceil(QFontMetricsF(font).height())) + 6);
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
