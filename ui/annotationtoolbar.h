// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Reqscope {

class AnnotationCanvas;

/// The report editor's tools for an AnnotationCanvas: rectangle, arrow, text (with the text to place), blur, undo.
class AnnotationToolBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationToolBar)

public:
    explicit AnnotationToolBar(AnnotationCanvas *canvas, QWidget *parent = nullptr);
    ~AnnotationToolBar() override;
};

} // namespace Reqscope
