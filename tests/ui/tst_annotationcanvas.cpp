// SPDX-License-Identifier: MIT
// AnnotationCanvas and Annotation: each tool changes the pixels where it draws (and only there for blur), the
// mouse draws in screenshot coordinates, undo takes the last mark back.
#include "annotationcanvas.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::Annotation;
using Reqscope::AnnotationCanvas;

Q_DECLARE_METATYPE(Reqscope::Annotation)

namespace {

/// A screenshot-like picture: fine text-sized stripes that pixelation must wash out.
QImage sample()
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int x = 0; x < image.width(); x += 4)
        painter.fillRect(x, 0, 2, image.height(), Qt::black);
    return image;
}

} // namespace

class tst_AnnotationCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachToolChangesPixels_data();
    void eachToolChangesPixels();
    void blurStaysInItsRegion();
    void undoTakesTheLastMarkBack();
    void mouseDrawsInImageCoordinates();
    void marksSurviveANewScreenshot();
};

void tst_AnnotationCanvas::eachToolChangesPixels_data()
{
    QTest::addColumn<Annotation>("mark");

    QTest::newRow("rectangle") << Annotation { Annotation::Kind::Rectangle, { 20, 20 }, { 200, 120 }, {} };
    QTest::newRow("arrow") << Annotation { Annotation::Kind::Arrow, { 20, 250 }, { 300, 40 }, {} };
    QTest::newRow("text") << Annotation { Annotation::Kind::Text, { 30, 30 }, { 30, 30 }, u"here"_s };
    QTest::newRow("blur") << Annotation { Annotation::Kind::Blur, { 50, 50 }, { 250, 150 }, {} };
}

void tst_AnnotationCanvas::eachToolChangesPixels()
{
    QFETCH(Annotation, mark);
    AnnotationCanvas canvas;
    canvas.setScreenshot(sample());
    const QImage before = canvas.annotatedImage();
    QSignalSpy changed(&canvas, &AnnotationCanvas::annotationsChanged);
    canvas.addAnnotation(mark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(canvas.annotatedImage().size(), before.size());
    QVERIFY(canvas.annotatedImage() != before);
    QCOMPARE(canvas.screenshot(), before); // the marks never touch the grab itself
}

void tst_AnnotationCanvas::blurStaysInItsRegion()
{
    QImage image = sample();
    const QRect region(40, 40, 120, 96);
    Annotation { Annotation::Kind::Blur, region.topLeft(), region.bottomRight(), {} }.paintOn(image);
    const QImage original = sample();
    QCOMPARE(image.copy(0, 0, 400, 40), original.copy(0, 0, 400, 40));
    QCOMPARE(image.copy(0, 200, 400, 100), original.copy(0, 200, 400, 100));
    // Inside, the 2-pixel stripes are gone: neighbouring pixels of one block agree.
    QCOMPARE(image.pixel(region.left() + 1, 60), image.pixel(region.left() + 3, 60));
    QVERIFY(original.pixel(region.left() + 1, 60) != original.pixel(region.left() + 3, 60));
}

void tst_AnnotationCanvas::undoTakesTheLastMarkBack()
{
    AnnotationCanvas canvas;
    canvas.setScreenshot(sample());
    const QImage bare = canvas.annotatedImage();
    canvas.addAnnotation({ Annotation::Kind::Rectangle, { 10, 10 }, { 100, 100 }, {} });
    const QImage one = canvas.annotatedImage();
    canvas.addAnnotation({ Annotation::Kind::Arrow, { 150, 150 }, { 300, 200 }, {} });
    canvas.undo();
    QCOMPARE(canvas.annotations().size(), 1);
    QCOMPARE(canvas.annotatedImage(), one);
    canvas.undo();
    QCOMPARE(canvas.annotatedImage(), bare);
    canvas.undo(); // nothing left: no-op
    QCOMPARE(canvas.annotations().size(), 0);
}

void tst_AnnotationCanvas::mouseDrawsInImageCoordinates()
{
    AnnotationCanvas canvas;
    canvas.setScreenshot(sample());
    canvas.resize(800, 600); // the 400×300 picture is shown unscaled, centred
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    const QPoint origin(200, 150);
    QTest::mousePress(&canvas, Qt::LeftButton, {}, origin + QPoint(10, 20));
    QTest::mouseMove(&canvas, origin + QPoint(60, 70));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, origin + QPoint(110, 120));
    QCOMPARE(canvas.annotations().size(), 1);
    QCOMPARE(canvas.annotations().constFirst().from, QPoint(10, 20));
    QCOMPARE(canvas.annotations().constFirst().to, QPoint(110, 120));

    canvas.setTool(Annotation::Kind::Text);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, origin + QPoint(5, 5));
    QCOMPARE(canvas.annotations().size(), 1); // no text to place yet
    canvas.setText(u"look"_s);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, origin + QPoint(5, 5));
    QCOMPARE(canvas.annotations().size(), 2);
    QCOMPARE(canvas.annotations().last().text, u"look"_s);
}

void tst_AnnotationCanvas::marksSurviveANewScreenshot()
{
    AnnotationCanvas canvas;
    canvas.setScreenshot(sample());
    canvas.addAnnotation({ Annotation::Kind::Rectangle, { 10, 10 }, { 100, 100 }, {} });
    QImage other = sample();
    other.fill(Qt::gray);
    canvas.setScreenshot(other);
    QCOMPARE(canvas.annotations().size(), 1);
    QVERIFY(canvas.annotatedImage() != canvas.screenshot());
}

QTEST_MAIN(tst_AnnotationCanvas)
#include "tst_annotationcanvas.moc"
