// SPDX-License-Identifier: MIT
#include "historydelegate.h"

#include "historymodel.h"
#include "methodcolors.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int padding = 4;

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// The path and query lead: in a narrow sidebar they tell requests apart; the host goes to the second line.
QString pathText(const QUrl &url, const QString &raw)
{
    const QString path
        = url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString());
    return url.isValid() && !url.host().isEmpty() && !path.isEmpty() ? path : raw;
}

QString sentText(const QModelIndex &index)
{
    const QDateTime sent = QDateTime::fromString(cell(index, HistoryModel::SentAt), Qt::ISODate);
    if (!sent.isValid())
        return QString();
    const QLocale locale;
    return sent.date() == QDate::currentDate() ? locale.toString(sent.time(), u"HH:mm:ss"_s)
                                               : locale.toString(sent, QLocale::ShortFormat);
}
} // namespace

HistoryDelegate::HistoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString HistoryDelegate::detailText(const QModelIndex &index)
{
    const QLocale locale;
    QStringList parts;
    parts << cell(index, HistoryModel::Status);
    parts << tr("%1 ms").arg(locale.toString(index.siblingAtColumn(HistoryModel::TimeMs).data().toLongLong()));
    parts << locale.formattedDataSize(index.siblingAtColumn(HistoryModel::Bytes).data().toLongLong());
    parts << sentText(index);
    const QUrl url(cell(index, HistoryModel::Url));
    parts << (url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host());
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { option.rect.width(), 2 * option.fontMetrics.height() + 3 * padding };
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus come from the style; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(padding + 2, padding, -padding, -padding);
    const int lineHeight = option.fontMetrics.height();

    QFont methodFont = option.font;
    methodFont.setBold(true);
    methodFont.setPointSizeF(option.font.pointSizeF() * 0.8);
    const QString method = cell(index, HistoryModel::Method);
    const int methodWidth = qMax(
        QFontMetrics(methodFont).horizontalAdvance(u"DELETE"_s), QFontMetrics(methodFont).horizontalAdvance(method));
    painter->setFont(methodFont);
    painter->setPen(selected ? text : MethodColors::forMethod(method));
    painter->drawText(
        QRect(area.left(), area.top(), methodWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, method);

    painter->setFont(option.font);
    painter->setPen(text);
    const QRect urlRect(
        area.left() + methodWidth + padding, area.top(), area.width() - methodWidth - padding, lineHeight);
    painter->drawText(urlRect,
        Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(pathText(QUrl(cell(index, HistoryModel::Url)), cell(index, HistoryModel::Url)),
            Qt::ElideMiddle,
            urlRect.width()));

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    const QRect detailRect(area.left(), area.top() + lineHeight + padding, area.width(), lineHeight);
    // The status in its class colour, the rest dimmed: the eye finds failures first.
    const int status = index.siblingAtColumn(HistoryModel::Status).data().toInt();
    const QString statusText = cell(index, HistoryModel::Status);
    const QFontMetrics smallMetrics(small);
    const QString statusShown = smallMetrics.elidedText(statusText, Qt::ElideRight, detailRect.width());
    painter->setPen(selected ? text : MethodColors::forStatus(status));
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, statusShown);
    QRect rest = detailRect;
    rest.setLeft(detailRect.left() + smallMetrics.horizontalAdvance(statusShown));
    QColor dim = text;
    dim.setAlphaF(selected ? 0.85 : 0.6);
    painter->setPen(dim);
    const QString restText = detailText(index).mid(statusText.size());
    painter->drawText(
        rest, Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(restText, Qt::ElideRight, rest.width()));
    painter->restore();
}

} // namespace Reqscope
