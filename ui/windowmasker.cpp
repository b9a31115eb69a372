// SPDX-License-Identifier: MIT
#include "windowmasker.h"

#include "hexview.h"
#include "itemviewmasker.h"
#include "redactor.h"
#include "responsebodystore.h"
#include "textdocumentmasker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextEdit>

namespace Reqscope {

namespace {

bool insideComboBox(const QWidget *widget)
{
    // A combo box's popup list is an item view over the combo's own model; the combo is masked as a whole.
    for (const QObject *o = widget->parent(); o; o = o->parent()) {
        if (qobject_cast<const QComboBox *>(o))
            return true;
    }
    return false;
}

/// Masks what a label or button shows (text()/setText()); returns how to put it back, or nothing.
template <typename Widget> std::function<void()> replaceText(Widget *widget, const WindowMasker::MaskFunction &mask)
{
    const QString text = widget->text();
    const QString masked = mask(text);
    if (masked == text)
        return {};
    widget->setText(masked);
    return [widget = QPointer<Widget>(widget), text] {
        if (widget)
            widget->setText(text);
    };
}

} // namespace

WindowMasker::WindowMasker(QWidget *window, const Redactor &redactor)
    : WindowMasker(window, [redactor](const QString &text) { return redactor.apply(text); })
{
}

WindowMasker::WindowMasker(QWidget *window, MaskFunction maskText)
    : m_window(window)
    , m_mask(std::move(maskText))
{
    mask(window);
    maskStatusBar(window);
}

WindowMasker::~WindowMasker()
{
    for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
        (*it)();
}

QPixmap WindowMasker::grab() const
{
    return m_window ? m_window->grab() : QPixmap();
}

int WindowMasker::maskedCount() const
{
    return m_masked;
}

void WindowMasker::onRestore(std::function<void()> restore)
{
    if (!restore)
        return; // nothing was masked
    m_restore.push_back(std::move(restore));
    ++m_masked;
}

void WindowMasker::mask(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        maskLineEdit(edit);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        onRestore(TextDocumentMasker::mask(plain, m_mask));
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        onRestore(TextDocumentMasker::mask(rich, m_mask));
    else if (auto *label = qobject_cast<QLabel *>(widget))
        onRestore(replaceText(label, m_mask));
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        maskComboBox(combo);
    else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        if (!qobject_cast<QHeaderView *>(view) && !insideComboBox(view)) // a header shows its view's model
            onRestore(ItemViewMasker::mask(view, m_mask));
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        onRestore(replaceText(button, m_mask));
    else if (auto *hex = qobject_cast<HexView *>(widget))
        maskHexView(hex);
    // Other top-level windows (an open dialog) are not part of this window's pixels.
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && !w->isWindow())
            mask(w);
    }
}

void WindowMasker::maskLineEdit(QLineEdit *edit)
{
    if (edit->echoMode() == QLineEdit::PasswordEchoOnEdit) {
        // It would show the clear text while it has focus; dots, like every password field, while grabbed.
        const QSignalBlocker blocker(edit);
        edit->setEchoMode(QLineEdit::Password);
        onRestore([edit = QPointer(edit)] {
            if (edit)
                edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        });
        return;
    }
    if (edit->echoMode() != QLineEdit::Normal)
        return;
    const QString text = edit->text();
    const QString masked = m_mask(text);
    if (masked == text)
        return;
    const int cursor = edit->cursorPosition();
    const int selectionStart = edit->selectionStart();
    const int selectionLength = int(edit->selectedText().size());
    const bool modified = edit->isModified();
    {
        const QSignalBlocker blocker(edit); // no textChanged: nothing may take the mask for an edit
        edit->setText(masked);
    }
    // QLineEdit::setText() clears its undo history; a line edit keeps no other state worth restoring.
    onRestore([edit = QPointer(edit), text, cursor, selectionStart, selectionLength, modified] {
        if (!edit)
            return;
        const QSignalBlocker blocker(edit);
        edit->setText(text);
        if (selectionStart < 0)
            edit->setCursorPosition(cursor);
        else if (cursor == selectionStart) // selected backwards: the cursor sits at the start
            edit->setSelection(selectionStart + selectionLength, -selectionLength);
        else
            edit->setSelection(selectionStart, selectionLength);
        edit->setModified(modified);
    });
}

void WindowMasker::maskComboBox(QComboBox *combo)
{
    if (combo->isEditable() || combo->currentIndex() < 0)
        return; // an editable combo shows its line edit, masked as a child
    const int index = combo->currentIndex();
    const QString text = combo->itemText(index);
    const QString masked = m_mask(text);
    if (masked == text)
        return;
    const QSignalBlocker blocker(combo);
    combo->setItemText(index, masked);
    onRestore([combo = QPointer(combo), index, text] {
        if (!combo)
            return;
        const QSignalBlocker restoring(combo);
        combo->setItemText(index, text);
    });
}

void WindowMasker::maskStatusBar(QWidget *window)
{
    // A temporary message is painted by the status bar itself, not by a child label.
    auto *mainWindow = qobject_cast<QMainWindow *>(window);
    QStatusBar *bar = mainWindow ? mainWindow->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!bar)
        return;
    const QString text = bar->currentMessage();
    const QString masked = m_mask(text);
    if (masked == text)
        return;
    bar->showMessage(masked);
    onRestore([bar = QPointer(bar), text] {
        if (bar)
            bar->showMessage(text); // its timeout, if it had one, is not restored: the message stays
    });
}

void WindowMasker::maskHexView(HexView *hex)
{
    const std::shared_ptr<ResponseBodyStore> original = hex->store();
    if (!original || original->size() == 0 || original->size() > hexMaskLimit)
        return;
    // Latin-1 maps each byte to one character and back, so the dump keeps every byte that is not a secret.
    const QByteArray bytes = original->readAll();
    const QByteArray masked = m_mask(QString::fromLatin1(bytes)).toLatin1();
    if (masked == bytes)
        return;
    auto copy = std::make_shared<ResponseBodyStore>(hexMaskLimit);
    copy->append(masked);
    copy->finish();
    const int scroll = hex->verticalScrollBar()->value();
    hex->setStore(copy);
    hex->verticalScrollBar()->setValue(scroll);
    onRestore([hex = QPointer(hex), original, scroll] {
        if (!hex)
            return;
        hex->setStore(original);
        hex->verticalScrollBar()->setValue(scroll);
    });
}

} // namespace Reqscope
