// SPDX-License-Identifier: MIT
#include "annotationcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace Reqscope {

AnnotationCanvas::AnnotationCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Screenshot"));
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(320, 200);
}

AnnotationCanvas::~AnnotationCanvas() = default;

void AnnotationCanvas::setScreenshot(const QImage &image)
{
    m_screenshot = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    render();
}

QImage AnnotationCanvas::screenshot() const
{
    return m_screenshot;
}

QImage AnnotationCanvas::annotatedImage() const
{
    return m_annotated;
}

void AnnotationCanvas::setTool(Annotation::Kind tool)
{
    m_tool = tool;
    setCursor(tool == Annotation::Kind::Text ? Qt::IBeamCursor : Qt::CrossCursor);
}

Annotation::Kind AnnotationCanvas::tool() const
{
    return m_tool;
}

void AnnotationCanvas::setText(const QString &text)
{
    m_text = text;
}

QList<Annotation> AnnotationCanvas::annotations() const
{
    return m_annotations;
}

void AnnotationCanvas::addAnnotation(const Annotation &annotation)
{
    m_annotations.append(annotation);
    render();
    Q_EMIT annotationsChanged();
}

void AnnotationCanvas::undo()
{
    if (m_annotations.isEmpty())
        return;
    m_annotations.removeLast();
    render();
    Q_EMIT annotationsChanged();
}

QSize AnnotationCanvas::sizeHint() const
{
    return m_screenshot.isNull() ? QSize(640, 400) : m_screenshot.size().scaled(720, 460, Qt::KeepAspectRatio);
}

void AnnotationCanvas::render()
{
    m_annotated = m_screenshot;
    for (const Annotation &a : std::as_const(m_annotations))
        a.paintOn(m_annotated);
    update();
}

QRect AnnotationCanvas::imageRect() const
{
    if (m_annotated.isNull())
        return {};
    // Never scaled up: a small window's screenshot stays sharp.
    QSize size = m_annotated.size();
    if (size.width() > width() || size.height() > height())
        size.scale(this->size(), Qt::KeepAspectRatio);
    QRect r(QPoint(), size);
    r.moveCenter(rect().center());
    return r;
}

QPoint AnnotationCanvas::toImage(const QPointF &widgetPoint) const
{
    const QRect r = imageRect();
    if (r.isEmpty())
        return {};
    const qreal scale = qreal(m_annotated.width()) / r.width();
    const QPointF p = (widgetPoint - r.topLeft()) * scale;
    return QPoint(
        qBound(0, qRound(p.x()), m_annotated.width() - 1), qBound(0, qRound(p.y()), m_annotated.height() - 1));
}

void AnnotationCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    const QRect r = imageRect();
    if (r.isEmpty())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(r, m_annotated);
    if (m_drawing) {
        // The mark being drawn, in image coordinates mapped onto the scaled picture.
        painter.translate(r.topLeft());
        painter.scale(qreal(r.width()) / m_annotated.width(), qreal(r.height()) / m_annotated.height());
        m_drawing->paintPreview(painter, m_annotated.width());
    }
}

void AnnotationCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_annotated.isNull())
        return;
    const QPoint at = toImage(event->position());
    if (m_tool == Annotation::Kind::Text) {
        if (!m_text.trimmed().isEmpty())
            addAnnotation({ Annotation::Kind::Text, at, at, m_text });
        return;
    }
    m_drawing = Annotation { m_tool, at, at, QString() };
    update();
}

void AnnotationCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing)
        return;
    m_drawing->to = toImage(event->position());
    update();
}

void AnnotationCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing || event->button() != Qt::LeftButton)
        return;
    Annotation done = *m_drawing;
    done.to = toImage(event->position());
    m_drawing.reset();
    if ((done.to - done.from).manhattanLength() < 4) { // a click, not a drag
        update();
        return;
    }
    addAnnotation(done);
}

} // namespace Reqscope
