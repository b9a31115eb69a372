// SPDX-License-Identifier: MIT
#include "variablecelldelegate.h"

#include "variablecontext.h"
#include "variablehighlighter.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Reqscope {

VariableCellDelegate::VariableCellDelegate(VariableContext *context, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_context(context)
{
    connect(context, &VariableContext::changed, view, [view] { view->viewport()->update(); });
}

bool VariableCellDelegate::hasUnresolved(const QString &text) const
{
    const QList<VariableHighlighter::Span> spans = VariableHighlighter::analyse(text, *m_context);
    return std::any_of(spans.cbegin(), spans.cend(), [](const VariableHighlighter::Span &s) { return !s.resolved; });
}

QString VariableCellDelegate::toolTip(const QString &text) const
{
    QStringList lines;
    const QList<VariableHighlighter::Span> spans = VariableHighlighter::analyse(text, *m_context);
    for (const VariableHighlighter::Span &span : spans) {
        if (!lines.contains(span.toolTip))
            lines.append(span.toolTip);
    }
    return lines.join(u'\n');
}

void VariableCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.contains(u"{{"_s) || !hasUnresolved(option->text))
        return;
    const QColor red(0xD0, 0x35, 0x35);
    option->palette.setColor(QPalette::Text, red);
    option->palette.setColor(QPalette::HighlightedText, red.lighter(160));
    option->font.setUnderline(true);
}

bool VariableCellDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QString text = toolTip(index.data().toString());
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Reqscope
