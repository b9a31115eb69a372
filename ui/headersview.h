// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace Reqscope {

/// The response headers as a table and as the raw text of GetAllResponseHeaders.
class HeadersView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersView)

public:
    explicit HeadersView(QWidget *parent = nullptr);
    ~HeadersView() override;

    void setHeaders(const QString &statusLine, const QString &rawHeaders);
    void clear();
    int rowCount() const;

private:
    QTableWidget *m_table;
    QPlainTextEdit *m_raw;
};

} // namespace Reqscope
