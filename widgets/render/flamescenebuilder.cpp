#include "flamescenebuilder.h"

#include "flamecolors.h"

#include "model/searchresult.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// text on one line, laid out once.
std::shared_ptr<QTextLayout> shape(const QString &text, const QFont &font)
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->beginLayout();
    layout->createLine();
    layout->endLayout();
    return layout;
}

// The glyphs of text [from, from + length), moved by dx and up by half the
// line's height, as QPainter::drawText(rect, Qt::AlignVCenter) centres a line.
QList<QGlyphRun> centredGlyphs(const QTextLayout &layout, int from, int length, qreal dx)
{
    QList<QGlyphRun> runs = layout.glyphRuns(from, length);
    const QPointF shift(dx, -layout.lineAt(0).height() / 2);
    for (QGlyphRun &run : runs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &p : positions)
            p += shift;
        run.setPositions(positions);
    }
    return runs;
}
} // namespace

int FlameSceneBuilder::Geometry::rowAt(double y) const
{
    const double r = flame ? (height + scrollY - y) / rowHeight : (y + scrollY) / rowHeight;
    return r < 0 ? -1 : int(std::floor(r));
}

void FlameSceneBuilder::reset(const QFont &font)
{
    m_font = font;
    m_metrics = std::make_unique<QFontMetricsF>(font);
    m_overhang = std::max({0.0, -m_metrics->minLeftBearing(), -m_metrics->minRightBearing()});
    m_ellipsis = m_metrics->inFontUcs4(0x2026) ? QStringLiteral("\u2026") : QStringLiteral("...");
    m_ellipsisWidth = m_metrics->horizontalAdvance(m_ellipsis);
    m_ellipsisGlyphs = centredGlyphs(*shape(m_ellipsis, font), 0, int(m_ellipsis.size()), 0);
    m_rawFont = QRawFont::fromFont(font);
    std::fill(std::begin(m_asciiGlyph), std::end(m_asciiGlyph), 0u);
    m_asciiGlyphsComplete = false;
    if (m_rawFont.isValid()) {
        QString printable;
        for (char c = ' '; c <= '~'; ++c)
            printable += QLatin1Char(c);
        const QList<quint32> glyphs = m_rawFont.glyphIndexesForString(printable);
        m_asciiGlyphsComplete = glyphs.size() == printable.size()
                                && std::all_of(glyphs.begin() + 1, glyphs.end(), [](quint32 g) { return g != 0; });
        for (qsizetype i = 0; m_asciiGlyphsComplete && i < glyphs.size(); ++i)
            m_asciiGlyph[' ' + i] = glyphs[i];
        // Where shaped text's glyphs sit: the baseline, a line's ascent below
        // its top, moved up by half the line's height.
        std::shared_ptr<QTextLayout> line = shape(QStringLiteral("x"), font);
        m_baselineShift = line->lineAt(0).ascent() - line->lineAt(0).height() / 2;
    }
    m_packageColor.clear();
    m_labels.clear();
}

QRgb FlameSceneBuilder::baseColor(const Input &input, NodeId node, NameId name)
{
    const Profile &p = *input.profile;
    const CallTree &tree = p.tree();
    switch (input.scheme) {
    case FlameColorScheme::Heat:
        if (input.selfColumn && input.maxSelf > 0)
            return FlameColors::heatColor(double((*input.selfColumn)[node.index]) / double(input.maxSelf));
        break;
    case FlameColorScheme::Diff:
        if (p.isDiff()) {
            const int l = p.diffBaseline(), r = p.diffComparison();
            return FlameColors::diffColor(DiffMetrics::changePercent(tree.total(node, l), p.total(l), tree.total(node, r),
                                                                     p.total(r), input.diffMode),
                                          input.diffPalette);
        }
        break;
    case FlameColorScheme::Package:
        break;
    }
    if (m_packageColor.size() != size_t(p.names().size()))
        m_packageColor.assign(size_t(p.names().size()), 0);
    QRgb &c = m_packageColor[name.index];
    if (c == 0)
        c = FlameColors::packageColor(p.names().name(name));
    return c;
}

QRectF FlameSceneBuilder::snapped(const Input &input, double x, double w, int row) const
{
    // Edges on whole device pixels, so both renderers fill exactly the same
    // pixels; a 1-device-pixel gap between boxes wide enough to afford it.
    const double dpr = input.devicePixelRatio;
    double x0 = std::round(x * dpr), x1 = std::round((x + w) * dpr);
    if (x1 <= x0)
        x1 = x0 + 1;
    else if (x1 - x0 >= 3)
        x1 -= 1;
    const double y0 = std::round(input.geometry.rowTop(row) * dpr);
    const double y1 = y0 + std::max(1.0, std::round(input.geometry.rowHeight * dpr) - 1);
    return QRectF(x0 / dpr, y0 / dpr, (x1 - x0) / dpr, (y1 - y0) / dpr);
}

const FlameSceneBuilder::LabelText *FlameSceneBuilder::label(const Profile &profile, NameId name,
                                                             double available, bool tail,
                                                             double *width)
{
    LabelCache &entry = m_labels[name.index];
    QString &text = entry.whole.text;
    if (text.isNull()) {
        const std::string_view n = profile.names().name(name);
        text = QString::fromUtf8(n.data(), qsizetype(n.size()));
        entry.printableAscii = std::all_of(n.begin(), n.end(), [](char c) { return c >= ' ' && c <= '~'; });
    }
    if (entry.printableAscii && m_asciiGlyphsComplete)
        return asciiLabel(entry, available, tail, width);
    if (!entry.layout) {
        entry.layout = shape(text, m_font);
        entry.width = entry.layout->lineAt(0).naturalTextWidth();
        entry.whole.glyphs = centredGlyphs(*entry.layout, 0, int(text.size()), 0);
    }
    if (entry.width <= available) {
        *width = entry.width;
        return text.isEmpty() ? nullptr : &entry.whole;
    }
    *width = available; // elided text fills the width, within a letter
    // As QFontMetricsF::elidedText(ElideRight) cuts: the longest prefix that
    // stays under the width left beside the ellipsis; nothing when not even
    // the ellipsis fits. (Inside a ligature, such as "fl", Qt cuts before it
    // and this may keep its first letter.) Tail first, as ElideLeft: the
    // longest suffix under that width.
    const double room = int(available) - m_ellipsisWidth;
    if (room < 0)
        return nullptr;
    if (entry.boundaries.empty()) {
        for (int i = 0; i <= int(text.size()); ++i) {
            if (entry.layout->isValidCursorPosition(i))
                entry.boundaries.push_back(i);
        }
        entry.boundaryX.assign(entry.boundaries.size(), std::numeric_limits<double>::quiet_NaN());
    }
    // The advance of a prefix grows with its length (left to right text).
    // QTextLine::cursorToX walks the line: search, and keep what was walked.
    const QTextLine line = entry.layout->lineAt(0);
    const auto advance = [&](size_t b) {
        double &x = entry.boundaryX[b];
        if (std::isnan(x))
            x = line.cursorToX(entry.boundaries[b]);
        return x;
    };
    if (tail) {
        // The first boundary whose suffix is narrower than room.
        size_t lo = 1, hi = entry.boundaries.size() - 1;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (entry.width - advance(mid) < room)
                hi = mid;
            else
                lo = mid + 1;
        }
        const int cut = entry.boundaries[lo];
        if (cut >= int(text.size()))
            return nullptr;
        if (entry.elidedCut == cut && entry.elidedTail)
            return &entry.elided;
        return elide(entry, cut, true,
                     centredGlyphs(*entry.layout, cut, int(text.size()) - cut,
                                   m_ellipsisWidth - advance(lo)),
                     0);
    }
    size_t lo = 1, hi = entry.boundaries.size(); // the first boundary past room, in [lo, hi]
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (advance(mid) < room)
            lo = mid + 1;
        else
            hi = mid;
    }
    const size_t boundary = lo - 1;
    const int cut = entry.boundaries[boundary];
    if (cut == 0)
        return nullptr;
    if (entry.elidedCut == cut && !entry.elidedTail)
        return &entry.elided;
    return elide(entry, cut, false, centredGlyphs(*entry.layout, 0, cut, 0), advance(boundary));
}

const FlameSceneBuilder::LabelText *FlameSceneBuilder::elide(LabelCache &entry, int cut, bool tail,
                                                             QList<QGlyphRun> glyphs,
                                                             qreal prefixWidth)
{
    entry.elidedCut = cut;
    entry.elidedTail = tail;
    entry.elided.text =
        tail ? m_ellipsis + entry.whole.text.mid(cut) : entry.whole.text.left(cut) + m_ellipsis;
    if (tail) {
        entry.elided.glyphs = m_ellipsisGlyphs;
        entry.elided.glyphs.append(glyphs);
        return &entry.elided;
    }
    entry.elided.glyphs = std::move(glyphs);
    for (QGlyphRun run : m_ellipsisGlyphs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &p : positions)
            p.rx() += prefixWidth;
        run.setPositions(positions);
        entry.elided.glyphs.append(run);
    }
    return &entry.elided;
}

QList<QGlyphRun> FlameSceneBuilder::asciiGlyphs(const LabelCache &entry, qsizetype from,
                                                qsizetype to, qreal dx) const
{
    QList<QGlyphRun> runs;
    if (to <= from)
        return runs;
    QList<QPointF> positions;
    positions.reserve(to - from);
    const double shift = dx - entry.asciiX[size_t(from)];
    for (qsizetype i = from; i < to; ++i)
        positions.append(QPointF(entry.asciiX[size_t(i)] + shift, m_baselineShift));
    QGlyphRun run;
    run.setRawFont(m_rawFont);
    run.setGlyphIndexes(QList<quint32>(entry.asciiGlyphIndexes.begin() + from,
                                       entry.asciiGlyphIndexes.begin() + to));
    run.setPositions(positions);
    runs.append(run);
    return runs;
}

const FlameSceneBuilder::LabelText *
FlameSceneBuilder::asciiLabel(LabelCache &entry, double available, bool tail, double *width)
{
    const QString &text = entry.whole.text;
    const qsizetype length = text.size();
    if (entry.asciiX.empty()) {
        entry.asciiGlyphIndexes.resize(size_t(length));
        for (qsizetype i = 0; i < length; ++i)
            entry.asciiGlyphIndexes[size_t(i)] = m_asciiGlyph[text[i].unicode()];
        std::vector<QPointF> advances(static_cast<size_t>(length));
        m_rawFont.advancesForGlyphIndexes(entry.asciiGlyphIndexes.data(), advances.data(), int(length),
                                          QRawFont::KernedAdvances);
        entry.asciiX.assign(size_t(length) + 1, 0.0);
        for (qsizetype i = 0; i < length; ++i)
            entry.asciiX[size_t(i) + 1] = entry.asciiX[size_t(i)] + advances[size_t(i)].x();
        entry.width = entry.asciiX.back();
        entry.whole.glyphs = asciiGlyphs(entry, 0, length);
    }
    if (entry.width <= available) {
        *width = entry.width;
        return text.isEmpty() ? nullptr : &entry.whole;
    }
    *width = available;
    // The longest prefix under the room beside the ellipsis, as in label().
    const double room = int(available) - m_ellipsisWidth;
    if (room < 0)
        return nullptr;
    if (tail) {
        // The first character whose suffix is narrower than room.
        const auto from =
            std::upper_bound(entry.asciiX.begin() + 1, entry.asciiX.end(), entry.width - room);
        const int cut = int(from - entry.asciiX.begin());
        if (cut >= length)
            return nullptr;
        if (entry.elidedCut == cut && entry.elidedTail)
            return &entry.elided;
        return elide(entry, cut, true, asciiGlyphs(entry, cut, length, m_ellipsisWidth), 0);
    }
    const auto past = std::lower_bound(entry.asciiX.begin() + 1, entry.asciiX.end(), room);
    const int cut = int(past - entry.asciiX.begin()) - 1;
    if (cut <= 0)
        return nullptr;
    if (entry.elidedCut == cut && !entry.elidedTail)
        return &entry.elided;
    return elide(entry, cut, false, asciiGlyphs(entry, 0, cut), entry.asciiX[size_t(cut)]);
}

void FlameSceneBuilder::buildBoxes(const Input &input, FlameScene &scene)
{
    scene.size = input.size;
    scene.devicePixelRatio = input.devicePixelRatio;
    scene.background = input.background;
    scene.font = m_font;
    scene.labelOverhang = m_overhang;
    scene.boxes.clear();
    scene.labels.clear();
    scene.message.clear();
    ++scene.generation;
    if (!input.profile || !input.layout) {
        scene.message = QObject::tr("No profile");
        return;
    }
    const Profile &p = *input.profile;
    const FlameLayout &layout = *input.layout;
    const CallTree &tree = p.tree();
    const bool searching = input.search && input.search->isActive();
    const double minLabelWidth = std::max(labelThreshold, m_metrics->averageCharWidth() * 2 + 2 * labelPadding);
    const std::span<const NameId> names = tree.names();
    const bool tail = input.labelFit == FlameLabelFit::TailFirst;
    for (int row = 0; row < layout.rowCount(); ++row) {
        const double top = input.geometry.rowTop(row);
        if (top >= input.size.height() || top + input.geometry.rowHeight <= 0)
            continue;
        const bool ancestor = row < layout.zoomRootRow();
        const qsizetype begin = layout.rowBegin(row), end = layout.rowEnd(row);
        // The boxes' names lie far apart in the tree's arrays, a cache miss
        // each: read in a loop of their own, the misses overlap rather than
        // wait one after another between a box's work.
        m_rowNames.resize(size_t(end - begin));
        for (qsizetype i = begin; i < end; ++i)
            m_rowNames[size_t(i - begin)] = names[layout.node(i).index];
        for (qsizetype i = begin; i < end; ++i) {
            const NodeId node = layout.node(i);
            const NameId name = m_rowNames[size_t(i - begin)];
            const bool merged = layout.isMerged(i);
            QRgb color = merged ? FlameColors::mergedColor() : baseColor(input, node, name);
            if (searching && (merged || !input.search->nameMatches(name)))
                color = FlameColors::dimmedColor();
            if (ancestor)
                color = FlameColors::mix(color, input.background, 0.45);
            const QRectF r = snapped(input, layout.x(i), layout.width(i), row);
            scene.boxes.push_back(FlameScene::Box{float(r.x()), float(r.y()), float(r.width()),
                                                  float(r.height()), color});
            if (merged || r.width() < minLabelWidth)
                continue;
            const QRectF textRect = r.adjusted(labelPadding, 0, -labelPadding, 0);
            double width = 0;
            if (const LabelText *text = label(p, name, textRect.width(), tail, &width))
                scene.labels.push_back(FlameScene::Label{textRect, text->text, text->glyphs,
                                                         FlameColors::textColorFor(color), width, color});
        }
    }
    if (scene.boxes.empty())
        scene.message = p.total(layout.sampleType()) == 0 ? QObject::tr("This sample type has no samples")
                                                          : QString();
}

void FlameSceneBuilder::buildOutlines(const Input &input, FlameScene &scene) const
{
    scene.outlines.clear();
    if (!input.profile || !input.layout)
        return;
    const FlameLayout &layout = *input.layout;
    const CallTree &tree = input.profile->tree();
    auto outline = [&](NodeId node, QRgb color, qreal width) {
        if (!node.isValid() || node.index >= tree.nodeCount())
            return;
        const int row = int(tree.depth(node));
        const qsizetype i = layout.indexOf(node, row);
        if (i < 0)
            return;
        const double top = input.geometry.rowTop(row);
        if (top >= input.size.height() || top + input.geometry.rowHeight <= 0)
            return;
        scene.outlines.push_back(FlameScene::Outline{snapped(input, layout.x(i), layout.width(i), row), color,
                                                     width});
    };
    if (input.highlightedName.isValid()) {
        // Every box of the highlighted function: the visible rows only.
        for (qsizetype i = 0; i < layout.size(); ++i) {
            if (!layout.isMerged(i) && tree.name(layout.node(i)) == input.highlightedName)
                outline(layout.node(i), qRgb(150, 0, 170), 2);
        }
    }
    outline(input.selected, qRgb(0, 100, 210), 2);
    outline(input.hovered, FlameColors::textColorFor(input.background) == qRgb(0, 0, 0) ? qRgb(20, 20, 20)
                                                                                          : qRgb(240, 240, 240),
            1);
}
