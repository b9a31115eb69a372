// SPDX-License-Identifier: MIT
#include "bytesplot.h"

#include "eventlogmodel.h"
#include "timingphases.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Mid-tone hues: the bars sit on the base colour and the durations beside them, so each colour must read on
// white and on a dark base alike, and neighbouring phases must differ in hue, not only in lightness.
QColor phaseColor(TimingPhases::Kind kind)
{
    switch (kind) {
    case TimingPhases::Kind::Dns:
        return { 0x26, 0xA6, 0x9A }; // teal
    case TimingPhases::Kind::Connect:
        return { 0xD9, 0x50, 0x8A }; // pink
    case TimingPhases::Kind::Tls:
        return { 0x8E, 0x63, 0xCE }; // violet
    case TimingPhases::Kind::Sending:
        return { 0x7C, 0xB3, 0x42 }; // green
    case TimingPhases::Kind::Waiting:
        return { 0xE0, 0xA0, 0x30 }; // amber
    case TimingPhases::Kind::Receiving:
        return { 0x3A, 0x8F, 0xD8 }; // blue, like the bytes curve
    }
    return {};
}

} // namespace

BytesPlot::BytesPlot(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Bytes over time"));
    setMinimumHeight(160);
}

BytesPlot::~BytesPlot() = default;

void BytesPlot::setSource(const EventLogModel *events)
{
    m_events = events;
    update();
}

void BytesPlot::setTiming(const RequestRunner::Timing &timing, double nowMs)
{
    m_timing = timing;
    m_nowMs = nowMs;
    update();
}

QSize BytesPlot::sizeHint() const
{
    return { 400, 260 }; // six phase rows above a readable curve
}

void BytesPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const double total = m_timing.endMs >= 0 ? m_timing.endMs : m_nowMs;
    const QList<EventLogModel::Event> empty;
    const QList<EventLogModel::Event> &events = m_events ? m_events->events() : empty;
    if (events.isEmpty() || total <= 0) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("Timing phases and bytes over time appear here after Send."));
        return;
    }
    const QList<TimingPhases::Phase> phases = TimingPhases::of(m_timing, m_nowMs);
    const bool reused = m_timing.phases && m_timing.phases->reusedConnection;
    int gutter = fm.horizontalAdvance(u"1000.0 MB"_s);
    for (const TimingPhases::Phase &phase : phases)
        gutter = qMax(gutter, fm.horizontalAdvance(TimingPhases::label(phase.kind)));
    if (reused)
        gutter = qMax(gutter, fm.horizontalAdvance(TimingPhases::label(TimingPhases::Kind::Connect)));
    const int left = 8 + gutter + 6;
    const int right = width() - 12;
    const double scale = (right - left) / total;

    // One row per phase, like a browser's timing view: phases overlap (TLS inside Connect) and a 0.3 ms DNS
    // next to a 100 ms download still gets a visible bar and a readable duration.
    const int rowH = fm.height() + 2;
    int y = 6;
    const auto drawRow = [&](const QString &label, double fromMs, double toMs, const QColor &color) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, y, left - 12, rowH), Qt::AlignRight | Qt::AlignVCenter, label);
        const QRectF bar(left + fromMs * scale, y + 3, qMax(2.0, (toMs - fromMs) * scale), rowH - 6);
        p.fillRect(bar, color);
        const QString text = tr("%1 ms").arg(locale.toString(toMs - fromMs, 'f', 1));
        const int textW = fm.horizontalAdvance(text) + 2;
        if (bar.right() + 6 + textW <= right) { // beside the bar, in the palette's text colour
            p.drawText(QRectF(bar.right() + 6, y, textW, rowH), Qt::AlignLeft | Qt::AlignVCenter, text);
        } else if (bar.left() - 6 - textW >= left) {
            p.drawText(QRectF(bar.left() - 6 - textW, y, textW, rowH), Qt::AlignRight | Qt::AlignVCenter, text);
        } else { // a bar across the whole width: inside it, black or white for the bar's own colour
            p.setPen(color.lightnessF() > 0.55 ? Qt::black : Qt::white);
            p.drawText(bar.adjusted(0, -3, -4, 3), Qt::AlignRight | Qt::AlignVCenter, text);
        }
        y += rowH;
    };
    const auto drawReused = [&] { // no bar: the last hop went out on a connection an earlier request opened
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, y, left - 12, rowH),
            Qt::AlignRight | Qt::AlignVCenter,
            TimingPhases::label(TimingPhases::Kind::Connect));
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(QRect(left, y, right - left, rowH), Qt::AlignLeft | Qt::AlignVCenter, tr("reused connection"));
        y += rowH;
    };
    bool reusedDrawn = !reused;
    for (const TimingPhases::Phase &phase : phases) {
        if (!reusedDrawn && phase.kind != TimingPhases::Kind::Dns) { // in Connect's place, after DNS
            drawReused();
            reusedDrawn = true;
        }
        drawRow(TimingPhases::label(phase.kind), phase.startMs, phase.endMs, phaseColor(phase.kind));
    }
    if (!reusedDrawn)
        drawReused();
    if (phases.isEmpty()) { // e.g. the name lookup failed: no phase finished, so there is nothing to draw
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(QRect(left, y, right - left, rowH), Qt::AlignLeft | Qt::AlignVCenter, tr("No phase completed"));
        y += rowH;
    }
    const QColor recvColor = phaseColor(TimingPhases::Kind::Receiving);

    // Bytes over time: one point per pixel column (the last total seen there).
    const int plotTop = y + 12;
    const int plotBottom = height() - fm.height() - 6;
    if (plotBottom - plotTop < 20)
        return;
    const qint64 maxBytes = qMax<qint64>(1, events.constLast().total);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(left, plotBottom, right, plotBottom);
    p.drawLine(left, plotTop, left, plotBottom);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(
        QRect(2, plotTop - fm.height() / 2, left - 6, fm.height()), Qt::AlignRight, locale.formattedDataSize(maxBytes));
    p.drawText(QRect(2, plotBottom - fm.height() / 2, left - 6, fm.height()), Qt::AlignRight, u"0"_s);
    p.drawText(QRect(left, plotBottom + 2, right - left, fm.height()),
        Qt::AlignRight,
        tr("%1 ms").arg(locale.toString(total, 'f', 0)));
    QPainterPath path(QPointF(left, plotBottom));
    int lastX = -1;
    qint64 lastTotal = 0;
    const auto yOf = [&](qint64 bytes) {
        return plotBottom - double(bytes) / maxBytes * (plotBottom - plotTop);
    };
    qint64 drawnTotal = 0;
    for (const EventLogModel::Event &e : events) {
        const int x = left + int(e.elapsedMs * scale);
        if (x != lastX && lastX >= 0) { // a step: flat until the bytes arrived, then up
            path.lineTo(lastX, yOf(drawnTotal));
            path.lineTo(lastX, yOf(lastTotal));
            drawnTotal = lastTotal;
        }
        lastX = x;
        lastTotal = e.total;
    }
    path.lineTo(lastX, yOf(drawnTotal));
    path.lineTo(lastX, yOf(lastTotal));
    path.lineTo(right, yOf(lastTotal));
    p.setPen(QPen(recvColor, 2));
    p.drawPath(path);
}

} // namespace Reqscope
