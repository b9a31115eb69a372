// SPDX-License-Identifier: MIT
#pragma once

#include <QPoint>
#include <QString>

QT_BEGIN_NAMESPACE
class QImage;
class QPainter;
QT_END_NAMESPACE

namespace Reqscope {

/// One mark the reporter draws on the screenshot, in the screenshot's pixel coordinates.
struct Annotation
{
    enum class Kind { Rectangle, Arrow, Text, Blur };

    Kind kind = Kind::Rectangle;
    QPoint from; // Text: where the text starts (top left)
    QPoint to; // Arrow: the tip; Rectangle and Blur: the opposite corner
    QString text;

    /// Draws the mark into \a image; Blur pixelates that region of what \a image shows so far.
    void paintOn(QImage &image) const;
    /// Draws an unfinished mark (while the mouse drags) with \a painter in image coordinates.
    void paintPreview(QPainter &painter, int imageWidth) const;

    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.kind == b.kind && a.from == b.from && a.to == b.to && a.text == b.text;
    }
};

} // namespace Reqscope
