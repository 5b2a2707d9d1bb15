#pragma once

#include <QPointer>
#include <QRect>
#include <QSize>
#include <QSurfaceFormat>

#include <functional>
#include <memory>

class GlFlameWindow;
class QOffscreenSurface;
class QOpenGLContext;
class QWidget;
class QWindow;

// Where the OpenGL renderer's frames go: a native child window (a QWindow
// with its own context, in a QWidget::createWindowContainer) rather than a
// QOpenGLWidget, which Qt composes into its window through a texture every
// frame; on Mesa's software renderer that cost more than drawing the frame
// (BENCHMARKS.md, "OpenGL renderer: measurement history"). The window is
// transparent for input, so the widgets under it get the mouse and the
// keyboard focus stays with them. Also holds the context, made on first use,
// and an offscreen surface for drawing pictures while the window is hidden.
class GlSurfaceHost final
{
public:
    // The window's container becomes a child of parent; present is called
    // whenever the window is exposed or asks for an update.
    GlSurfaceHost(QWidget *parent, std::function<void()> present);
    ~GlSurfaceHost();
    GlSurfaceHost(const GlSurfaceHost &) = delete;
    GlSurfaceHost &operator=(const GlSurfaceHost &) = delete;

    // The format of the window, the context and the offscreen surface.
    static QSurfaceFormat frameFormat();
    // Whether a context with instancing (OpenGL 3.3 or OpenGL ES 3.0) can be
    // made here; false on the offscreen and minimal platforms, which have no
    // GL of their own.
    static bool isAvailable();
    static bool hasInstancing(const QOpenGLContext &context);

    // Places the window in the parent (its whole rect, as a rule).
    void setGeometry(const QRect &rect);
    bool isExposed() const;
    // The window's size in device pixels.
    QSize pixelSize() const;
    QWindow *window() const;
    QWidget *container() const { return m_container; }
    // The context, or null before the first makeCurrent or when it failed.
    QOpenGLContext *context() const { return m_context.get(); }

    // Make the context current on the window or on the offscreen surface,
    // creating them on first use; false when there is no context.
    bool makeCurrentOnWindow();
    bool makeCurrentOffscreen();
    // Current on whichever surface is still there, to release GL objects;
    // false when no context was ever made.
    bool makeCurrentForRelease();
    void doneCurrent();
    // Shows the frame drawn into the window's default framebuffer.
    void swapBuffers();
    // No more calls to present (its owner is going away).
    void detach();

private:
    bool makeCurrent(class QSurface *surface);

    QPointer<GlFlameWindow> m_window; // owned by the container
    QWidget *m_container = nullptr;   // owned by the parent
    std::unique_ptr<QOpenGLContext> m_context;
    std::unique_ptr<QOffscreenSurface> m_offscreen;
    bool m_contextFailed = false;
};
