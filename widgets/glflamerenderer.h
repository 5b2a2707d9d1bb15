#pragma once

#include "flamerenderer.h"

#include <QOpenGLBuffer>
#include <QOpenGLExtraFunctions>
#include <QOpenGLVertexArrayObject>
#include <QOpenGLWidget>

#include <memory>

class QOpenGLShaderProgram;

// Draws every box of a frame with ONE instanced draw call: a unit quad plus one
// 20-byte instance (x, y, w, h, rgba) per box, uploaded only when the boxes
// change. Labels and outlines are drawn with QPainter over the GL output
// (QOpenGLWidget allows QPainter after native GL). Needs OpenGL 3.3 or
// OpenGL ES 3.0 for instancing; isAvailable() checks that before one is made.
class GlFlameRenderer final : public QOpenGLWidget, public FlameRenderer, protected QOpenGLExtraFunctions
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
    // False when initializeGL could not build the shaders (then nothing draws).
    bool isValid() const { return m_valid; }

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void upload(const FlameScene &scene);

    SceneSource m_source;
    std::unique_ptr<QOpenGLShaderProgram> m_program;
    QOpenGLVertexArrayObject m_vao;
    QOpenGLBuffer m_corners{QOpenGLBuffer::VertexBuffer};
    QOpenGLBuffer m_instances{QOpenGLBuffer::VertexBuffer};
    int m_instanceCapacity = 0;
    int m_instanceCount = 0;
    quint64 m_uploadedGeneration = ~quint64(0);
    int m_viewportLocation = -1;
    bool m_valid = false;
    bool m_synchronous = false;
    qint64 m_lastFrameNs = 0;
};
