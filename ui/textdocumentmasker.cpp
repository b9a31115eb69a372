// SPDX-License-Identifier: MIT
#include "textdocumentmasker.h"

#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

namespace Reqscope {

namespace {

/// Puts \a copy in place of the edit's document and returns how to put the original back.
template <typename Edit> TextDocumentMasker::Restore swapIn(Edit *edit, QTextDocument *copy)
{
    QTextDocument *original = edit->document();
    const QTextCursor cursor = edit->textCursor();
    const int horizontal = edit->horizontalScrollBar()->value();
    const int vertical = edit->verticalScrollBar()->value();
    QObject *owner = original->parent();
    original->setParent(edit); // the text control deletes the document it owns when another one is set
    {
        const QSignalBlocker blocker(edit); // no textChanged: nothing may take the mask for an edit
        edit->setDocument(copy);
    }
    edit->horizontalScrollBar()->setValue(horizontal);
    edit->verticalScrollBar()->setValue(vertical);
    return [edit = QPointer(edit), original, copy, owner, cursor, horizontal, vertical] {
        if (!edit)
            return;
        const QSignalBlocker blocker(edit);
        edit->setDocument(original);
        original->setParent(owner);
        delete copy;
        edit->setTextCursor(cursor);
        edit->horizontalScrollBar()->setValue(horizontal);
        edit->verticalScrollBar()->setValue(vertical);
    };
}

} // namespace

TextDocumentMasker::Restore TextDocumentMasker::mask(QPlainTextEdit *edit, const MaskFunction &mask)
{
    const QTextDocument *original = edit->document();
    const QString text = original->toPlainText();
    const QString masked = mask(text);
    if (masked == text)
        return {};
    auto *copy = new QTextDocument(edit);
    copy->setDocumentLayout(new QPlainTextDocumentLayout(copy)); // QPlainTextEdit accepts no other layout
    copy->setDefaultFont(original->defaultFont());
    copy->setDefaultTextOption(original->defaultTextOption());
    copy->setDocumentMargin(original->documentMargin());
    copy->setPlainText(masked);
    return swapIn(edit, copy);
}

TextDocumentMasker::Restore TextDocumentMasker::mask(QTextEdit *edit, const MaskFunction &mask)
{
    const QTextDocument *original = edit->document();
    const QString text = original->toPlainText();
    const QString masked = mask(text);
    if (masked == text)
        return {};
    // Block by block keeps the formatting of everything around a secret.
    QTextDocument *copy = original->clone(edit);
    for (QTextBlock block = copy->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        const QString hidden = mask(line);
        if (hidden == line)
            continue;
        QTextCursor cursor(block);
        const QTextCharFormat format = cursor.charFormat();
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(hidden, format);
    }
    if (copy->toPlainText() != masked) // a secret spanning lines
        copy->setPlainText(masked);
    return swapIn(edit, copy);
}

} // namespace Reqscope
