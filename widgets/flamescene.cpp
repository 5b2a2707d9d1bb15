#include "flamescene.h"

#include "flamecolors.h"

#include <QPainter>

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
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(font);
    QRgb current = 1; // no valid opaque colour has alpha 0 and value 1
    for (const Label &l : labels) {
        if (l.color != current) {
            current = l.color;
            painter.setPen(QColor::fromRgba(current));
        }
        painter.drawText(l.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l.text);
    }
    painter.setBrush(Qt::NoBrush);
    for (const Outline &o : outlines) {
        QPen pen(QColor::fromRgba(o.color), o.width);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        // Inset by half the pen so the outline stays inside the box.
        const qreal inset = o.width / 2;
        painter.drawRect(o.rect.adjusted(inset, inset, -inset, -inset));
    }
    if (boxes.empty() && !message.isEmpty()) {
        painter.setPen(QColor::fromRgb(FlameColors::mix(background, FlameColors::textColorFor(background), 0.6)));
        painter.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignCenter, message);
    }
}
