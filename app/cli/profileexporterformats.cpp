#include "profileexporter.h"

#include <QCoreApplication>

// ProfileExporter's table of formats, apart from its writers: the command
// line's parse names the extensions in the executable, which links none of
// the drawing (HeadlessCommands).

namespace {
const ProfileExporter::Entry entryTable[] = {
    {ExportFormat::Folded,
     QT_TRANSLATE_NOOP("ProfileExporter", "collapsed stacks, root first (flamegraph.pl)")},
    {ExportFormat::Flamebearer, QT_TRANSLATE_NOOP("ProfileExporter", "Pyroscope flamebearer JSON")},
    {ExportFormat::Pprof, QT_TRANSLATE_NOOP("ProfileExporter", "gzipped pprof, every sample type")},
    {ExportFormat::Speedscope,
     QT_TRANSLATE_NOOP("ProfileExporter", "speedscope's file format, every sample type")},
    {ExportFormat::Svg,
     QT_TRANSLATE_NOOP(
         "ProfileExporter",
         "interactive SVG flamegraph (zoom, search; flamegraph.pl's --width, --minwidth)")},
    {ExportFormat::Html,
     QT_TRANSLATE_NOOP(
         "ProfileExporter",
         "self-contained interactive HTML page (flamegraph, search, function table)")},
    {ExportFormat::Png,
     QT_TRANSLATE_NOOP("ProfileExporter",
                       "PNG picture of the flamegraph (--width, --height, --scale)")},
};
} // namespace

std::span<const ProfileExporter::Entry> ProfileExporter::entries()
{
    return entryTable;
}

QStringList ProfileExporter::extensions()
{
    QStringList list;
    for (const Entry &e : entries())
        list << ExportFormats::extension(e.format);
    return list;
}
