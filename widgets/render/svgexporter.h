#pragma once

#include "exportoptions.h"

#include "model/joboutcome.h"
#include "model/progress.h"

#include <QString>

#include <string>

class Profile;
class QIODevice;

// A standalone interactive SVG flamegraph in the manner of flamegraph.pl: one
// <g> per box of the FlameLayout (the app's layout, at options.width minus the
// margins and options.minWidth; boxes narrower than that are left out, the
// layout's merged runs of narrow siblings too), each with a <title> tooltip, the app's
// colours (diff colours and widths for a diff profile), and an embedded script
// for click-to-zoom, reset and a regex search with the matched share
// (resources/export/flamegraph-svg.js). Names are escaped as XML data and
// invalid UTF-8 replaced; the script carries no data, so nothing from the
// profile can close its CDATA section.
class SvgExporter final
{
public:
    // The whole document; empty when progress says cancelled.
    static std::string render(const Profile &profile, const ExportOptions &options,
                              Progress &progress = Progress::none());
    // render() written to out (ExportWriter::write says how that ends).
    static JobOutcome write(const Profile &profile, const ExportOptions &options, QIODevice &out,
                            Progress &progress, QString *error);

    static constexpr int frameHeight = 16; // as flamegraph.pl
    static constexpr int fontSize = 12;
    static constexpr double fontWidth = 0.59; // average character width / font size
    static constexpr int xPad = 10;
};
