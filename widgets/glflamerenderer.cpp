#include "glflamerenderer.h"

#include "flamescene.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QPainter>

#include <vector>

namespace {
struct Instance
{
    float x, y, w, h;
    quint8 rgba[4];
};
static_assert(sizeof(Instance) == 20, "the instance layout is part of the vertex format");

const char *const vertexBody = R"(
in vec2 corner;
in vec4 rect;
in vec4 color;
uniform vec2 viewport;
out vec4 vColor;
void main()
{
    vec2 p = rect.xy + corner * rect.zw;
    gl_Position = vec4(p.x / viewport.x * 2.0 - 1.0, 1.0 - p.y / viewport.y * 2.0, 0.0, 1.0);
    vColor = color;
}
)";

const char *const fragmentBody = R"(
in vec4 vColor;
out vec4 fragColor;
void main()
{
    fragColor = vColor;
}
)";

bool hasInstancing(const QOpenGLContext &context)
{
    const QSurfaceFormat f = context.format();
    if (context.isOpenGLES())
        return f.majorVersion() >= 3;
    return f.version() >= qMakePair(3, 3);
}
} // namespace

GlFlameRenderer::GlFlameRenderer(QWidget *parent)
    : QOpenGLWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // The default format: Mesa and the desktop drivers give their highest
    // compatibility version for it (4.5 on llvmpipe), and a context like the
    // window's own shares resources with it without trouble.
}

GlFlameRenderer::~GlFlameRenderer()
{
    if (!m_valid)
        return;
    makeCurrent();
    m_vao.destroy();
    m_corners.destroy();
    m_instances.destroy();
    m_program.reset();
    doneCurrent();
}

bool GlFlameRenderer::isAvailable()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return false;
    QOpenGLContext context;
    context.setFormat(QSurfaceFormat::defaultFormat());
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

void GlFlameRenderer::initializeGL()
{
    initializeOpenGLFunctions();
    QOpenGLContext *ctx = context();
    if (!hasInstancing(*ctx)) {
        qWarning("GlFlameRenderer: OpenGL %d.%d has no instancing; nothing will be drawn",
                 ctx->format().majorVersion(), ctx->format().minorVersion());
        return;
    }
    const QByteArray header = ctx->isOpenGLES() ? QByteArrayLiteral("#version 300 es\nprecision mediump float;\n")
                                                : QByteArrayLiteral("#version 330 core\n");
    m_program = std::make_unique<QOpenGLShaderProgram>();
    if (!m_program->addShaderFromSourceCode(QOpenGLShader::Vertex, header + vertexBody)
        || !m_program->addShaderFromSourceCode(QOpenGLShader::Fragment, header + fragmentBody)) {
        qWarning("GlFlameRenderer: shaders failed: %s", qPrintable(m_program->log()));
        return;
    }
    m_program->bindAttributeLocation("corner", 0);
    m_program->bindAttributeLocation("rect", 1);
    m_program->bindAttributeLocation("color", 2);
    if (!m_program->link()) {
        qWarning("GlFlameRenderer: link failed: %s", qPrintable(m_program->log()));
        return;
    }
    m_viewportLocation = m_program->uniformLocation("viewport");

    m_vao.create();
    m_vao.bind();
    static const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    m_corners.create();
    m_corners.bind();
    m_corners.allocate(corners, sizeof(corners));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    m_instances.create();
    m_instances.setUsagePattern(QOpenGLBuffer::DynamicDraw);
    m_instances.bind();
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(Instance), nullptr);
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(Instance),
                          reinterpret_cast<const void *>(offsetof(Instance, rgba)));
    glVertexAttribDivisor(2, 1);
    m_vao.release();
    m_instances.release();
    m_instanceCapacity = 0;
    m_uploadedGeneration = ~quint64(0);
    m_valid = true;
}

void GlFlameRenderer::upload(const FlameScene &scene)
{
    std::vector<Instance> data(scene.boxes.size());
    for (size_t i = 0; i < data.size(); ++i) {
        const FlameScene::Box &b = scene.boxes[i];
        data[i] = Instance{b.x, b.y, b.w, b.h,
                           {quint8(qRed(b.color)), quint8(qGreen(b.color)), quint8(qBlue(b.color)),
                            quint8(qAlpha(b.color))}};
    }
    m_instances.bind();
    const int bytes = int(data.size() * sizeof(Instance));
    if (bytes > m_instanceCapacity) {
        m_instanceCapacity = std::max(bytes, 2 * m_instanceCapacity);
        m_instances.allocate(m_instanceCapacity);
    }
    if (bytes > 0)
        m_instances.write(0, data.data(), bytes);
    m_instances.release();
    m_instanceCount = int(data.size());
    m_uploadedGeneration = scene.generation;
}

void GlFlameRenderer::paintGL()
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    if (!m_source) {
        painter.fillRect(rect(), palette().base());
        return;
    }
    const FlameScene &scene = m_source();
    painter.beginNativePainting();
    glClearColor(qRed(scene.background) / 255.f, qGreen(scene.background) / 255.f,
                 qBlue(scene.background) / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (m_valid) {
        if (scene.generation != m_uploadedGeneration)
            upload(scene);
        if (m_instanceCount > 0) {
            glDisable(GL_DEPTH_TEST);
            glDisable(GL_BLEND);
            glDisable(GL_SCISSOR_TEST);
            m_program->bind();
            m_program->setUniformValue(m_viewportLocation, float(width()), float(height()));
            m_vao.bind();
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_instanceCount);
            m_vao.release();
            m_program->release();
        }
    }
    painter.endNativePainting();
    scene.paintOverlay(painter);
    if (m_synchronous) {
        painter.end();
        glFinish();
    }
    m_lastFrameNs = timer.nsecsElapsed();
}

void GlFlameRenderer::renderNow()
{
    repaint();
    makeCurrent();
    glFinish();
    doneCurrent();
}

QImage GlFlameRenderer::grabImage()
{
    return grabFramebuffer();
}
