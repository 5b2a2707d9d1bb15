#pragma once

#include "atlasquad.h"
#include "flamescene.h"

#include <QImage>
#include <QPoint>
#include <QSize>

#include <vector>

// The narrow boxes' atlas of the OpenGL renderer, written anew each frame.
// Most boxes of a large profile are a pixel or two wide, and Mesa's llvmpipe
// pays for every quad it sets up: a box under narrowBoxPixels device pixels is
// drawn instead from a run, one texel row of the boxes' colours with its
// narrow neighbours in the row, stretched over the box height. The texels
// between two boxes of a run hold the background, so every texel is opaque and
// the frame needs no blending. Measurements: BENCHMARKS.md, "OpenGL renderer:
// measurement history".
class RunAtlas final
{
public:
    // Narrow boxes at most runGapPixels apart share a run; a wide box ends it.
    static constexpr int narrowBoxPixels = 48;
    static constexpr int runGapPixels = 64;

    // Splits the scene's boxes for a frame of pixelSize device pixels into the
    // wide ones and runs of narrow ones, written to image().
    void build(const FlameScene &scene, QSize pixelSize);

    // The boxes drawn as they are, in the scene's order.
    const std::vector<FlameScene::Box> &wideBoxes() const { return m_wideBoxes; }
    // One per run: where it goes in the frame and where its texels lie.
    const std::vector<AtlasQuad> &quads() const { return m_quads; }
    // As wide as the frame; the runs lie end to end in its first rows(), a
    // transparent texel between two. Kept from frame to frame (it only grows),
    // so a warm frame allocates nothing.
    const QImage &image() const { return m_image; }
    // The rows of image() that hold this frame's runs; 0 when there are none.
    int rows() const { return m_rows; }

private:
    struct Run
    {
        qsizetype first, last; // boxes [first, last), all narrow
        int x0, x1;            // device pixels
    };
    std::vector<FlameScene::Box> m_wideBoxes;
    std::vector<AtlasQuad> m_quads;
    std::vector<Run> m_runs;
    std::vector<QPoint> m_runAt; // each run's first texel in the image
    QImage m_image;
    int m_rows = 0;
};
