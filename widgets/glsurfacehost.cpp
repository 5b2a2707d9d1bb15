#include "glsurfacehost.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QWidget>
#include <QWindow>

// The native window the frames go to. It takes no input (the X server hands
// mouse events to the widget under it) and no focus (keys stay with
// FlameGraphView), and only forwards exposure and update requests.
class GlFlameWindow final : public QWindow
{
public:
    explicit GlFlameWindow(std::function<void()> present) : m_present(std::move(present))
    {
        setSurfaceType(QSurface::OpenGLSurface);
        setFormat(GlSurfaceHost::frameFormat());
        setFlags(Qt::WindowTransparentForInput | Qt::WindowDoesNotAcceptFocus);
    }

    void detach() { m_present = nullptr; }

protected:
    void exposeEvent(QExposeEvent *) override
    {
        if (isExposed() && m_present)
            m_present();
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest) {
            if (m_present)
                m_present();
            return true;
        }
        return QWindow::event(event);
    }

private:
    std::function<void()> m_present;
};

GlSurfaceHost::GlSurfaceHost(QWidget *parent, std::function<void()> present)
    : m_window(new GlFlameWindow(std::move(present)))
{
    m_container = QWidget::createWindowContainer(m_window, parent);
    m_container->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_container->setFocusPolicy(Qt::NoFocus);
    m_container->setGeometry(parent ? parent->rect() : QRect());
}

GlSurfaceHost::~GlSurfaceHost()
{
    detach();
}

QSurfaceFormat GlSurfaceHost::frameFormat()
{
    // The frames need no depth or stencil buffer, and Mesa's llvmpipe turns
    // its linear rasteriser off for a framebuffer that has one, even unused
    // (12 times slower; BENCHMARKS.md). Qt's default leaves the choice to
    // the platform, which may pick one.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setDepthBufferSize(0);
    format.setStencilBufferSize(0);
    return format;
}

bool GlSurfaceHost::hasInstancing(const QOpenGLContext &context)
{
    const QSurfaceFormat f = context.format();
    if (context.isOpenGLES())
        return f.majorVersion() >= 3;
    return f.version() >= qMakePair(3, 3);
}

bool GlSurfaceHost::isAvailable()
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

void GlSurfaceHost::setGeometry(const QRect &rect)
{
    m_container->setGeometry(rect);
}

bool GlSurfaceHost::isExposed() const
{
    return m_window->isExposed();
}

QSize GlSurfaceHost::pixelSize() const
{
    return m_window->size() * m_window->devicePixelRatio();
}

QWindow *GlSurfaceHost::window() const
{
    return m_window;
}

bool GlSurfaceHost::makeCurrent(QSurface *surface)
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
    return m_context->makeCurrent(surface);
}

bool GlSurfaceHost::makeCurrentOnWindow()
{
    return makeCurrent(m_window.data());
}

bool GlSurfaceHost::makeCurrentOffscreen()
{
    if (!m_offscreen) {
        m_offscreen = std::make_unique<QOffscreenSurface>();
        m_offscreen->setFormat(frameFormat());
        m_offscreen->create();
    }
    return makeCurrent(m_offscreen.get());
}

bool GlSurfaceHost::makeCurrentForRelease()
{
    if (!m_context)
        return false;
    QSurface *surface = m_window && m_window->handle() ? static_cast<QSurface *>(m_window.data())
                                                       : m_offscreen.get();
    return surface && m_context->makeCurrent(surface);
}

void GlSurfaceHost::doneCurrent()
{
    if (m_context)
        m_context->doneCurrent();
}

void GlSurfaceHost::swapBuffers()
{
    m_context->swapBuffers(m_window);
}

void GlSurfaceHost::detach()
{
    if (m_window)
        m_window->detach();
}
