// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Reqscope {

/// Paints a request row of the collections tree as a small coloured method tag before its name, the way other
/// clients do, so GET and DELETE read at a glance on light and dark themes. The rename editor covers the name only.
class CollectionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionItemDelegate)

public:
    explicit CollectionItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor methodColor(const QString &method);

private:
    static QFont tagFont(const QFont &base);
    static int tagWidth(const QFont &base);
};

} // namespace Reqscope
