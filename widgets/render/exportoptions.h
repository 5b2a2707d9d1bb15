#pragma once

#include "flamecolors.h"
#include "flamestyle.h"

#include "model/diffmetrics.h"
#include "model/ids.h"
#include "model/searchresult.h"

#include <QString>

// What the SVG, HTML and PNG exports draw, read from the window (or the command
// line) on the GUI thread before the export runs in the background. A diff
// profile (Profile::isDiff()) is always drawn with the diff colours and widths.
struct ExportOptions
{
    int sampleType = 0;
    FlameOrientation orientation = FlameOrientation::Flame;
    FlameColorScheme scheme = FlameColorScheme::Package;
    DiffMode diffMode = DiffMode::Relative;
    FlameColors::DiffPalette diffPalette = FlameColors::DiffPalette::Default;
    // PNG only: SVG and HTML elide their labels in the browser's script, head first.
    FlameLabelFit labelFit = FlameLabelFit::Auto;
    QString title; // empty: "Flame Graph" (or "Differential Flame Graph")

    // SVG: the image width in pixels, and boxes narrower than minWidth pixels
    // left out, as flamegraph.pl's --width and --minwidth (same defaults).
    int width = 1200;
    double minWidth = 0.1;

    // HTML: nodes whose value is below this share of the root are not embedded
    // (see HtmlExporter). 1/20000: a node of the large profile kept is at least
    // 0.06 px wide on a 1200 px canvas, and a 100x zoom still shows every box
    // wider than 6 px.
    double htmlMinShare = 1.0 / 20000.0;

    // PNG: the current view of the window, drawn at height x width logical
    // pixels times scale.
    int height = 800;
    double scale = 1.0;
    NodeId zoomRoot = NodeId(0);
    SearchResult search; // inactive: no dimming
};
