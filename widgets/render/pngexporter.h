#pragma once

#include "exportoptions.h"

#include "model/joboutcome.h"
#include "model/progress.h"

#include <QImage>
#include <QString>

class Profile;

// A flamegraph as a picture: the FlameLayout of options.zoomRoot at
// options.width x options.height logical pixels, drawn by the raster
// renderer's code (FlameSceneBuilder and FlameScene) into a QImage at
// options.scale device pixels per logical pixel, so the PNG shows what the
// window shows. Needs a QGuiApplication (fonts), which may run on the
// offscreen platform: the command line needs no display.
class PngExporter final
{
public:
    // A null image when progress says cancelled or the size is unusable.
    static QImage render(const Profile &profile, const ExportOptions &options, Progress &progress = Progress::none());
    static JobOutcome write(const Profile &profile, const ExportOptions &options,
                            const QString &path, Progress &progress, QString *error);

    // How tall the picture must be to hold every row of the graph that
    // options draws at options.width (zoomed to options.zoomRoot, its
    // ancestors included), in logical pixels; what File > Export asks for, so
    // a deep stack is not cut off where the window ends.
    static int graphHeight(const Profile &profile, const ExportOptions &options);

    static constexpr int maxSide = 32768; // device pixels, QImage's practical limit
};
