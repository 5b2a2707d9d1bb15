#include "svgexporter.h"

#include "exportescape.h"
#include "exporttemplate.h"
#include "exportwriter.h"
#include "flamecolors.h"
#include "heatscale.h"

#include "model/diffmetrics.h"
#include "model/flamelayout.h"
#include "model/profile.h"
#include "model/unitformat.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

void appendQString(std::string &out, const QString &s)
{
    out += s.toStdString();
}

// The first chars code points of a name, for a label that must fit.
std::string_view prefixOfCodePoints(std::string_view utf8, int chars)
{
    size_t i = 0;
    int n = 0;
    while (i < utf8.size() && n < chars) {
        ++i;
        while (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xc0) == 0x80)
            ++i;
        ++n;
    }
    return utf8.substr(0, i);
}

int codePointCount(std::string_view utf8)
{
    int n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return n;
}
} // namespace

std::string SvgExporter::render(const Profile &profile, const ExportOptions &options, Progress &progress)
{
    const CallTree &tree = profile.tree();
    const bool diff = profile.isDiff();
    const int sampleType = diff ? profile.diffBaseline() : std::clamp(options.sampleType, 0, std::max(0, profile.sampleTypeCount() - 1));
    const std::vector<qint64> diffWidths = diff ? DiffMetrics::widthColumn(profile) : std::vector<qint64>();
    const std::span<const qint64> widths = diff ? std::span<const qint64>(diffWidths)
                                                : (profile.sampleTypeCount() > 0 ? tree.totals(sampleType)
                                                                                 : std::span<const qint64>());
    const int imageWidth = std::max(options.width, 2 * xPad + 10);
    const double width = imageWidth - 2.0 * xPad;
    const bool icicle = options.orientation == FlameOrientation::Icicle;
    const std::string unit = profile.sampleTypeCount() > 0 ? profile.sampleTypes()[size_t(sampleType)].unit : std::string();

    FlameLayout layout;
    if (tree.nodeCount() > 0 && profile.sampleTypeCount() > 0) {
        FlameLayout::Params params;
        params.sampleType = sampleType;
        params.width = width;
        params.minWidth = options.minWidth;
        if (diff)
            params.widths = widths;
        layout = FlameLayout::compute(profile, params);
    }
    if (progress.isCanceled())
        return {};
    progress.report(0.3);

    const int rows = std::max(layout.rowCount(), 1);
    const int ypad1 = fontSize * 3, ypad2 = fontSize * 2 + 10;
    const int imageHeight = rows * frameHeight + ypad1 + ypad2;
    const QRgb background = qRgb(255, 255, 255);
    const std::string title = options.title.isEmpty()
                                  ? std::string(diff ? "Differential Flame Graph" : icicle ? "Icicle Graph" : "Flame Graph")
                                  : options.title.toStdString();

    std::string out;
    out.reserve(size_t(layout.size()) * 160 + 16384);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    out += "<svg version=\"1.1\" width=\"";
    ExportWriter::appendInteger(out, imageWidth);
    out += "\" height=\"";
    ExportWriter::appendInteger(out, imageHeight);
    out += "\" viewBox=\"0 0 ";
    ExportWriter::appendInteger(out, imageWidth);
    out += ' ';
    ExportWriter::appendInteger(out, imageHeight);
    out += "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:fg=\"http://github.com/jonhoo/inferno\"";
    out += " fg:xpad=\"";
    ExportWriter::appendInteger(out, xPad);
    out += "\" fg:width=\"";
    ExportWriter::appendDecimal(out, width, 2);
    out += "\" fg:frameheight=\"";
    ExportWriter::appendInteger(out, frameHeight);
    out += "\" fg:charwidth=\"";
    ExportWriter::appendDecimal(out, fontSize * fontWidth, 3);
    out += "\" fg:minwidth=\"";
    ExportWriter::appendDecimal(out, options.minWidth, 3);
    out += "\" fg:orient=\"";
    out += icicle ? "icicle" : "flame";
    out += "\" fg:dimmed=\"";
    ExportWriter::appendHexColor(out, FlameColors::dimmedColor());
    out += "\" fg:unit=\"";
    ExportEscape::appendXml(out, unit);
    out += "\">\n<style>\ntext{font-family:Verdana,\"DejaVu Sans\",sans-serif;font-size:";
    ExportWriter::appendInteger(out, fontSize);
    out += "px;fill:#000}\n#title{text-anchor:middle;font-size:17px}\n"
           "#frames>g{cursor:pointer}\n#frames>g:hover>rect{stroke:#141414;stroke-width:.5}\n"
           "#frames text{pointer-events:none}\n#frames rect{height:"
           + std::to_string(frameHeight - 1) + "px}\n#frames>g.parent>rect{fill-opacity:.55}\n"
           "#frames>g.parent>text{fill-opacity:.7}\n"
           "#unzoom,#search,#matched{cursor:pointer}\n#search,#matched{text-anchor:end}\n.hide{display:none}\n"
           "</style>\n";
    out += "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"";
    ExportWriter::appendHexColor(out, background);
    out += "\"/>\n<text id=\"title\" x=\"";
    ExportWriter::appendDecimal(out, imageWidth / 2.0, 1);
    out += "\" y=\"24\">";
    ExportEscape::appendXml(out, title);
    out += "</text>\n<text id=\"unzoom\" class=\"hide\" x=\"";
    ExportWriter::appendInteger(out, xPad);
    out += "\" y=\"24\">Reset Zoom</text>\n<text id=\"search\" x=\"";
    ExportWriter::appendInteger(out, imageWidth - xPad);
    out += "\" y=\"24\">Search</text>\n<text id=\"details\" x=\"";
    ExportWriter::appendInteger(out, xPad);
    out += "\" y=\"";
    ExportWriter::appendInteger(out, imageHeight - 17);
    out += "\"> </text>\n<text id=\"matched\" x=\"";
    ExportWriter::appendInteger(out, imageWidth - xPad);
    out += "\" y=\"";
    ExportWriter::appendInteger(out, imageHeight - 17);
    out += "\"> </text>\n<g id=\"frames\">\n";

    // Heat needs every node's self; the package colour is cached per name.
    std::optional<HeatScale> heat;
    if (!diff && options.scheme == FlameColorScheme::Heat)
        heat.emplace(tree, sampleType);
    std::vector<QRgb> packageColor(size_t(profile.names().size()), 0);
    const int baseline = profile.diffBaseline(), comparison = profile.diffComparison();
    const qint64 baselineTotal = diff ? profile.total(baseline) : 0;
    const qint64 comparisonTotal = diff ? profile.total(comparison) : 0;
    auto colorOf = [&](NodeId node) -> QRgb {
        if (diff)
            return FlameColors::diffColor(DiffMetrics::changePercent(tree.total(node, baseline), baselineTotal,
                                                                     tree.total(node, comparison), comparisonTotal,
                                                                     options.diffMode),
                                          options.diffPalette);
        if (heat && heat->isActive())
            return heat->color(node);
        QRgb &c = packageColor[tree.name(node).index];
        if (c == 0)
            c = FlameColors::packageColor(profile.name(node));
        return c;
    };
    auto appendValue = [&](qint64 v) { appendQString(out, UnitFormat::format(v, unit)); };
    const qint64 rootTotal = layout.isEmpty() ? 0 : widths[0];

    // Each box's value offset from the root, from its parent's offset and the
    // widths of the siblings before it; the previous row's offsets by box.
    std::vector<qint64> previousOffsets, offsets;
    const auto ends = tree.subtreeEnds();
    const double charWidth = fontSize * fontWidth;
    const qsizetype reportEvery = std::max<qsizetype>(layout.size() / 50, 1024);
    for (int row = 0; row < layout.rowCount(); ++row) {
        offsets.clear();
        const qsizetype begin = layout.rowBegin(row), end = layout.rowEnd(row);
        qsizetype parentBox = row > 0 ? layout.rowBegin(row - 1) : 0;
        NodeId parent;
        quint32 child = 0;
        qint64 childOffset = 0;
        const double y = icicle ? ypad1 + double(row) * frameHeight
                                : imageHeight - ypad2 - double(row + 1) * frameHeight;
        for (qsizetype i = begin; i < end; ++i) {
            if (i % reportEvery == 0) {
                if (progress.isCanceled())
                    return {};
                progress.report(0.3 + 0.7 * double(i) / double(layout.size()));
            }
            const NodeId node = layout.node(i);
            const quint32 count = layout.mergedCount(i);
            qint64 offset = 0, value = widths[node.index];
            if (row > 0) {
                const NodeId p = tree.parent(node);
                if (p != parent) {
                    parent = p;
                    while (layout.node(parentBox) != p)
                        ++parentBox;
                    child = p.index + 1;
                    childOffset = previousOffsets[size_t(parentBox - layout.rowBegin(row - 1))];
                }
                while (child < node.index) {
                    childOffset += widths[child];
                    child = ends[child];
                }
                offset = childOffset;
                value = 0;
                for (quint32 k = 0; k < count; ++k) { // the merged siblings, or the one node
                    value += widths[child];
                    childOffset += widths[child];
                    child = ends[child];
                }
            }
            offsets.push_back(offset);
            // Narrow siblings that the layout merges (each under minWidth, together
            // above it) are left out, as flamegraph.pl leaves out every box under
            // --minwidth: the file stays as small as its peer's.
            if (count > 1)
                continue;

            const double x = xPad + layout.x(i), w = layout.width(i);
            const std::string_view name = profile.name(node);
            out += "<g><title>";
            ExportEscape::appendXml(out, name);
            out += " (";
            if (diff) {
                const qint64 b = tree.total(node, baseline), c = tree.total(node, comparison);
                out += "baseline ";
                appendValue(b);
                out += ", ";
                appendQString(out, UnitFormat::percent(b, baselineTotal));
                out += "; comparison ";
                appendValue(c);
                out += ", ";
                appendQString(out, UnitFormat::percent(c, comparisonTotal));
                const double change = DiffMetrics::changePercent(b, baselineTotal, c, comparisonTotal,
                                                                 options.diffMode, false);
                out += "; ";
                if (change > 0)
                    out += '+';
                ExportWriter::appendDecimal(out, change, 2);
                out += '%';
            } else {
                appendValue(value);
                out += ", ";
                appendQString(out, UnitFormat::percent(value, rootTotal));
            }
            out += ")</title><rect x=\"";
            ExportWriter::appendDecimal(out, x, 2);
            out += "\" y=\"";
            ExportWriter::appendDecimal(out, y, 1);
            out += "\" width=\"";
            ExportWriter::appendDecimal(out, w, 2);
            out += "\" fill=\"";
            ExportWriter::appendHexColor(out, colorOf(node));
            out += "\" fg:x=\"";
            ExportWriter::appendInteger(out, offset);
            out += "\" fg:w=\"";
            ExportWriter::appendInteger(out, value);
            out += "\"/>";
            // A label only where three characters fit; the script adds the
            // others' labels when a zoom makes them wide enough.
            const int chars = int(w / charWidth);
            if (chars >= 3) {
                out += "<text x=\"";
                ExportWriter::appendDecimal(out, x + 3, 2);
                out += "\" y=\"";
                ExportWriter::appendDecimal(out, y + frameHeight / 2.0 + 3.5, 1);
                out += "\">";
                if (codePointCount(name) <= chars) {
                    ExportEscape::appendXml(out, name);
                } else {
                    ExportEscape::appendXml(out, prefixOfCodePoints(name, chars - 2));
                    out += "..";
                }
                out += "</text>";
            }
            out += "</g>\n";
        }
        std::swap(previousOffsets, offsets);
    }
    out += "</g>\n<script type=\"text/ecmascript\"><![CDATA[\n";
    const QByteArray script = ExportTemplate::load("flamegraph-svg.js");
    // The script is ours and static; a "]]>" in it would be a build mistake.
    Q_ASSERT(!script.contains("]]>"));
    out.append(script.constData(), size_t(script.size()));
    out += "]]></script>\n</svg>\n";
    progress.report(1.0);
    return out;
}

JobOutcome SvgExporter::write(const Profile &profile, const ExportOptions &options,
                              QIODevice &device, Progress &progress, QString *error)
{
    return ExportWriter::write(render(profile, options, progress), progress, device, error);
}
