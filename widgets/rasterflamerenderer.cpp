#include "rasterflamerenderer.h"

#include "widgets/render/flamescene.h"

#include <QElapsedTimer>
#include <QPainter>

RasterFlameRenderer::RasterFlameRenderer(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
}

void RasterFlameRenderer::renderNow()
{
    repaint();
}

QImage RasterFlameRenderer::grabImage()
{
    return grab().toImage();
}

void RasterFlameRenderer::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    if (!m_source) {
        painter.fillRect(rect(), palette().base());
        return;
    }
    const FlameScene &scene = m_source();
    painter.fillRect(rect(), QColor::fromRgb(scene.background));
    scene.paintBoxes(painter);
    scene.paintOverlay(painter);
    m_lastFrameNs = timer.nsecsElapsed();
}
