// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>

/// How many pixels of \a image are the red the variable highlighting draws (text and underline): a check that
/// the formats reached the screen, not only the highlighter's bookkeeping.
inline int reddishPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 150 && c.green() < 110 && c.blue() < 110;
        }
    }
    return count;
}
