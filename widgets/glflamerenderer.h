#pragma once

#include "flamerenderer.h"
#include "widgets/render/labelpieces.h"
#include "widgets/render/runatlas.h"

#include <QImage>
#include <QOpenGLBuffer>
#include <QOpenGLExtraFunctions>
#include <QOpenGLVertexArrayObject>
#include <QWidget>

#include <memory>

class GlSurfaceHost;
class QOpenGLShaderProgram;
struct FlameScene;

// Draws a frame with four instanced OpenGL draws, however many boxes and
// labels it has: the wide boxes, the runs of narrow boxes (RunAtlas), the
// labels (LabelPieces) and the outlines. On Mesa's llvmpipe per-draw and
// per-quad setup is what costs, then textured pixels: so nothing is blended,
// nothing is uploaded when only the outlines change, and every draw is one
// that llvmpipe's linear rasteriser takes (opaque axis-aligned rectangles of
// a smooth colour or of texture() from a BGRA texture). The frames go to a
// native window (GlSurfaceHost). Why each choice, as measured:
// BENCHMARKS.md, "OpenGL renderer: measurement history".
class GlFlameRenderer final : public QWidget, public FlameRenderer, protected QOpenGLExtraFunctions
{
    Q_OBJECT
public:
    explicit GlFlameRenderer(QWidget *parent = nullptr);
    ~GlFlameRenderer() override;

    // Whether a context with instancing can be made here (GlSurfaceHost::isAvailable).
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
    // Draws the current scene to the native window and swaps, when it is exposed.
    void present();
    // Makes the context current on the window or offscreen, creating the GL
    // objects on first use; false when there is no context.
    bool makeCurrent(bool offscreen);
    void initializeGl();
    void releaseGl();
    // Draws the source's scene (an empty one without a source) into the bound framebuffer.
    void drawCurrent(QSize pixelSize);
    // Draws scene into the bound framebuffer of pixelSize device pixels.
    void draw(const FlameScene &scene, QSize pixelSize);
    // The boxes, the atlases and their quads, when the scene or the size changed.
    void upload(const FlameScene &scene, QSize pixelSize);
    void drawOutlines(const FlameScene &scene);

    // An atlas texture and the instanced draw of its pieces.
    struct AtlasLayer
    {
        QOpenGLVertexArrayObject vao;
        QOpenGLBuffer instances{QOpenGLBuffer::VertexBuffer};
        int capacity = 0;  // bytes allocated for instances
        int quadCount = 0; // as uploaded to instances
        unsigned texture = 0;
        QSize textureSize;
    };
    // Storage for the bound texture, as the atlases and the window keep their
    // pixels; argbPixels (ARGB32 words, or null) fill it.
    void allocateTexture(QSize size, const void *argbPixels);
    // Rows [top, bottom) of image to layer's texture (all of it when the sizes differ).
    void uploadRows(AtlasLayer &layer, const QImage &image, int top, int bottom);
    void uploadQuads(AtlasLayer &layer, const std::vector<AtlasQuad> &quads);

    SceneSource m_source;
    std::unique_ptr<GlSurfaceHost> m_host;
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
    RunAtlas m_runAtlas;
    LabelPieces m_labelPieces;

    bool m_valid = false;
    bool m_synchronous = false;
    qint64 m_lastFrameNs = 0;
};
