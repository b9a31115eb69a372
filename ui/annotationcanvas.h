// SPDX-License-Identifier: MIT
#pragma once

#include "annotation.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <optional>

namespace Reqscope {

/*!
 * The report's screenshot with the reporter's marks: drag to draw a rectangle, an arrow or a blur region, click
 * to place text. Marks live in screenshot coordinates, so they survive a new grab (after revealing a redaction)
 * and render at full resolution into annotatedImage(). undo() removes the last one.
 */
class AnnotationCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationCanvas)

public:
    explicit AnnotationCanvas(QWidget *parent = nullptr);
    ~AnnotationCanvas() override;

    void setScreenshot(const QImage &image);
    QImage screenshot() const;
    /// The screenshot with every mark painted in, at its full size.
    QImage annotatedImage() const;

    void setTool(Annotation::Kind tool);
    Annotation::Kind tool() const;
    /// What the Text tool places on a click.
    void setText(const QString &text);

    QList<Annotation> annotations() const;
    void addAnnotation(const Annotation &annotation);
    void undo();

    QSize sizeHint() const override;

Q_SIGNALS:
    void annotationsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect imageRect() const; // where the scaled screenshot sits in the widget
    QPoint toImage(const QPointF &widgetPoint) const;
    void render();

    QImage m_screenshot;
    QImage m_annotated;
    QList<Annotation> m_annotations;
    std::optional<Annotation> m_drawing;
    Annotation::Kind m_tool = Annotation::Kind::Rectangle;
    QString m_text;
};

} // namespace Reqscope
