#include "htmlexporter.h"

#include "model/progressspan.h"

#include "exportescape.h"
#include "exporttemplate.h"
#include "exportwriter.h"
#include "flamecolors.h"
#include "heatscale.h"

#include "model/diffmetrics.h"
#include "model/firstusenames.h"
#include "model/functiontable.h"
#include "model/profile.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {
// Where the heat colours start in the page's colour table (see "colors" below).
constexpr qint64 firstHeatColor = FlameColors::paletteSize + 2 + 201;

// A colour as a JSON string.
void appendColor(std::string &out, QRgb c)
{
    out += '"';
    ExportWriter::appendHexColor(out, c);
    out += '"';
}

// [fill, text, fill as an ancestor of the zoom root, its text] for one colour,
// all from FlameColors, as the app's scene builder draws them.
void appendColorEntry(std::string &out, QRgb fill, QRgb background)
{
    const QRgb ancestor = FlameColors::mix(fill, background, 0.45);
    out += '[';
    appendColor(out, fill);
    out += ',';
    appendColor(out, FlameColors::textColorFor(fill));
    out += ',';
    appendColor(out, ancestor);
    out += ',';
    appendColor(out, FlameColors::textColorFor(ancestor));
    out += ']';
}

template<typename T, typename F>
void appendArray(std::string &out, const char *key, const std::vector<T> &values, F &&append)
{
    out += ",\n\"";
    out += key;
    out += "\":[";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        append(values[i]);
    }
    out += ']';
}

void appendIntArray(std::string &out, const char *key, const std::vector<qint64> &values)
{
    appendArray(out, key, values, [&out](qint64 v) { ExportWriter::appendInteger(out, v); });
}

void appendKey(std::string &out, const char *key)
{
    out += ",\n\"";
    out += key;
    out += "\":";
}
} // namespace

std::string HtmlExporter::dataJson(const Profile &profile, const ExportOptions &options, Progress &progress)
{
    const CallTree &tree = profile.tree();
    const bool diff = profile.isDiff();
    const int typeCount = profile.sampleTypeCount();
    const int sampleType = diff ? profile.diffBaseline() : std::clamp(options.sampleType, 0, std::max(0, typeCount - 1));
    const std::vector<qint64> diffWidths = diff ? DiffMetrics::widthColumn(profile) : std::vector<qint64>();
    const std::span<const qint64> widths = diff ? std::span<const qint64>(diffWidths)
                                                : (typeCount > 0 ? tree.totals(sampleType) : std::span<const qint64>());
    const bool empty = tree.nodeCount() == 0 || widths.empty();
    const qint64 rootWidth = empty ? 0 : widths[0];
    // Whole numbers: a node is kept when its width reaches the threshold, so
    // a node of the root's width is always kept.
    const qint64 threshold = std::max<qint64>(1, qint64(std::ceil(double(rootWidth) * std::max(options.htmlMinShare, 0.0))));
    const QRgb background = qRgb(255, 255, 255);
    const SampleType type = typeCount > 0 ? profile.sampleTypes()[size_t(sampleType)] : SampleType{};

    // The kept nodes, pre-order: skipping a narrow node skips its subtree.
    std::vector<quint32> kept;
    const auto ends = tree.subtreeEnds();
    const quint32 nodeCount = quint32(tree.nodeCount());
    for (quint32 n = 0; !empty && n < nodeCount;) {
        if ((kept.size() & 0xffff) == 0 && progress.isCanceled())
            return {};
        if (widths[n] >= threshold && widths[n] > 0) {
            kept.push_back(n);
            ++n;
        } else {
            n = ends[n];
        }
    }
    progress.report(0.2);

    // Names in order of first use; the function table adds its own below.
    FirstUseNames fileNames(size_t(profile.names().size()));
    auto indexOf = [&](NameId name) { return qint64(fileNames.indexOf(name)); };

    std::vector<qint64> nodeName, depth, total, self, base, comp;
    std::vector<double> change;
    nodeName.reserve(kept.size());
    depth.reserve(kept.size());
    total.reserve(kept.size());
    const int baseline = profile.diffBaseline(), comparison = profile.diffComparison();
    const qint64 baselineTotal = diff ? profile.total(baseline) : 0;
    const qint64 comparisonTotal = diff ? profile.total(comparison) : 0;
    // Heat: each kept node's colour, as the SVG and the window colour it, an
    // index into the colour table (after the diff colours) shared by equal colours.
    std::optional<HeatScale> heatScale;
    if (!diff && options.scheme == FlameColorScheme::Heat && typeCount > 0)
        heatScale.emplace(tree, sampleType);
    const bool heat = heatScale && heatScale->isActive();
    std::vector<qint64> heatIndex;
    std::vector<QRgb> heatColors;
    QHash<QRgb, qint64> heatColorIndex;
    for (const quint32 n : kept) {
        const NodeId node(n);
        if (heat) {
            const QRgb c = heatScale->color(node);
            auto it = heatColorIndex.constFind(c);
            if (it == heatColorIndex.cend()) {
                it = heatColorIndex.insert(c, firstHeatColor + qint64(heatColors.size()));
                heatColors.push_back(c);
            }
            heatIndex.push_back(*it);
        }
        nodeName.push_back(indexOf(tree.name(node)));
        depth.push_back(tree.depth(node));
        if (diff) {
            const qint64 b = tree.total(node, baseline), c = tree.total(node, comparison);
            base.push_back(b);
            comp.push_back(c);
            change.push_back(DiffMetrics::changePercent(b, baselineTotal, c, comparisonTotal, options.diffMode, false));
        } else {
            total.push_back(tree.total(node, sampleType));
            self.push_back(tree.self(node, sampleType));
        }
    }
    if (progress.isCanceled())
        return {};
    progress.report(0.4);

    // The function table: exact figures over the whole profile; the rows whose
    // total reaches the threshold (on either side for a diff).
    std::vector<qint64> fnName, fnSelf, fnTotal, fnBaseSelf, fnBaseTotal, fnCompSelf, fnCompTotal;
    std::vector<double> fnChange;
    qsizetype functionCount = 0;
    if (!empty && diff) {
        ProgressSpan leftPart(progress, 0.4, 0.6), rightPart(progress, 0.6, 0.8);
        const FunctionTable left = FunctionTable::compute(profile, baseline, leftPart);
        const FunctionTable right = FunctionTable::compute(profile, comparison, rightPart);
        if (progress.isCanceled())
            return {};
        std::vector<NameId> rowNames;
        for (const FunctionStats &row : left.rows())
            rowNames.push_back(row.name);
        for (const FunctionStats &row : right.rows())
            if (!left.find(row.name))
                rowNames.push_back(row.name);
        functionCount = qsizetype(rowNames.size());
        for (const NameId name : rowNames) {
            const FunctionStats *l = left.find(name);
            const FunctionStats *r = right.find(name);
            const qint64 lt = l ? l->total : 0, rt = r ? r->total : 0;
            if (lt + rt < threshold)
                continue;
            fnName.push_back(indexOf(name));
            fnBaseSelf.push_back(l ? l->self : 0);
            fnBaseTotal.push_back(lt);
            fnCompSelf.push_back(r ? r->self : 0);
            fnCompTotal.push_back(rt);
            fnChange.push_back(DiffMetrics::changePercent(l ? l->self : 0, baselineTotal, r ? r->self : 0,
                                                          comparisonTotal, options.diffMode, false));
        }
    } else if (!empty) {
        ProgressSpan part(progress, 0.4, 0.8);
        const FunctionTable table = FunctionTable::compute(profile, sampleType, part);
        if (progress.isCanceled())
            return {};
        functionCount = qsizetype(table.rows().size());
        for (const FunctionStats &row : table.rows()) {
            if (row.total < threshold)
                continue;
            fnName.push_back(indexOf(row.name));
            fnSelf.push_back(row.self);
            fnTotal.push_back(row.total);
        }
    }
    progress.report(0.8);

    std::string out;
    const std::vector<NameId> &names = fileNames.names();
    out.reserve(kept.size() * 24 + names.size() * 40 + 4096);
    out += "{\"version\":1";
    appendKey(out, "title");
    const QString title = options.title.isEmpty()
                              ? (diff ? QStringLiteral("Differential Flame Graph") : QStringLiteral("Flame Graph"))
                              : options.title;
    ExportEscape::appendJsonString(out, title.toStdString());
    appendKey(out, "sampleType");
    ExportEscape::appendJsonString(out, type.type);
    appendKey(out, "unit");
    ExportEscape::appendJsonString(out, type.unit);
    appendKey(out, "diff");
    out += diff ? "true" : "false";
    appendKey(out, "icicle");
    out += options.orientation == FlameOrientation::Icicle ? "true" : "false";
    appendKey(out, "nodeCount");
    ExportWriter::appendInteger(out, nodeCount);
    appendKey(out, "keptCount");
    ExportWriter::appendInteger(out, qint64(kept.size()));
    appendKey(out, "minShare");
    ExportWriter::appendDecimal(out, options.htmlMinShare, 9);
    appendKey(out, "functionCount");
    ExportWriter::appendInteger(out, functionCount);
    if (diff) {
        appendKey(out, "baselineTotal");
        ExportWriter::appendInteger(out, baselineTotal);
        appendKey(out, "comparisonTotal");
        ExportWriter::appendInteger(out, comparisonTotal);
        appendKey(out, "diffMode");
        ExportEscape::appendJsonString(out, options.diffMode == DiffMode::Relative ? "relative" : "absolute");
    }

    // Colours: 0..23 the package palette, 24 merged, 25 dimmed, 26..226 the diff
    // colours for -100 % .. +100 %, then the heat colours in use.
    appendKey(out, "background");
    appendColor(out, background);
    appendKey(out, "colors");
    out += '[';
    for (int i = 0; i < FlameColors::paletteSize; ++i) {
        appendColorEntry(out, FlameColors::paletteColor(i), background);
        out += ',';
    }
    appendColorEntry(out, FlameColors::mergedColor(), background);
    out += ',';
    appendColorEntry(out, FlameColors::dimmedColor(), background);
    for (int p = -100; p <= 100; ++p) {
        out += ',';
        appendColorEntry(out, FlameColors::diffColor(p, options.diffPalette), background);
    }
    for (const QRgb c : heatColors) {
        out += ',';
        appendColorEntry(out, c, background);
    }
    out += ']';

    appendKey(out, "names");
    out += '[';
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            out += ',';
        ExportEscape::appendJsonString(out, profile.names().name(names[i]));
    }
    out += ']';
    appendArray(out, "nameColor", names, [&](NameId name) {
        ExportWriter::appendInteger(out, qint64(FlameColors::murmur3(FlameColors::packageName(profile.names().name(name)))
                              % FlameColors::paletteSize));
    });
    appendIntArray(out, "name", nodeName);
    appendIntArray(out, "depth", depth);
    if (heat)
        appendIntArray(out, "heat", heatIndex);
    if (diff) {
        appendIntArray(out, "base", base);
        appendIntArray(out, "comp", comp);
        appendArray(out, "change", change, [&out](double v) { ExportWriter::appendDecimal(out, v, 2); });
    } else {
        appendIntArray(out, "total", total);
        appendIntArray(out, "self", self);
    }
    out += ",\n\"functions\":{\"name\":[";
    for (size_t i = 0; i < fnName.size(); ++i) {
        if (i)
            out += ',';
        ExportWriter::appendInteger(out, fnName[i]);
    }
    out += ']';
    if (diff) {
        appendIntArray(out, "baseSelf", fnBaseSelf);
        appendIntArray(out, "baseTotal", fnBaseTotal);
        appendIntArray(out, "compSelf", fnCompSelf);
        appendIntArray(out, "compTotal", fnCompTotal);
        appendArray(out, "change", fnChange, [&out](double v) { ExportWriter::appendDecimal(out, v, 2); });
    } else {
        appendIntArray(out, "self", fnSelf);
        appendIntArray(out, "total", fnTotal);
    }
    out += "}}";
    progress.report(0.9);
    return out;
}

std::string HtmlExporter::render(const Profile &profile, const ExportOptions &options, Progress &progress)
{
    const std::string data = dataJson(profile, options, progress);
    if (data.empty())
        return {};
    const QByteArray page = ExportTemplate::load("flamegraph.html");
    const QByteArray script = ExportTemplate::load("flamegraph.js");
    // Ours and static: a "</script" in the script would end it early.
    Q_ASSERT(!script.contains("</script"));
    const QString titleText = options.title.isEmpty()
                                  ? (profile.isDiff() ? QStringLiteral("Differential Flame Graph")
                                                      : QStringLiteral("Flame Graph"))
                                  : options.title;
    const std::string title = ExportEscape::xml(titleText.toStdString());

    // One pass over the template, so text that a substitution brings in is
    // never searched for placeholders.
    std::string out;
    out.reserve(size_t(page.size() + script.size()) + data.size() + title.size());
    const std::string_view text(page.constData(), size_t(page.size()));
    size_t at = 0;
    while (at < text.size()) {
        const size_t open = text.find("{{", at);
        if (open == std::string_view::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        const size_t close = text.find("}}", open + 2);
        if (close == std::string_view::npos) {
            out += text.substr(open);
            break;
        }
        const std::string_view key = text.substr(open + 2, close - open - 2);
        if (key == "SCRIPT")
            out.append(script.constData(), size_t(script.size()));
        else if (key == "DATA")
            out += data;
        else if (key == "TITLE")
            out += title;
        else
            out += text.substr(open, close + 2 - open);
        at = close + 2;
    }
    progress.report(1.0);
    return out;
}

JobOutcome HtmlExporter::write(const Profile &profile, const ExportOptions &options,
                               QIODevice &device, Progress &progress, QString *error)
{
    return ExportWriter::write(render(profile, options, progress), progress, device, error);
}
