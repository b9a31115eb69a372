// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Reqscope {

class VariableContext;

/*!
 * The table counterpart of VariableHighlighter (Params and Headers): a cell whose `{{name}}` does not resolve is
 * drawn in red and underlined; hovering any cell with references lists what each one is (secret values masked).
 * Repaints its view when the context changes (another environment picked).
 */
class VariableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableCellDelegate)

public:
    /// \a view: the item view it paints for (its parent).
    VariableCellDelegate(VariableContext *context, QAbstractItemView *view);

    /// Whether \a text has a `{{name}}` that does not resolve.
    bool hasUnresolved(const QString &text) const;
    /// One line per reference in \a text; empty if there is none.
    QString toolTip(const QString &text) const;

    bool helpEvent(QHelpEvent *event,
        QAbstractItemView *view,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    VariableContext *m_context;
};

} // namespace Reqscope
