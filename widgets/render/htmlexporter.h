#pragma once

#include "exportoptions.h"

#include "model/joboutcome.h"
#include "model/progress.h"

#include <QString>

#include <string>

class Profile;
class QIODevice;

// A self-contained interactive HTML page (no network, no external script or
// font): a canvas flamegraph laid out in the browser per zoom, with hover
// tooltips, click zoom, breadcrumbs, a regex search with the matched share, the
// sortable function table, and for a diff profile the diff colours, legend and
// a table of both sides. The page is resources/export/flamegraph.html with
// flamegraph.js inlined at export time.
//
// Not every node is embedded, so the large profile stays small and quick to
// open: a node whose value is below options.htmlMinShare of the root (default
// 1/20000) is left out with its subtree, and the function table keeps the
// functions whose total reaches that share (each figure in it is exact, from
// the whole profile). The kept tree is pre-order int arrays plus a name table:
//   names[]             each kept name once, as a JSON string
//   name[], depth[]      per kept node: index into names, depth from the root
//   total[], self[]      per kept node, in the sample type's unit (exact)
// and for a diff: base[], comp[] (the totals on each side) and change[] (the
// unclamped change in percent, DiffMetrics); widths are base + comp. Colours
// come from FlameColors as tables (package palette index per name, 201 diff
// colours from -100 % to +100 %) so the page and the app colour alike; in the
// heat scheme heat[] gives each kept node its colour's index in that table
// (HeatScale over the whole tree, as the SVG export and the window colour).
// The JSON sits in <script type="application/json"> with < > & U+2028 U+2029
// written as \u escapes (ExportEscape), so no name can close the element.
class HtmlExporter final
{
public:
    // The whole page; empty when progress says cancelled.
    static std::string render(const Profile &profile, const ExportOptions &options,
                              Progress &progress = Progress::none());
    static JobOutcome write(const Profile &profile, const ExportOptions &options, QIODevice &out,
                            Progress &progress, QString *error);
    // The JSON data alone (tests).
    static std::string dataJson(const Profile &profile, const ExportOptions &options,
                                Progress &progress = Progress::none());
};
