// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Reqscope {

/*!
 * Paints one HistoryModel row in two compact lines for the narrow sidebar: the method (coloured) and the URL's
 * path and query (elided in the middle); below it the status (coloured by class, or the transport error), the
 * time, the size, when it was sent and the host. The tooltip shows the whole URL. The view shows the model's Url
 * column; the delegate reads the other columns of the same row.
 */
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDelegate)

public:
    explicit HistoryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The second line's text for \a index ("200 · 12 ms · 1.2 KB · 14:03:11 · 127.0.0.1:8080"), also the row's
    /// accessible text.
    static QString detailText(const QModelIndex &index);
};

} // namespace Reqscope
