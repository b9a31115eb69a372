// SPDX-License-Identifier: MIT
#include "collectionitemdelegate.h"

#include "collectionmodel.h"
#include "methodcolors.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Reqscope {

CollectionItemDelegate::CollectionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor CollectionItemDelegate::methodColor(const QString &method)
{
    return MethodColors::forMethod(method); // the history panel uses the same colours
}

QFont CollectionItemDelegate::tagFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.75);
    font.setBold(true);
    font.setItalic(false);
    return font;
}

int CollectionItemDelegate::tagWidth(const QFont &base)
{
    // Wide enough for "DELETE" and "OPTIONS", so the names line up.
    return QFontMetrics(tagFont(base)).horizontalAdvance(u"OPTIONS"_s) + 6;
}

void CollectionItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString method = index.data(CollectionModel::MethodRole).toString();
    if (method.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int tag = tagWidth(opt.font);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor selectedText = opt.palette.color(QPalette::Normal, QPalette::HighlightedText);
    painter->setFont(tagFont(opt.font));
    painter->setPen(selected ? selectedText : methodColor(method)); // a colour on the highlight would not read
    const QString shown = QFontMetrics(painter->font()).elidedText(method, Qt::ElideRight, tag - 4);
    painter->drawText(area.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->setFont(opt.font);
    painter->setPen(selected ? selectedText : opt.palette.color(QPalette::Normal, QPalette::Text));
    const QRect nameArea = area.adjusted(tag, 0, 0, 0);
    painter->drawText(nameArea,
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, nameArea.width()));
    painter->restore();
}

QSize CollectionItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(CollectionModel::MethodRole).toString().isEmpty())
        size.rwidth() += tagWidth(option.font);
    return size;
}

void CollectionItemDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (!index.data(CollectionModel::MethodRole).toString().isEmpty())
        editor->setGeometry(editor->geometry().adjusted(tagWidth(option.font), 0, 0, 0));
}

} // namespace Reqscope
