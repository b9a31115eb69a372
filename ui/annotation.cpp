// SPDX-License-Identifier: MIT
#include "annotation.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Reqscope {

namespace {

const QColor markColor(0xE5, 0x39, 0x35);

/// Pens scale with the screenshot so that marks stay visible on a large window and modest on a small one.
qreal penWidth(int imageWidth)
{
    return qMax<qreal>(2.0, imageWidth / 400.0);
}

void drawShape(QPainter &painter, const Annotation &a, int imageWidth)
{
    const qreal width = penWidth(imageWidth);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(markColor, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (a.kind) {
    case Annotation::Kind::Rectangle:
        painter.drawRect(QRectF(QRect(a.from, a.to).normalized()));
        break;
    case Annotation::Kind::Blur: // only the preview gets here: a dashed outline
        painter.setPen(QPen(markColor, width, Qt::DashLine));
        painter.drawRect(QRectF(QRect(a.from, a.to).normalized()));
        break;
    case Annotation::Kind::Arrow: {
        const QLineF line(a.from, a.to);
        painter.drawLine(line);
        if (line.length() < 1)
            break;
        // The head: two strokes at ±28° back from the tip, a few pen widths long.
        const qreal head = width * 6;
        const qreal angle = qDegreesToRadians(line.angle());
        QPainterPath path;
        for (const qreal side : { -1.0, 1.0 }) {
            const qreal a2 = angle + M_PI + side * qDegreesToRadians(28.0);
            path.moveTo(line.p2());
            path.lineTo(line.p2() + QPointF(qCos(a2) * head, -qSin(a2) * head));
        }
        painter.drawPath(path);
        break;
    }
    case Annotation::Kind::Text: {
        QFont font = painter.font();
        font.setPixelSize(qMax(14, imageWidth / 70));
        font.setBold(true);
        painter.setFont(font);
        QRect box = painter.fontMetrics().boundingRect(a.text).adjusted(-4, -2, 4, 2);
        box.moveTopLeft(a.from);
        painter.fillRect(box, QColor(255, 255, 255, 220));
        painter.drawText(box, Qt::AlignCenter, a.text);
        break;
    }
    }
}

} // namespace

void Annotation::paintOn(QImage &image) const
{
    if (kind == Kind::Blur) {
        const QRect region = QRect(from, to).normalized().intersected(image.rect());
        if (region.width() < 2 || region.height() < 2)
            return;
        // Pixelate: blocks of ~12 px carry no readable text, unlike a soft blur that can be sharpened back.
        const int block = 12;
        const QImage small = image.copy(region).scaled(qMax(1, region.width() / block),
            qMax(1, region.height() / block),
            Qt::IgnoreAspectRatio,
            Qt::SmoothTransformation);
        QPainter painter(&image);
        painter.drawImage(region, small.scaled(region.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation));
        return;
    }
    QPainter painter(&image);
    drawShape(painter, *this, image.width());
}

void Annotation::paintPreview(QPainter &painter, int imageWidth) const
{
    drawShape(painter, *this, imageWidth);
}

} // namespace Reqscope
