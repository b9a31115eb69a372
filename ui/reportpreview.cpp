// SPDX-License-Identifier: MIT
#include "reportpreview.h"

#include <QImage>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Reqscope {

ReportPreview::ReportPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Report preview"));
    setOpenLinks(false); // a link in a server's header must not navigate the preview away
}

ReportPreview::~ReportPreview() = default;

QVariant ReportPreview::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != "data"_L1)
        return QTextBrowser::loadResource(type, name);
    // data:image/png;base64,<payload>
    const QString path = name.path();
    const qsizetype comma = path.indexOf(u',');
    if (comma < 0 || !path.left(comma).endsWith(";base64"_L1))
        return {};
    QImage image = QImage::fromData(QByteArray::fromBase64(path.mid(comma + 1).toLatin1()));
    const int room = imageWidth();
    if (!image.isNull() && image.width() > room)
        image = image.scaledToWidth(room, Qt::SmoothTransformation);
    return image;
}

void ReportPreview::setReportHtml(const QString &html)
{
    m_html = html;
    m_laidOutFor = imageWidth();
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // The screenshot was scaled for the old width: lay the report out again (cheap, and only on real changes).
    if (!m_html.isEmpty() && qAbs(imageWidth() - m_laidOutFor) > 24)
        setReportHtml(m_html);
}

int ReportPreview::imageWidth() const
{
    // Room inside the report's margins and a scroll bar; never below a legible minimum.
    const int room = viewport()->width() - 2 * int(document()->documentMargin()) - 96;
    return qMax(240, room);
}

} // namespace Reqscope
