#include "labelpieces.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

void LabelPieces::build(const FlameScene &scene, QSize pixelSize)
{
    const qreal dpr = scene.devicePixelRatio > 0 ? scene.devicePixelRatio : 1;
    if (scene.font != m_font || dpr != m_dpr) {
        m_atlas.clear();
        m_font = scene.font;
        m_dpr = dpr;
    }
    // At first as tall as the frame, which holds any frame's labels.
    m_atlas.reserve(pixelSize.width(), pixelSize.height());
    m_placed.reserve(scene.labels.size());
    // When the new pieces do not fit beside the old, the old go; when the
    // frame's pieces alone do not fit, the atlas grows.
    if (!placeAll(scene, pixelSize, dpr)) {
        m_atlas.clear();
        while (!placeAll(scene, pixelSize, dpr))
            m_atlas.grow();
    }
    paintFresh(scene, dpr);

    m_quads.clear();
    for (const Placed &p : m_placed)
        m_quads.push_back(AtlasQuad{float(p.span.x() / dpr), float(p.span.y() / dpr),
                                    float(p.span.width() / dpr), float(p.span.height() / dpr),
                                    float(p.placement.at.x()), float(p.placement.at.y()),
                                    float(p.span.width()), float(p.span.height())});
}

bool LabelPieces::placeAll(const FlameScene &scene, QSize pixelSize, qreal dpr)
{
    m_placed.clear();
    for (const FlameScene::Label &l : scene.labels) {
        if (!place(scene, pixelSize, dpr, &l, l.rect,
                   l.rect.left() + l.advance + scene.labelOverhang,
                   QPointF(l.rect.left(), l.rect.center().y())))
            return false;
    }
    if (scene.boxes.empty() && !scene.message.isEmpty()) {
        const QRectF all(QPointF(0, 0), QSizeF(scene.size));
        return place(scene, pixelSize, dpr, nullptr, all, all.right(), QPointF(0, 0));
    }
    return true;
}

bool LabelPieces::place(const FlameScene &scene, QSize pixelSize, qreal dpr,
                        const FlameScene::Label *label, const QRectF &rect, qreal inkRight,
                        QPointF origin)
{
    const int frameW = pixelSize.width(), frameH = pixelSize.height();
    const int x0 = std::max(0, int(std::floor(rect.left() * dpr)) - 1);
    const int x1 = std::min(
        {frameW, int(std::ceil(rect.right() * dpr)) + 1, int(std::ceil(inkRight * dpr)) + 1});
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
    key.origin = QPoint(int(std::lround((origin.x() * dpr - x0) * 64)),
                        int(std::lround((origin.y() * dpr - y0) * 64)));
    key.message = !label;
    const std::optional<LabelAtlas::Placement> at = m_atlas.place(key);
    if (!at)
        return false;
    m_placed.push_back(Placed{label, span, *at});
    return true;
}

void LabelPieces::paintFresh(const FlameScene &scene, qreal dpr)
{
    QImage &image = m_atlas.image();
    bool painting = false;
    for (const Placed &p : m_placed) {
        if (!p.placement.fresh)
            continue;
        painting = true;
        const QRgb fill = 0xff000000u | (p.label ? p.label->boxColor : scene.background);
        for (int y = 0; y < p.span.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(p.placement.at.y() + y))
                + p.placement.at.x();
            std::fill(line, line + p.span.width(), fill);
        }
    }
    if (!painting)
        return;
    // The same text drawing as FlameScene::paintLabels, moved by whole device
    // pixels, so a label has the pixels the raster path draws.
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(scene.font);
    QRgb current = 1; // no valid opaque colour has alpha 0 and value 1
    for (const Placed &p : m_placed) {
        if (!p.placement.fresh)
            continue;
        const QPoint shift = p.placement.at - p.span.topLeft();
        painter.setTransform(QTransform::fromTranslate(shift.x() / dpr, shift.y() / dpr));
        painter.setClipRect(QRectF(p.span.x() / dpr, p.span.y() / dpr, p.span.width() / dpr,
                                   p.span.height() / dpr));
        if (p.label) {
            if (p.label->color != current) {
                current = p.label->color;
                painter.setPen(QColor::fromRgba(current));
            }
            FlameScene::drawLabel(painter, *p.label);
        } else {
            current = 1;
            painter.setPen(QColor::fromRgb(scene.messageColor()));
            painter.drawText(QRectF(QPointF(0, 0), QSizeF(scene.size)), Qt::AlignCenter,
                             scene.message);
        }
    }
    painter.end();
    image.setDevicePixelRatio(1);
}
