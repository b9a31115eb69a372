// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace Reqscope {

class VariableContext;

/*!
 * Marks every `{{name}}` in a QLineEdit: a name that does not resolve (in the request, its folders, the
 * collection, the active environment or the globals) gets red text with a wavy red underline, a resolved one a
 * link colour. Hovering one shows what it is: its value (secret values masked) or that nothing defines it.
 *
 * QLineEdit has no public API for text formats; the formats travel as an input-method event's attributes, which
 * its text layout draws without changing the text, the cursor or the undo stack.
 */
class VariableHighlighter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableHighlighter)

public:
    struct Span
    {
        QString name;
        int start = 0;
        int length = 0;
        bool resolved = false;
        QString toolTip;
    };

    VariableHighlighter(QLineEdit *field, VariableContext *context, QObject *parent = nullptr);
    ~VariableHighlighter() override;

    QList<Span> spans() const;
    /// The tooltip for the character at \a position (empty: not inside a reference).
    QString toolTipAt(int position) const;
    /// Re-reads the text and the context (also done on every edit and context change).
    void update();

    /// What a hover over `{{…}}` of \a text says against \a context; also used for table cells.
    static QList<Span> analyse(const QString &text, const VariableContext &context);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFormats();

    QPointer<QLineEdit> m_field;
    VariableContext *m_context;
    QList<Span> m_spans;
};

} // namespace Reqscope
