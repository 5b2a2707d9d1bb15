#include "flamescene.h"

#include "flamecolors.h"

#include <QPainter>

#include <algorithm>

QRgb FlameScene::messageColor() const
{
    return FlameColors::mix(background, FlameColors::textColorFor(background), 0.6);
}

void FlameScene::paintBoxes(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    // Consecutive boxes often share a colour (same package): reuse the brush.
    QRgb current = 0;
    QBrush brush;
    for (const Box &b : boxes) {
        if (b.color != current || brush.style() == Qt::NoBrush) {
            current = b.color;
            brush = QBrush(QColor::fromRgba(current));
        }
        painter.fillRect(QRectF(b.x, b.y, b.w, b.h), brush);
    }
}

void FlameScene::paintOverlay(QPainter &painter) const
{
    paintLabels(painter);
    paintOutlines(painter);
}

void FlameScene::paintLabels(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(font);
    QRgb current = 1; // no valid opaque colour has alpha 0 and value 1
    for (const Label &l : labels) {
        if (l.color != current) {
            current = l.color;
            painter.setPen(QColor::fromRgba(current));
        }
        drawLabel(painter, l);
    }
    if (boxes.empty() && !message.isEmpty()) {
        painter.setPen(QColor::fromRgb(messageColor()));
        painter.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignCenter, message);
    }
}

void FlameScene::drawLabel(QPainter &painter, const Label &label)
{
    const QPointF origin(label.rect.left(), label.rect.center().y());
    for (const QGlyphRun &run : label.glyphs)
        painter.drawGlyphRun(origin, run);
}

void FlameScene::paintOutlines(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    for (const Outline &o : outlines) {
        QPen pen(QColor::fromRgba(o.color), o.width);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        // Inset by half the pen so the outline stays inside the box.
        const qreal inset = o.width / 2;
        painter.drawRect(o.rect.adjusted(inset, inset, -inset, -inset));
    }
}

void FlameScene::outlineEdges(const Outline &o, Box edges[4])
{
    const float x = float(o.rect.x()), y = float(o.rect.y()), w = float(o.rect.width()), h = float(o.rect.height());
    const float pen = std::min({float(o.width), w / 2, h / 2});
    edges[0] = Box{x, y, w, pen, o.color}; // top
    edges[1] = Box{x, y + h - pen, w, pen, o.color}; // bottom
    edges[2] = Box{x, y + pen, pen, h - 2 * pen, o.color}; // left
    edges[3] = Box{x + w - pen, y + pen, pen, h - 2 * pen, o.color}; // right
}
