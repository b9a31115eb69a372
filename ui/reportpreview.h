// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace Reqscope {

/*!
 * Shows a report's HTML exactly as it will be shared. The screenshot is embedded as a data: URI; the browser
 * decodes it here and scales it to the view's width (Qt's rich text ignores CSS max-width).
 */
class ReportPreview : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    /// Shows \a html, keeping the scroll position; laid out again when the view's width changes.
    void setReportHtml(const QString &html);
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int imageWidth() const;

    QString m_html;
    int m_laidOutFor = 0; // the image width the current layout was made for
};

} // namespace Reqscope
