// SPDX-License-Identifier: MIT
#include "hexview.h"

#include "responsebodystore.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

#include <limits>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int bytesPerLine = 16;
}

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Hex view of the body"));
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(1);
}

HexView::~HexView() = default;

void HexView::setStore(std::shared_ptr<ResponseBodyStore> store)
{
    m_store = std::move(store);
    verticalScrollBar()->setValue(0);
    refresh();
}

std::shared_ptr<ResponseBodyStore> HexView::store() const
{
    return m_store;
}

qint64 HexView::lineCount() const
{
    return m_store ? (m_store->size() + bytesPerLine - 1) / bytesPerLine : 0;
}

int HexView::visibleLines() const
{
    return qMax(1, viewport()->height() / fontMetrics().height());
}

void HexView::refresh()
{
    // The scroll bar counts lines; an int holds 32 GiB worth of them.
    const qint64 max = qMax<qint64>(0, lineCount() - visibleLines());
    verticalScrollBar()->setRange(0, int(qMin<qint64>(max, std::numeric_limits<int>::max())));
    verticalScrollBar()->setPageStep(visibleLines());
    const qint64 first = verticalScrollBar()->value();
    if (lineCount() <= first + visibleLines() + 1)
        viewport()->update();
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    refresh();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (!m_store || m_store->size() == 0) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No body"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const qint64 firstLine = verticalScrollBar()->value();
    const int lines = visibleLines() + 1;
    const QByteArray bytes = m_store->read(firstLine * bytesPerLine, qint64(lines) * bytesPerLine);
    const QColor offsetColor = palette().color(QPalette::Disabled, QPalette::Text);
    for (int l = 0; l * bytesPerLine < bytes.size(); ++l) {
        const QByteArray row = bytes.mid(l * bytesPerLine, bytesPerLine);
        QString hex;
        QString ascii;
        for (int i = 0; i < bytesPerLine; ++i) {
            if (i < row.size()) {
                const auto b = static_cast<unsigned char>(row.at(i));
                hex += QString::number(b, 16).rightJustified(2, u'0') + u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : QChar(u'.');
            } else {
                hex += u"   "_s;
            }
            if (i == 7)
                hex += u' ';
        }
        const int y = l * fm.height() + fm.ascent() + 2;
        const QString offset = QString::number((firstLine + l) * bytesPerLine, 16).rightJustified(10, u'0');
        painter.setPen(offsetColor);
        painter.drawText(6, y, offset);
        painter.setPen(palette().color(QPalette::Text));
        const int hexX = 6 + fm.horizontalAdvance(offset + u"  "_s);
        painter.drawText(hexX, y, hex);
        painter.drawText(hexX + fm.horizontalAdvance(hex + u' '), y, ascii);
    }
}

} // namespace Reqscope
