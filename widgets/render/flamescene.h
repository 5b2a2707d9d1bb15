#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QtGui/qrgb.h>

#include <vector>

class QPainter;

// One frame of a flamegraph, ready to draw: filled boxes, labels and outlines in
// logical pixels (box edges already snapped to device pixels). Built from a
// FlameLayout by FlameSceneBuilder; the OpenGL renderer draws the boxes in one
// instanced call and the raster renderer with QPainter, and both draw the
// overlay (labels, outlines) with the same QPainter code, so they draw the same
// picture.
struct FlameScene
{
    struct Box
    {
        float x, y, w, h;
        QRgb color;
    };
    struct Label
    {
        QRectF rect; // where the text goes, already inset
        QString text; // already elided to fit
        // text shaped, positioned from the left of rect's vertical middle
        // (drawn with drawLabel): drawing glyphs costs no shaping per frame.
        QList<QGlyphRun> glyphs;
        QRgb color;
        // The text's advance width: its glyphs lie within [rect.left(),
        // rect.left() + advance], give or take the scene's labelOverhang.
        qreal advance;
        QRgb boxColor; // the fill under the text (the label lies inside its box)
    };
    struct Outline
    {
        QRectF rect;
        QRgb color;
        qreal width;
    };

    QSize size; // logical
    qreal devicePixelRatio = 1;
    QRgb background = qRgb(255, 255, 255);
    QFont font;
    // How far a glyph of the font may reach past its advance on either side
    // (logical pixels), so that a label's ink can be bounded without shaping it again.
    qreal labelOverhang = 0;
    std::vector<Box> boxes;
    std::vector<Label> labels;
    std::vector<Outline> outlines;
    QString message; // drawn centred when there are no boxes ("No profile")
    quint64 generation = 0; // changes whenever boxes change, so GL re-uploads only then

    // The colour of the message: readable on the background, but quieter than labels.
    QRgb messageColor() const;
    // The boxes with QPainter (the raster path).
    void paintBoxes(QPainter &painter) const;
    // Labels, outlines and the message, over the boxes (the raster path):
    // paintLabels then paintOutlines.
    void paintOverlay(QPainter &painter) const;
    // The labels and the message. The OpenGL path paints them into one
    // transparent image, drawn over its boxes as one textured quad.
    void paintLabels(QPainter &painter) const;
    // One label's text, in the painter's pen (both renderers).
    static void drawLabel(QPainter &painter, const Label &label);
    // The outlines with QPainter; the OpenGL path draws them as boxes
    // (outlineEdges), which fill the same pixels.
    void paintOutlines(QPainter &painter) const;
    // The four edges of an outline as boxes inside its rect: what a pen of
    // the outline's width covers when the rect is inset by half the pen.
    static void outlineEdges(const Outline &outline, Box edges[4]);
};
