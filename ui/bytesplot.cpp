// SPDX-License-Identifier: MIT
#include "bytesplot.h"

#include "eventlogmodel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Reqscope {

BytesPlot::BytesPlot(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Bytes over time"));
    setMinimumHeight(120);
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
    return { 400, 160 };
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
    const int left = 8 + fm.horizontalAdvance(u"1000.0 MB"_s);
    const int right = width() - 12;
    const double scale = (right - left) / total;

    // Phase bars: waiting (Send → OnResponseStart), receiving (→ end).
    const double startMs = m_timing.responseStartMs >= 0 ? m_timing.responseStartMs : total;
    const int barY = 6;
    const int barH = fm.height();
    const QColor waitColor(0xE0, 0xA0, 0x30);
    const QColor recvColor(0x3A, 0x8F, 0xD8);
    p.fillRect(QRectF(left, barY, startMs * scale, barH), waitColor);
    p.fillRect(QRectF(left + startMs * scale, barY, (total - startMs) * scale, barH), recvColor);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(6, barY, left - 10, barH), Qt::AlignRight | Qt::AlignVCenter, tr("Phases"));
    const QString waitText = tr("Waiting %1 ms").arg(locale.toString(startMs, 'f', 1));
    const QString recvText = tr("Receiving %1 ms").arg(locale.toString(total - startMs, 'f', 1));
    p.drawText(QRect(left + 4, barY + barH + 2, right - left, barH), Qt::AlignLeft, waitText);
    p.drawText(QRect(left, barY + barH + 2, right - left, barH), Qt::AlignRight, recvText);

    // Bytes over time: one point per pixel column (the last total seen there).
    const int plotTop = barY + 2 * barH + 12;
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
