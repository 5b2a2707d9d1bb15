#include "glflamerenderer.h"

#include "glsurfacehost.h"
#include "widgets/render/flamescene.h"

#include <QBackingStore>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QPaintEngine>
#include <QPainter>

namespace {
static_assert(sizeof(FlameScene::Box) == 20, "boxes are uploaded as instances: x, y, w, h, QRgb");

// QRgb and ARGB32 pixels are 32-bit words 0xAARRGGBB: their bytes, read as a
// vec4 of unsigned bytes, come in memory order, swizzled back here.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
#    define PYROGRAPH_ARGB_SWIZZLE "bgra"
#else
#    define PYROGRAPH_ARGB_SWIZZLE "gbar"
#endif

// What both vertex shaders share: a corner of the unit quad placed on its
// instance's rect (logical pixels, y down) in clip space.
#define PYROGRAPH_PLACE_CORNER \
    "in vec2 corner;\n" \
    "in vec4 rect;\n" \
    "uniform vec2 viewport;\n" \
    "vec4 placeCorner()\n" \
    "{\n" \
    "    vec2 p = rect.xy + corner * rect.zw;\n" \
    "    return vec4(p.x / viewport.x * 2.0 - 1.0, 1.0 - p.y / viewport.y * 2.0, 0.0, 1.0);\n" \
    "}\n"

const char *const boxVertex = PYROGRAPH_PLACE_CORNER R"(
in vec4 color;
out vec4 vColor;
void main()
{
    gl_Position = placeCorner();
    vColor = color.)" PYROGRAPH_ARGB_SWIZZLE R"(;
}
)";

const char *const boxFragment = R"(
in vec4 vColor;
out vec4 fragColor;
void main()
{
    fragColor = vColor;
}
)";

// A piece of an atlas (AtlasQuad): its span of the frame and where its texels
// lie. Sampled with texture() at normalised coordinates straight from the
// input, nearest, from a texture stored as BGRA: the one kind of textured draw
// that llvmpipe's linear rasteriser takes (lp_state_fs_analysis.c accepts no
// texelFetch and no arithmetic on the coordinate, lp_linear_sampler.c only
// B8G8R8A8 textures without a swizzle).
const char *const atlasVertex = PYROGRAPH_PLACE_CORNER R"(
in vec4 source;
uniform vec2 atlasSize;
out vec2 uv;
void main()
{
    gl_Position = placeCorner();
    uv = (source.xy + corner * source.zw) / atlasSize;
}
)";

// Desktop GL stores the atlas as BGRA, read as it is; OpenGL ES has no BGRA
// upload in its core, so there the ARGB words' bytes arrive as RGBA and are
// swizzled back.
const char *const atlasFragment = R"(
in vec2 uv;
uniform sampler2D atlas;
out vec4 fragColor;
void main()
{
    fragColor = texture(atlas, uv)ATLAS_SWIZZLE;
}
)";

// A quad is two triangles with their own vertices, (0,0) (1,0) (1,1) and
// (0,0) (1,1) (0,1), and its colour is interpolated, not flat: llvmpipe
// then recognises the pair as one rectangle (lp_setup_rect) and shades each
// pixel once, where two long thin triangles in a strip share partly covered
// blocks along the diagonal all the way across, each shading them in full.
constexpr int cornerCount = 6;

// Desktop GL's names, absent from OpenGL ES headers.
constexpr GLenum bgraFormat = 0x80E1;   // GL_BGRA
constexpr GLenum argbWordType = 0x8367; // GL_UNSIGNED_INT_8_8_8_8_REV

std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QByteArray &header, const char *vertex,
                                                   const char *fragment, const char *name)
{
    auto program = std::make_unique<QOpenGLShaderProgram>();
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, header + vertex)
        || !program->addShaderFromSourceCode(QOpenGLShader::Fragment, header + fragment)) {
        qWarning("GlFlameRenderer: %s shaders failed: %s", name, qPrintable(program->log()));
        return nullptr;
    }
    program->bindAttributeLocation("corner", 0);
    program->bindAttributeLocation("rect", 1);
    program->bindAttributeLocation("color", 2);
    program->bindAttributeLocation("source", 2);
    if (!program->link()) {
        qWarning("GlFlameRenderer: %s link failed: %s", name, qPrintable(program->log()));
        return nullptr;
    }
    return program;
}

template<typename T>
void writeInstances(QOpenGLBuffer &buffer, int &capacity, const std::vector<T> &items)
{
    const int bytes = int(items.size() * sizeof(T));
    buffer.bind();
    if (bytes > capacity) {
        capacity = std::max(bytes, 2 * capacity);
        buffer.allocate(capacity);
    }
    if (bytes > 0)
        buffer.write(0, items.data(), bytes);
    buffer.release();
}
} // namespace

GlFlameRenderer::GlFlameRenderer(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // On screen the native window covers this widget: nothing to fill.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    m_host = std::make_unique<GlSurfaceHost>(this, [this] { present(); });
}

GlFlameRenderer::~GlFlameRenderer()
{
    m_host->detach();
    if (m_host->makeCurrentForRelease()) {
        releaseGl();
        m_host->doneCurrent();
    }
}

bool GlFlameRenderer::isAvailable()
{
    return GlSurfaceHost::isAvailable();
}

bool GlFlameRenderer::makeCurrent(bool offscreen)
{
    if (!(offscreen ? m_host->makeCurrentOffscreen() : m_host->makeCurrentOnWindow()))
        return false;
    if (!m_glInitialized) {
        m_glInitialized = true;
        initializeGl();
    }
    return true;
}

void GlFlameRenderer::initializeGl()
{
    initializeOpenGLFunctions();
    const QOpenGLContext &context = *m_host->context();
    if (!GlSurfaceHost::hasInstancing(context)) {
        qWarning("GlFlameRenderer: OpenGL %d.%d has no instancing; nothing will be drawn",
                 context.format().majorVersion(), context.format().minorVersion());
        return;
    }
    const QByteArray header = context.isOpenGLES()
        ? QByteArrayLiteral("#version 300 es\nprecision mediump float;\n")
        : QByteArrayLiteral("#version 330 core\n");
    m_boxProgram = buildProgram(header, boxVertex, boxFragment, "box");
    m_bgraTextures = !context.isOpenGLES();
    const QByteArray atlasFragmentSource =
        QByteArray(atlasFragment)
            .replace("ATLAS_SWIZZLE",
                     m_bgraTextures ? QByteArray() : QByteArray("." PYROGRAPH_ARGB_SWIZZLE));
    m_atlasProgram = buildProgram(header, atlasVertex, atlasFragmentSource.constData(), "atlas");
    if (!m_boxProgram || !m_atlasProgram)
        return;
    m_boxViewport = m_boxProgram->uniformLocation("viewport");
    m_atlasViewport = m_atlasProgram->uniformLocation("viewport");
    m_atlasSize = m_atlasProgram->uniformLocation("atlasSize");
    m_atlasProgram->bind();
    m_atlasProgram->setUniformValue("atlas", 0);
    m_atlasProgram->release();

    static const float corners[] = {0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1};
    m_corners.create();
    m_corners.bind();
    m_corners.allocate(corners, sizeof(corners));
    m_corners.release();

    // One VAO per instance buffer: a unit quad (attribute 0) and per instance
    // a rect (1) and a colour or an atlas source (2).
    const auto instanced = [this](QOpenGLVertexArrayObject &vao, QOpenGLBuffer &instances,
                                  int stride, GLenum secondType, bool normalized,
                                  size_t secondOffset) {
        vao.create();
        vao.bind();
        m_corners.bind();
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
        instances.create();
        instances.setUsagePattern(QOpenGLBuffer::DynamicDraw);
        instances.bind();
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, nullptr);
        glVertexAttribDivisor(1, 1);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, secondType, normalized ? GL_TRUE : GL_FALSE, stride,
                              reinterpret_cast<const void *>(secondOffset));
        glVertexAttribDivisor(2, 1);
        vao.release();
        instances.release();
        m_corners.release();
    };
    instanced(m_boxVao, m_boxes, sizeof(FlameScene::Box), GL_UNSIGNED_BYTE, true,
              offsetof(FlameScene::Box, color));
    instanced(m_outlineVao, m_outlines, sizeof(FlameScene::Box), GL_UNSIGNED_BYTE, true,
              offsetof(FlameScene::Box, color));
    for (AtlasLayer *layer : {&m_runs, &m_labels}) {
        instanced(layer->vao, layer->instances, sizeof(AtlasQuad), GL_FLOAT, false,
                  offsetof(AtlasQuad, u));
        glGenTextures(1, &layer->texture);
        glBindTexture(GL_TEXTURE_2D, layer->texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindTexture(GL_TEXTURE_2D, 0);
        layer->capacity = 0;
        layer->quadCount = 0;
        layer->textureSize = QSize();
    }
    m_boxCapacity = m_outlineCapacity = 0;
    m_boxCount = 0;
    m_uploadedGeneration = ~quint64(0);
    m_uploadedSize = QSize();
    // The new textures hold none of the atlas's pieces.
    m_labelPieces.reset();
    m_valid = true;
}

void GlFlameRenderer::releaseGl()
{
    if (!m_valid)
        return;
    m_boxVao.destroy();
    m_outlineVao.destroy();
    m_corners.destroy();
    m_boxes.destroy();
    m_outlines.destroy();
    for (AtlasLayer *layer : {&m_runs, &m_labels}) {
        layer->vao.destroy();
        layer->instances.destroy();
        glDeleteTextures(1, &layer->texture);
    }
    m_boxProgram.reset();
    m_atlasProgram.reset();
    m_valid = false;
}

void GlFlameRenderer::upload(const FlameScene &scene, QSize pixelSize)
{
    // Boxes and labels change together (one generation) or with the size;
    // otherwise what the last frame uploaded is still right (hovering only
    // moves outlines).
    if (scene.generation == m_uploadedGeneration && pixelSize == m_uploadedSize)
        return;
    m_uploadedGeneration = scene.generation;
    m_uploadedSize = pixelSize;

    // Two atlases, as wide as the frame: the runs of narrow boxes, written
    // anew each frame, and the labels, kept from frame to frame so that only
    // labels new to the frame are painted and uploaded.
    m_runAtlas.build(scene, pixelSize);
    m_boxCount = int(m_runAtlas.wideBoxes().size());
    writeInstances(m_boxes, m_boxCapacity, m_runAtlas.wideBoxes());
    if (m_runAtlas.rows() > 0)
        uploadRows(m_runs, m_runAtlas.image(), 0, m_runAtlas.rows());
    uploadQuads(m_runs, m_runAtlas.quads());

    m_labelPieces.build(scene, pixelSize);
    const auto [top, bottom] = m_labelPieces.takeDirtyRows();
    uploadRows(m_labels, m_labelPieces.image(), top, bottom);
    uploadQuads(m_labels, m_labelPieces.quads());
}

void GlFlameRenderer::uploadQuads(AtlasLayer &layer, const std::vector<AtlasQuad> &quads)
{
    writeInstances(layer.instances, layer.capacity, quads);
    layer.quadCount = int(quads.size());
}

void GlFlameRenderer::allocateTexture(QSize size, const void *argbPixels)
{
    // ARGB32 words as they are: an unsized GL_RGBA with this upload is what
    // makes Mesa store B8G8R8A8 (a sized GL_RGBA8 makes it R8G8B8A8).
    if (m_bgraTextures)
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, size.width(), size.height(), 0, bgraFormat,
                     argbWordType, argbPixels);
    else
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width(), size.height(), 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, argbPixels);
}

void GlFlameRenderer::uploadRows(AtlasLayer &layer, const QImage &image, int top, int bottom)
{
    glBindTexture(GL_TEXTURE_2D, layer.texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (layer.textureSize != image.size()) {
        // A new texture (at first, or the image grew or changed width): all of it.
        layer.textureSize = image.size();
        allocateTexture(image.size(), image.constBits());
    } else if (bottom > top) {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, top, image.width(), bottom - top,
                        m_bgraTextures ? bgraFormat : GL_RGBA,
                        m_bgraTextures ? argbWordType : GL_UNSIGNED_BYTE, image.constScanLine(top));
    }
    glBindTexture(GL_TEXTURE_2D, 0);
}

void GlFlameRenderer::drawOutlines(const FlameScene &scene)
{
    if (scene.outlines.empty())
        return;
    std::vector<FlameScene::Box> edges(scene.outlines.size() * 4);
    for (size_t i = 0; i < scene.outlines.size(); ++i)
        FlameScene::outlineEdges(scene.outlines[i], &edges[i * 4]);
    writeInstances(m_outlines, m_outlineCapacity, edges);
    m_outlineVao.bind();
    glDrawArraysInstanced(GL_TRIANGLES, 0, cornerCount, GLsizei(edges.size()));
    m_outlineVao.release();
}

void GlFlameRenderer::draw(const FlameScene &scene, QSize pixelSize)
{
    glViewport(0, 0, pixelSize.width(), pixelSize.height());
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glClearColor(qRed(scene.background) / 255.f, qGreen(scene.background) / 255.f,
                 qBlue(scene.background) / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!m_valid)
        return;
    upload(scene, pixelSize);

    // Scene coordinates are logical pixels.
    const qreal dpr = scene.devicePixelRatio > 0 ? scene.devicePixelRatio : 1;
    const float viewportW = float(pixelSize.width() / dpr),
                viewportH = float(pixelSize.height() / dpr);
    m_boxProgram->bind();
    m_boxProgram->setUniformValue(m_boxViewport, viewportW, viewportH);
    if (m_boxCount > 0) {
        m_boxVao.bind();
        glDrawArraysInstanced(GL_TRIANGLES, 0, cornerCount, m_boxCount);
        m_boxVao.release();
    }
    // The runs of thin boxes, then the labels (which may lie on a run), opaque.
    m_atlasProgram->bind();
    m_atlasProgram->setUniformValue(m_atlasViewport, viewportW, viewportH);
    glActiveTexture(GL_TEXTURE0);
    for (AtlasLayer *layer : {&m_runs, &m_labels}) {
        if (layer->quadCount == 0)
            continue;
        glBindTexture(GL_TEXTURE_2D, layer->texture);
        m_atlasProgram->setUniformValue(m_atlasSize, QSizeF(layer->textureSize));
        layer->vao.bind();
        glDrawArraysInstanced(GL_TRIANGLES, 0, cornerCount, GLsizei(layer->quadCount));
        layer->vao.release();
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    m_boxProgram->bind();
    // Outlines last, as the raster path strokes them over the labels.
    drawOutlines(scene);
    m_boxProgram->release();
}

void GlFlameRenderer::drawCurrent(QSize pixelSize)
{
    if (m_source) {
        draw(m_source(), pixelSize);
        return;
    }
    FlameScene empty;
    empty.background = palette().color(QPalette::Base).rgb();
    draw(empty, pixelSize);
}

void GlFlameRenderer::present()
{
    if (!m_host->isExposed() || !makeCurrent(false))
        return;
    QElapsedTimer timer;
    timer.start();
    const QSize pixels = m_host->pixelSize();
    glBindFramebuffer(GL_FRAMEBUFFER, m_host->context()->defaultFramebufferObject());
    drawCurrent(pixels);
    if (m_synchronous)
        glFinish();
    m_lastFrameNs = timer.nsecsElapsed();
    m_host->swapBuffers();
}

void GlFlameRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QBackingStore *store = backingStore();
    if (store && painter.paintEngine()
        && painter.paintEngine()->paintDevice() == store->paintDevice()) {
        // On screen: the native window shows the frame. Drawing it now rather
        // than at the window's next update request keeps an update() of this
        // widget one frame away, as with any widget.
        present();
        return;
    }
    // Painted into something else (QWidget::grab, render): the native window
    // is not part of that picture, so draw the frame offscreen and copy it in.
    painter.drawImage(rect(), grabImage());
}

void GlFlameRenderer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_host->setGeometry(rect());
}

void GlFlameRenderer::renderNow()
{
    repaint();
    if (m_valid && m_host->isExposed() && makeCurrent(false))
        glFinish();
}

QImage GlFlameRenderer::grabImage()
{
    // Offscreen into a framebuffer object, so this works whether or not the
    // window is on screen (hidden tabs, tests before the first expose).
    if (!makeCurrent(true) || !m_valid)
        return QImage();
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = size() * dpr;
    if (pixels.isEmpty())
        return QImage();
    // A framebuffer stored as the window's is (B8G8R8A8 on desktop GL), so
    // that llvmpipe draws it through the same linear path and the picture
    // has the window's pixels exactly; QOpenGLFramebufferObject's RGBA8
    // would take its general path.
    GLuint texture = 0, framebuffer = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    allocateTexture(pixels, nullptr);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    QImage image;
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE) {
        drawCurrent(pixels);
        image = QImage(pixels, m_bgraTextures ? QImage::Format_ARGB32 : QImage::Format_RGBA8888);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, pixels.width(), pixels.height(), m_bgraTextures ? bgraFormat : GL_RGBA,
                     m_bgraTextures ? argbWordType : GL_UNSIGNED_BYTE, image.bits());
        // GL's rows run bottom to top.
        image = image.mirrored().convertToFormat(QImage::Format_RGB32);
    } else {
        qWarning("GlFlameRenderer: no framebuffer to draw the picture in");
    }
    glBindFramebuffer(GL_FRAMEBUFFER, m_host->context()->defaultFramebufferObject());
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
    image.setDevicePixelRatio(dpr);
    return image;
}
