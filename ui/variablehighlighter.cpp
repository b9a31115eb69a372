// SPDX-License-Identifier: MIT
#include "variablehighlighter.h"

#include "variablecontext.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTextCharFormat>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
const QColor unresolvedColor(0xD0, 0x35, 0x35);

bool containsSecret(const QString &value, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && value.contains(secret))
            return true;
    }
    return false;
}
} // namespace

VariableHighlighter::VariableHighlighter(QLineEdit *field, VariableContext *context, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_context(context)
{
    field->installEventFilter(this);
    connect(field, &QLineEdit::textChanged, this, &VariableHighlighter::update);
    connect(context, &VariableContext::changed, this, &VariableHighlighter::update);
    update();
}

VariableHighlighter::~VariableHighlighter() = default;

QList<VariableHighlighter::Span> VariableHighlighter::analyse(const QString &text, const VariableContext &context)
{
    QList<Span> spans;
    const QList<VariableReference> refs = VariableResolver::references(text);
    if (refs.isEmpty())
        return spans;
    const VariableResolver resolver = context.resolver();
    const QStringList secrets = context.secretValues();
    for (const VariableReference &ref : refs) {
        Span span { ref.name, int(ref.start), int(ref.length), false, QString() };
        QStringList missing;
        const QString value = resolver.resolve(text.mid(ref.start, ref.length), &missing);
        if (missing.contains(ref.name)) {
            span.toolTip = tr("{{%1}} is not defined: not in the request, its folders, the collection, the "
                              "environment or the globals. It is sent as written.")
                               .arg(ref.name);
        } else if (!missing.isEmpty()) {
            span.toolTip = tr("{{%1}} uses {{%2}}, which is not defined.").arg(ref.name, missing.constFirst());
        } else {
            span.resolved = true;
            span.toolTip = containsSecret(value, secrets) ? tr("{{%1}} = •••••• (secret)").arg(ref.name)
                                                          : tr("{{%1}} = %2").arg(ref.name, value);
        }
        spans.append(span);
    }
    return spans;
}

QList<VariableHighlighter::Span> VariableHighlighter::spans() const
{
    return m_spans;
}

QString VariableHighlighter::toolTipAt(int position) const
{
    for (const Span &span : m_spans) {
        if (position >= span.start && position < span.start + span.length)
            return span.toolTip;
    }
    return QString();
}

void VariableHighlighter::update()
{
    if (!m_field)
        return;
    m_spans = analyse(m_field->text(), *m_context);
    applyFormats();
}

void VariableHighlighter::applyFormats()
{
    QList<QInputMethodEvent::Attribute> attributes;
    const QColor resolvedColor = m_field->palette().color(QPalette::Link);
    for (const Span &span : std::as_const(m_spans)) {
        QTextCharFormat format;
        if (span.resolved) {
            format.setForeground(resolvedColor);
        } else {
            format.setForeground(unresolvedColor);
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(unresolvedColor);
        }
        // Attribute positions count from the cursor.
        attributes.append(
            { QInputMethodEvent::TextFormat, span.start - m_field->cursorPosition(), span.length, format });
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_field, &event);
}

bool VariableHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(m_field->cursorPositionAt(help->pos()));
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, m_field);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Reqscope
