#pragma once

#include "flamerenderer.h"

#include <QWidget>

// The QPainter fallback: used when no OpenGL context can be made (offscreen,
// remote X without GLX) or when asked for with --renderer=raster.
class RasterFlameRenderer final : public QWidget, public FlameRenderer
{
    Q_OBJECT
public:
    explicit RasterFlameRenderer(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString name() const override { return QStringLiteral("Raster"); }
    void setSceneSource(SceneSource source) override { m_source = std::move(source); }
    void renderNow() override;
    QImage grabImage() override;
    qint64 lastFrameNs() const override { return m_lastFrameNs; }
    void setSynchronous(bool) override {} // QPainter is synchronous anyway

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SceneSource m_source;
    qint64 m_lastFrameNs = 0;
};
