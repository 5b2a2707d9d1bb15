#pragma once

#include "flamerenderer.h"
#include "widgets/render/flamescene.h"
#include "widgets/render/labelatlas.h"

#include <QImage>
#include <QOpenGLBuffer>
#include <QOpenGLExtraFunctions>
#include <QOpenGLVertexArrayObject>
#include <QWidget>

#include <memory>
#include <vector>

class GlFlameWindow;
class QOffscreenSurface;
class QOpenGLContext;
class QOpenGLShaderProgram;
class QSurface;

// Draws a frame with four OpenGL draw calls, however many boxes and labels it
// has: the wide boxes in ONE instanced draw (a unit quad, as two triangles
// llvmpipe takes for one rectangle, plus the boxes as 20-byte instances); the
// runs of narrow boxes (under 48 device pixels; most boxes of a large profile
// are 1-2 pixels wide) in one instanced draw of textured quads from an atlas
// texture of their colours, written texel by texel each frame; every label in
// one instanced draw from a second atlas (LabelAtlas) of pieces rasterised
// with the raster QPainter and packed in shelves, kept from frame to frame,
// so that a frame paints and uploads only the labels the frames before it
// did not show; and the outlines (hover, selection, highlight: four thin
// boxes each) in a small instanced draw. Nothing is uploaded when only the
// outlines change. On Mesa's llvmpipe, per-draw and per-quad setup is what
// costs: one QPainter::drawText per label over GL, and one quad per
// 1-pixel box, cost more than all the pixels. After setup, textured pixels
// cost most, so nothing is blended and the atlas covers little: a label's
// piece is as wide as its text (not its box) and holds the box's fill under
// the text, and a run's gaps hold the background. Every draw is one that
// llvmpipe's linear rasteriser takes (opaque axis-aligned rectangles, a
// smooth colour or texture() of a BGRA texture; see atlasFragment), which
// shades whole rectangles 8 bits at a time: with texelFetch from an RGBA8
// texture the runs' and labels' pixels went through the general shader,
// and the zoom sequence's CPU per frame was 8.9-9.5 ms against 3.9-5.4 now
// (2026-11-27, three alternations of whole processes, 2-core machine).
// Measured before that change (load 2.5-3, large profile, 1600x900, full
// view, llvmpipe's part of a frame, i.e. glFinish): with label quads as wide
// as their boxes and blended, 4.0 ms, of which the atlas draw was 3.0
// (blending 1.7); then the runs were most of the atlas's cost (313,000
// textured pixels, 2.2 ms, to the labels' 84,000, 0.5 ms). No measurable
// change came from flushing the wide boxes before painting the labels (two
// busy cores; flushing boxes and runs before the labels made painting and
// uploading them three times slower, as llvmpipe's two threads then take
// both cores), nor from runs of boxes under 16 or 96 pixels instead of 48
// once the linear path shaded them. Drawing each quad as a rectangle
// llvmpipe recognises (separate triangles, no flat varying) rather than a
// strip cut the frame's process CPU time from 8.9 to 7.1 ms (full view) and
// from 14.7 to 10.7 ms (zoom sequence), load 1.2; a flat varying would also
// turn the linear rasteriser off.
//
// The frame goes to a native child window (a QWindow with its own context,
// hosted by QWidget::createWindowContainer), not to a QOpenGLWidget: Qt
// composes a QOpenGLWidget into the window through a texture every frame,
// which on Mesa's software renderer cost more than everything else together.
// Measured on the 2-core machine under Xvfb (load 9-11): a 1600x900 window with
// a QOpenGLWidget that only clears took 157-200 ms per repaint (median), while
// a native GL window painting the same and swapping took 0.9 ms. The window
// is transparent for input, so the X server hands mouse events to the widgets
// under it (FlameGraphView handles them) and keyboard focus stays there.
// QWidget::grab cannot read a native window: when this widget is painted
// anywhere but its window's backing store it renders the frame offscreen and
// draws that, so grab() of any ancestor (screenshots) shows the flamegraph.
//
// Needs OpenGL 3.3 or OpenGL ES 3.0 for instancing; isAvailable() checks that
// before one is made.
class GlFlameRenderer final : public QWidget, public FlameRenderer, protected QOpenGLExtraFunctions
{
    Q_OBJECT
public:
    explicit GlFlameRenderer(QWidget *parent = nullptr);
    ~GlFlameRenderer() override;

    // Whether a context with instancing can be made here; false on the
    // offscreen and minimal platforms, which have no GL of their own.
    static bool isAvailable();

    QWidget *widget() override { return this; }
    QString name() const override { return QStringLiteral("OpenGL"); }
    void setSceneSource(SceneSource source) override { m_source = std::move(source); }
    void renderNow() override;
    QImage grabImage() override;
    qint64 lastFrameNs() const override { return m_lastFrameNs; }
    void setSynchronous(bool synchronous) override { m_synchronous = synchronous; }
    // False when the context or the shaders could not be made (then nothing draws).
    bool isValid() const { return m_valid; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class GlFlameWindow;

    // Draws the current scene to the native window and swaps, when it is exposed.
    void present();
    // Makes the context current on surface, creating it and the GL objects on
    // first use; false when there is no context.
    bool makeCurrent(QSurface *surface);
    void initializeGl();
    void releaseGl();
    // Draws the source's scene (an empty one without a source) into the bound framebuffer.
    void drawCurrent(QSize pixelSize);
    // Draws scene into the bound framebuffer of pixelSize device pixels.
    void draw(const FlameScene &scene, QSize pixelSize);
    // The boxes, the atlases and their quads, when the scene or the size changed.
    void upload(const FlameScene &scene, QSize pixelSize);
    // The label pieces: those new to this frame painted and uploaded.
    void uploadLabels(const FlameScene &scene, QSize pixelSize);
    void drawOutlines(const FlameScene &scene);

    // A piece of an atlas drawn over the frame: a run of thin boxes or a label.
    struct AtlasQuad
    {
        float x, y, w, h; // in the frame, logical pixels
        float u, v, uw, vh; // in the atlas, texels
    };
    // An atlas texture and the instanced draw of its pieces.
    struct AtlasLayer
    {
        QOpenGLVertexArrayObject vao;
        QOpenGLBuffer instances{QOpenGLBuffer::VertexBuffer};
        int capacity = 0; // bytes allocated for instances
        unsigned texture = 0;
        QSize textureSize;
        std::vector<AtlasQuad> quads; // as uploaded to instances
    };
    // Storage for the bound texture, as the atlases and the window keep their
    // pixels; argbPixels (ARGB32 words, or null) fill it.
    void allocateTexture(QSize size, const void *argbPixels);
    // Rows [top, bottom) of image to layer's texture (all of it when the sizes differ).
    void uploadRows(AtlasLayer &layer, const QImage &image, int top, int bottom);

    SceneSource m_source;
    GlFlameWindow *m_window = nullptr;
    QWidget *m_container = nullptr;
    std::unique_ptr<QOpenGLContext> m_context;
    std::unique_ptr<QOffscreenSurface> m_offscreen; // for grabImage, on screen or not
    bool m_contextFailed = false;
    bool m_glInitialized = false;

    std::unique_ptr<QOpenGLShaderProgram> m_boxProgram;
    std::unique_ptr<QOpenGLShaderProgram> m_atlasProgram;
    int m_boxViewport = -1;
    int m_atlasViewport = -1;
    int m_atlasSize = -1;
    bool m_bgraTextures = false; // the atlases stored as BGRA, sampled without a swizzle
    QOpenGLBuffer m_corners{QOpenGLBuffer::VertexBuffer};
    QOpenGLVertexArrayObject m_boxVao;
    QOpenGLBuffer m_boxes{QOpenGLBuffer::VertexBuffer};
    int m_boxCapacity = 0;
    int m_boxCount = 0;
    QOpenGLVertexArrayObject m_outlineVao;
    QOpenGLBuffer m_outlines{QOpenGLBuffer::VertexBuffer};
    int m_outlineCapacity = 0;
    AtlasLayer m_runs;
    AtlasLayer m_labels;
    quint64 m_uploadedGeneration = ~quint64(0);
    QSize m_uploadedSize;
    // Reused frame to frame, so a frame allocates nothing once warm.
    QImage m_runImage;
    LabelAtlas m_labelAtlas;
    QFont m_labelFont; // what the atlas's pieces were painted with
    qreal m_labelDpr = 0;
    std::vector<FlameScene::Box> m_wideBoxes;

    bool m_valid = false;
    bool m_synchronous = false;
    qint64 m_lastFrameNs = 0;
};
