#pragma once

#include "atlasquad.h"
#include "flamescene.h"
#include "labelatlas.h"

#include <QFont>
#include <QImage>
#include <QRect>

#include <utility>
#include <vector>

// A frame's labels (and the message of an empty view) as pieces of a
// LabelAtlas, for the OpenGL renderer: places each, paints the pieces no
// earlier frame painted, and lists the quads that draw them. A piece spans its
// text's device pixels (one more either side for glyphs that overhang), not
// its whole box, as llvmpipe pays per textured pixel; it holds the box's fill
// under the text, so it is opaque and needs no blending.
class LabelPieces final
{
public:
    // Places the scene's labels for a frame of pixelSize device pixels and
    // paints the new pieces, with the raster path's text drawing.
    void build(const FlameScene &scene, QSize pixelSize);
    // One per label (then the message, if drawn), in the scene's order.
    const std::vector<AtlasQuad> &quads() const { return m_quads; }
    QImage &image() { return m_atlas.image(); }
    // The rows of image() painted since the last call (LabelAtlas::takeDirtyRows).
    std::pair<int, int> takeDirtyRows() { return m_atlas.takeDirtyRows(); }
    // Forgets every piece, as the texture that held them is gone.
    void reset() { m_atlas = LabelAtlas(); }
    qsizetype pieceCount() const { return m_atlas.pieceCount(); }

private:
    struct Placed
    {
        const FlameScene::Label *label; // null: the message
        QRect span;                     // device pixels, in the frame
        LabelAtlas::Placement placement;
    };
    // Places every label of the scene; false when they do not all fit.
    bool placeAll(const FlameScene &scene, QSize pixelSize, qreal dpr);
    bool place(const FlameScene &scene, QSize pixelSize, qreal dpr, const FlameScene::Label *label,
               const QRectF &rect, qreal inkRight, QPointF origin);
    void paintFresh(const FlameScene &scene, qreal dpr);

    LabelAtlas m_atlas;
    QFont m_font; // what the atlas's pieces were painted with
    qreal m_dpr = 0;
    std::vector<Placed> m_placed;
    std::vector<AtlasQuad> m_quads;
};
