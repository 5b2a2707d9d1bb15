#include "glflamerenderer.h"

#include "widgets/render/flamescene.h"

#include <QBackingStore>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QPaintEngine>
#include <QPainter>
#include <QWindow>

#include <cmath>

namespace {
// The frames need no depth or stencil buffer, and Mesa's llvmpipe turns its
// linear rasteriser off for a framebuffer that has one, even unused
// (lp_state_derived.c): 2,000 flat rectangles took 45.9 ms instead of 3.9
// in a window with a depth buffer. Qt's default leaves the choice to the
// platform, which may pick one.
QSurfaceFormat frameFormat()
{
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setDepthBufferSize(0);
    format.setStencilBufferSize(0);
    return format;
}
} // namespace

// The native window the frames go to. It takes no input (the X server hands
// mouse events to the widget under it) and no focus (keys stay with
// FlameGraphView), and only forwards exposure and update requests.
class GlFlameWindow final : public QWindow
{
public:
    explicit GlFlameWindow(GlFlameRenderer *renderer)
        : m_renderer(renderer)
    {
        setSurfaceType(QSurface::OpenGLSurface);
        setFormat(frameFormat());
        setFlags(Qt::WindowTransparentForInput | Qt::WindowDoesNotAcceptFocus);
    }

    void detach() { m_renderer = nullptr; }

protected:
    void exposeEvent(QExposeEvent *) override
    {
        if (isExposed() && m_renderer)
            m_renderer->present();
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest) {
            if (m_renderer)
                m_renderer->present();
            return true;
        }
        return QWindow::event(event);
    }

private:
    GlFlameRenderer *m_renderer;
};

namespace {
static_assert(sizeof(FlameScene::Box) == 20, "boxes are uploaded as instances: x, y, w, h, QRgb");

// QRgb and ARGB32 pixels are 32-bit words 0xAARRGGBB: their bytes, read as a
// vec4 of unsigned bytes, come in memory order, swizzled back here.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
#define PYROGRAPH_ARGB_SWIZZLE "bgra"
#else
#define PYROGRAPH_ARGB_SWIZZLE "gbar"
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

// A piece of the atlas: its span of the frame (rect, logical pixels, like the
// boxes) and where its pixels lie in the atlas (texels), one texel a pixel. A
// run of thin boxes is one texel row high, stretched over the box height.
// The atlas is sampled with texture() at normalised coordinates straight from
// the input, nearest, from a texture stored as BGRA: the one kind of textured
// draw that Mesa's llvmpipe runs through its linear rasteriser (8-bit
// integer shading of whole rectangles, tile by tile; lp_state_fs_analysis.c
// accepts no texelFetch, no arithmetic on the coordinate, and
// lp_linear_sampler.c only B8G8R8A8 textures without a swizzle). Measured
// on the 2-core machine: 1,000 textured rectangles of 291,000 pixels 2.25 ms
// with texelFetch, 1.37 ms so (2.20 with LP_PERF=no_rast_linear).
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

// A box narrower than this many device pixels is drawn from a run of the
// atlas with its narrow neighbours in the row, and narrow boxes at most
// runGapPixels apart share a run (the texels between them are transparent).
// Most boxes of a large profile are narrow (2,331 of 2,933 are under 3 pixels
// in the full view of the 6M-node benchmark) and Mesa's llvmpipe pays for
// every quad it sets up. Measured there (CPU time per frame, full view / zoom
// sequence, LP_NUM_THREADS=0, loaded machine): runs of touching boxes under 3
// pixels 11.6 / 17.3 ms (drawing every box as a quad cost 1.5-3 ms more in an
// earlier build); under 12 pixels, gaps up to 24:
// 12.7 / 20.0; under 48, gaps up to 64: 9.6 / 16.6 (8.1 / 14.8 in a second
// run); everything from the atlas: 10.9 / 20.1, as textured pixels cost more
// than flat ones. Under 12 pixels with gaps up to 4 (2026-11-27, seven
// alternations of whole processes): 11% less CPU per zoom frame but more
// wall time (zoom p95 8.06 against 6.85 ms), as the extra quads are set up
// on the calling thread and the textured pixels they spare are shaded on
// llvmpipe's two threads. Once the atlases took the linear rasteriser,
// narrow under 16, 96 or 200 pixels with gaps up to 16, 128 or 400 measured
// the same as 48 and 64 within the machine's noise (three alternations,
// zoom p95 4.7-6.8 ms for each).
constexpr int narrowBoxPixels = 48;
constexpr int runGapPixels = 64;

// A quad is two triangles with their own vertices, (0,0) (1,0) (1,1) and
// (0,0) (1,1) (0,1), and its colour is interpolated, not flat: llvmpipe
// then recognises the pair as one rectangle (lp_setup_rect) and shades each
// pixel once, where two long thin triangles in a strip share partly covered
// blocks along the diagonal all the way across, each shading them in full.
constexpr int cornerCount = 6;

// Desktop GL's names, absent from OpenGL ES headers.
constexpr GLenum bgraFormat = 0x80E1; // GL_BGRA
constexpr GLenum argbWordType = 0x8367; // GL_UNSIGNED_INT_8_8_8_8_REV

bool hasInstancing(const QOpenGLContext &context)
{
    const QSurfaceFormat f = context.format();
    if (context.isOpenGLES())
        return f.majorVersion() >= 3;
    return f.version() >= qMakePair(3, 3);
}

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

GlFlameRenderer::GlFlameRenderer(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // On screen the native window covers this widget: nothing to fill.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    m_window = new GlFlameWindow(this);
    m_container = QWidget::createWindowContainer(m_window, this);
    m_container->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_container->setFocusPolicy(Qt::NoFocus);
    m_container->setGeometry(rect());
}

GlFlameRenderer::~GlFlameRenderer()
{
    m_window->detach();
    if (m_context) {
        QSurface *surface = m_window->handle() ? static_cast<QSurface *>(m_window) : m_offscreen.get();
        if (surface && m_context->makeCurrent(surface)) {
            releaseGl();
            m_context->doneCurrent();
        }
    }
}

bool GlFlameRenderer::isAvailable()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return false;
    QOpenGLContext context;
    context.setFormat(frameFormat());
    if (!context.create() || !hasInstancing(context))
        return false;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return false;
    context.doneCurrent();
    return true;
}

bool GlFlameRenderer::makeCurrent(QSurface *surface)
{
    if (m_contextFailed || !surface)
        return false;
    if (!m_context) {
        m_context = std::make_unique<QOpenGLContext>();
        m_context->setFormat(frameFormat());
        if (!m_context->create()) {
            qWarning("GlFlameRenderer: no OpenGL context; nothing will be drawn");
            m_contextFailed = true;
            return false;
        }
    }
    if (!m_context->makeCurrent(surface))
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
    if (!hasInstancing(*m_context)) {
        qWarning("GlFlameRenderer: OpenGL %d.%d has no instancing; nothing will be drawn",
                 m_context->format().majorVersion(), m_context->format().minorVersion());
        return;
    }
    const QByteArray header = m_context->isOpenGLES()
                                  ? QByteArrayLiteral("#version 300 es\nprecision mediump float;\n")
                                  : QByteArrayLiteral("#version 330 core\n");
    m_boxProgram = buildProgram(header, boxVertex, boxFragment, "box");
    m_bgraTextures = !m_context->isOpenGLES();
    const QByteArray atlasFragmentSource = QByteArray(atlasFragment)
                                               .replace("ATLAS_SWIZZLE", m_bgraTextures
                                                                             ? QByteArray()
                                                                             : QByteArray("." PYROGRAPH_ARGB_SWIZZLE));
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
    const auto instanced = [this](QOpenGLVertexArrayObject &vao, QOpenGLBuffer &instances, int stride,
                                  GLenum secondType, bool normalized, size_t secondOffset) {
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
    instanced(m_boxVao, m_boxes, sizeof(FlameScene::Box), GL_UNSIGNED_BYTE, true, offsetof(FlameScene::Box, color));
    instanced(m_outlineVao, m_outlines, sizeof(FlameScene::Box), GL_UNSIGNED_BYTE, true,
              offsetof(FlameScene::Box, color));
    for (AtlasLayer *layer : {&m_runs, &m_labels}) {
        instanced(layer->vao, layer->instances, sizeof(AtlasQuad), GL_FLOAT, false, offsetof(AtlasQuad, u));
        glGenTextures(1, &layer->texture);
        glBindTexture(GL_TEXTURE_2D, layer->texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindTexture(GL_TEXTURE_2D, 0);
        layer->capacity = 0;
        layer->textureSize = QSize();
    }
    m_boxCapacity = m_outlineCapacity = 0;
    m_boxCount = 0;
    m_uploadedGeneration = ~quint64(0);
    m_uploadedSize = QSize();
    // The new textures hold none of the atlas's pieces.
    m_labelAtlas = LabelAtlas();
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
    const qreal dpr = scene.devicePixelRatio > 0 ? scene.devicePixelRatio : 1;
    const int frameW = pixelSize.width();

    // Two atlases, as wide as the frame. The runs of thin boxes, one texel
    // per device pixel column, end to end in rows of texels, written anew
    // each frame. And the labels (LabelAtlas), each one's span of device
    // pixels (one more either side for glyphs that overhang), kept from
    // frame to frame so that only labels new to the frame are painted.
    //
    // Every texel drawn is opaque, so the frame needs no blending: a run's
    // gaps are the background (a wide box ends the run), and a label's piece
    // is its box's fill with the text painted over it, just as the raster
    // path paints it. A label's piece spans its text, not its whole box:
    // llvmpipe pays per textured pixel, and text rarely fills a wide box.
    struct Run
    {
        qsizetype first, last; // boxes [first, last), all narrow
        int x0, x1; // device pixels
    };
    m_wideBoxes.clear();
    m_runs.quads.clear();
    m_labels.quads.clear();
    std::vector<Run> runs;
    const auto deviceX = [dpr](float x) { return int(std::lround(double(x) * dpr)); };
    const auto isNarrow = [](int x0, int x1) { return x1 > x0 && x1 - x0 < narrowBoxPixels; };
    for (qsizetype i = 0; i < qsizetype(scene.boxes.size()); ++i) {
        const FlameScene::Box &b = scene.boxes[size_t(i)];
        const int x0 = deviceX(b.x), x1 = deviceX(b.x + b.w);
        if (!isNarrow(x0, x1)) {
            m_wideBoxes.push_back(b);
            continue;
        }
        // Right after the last narrow box of the same row, and near it: the
        // same run, with the background between them.
        if (!runs.empty() && runs.back().last == i && x0 >= runs.back().x1 && x0 - runs.back().x1 <= runGapPixels) {
            const FlameScene::Box &prev = scene.boxes[size_t(runs.back().last - 1)];
            if (prev.y == b.y && prev.h == b.h) {
                runs.back().last = i + 1;
                runs.back().x1 = x1;
                continue;
            }
        }
        runs.push_back(Run{i, i + 1, x0, x1});
    }
    m_boxCount = int(m_wideBoxes.size());
    writeInstances(m_boxes, m_boxCapacity, m_wideBoxes);

    // The runs, packed end to end, a transparent texel between two.
    int cursorX = 0, cursorY = 0;
    std::vector<QPoint> runAt;
    runAt.reserve(runs.size());
    for (const Run &r : runs) {
        if (cursorX + (r.x1 - r.x0) > frameW) {
            ++cursorY;
            cursorX = 0;
        }
        runAt.emplace_back(cursorX, cursorY);
        cursorX += r.x1 - r.x0 + 1;
    }
    if (!runs.empty()) {
        const int rows = cursorY + 1;
        if (m_runImage.width() != frameW || m_runImage.height() < rows)
            m_runImage = QImage(frameW, std::max(rows, 2 * m_runImage.height()), QImage::Format_ARGB32_Premultiplied);
        const QRgb background = 0xff000000u | scene.background;
        for (size_t r = 0; r < runs.size(); ++r) {
            auto *line = reinterpret_cast<QRgb *>(m_runImage.scanLine(runAt[r].y())) + runAt[r].x() - runs[r].x0;
            std::fill(line + runs[r].x0, line + runs[r].x1, background);
            for (qsizetype i = runs[r].first; i < runs[r].last; ++i) {
                const FlameScene::Box &b = scene.boxes[size_t(i)];
                std::fill(line + deviceX(b.x), line + deviceX(b.x + b.w), b.color);
            }
            const FlameScene::Box &b = scene.boxes[size_t(runs[r].first)];
            const int w = runs[r].x1 - runs[r].x0;
            m_runs.quads.push_back(AtlasQuad{float(runs[r].x0 / dpr), b.y, float(w / dpr), b.h, float(runAt[r].x()),
                                             float(runAt[r].y()) + 0.5f, float(w), 0.f});
        }
        uploadRows(m_runs, m_runImage, 0, rows);
    }
    writeInstances(m_runs.instances, m_runs.capacity, m_runs.quads);

    uploadLabels(scene, pixelSize);
}

void GlFlameRenderer::uploadLabels(const FlameScene &scene, QSize pixelSize)
{
    const qreal dpr = scene.devicePixelRatio > 0 ? scene.devicePixelRatio : 1;
    const int frameW = pixelSize.width(), frameH = pixelSize.height();
    if (scene.font != m_labelFont || dpr != m_labelDpr) {
        m_labelAtlas.clear();
        m_labelFont = scene.font;
        m_labelDpr = dpr;
    }
    // At first as tall as the frame, which holds any frame's labels.
    m_labelAtlas.reserve(frameW, frameH);

    struct Placed
    {
        const FlameScene::Label *label; // null: the message
        QRect span; // device pixels, in the frame
        LabelAtlas::Placement placement;
    };
    std::vector<Placed> placed;
    placed.reserve(scene.labels.size());
    const auto place = [&](const FlameScene::Label *label, const QRectF &rect, qreal inkRight, QPointF origin) {
        const int x0 = std::max(0, int(std::floor(rect.left() * dpr)) - 1);
        const int x1 = std::min({frameW, int(std::ceil(rect.right() * dpr)) + 1, int(std::ceil(inkRight * dpr)) + 1});
        const int y0 = std::max(0, int(std::floor(rect.top() * dpr)));
        const int y1 = std::min(frameH, int(std::ceil(rect.bottom() * dpr)));
        if (x1 <= x0 || y1 <= y0)
            return true;
        const QRect span(x0, y0, x1 - x0, y1 - y0);
        LabelAtlas::Key key;
        key.text = label ? label->text : scene.message;
        key.fill = label ? label->boxColor : scene.background;
        key.color = label ? label->color : scene.messageColor();
        key.size = span.size();
        key.origin = QPoint(int(std::lround((origin.x() * dpr - x0) * 64)), int(std::lround((origin.y() * dpr - y0) * 64)));
        key.message = !label;
        const std::optional<LabelAtlas::Placement> at = m_labelAtlas.place(key);
        if (!at)
            return false;
        placed.push_back(Placed{label, span, *at});
        return true;
    };
    const auto placeAll = [&] {
        placed.clear();
        for (const FlameScene::Label &l : scene.labels) {
            if (!place(&l, l.rect, l.rect.left() + l.advance + scene.labelOverhang,
                       QPointF(l.rect.left(), l.rect.center().y())))
                return false;
        }
        if (scene.boxes.empty() && !scene.message.isEmpty()) {
            const QRectF all(QPointF(0, 0), QSizeF(scene.size));
            return place(nullptr, all, all.right(), QPointF(0, 0));
        }
        return true;
    };
    // When the new pieces do not fit beside the old, the old go; when the
    // frame's pieces alone do not fit, the atlas grows.
    if (!placeAll()) {
        m_labelAtlas.clear();
        while (!placeAll())
            m_labelAtlas.grow();
    }

    QImage &image = m_labelAtlas.image();
    bool painting = false;
    for (const Placed &p : placed) {
        if (!p.placement.fresh)
            continue;
        painting = true;
        const QRgb fill = 0xff000000u | (p.label ? p.label->boxColor : scene.background);
        for (int y = 0; y < p.span.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(p.placement.at.y() + y)) + p.placement.at.x();
            std::fill(line, line + p.span.width(), fill);
        }
    }
    if (painting) {
        // The same text drawing as FlameScene::paintLabels, moved by whole
        // device pixels, so a label has the pixels the raster path draws.
        image.setDevicePixelRatio(dpr);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setFont(scene.font);
        QRgb current = 1; // no valid opaque colour has alpha 0 and value 1
        for (const Placed &p : placed) {
            if (!p.placement.fresh)
                continue;
            const QPoint shift = p.placement.at - p.span.topLeft();
            painter.setTransform(QTransform::fromTranslate(shift.x() / dpr, shift.y() / dpr));
            painter.setClipRect(
                QRectF(p.span.x() / dpr, p.span.y() / dpr, p.span.width() / dpr, p.span.height() / dpr));
            if (p.label) {
                if (p.label->color != current) {
                    current = p.label->color;
                    painter.setPen(QColor::fromRgba(current));
                }
                FlameScene::drawLabel(painter, *p.label);
            } else {
                current = 1;
                painter.setPen(QColor::fromRgb(scene.messageColor()));
                painter.drawText(QRectF(QPointF(0, 0), QSizeF(scene.size)), Qt::AlignCenter, scene.message);
            }
        }
        painter.end();
        image.setDevicePixelRatio(1);
    }
    const auto [top, bottom] = m_labelAtlas.takeDirtyRows();
    uploadRows(m_labels, image, top, bottom);

    for (const Placed &p : placed)
        m_labels.quads.push_back(AtlasQuad{float(p.span.x() / dpr), float(p.span.y() / dpr),
                                           float(p.span.width() / dpr), float(p.span.height() / dpr),
                                           float(p.placement.at.x()), float(p.placement.at.y()),
                                           float(p.span.width()), float(p.span.height())});
    writeInstances(m_labels.instances, m_labels.capacity, m_labels.quads);
}

void GlFlameRenderer::allocateTexture(QSize size, const void *argbPixels)
{
    // ARGB32 words as they are: an unsized GL_RGBA with this upload is what
    // makes Mesa store B8G8R8A8 (a sized GL_RGBA8 makes it R8G8B8A8).
    if (m_bgraTextures)
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, size.width(), size.height(), 0, bgraFormat, argbWordType, argbPixels);
    else
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width(), size.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE,
                     argbPixels);
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
                        m_bgraTextures ? bgraFormat : GL_RGBA, m_bgraTextures ? argbWordType : GL_UNSIGNED_BYTE,
                        image.constScanLine(top));
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
    const float viewportW = float(pixelSize.width() / dpr), viewportH = float(pixelSize.height() / dpr);
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
        if (layer->quads.empty())
            continue;
        glBindTexture(GL_TEXTURE_2D, layer->texture);
        m_atlasProgram->setUniformValue(m_atlasSize, QSizeF(layer->textureSize));
        layer->vao.bind();
        glDrawArraysInstanced(GL_TRIANGLES, 0, cornerCount, GLsizei(layer->quads.size()));
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
    if (!m_window->isExposed() || !makeCurrent(m_window))
        return;
    QElapsedTimer timer;
    timer.start();
    const QSize pixels = m_window->size() * m_window->devicePixelRatio();
    glBindFramebuffer(GL_FRAMEBUFFER, m_context->defaultFramebufferObject());
    drawCurrent(pixels);
    if (m_synchronous)
        glFinish();
    m_lastFrameNs = timer.nsecsElapsed();
    m_context->swapBuffers(m_window);
}

void GlFlameRenderer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QBackingStore *store = backingStore();
    if (store && painter.paintEngine() && painter.paintEngine()->paintDevice() == store->paintDevice()) {
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
    m_container->setGeometry(rect());
}

void GlFlameRenderer::renderNow()
{
    repaint();
    if (m_valid && m_window->isExposed() && makeCurrent(m_window))
        glFinish();
}

QImage GlFlameRenderer::grabImage()
{
    // Offscreen into a framebuffer object, so this works whether or not the
    // window is on screen (hidden tabs, tests before the first expose).
    if (!m_offscreen) {
        m_offscreen = std::make_unique<QOffscreenSurface>();
        m_offscreen->setFormat(frameFormat());
        m_offscreen->create();
    }
    if (!makeCurrent(m_offscreen.get()) || !m_valid)
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
    glBindFramebuffer(GL_FRAMEBUFFER, m_context->defaultFramebufferObject());
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
    image.setDevicePixelRatio(dpr);
    return image;
}
