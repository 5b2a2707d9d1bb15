#pragma once

#include "flamecolors.h"
#include "flamestyle.h"
#include "flamescene.h"

#include "model/diffmetrics.h"
#include "model/flamelayout.h"
#include "model/profile.h"
#include "model/searchresult.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

// Turns a FlameLayout into a FlameScene: where each row goes for the
// orientation and scroll, the colour of each box for the colour scheme, search
// and zoom, the labels (elided, black or white for contrast) and the outlines
// for hover, selection and the highlighted function. Colours and label widths
// are cached by NameId, so a frame costs no string work for names already seen.
class FlameSceneBuilder final
{
public:
    // Rows to pixels, for drawing and for hit-testing alike.
    struct Geometry
    {
        bool flame = true; // root at the bottom
        int height = 0;
        int rowHeight = 20;
        double scrollY = 0;

        double rowTop(int row) const
        {
            return flame ? height - double(row + 1) * rowHeight + scrollY : double(row) * rowHeight - scrollY;
        }
        int rowAt(double y) const;
    };

    struct Input
    {
        const Profile *profile = nullptr;
        const FlameLayout *layout = nullptr;
        const SearchResult *search = nullptr; // may be inactive
        FlameColorScheme scheme = FlameColorScheme::Package;
        Geometry geometry;
        QSize size;
        qreal devicePixelRatio = 1;
        QRgb background = qRgb(255, 255, 255);
        NameId highlightedName;
        NodeId hovered;
        NodeId selected;
        // For the heat scheme: self per node and the largest self.
        const std::vector<qint64> *selfColumn = nullptr;
        qint64 maxSelf = 0;
        // For the diff scheme.
        DiffMode diffMode = DiffMode::Relative;
        FlameColors::DiffPalette diffPalette = FlameColors::DiffPalette::Default;
        // Which end of a long name its label keeps (Auto counts as HeadFirst:
        // the view resolves Auto per profile, LabelFitChooser).
        FlameLabelFit labelFit = FlameLabelFit::HeadFirst;
    };

    // The height of a row for a font: the view's and the PNG export's.
    static int rowHeightFor(const QFont &font)
    {
        return std::max(18, int(std::ceil(QFontMetricsF(font).height())) + 6);
    }

    // Forgets every cache (a new profile or font).
    void reset(const QFont &font);
    void buildBoxes(const Input &input, FlameScene &scene);
    void buildOutlines(const Input &input, FlameScene &scene) const;

    static constexpr double labelThreshold = 20.0; // px, as Pyroscope
    static constexpr double labelPadding = 4.0;

private:
    QRgb baseColor(const Input &input, NodeId node, NameId name);
    QRectF snapped(const Input &input, double x, double w, int row) const;
    // What a label shows: the whole name, or a prefix of it and the ellipsis
    // (head first), or the ellipsis and a suffix (tail first).
    struct LabelText
    {
        QString text;
        QList<QGlyphRun> glyphs;
    };
    // The name's label for available pixels: the whole text when it fits,
    // else the text elided to fit; null when not even the ellipsis fits.
    // *width: the text's advance (FlameScene::Label::advance).
    const LabelText *label(const Profile &profile, NameId name, double available, bool tail,
                           double *width);
    struct LabelCache;
    // label() for a printable ASCII name: laid out from the font's glyph and
    // kerned advance tables (QRawFont) instead of shaped with QTextLayout,
    // which cost 16-90 us a name and made the zoom-in frames that meet new
    // names the slowest (3-6 ms of scene building). No ligatures there; a
    // flamegraph label is an identifier, not prose.
    const LabelText *asciiLabel(LabelCache &entry, double available, bool tail, double *width);
    // The glyphs [from, to) of an ASCII name moved left by the advance before
    // from and right by dx, centred as centredGlyphs() centres shaped text.
    QList<QGlyphRun> asciiGlyphs(const LabelCache &entry, qsizetype from, qsizetype to,
                                 qreal dx = 0) const;
    // entry.elided. Head first: its first cut characters (glyphs, prefixWidth
    // wide), then the ellipsis. Tail first: the ellipsis, then the characters
    // from cut on (glyphs, already placed after the ellipsis).
    const LabelText *elide(LabelCache &entry, int cut, bool tail, QList<QGlyphRun> glyphs,
                           qreal prefixWidth);

    // A name laid out once, when it is first labelled (printable ASCII from
    // the font's tables, asciiLabel(); any other name shaped by QTextLayout): its width
    // and glyphs, so that eliding it to a new width (every label, each zoom
    // frame) is a search of its grapheme boundaries and a slice of those
    // glyphs rather than a new shaping. Glyph positions are
    // moved so that y = 0 is the middle of the line (FlameScene::Label).
    struct LabelCache
    {
        bool printableAscii = false;
        // The ASCII path: glyph per character, and the kerned advance up to
        // each character, asciiX[i] before character i, asciiX[n] the width.
        std::vector<quint32> asciiGlyphIndexes;
        std::vector<double> asciiX;
        double width = 0;
        LabelText whole;
        std::shared_ptr<const QTextLayout> layout;
        // Of graphemes in layout, 0 and its end included, when first elided;
        // and the advance up to each, NaN until a search needs it.
        std::vector<int> boundaries;
        std::vector<double> boundaryX;
        // The last elision, by the boundary it cut at (boxes of many widths
        // cut a name at the same letter). Only the last: keeping every cut a
        // zoom makes cost the first frames at those cuts more than the
        // frames that come back to them gain (fresh memory for each).
        int elidedCut = -1;
        bool elidedTail = false;
        LabelText elided;
    };
    QFont m_font;
    std::unique_ptr<QFontMetricsF> m_metrics;
    qreal m_overhang = 0; // FlameScene::labelOverhang for m_font
    QString m_ellipsis; // what elidedText appends for m_font
    double m_ellipsisWidth = 0;
    QList<QGlyphRun> m_ellipsisGlyphs; // at x = 0
    QRawFont m_rawFont;
    quint32 m_asciiGlyph[128] = {}; // glyph index by character; 0: shape instead
    bool m_asciiGlyphsComplete = false; // every printable ASCII character has a glyph
    qreal m_baselineShift = 0; // from the middle of the line to the baseline
    std::vector<QRgb> m_packageColor; // by NameId; 0 = not computed yet
    QHash<quint32, LabelCache> m_labels;
    std::vector<NameId> m_rowNames; // buildBoxes' scratch, kept to spare a frame allocations
};
