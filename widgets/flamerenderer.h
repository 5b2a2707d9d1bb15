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
};
