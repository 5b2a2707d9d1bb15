#include "tests/support/testregistry.h"

#include "widgets/glsurfacehost.h"

#include <QGuiApplication>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <memory>

namespace {
bool skipWithoutGl()
{
    return !GlSurfaceHost::isAvailable();
}
} // namespace

class tst_GlSurfaceHost : public QObject
{
    Q_OBJECT
private slots:
    void theFramesNeedNoDepthOrStencil()
    {
        // llvmpipe turns its linear rasteriser off for a framebuffer with either.
        const QSurfaceFormat format = GlSurfaceHost::frameFormat();
        QCOMPARE(format.depthBufferSize(), 0);
        QCOMPARE(format.stencilBufferSize(), 0);
    }

    void noGlOnTheOffscreenPlatform()
    {
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QSKIP("runs on the offscreen platform");
        QVERIFY(!GlSurfaceHost::isAvailable());
    }

    void theWindowTakesNoInputAndFollowsItsParent()
    {
        QWidget parent;
        parent.resize(300, 200);
        GlSurfaceHost host(&parent, [] {});
        QWidget *container = host.container();
        QCOMPARE(container->parentWidget(), &parent);
        QCOMPARE(container->geometry(), parent.rect());
        QVERIFY(container->testAttribute(Qt::WA_TransparentForMouseEvents));
        QCOMPARE(container->focusPolicy(), Qt::NoFocus);
        QVERIFY(host.window()->flags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(host.window()->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
        QCOMPARE(host.window()->surfaceType(), QSurface::OpenGLSurface);
        host.setGeometry(QRect(10, 20, 100, 50));
        QCOMPARE(container->geometry(), QRect(10, 20, 100, 50));
        // No context is made before it is needed.
        QVERIFY(!host.context());
        QVERIFY(!host.makeCurrentForRelease());
    }

    void exposureAndUpdatesCallPresent()
    {
        if (skipWithoutGl())
            QSKIP("no OpenGL here; runs under Xvfb (./dev test)");
        QWidget parent;
        parent.resize(320, 200);
        int presents = 0;
        GlSurfaceHost host(&parent, [&] { ++presents; });
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QTRY_VERIFY(host.isExposed());
        QTRY_VERIFY(presents > 0);
        const qreal dpr = host.window()->devicePixelRatio();
        QCOMPARE(host.pixelSize(), QSize(320, 200) * dpr);
        host.setGeometry(QRect(0, 0, 160, 100));
        QTRY_COMPARE(host.pixelSize(), QSize(160, 100) * dpr);
        const int before = presents;
        host.window()->requestUpdate();
        QTRY_VERIFY(presents > before);
        // Detached, it calls no one.
        host.detach();
        const int detached = presents;
        host.window()->requestUpdate();
        QTest::qWait(100);
        QCOMPARE(presents, detached);
    }

    void theContextDrawsIntoTheWindow()
    {
        if (skipWithoutGl())
            QSKIP("no OpenGL here; runs under Xvfb (./dev test)");
        QWidget parent;
        parent.resize(64, 48);
        GlSurfaceHost host(&parent, [] {});
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QTRY_VERIFY(host.isExposed());
        QVERIFY(host.makeCurrentOnWindow());
        QOpenGLContext *context = host.context();
        QVERIFY(context);
        QCOMPARE(QOpenGLContext::currentContext(), context);
        QVERIFY(GlSurfaceHost::hasInstancing(*context));
        QOpenGLFunctions *gl = context->functions();
        gl->glBindFramebuffer(GL_FRAMEBUFFER, context->defaultFramebufferObject());
        gl->glClearColor(1, 0, 0, 1);
        gl->glClear(GL_COLOR_BUFFER_BIT);
        uchar pixel[4] = {};
        gl->glReadPixels(1, 1, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
        QCOMPARE(int(pixel[0]), 255);
        QCOMPARE(int(pixel[1]), 0);
        QCOMPARE(int(pixel[2]), 0);
        host.swapBuffers();
        host.doneCurrent();
        QVERIFY(!QOpenGLContext::currentContext());
        QVERIFY(host.makeCurrentForRelease());
        host.doneCurrent();
    }

    void offscreenWhileHidden()
    {
        if (skipWithoutGl())
            QSKIP("no OpenGL here; runs under Xvfb (./dev test)");
        QWidget parent; // never shown: no native window to draw in
        GlSurfaceHost host(&parent, [] {});
        QVERIFY(!host.isExposed());
        QVERIFY(host.makeCurrentOffscreen());
        QVERIFY(host.context());
        QCOMPARE(QOpenGLContext::currentContext(), host.context());
        // The same context again on the window's behalf, for releasing GL objects.
        host.doneCurrent();
        QVERIFY(host.makeCurrentForRelease());
        QCOMPARE(QOpenGLContext::currentContext(), host.context());
        host.doneCurrent();
    }

    void theParentMayGoFirst()
    {
        auto parent = std::make_unique<QWidget>();
        GlSurfaceHost host(parent.get(), [] {});
        parent.reset(); // deletes the container and the window
        host.detach(); // no crash: the host no longer reaches for them
    }
};

PYROGRAPH_TEST_MAIN(tst_GlSurfaceHost)
#include "tst_glsurfacehost.moc"
