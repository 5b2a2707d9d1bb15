#pragma once

#include <QImage>
#include <QString>

#include <functional>

class QWidget;
struct FlameScene;

// What FlameGraphView needs from a renderer: a child widget that draws the
// current FlameScene whenever it paints. The scene comes from a callback so the
// layout is computed once per painted frame, however many events arrived since.
// The widget is transparent for mouse events: FlameGraphView handles input.
class FlameRenderer
{
public:
    using SceneSource = std::function<const FlameScene &()>;

    virtual ~FlameRenderer() = default;
    virtual QWidget *widget() = 0;
    virtual QString name() const = 0; // "OpenGL" or "Raster"
    virtual void setSceneSource(SceneSource source) = 0;
    // Paints a frame now and returns when it is done (benchmarks).
    virtual void renderNow() = 0;
    // The last frame as an image at device resolution.
    virtual QImage grabImage() = 0;
    // How long the last paint took, from asking for the scene (layout and
    // scene building included) to the end of drawing; Qt's composition and the
    // window system's presentation are not included.
    virtual qint64 lastFrameNs() const = 0;
    // Wait for the GPU at the end of each paint, so lastFrameNs() covers the
    // drawing itself (benchmarks); off by default, as it stalls the pipeline.
    virtual void setSynchronous(bool synchronous) = 0;
};
