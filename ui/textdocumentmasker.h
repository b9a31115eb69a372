// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
class QTextEdit;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * WindowMasker's part for text documents: swaps a masked copy of the document into a QPlainTextEdit or
 * QTextEdit, so the original (undo stack, modified flag, highlighter) stays untouched and comes back as it was,
 * with the text cursor and scroll position.
 */
class TextDocumentMasker
{
public:
    using MaskFunction = std::function<QString(const QString &)>;
    using Restore = std::function<void()>;

    /// An empty Restore when the text holds no secret (nothing was swapped).
    static Restore mask(QPlainTextEdit *edit, const MaskFunction &mask);
    static Restore mask(QTextEdit *edit, const MaskFunction &mask);
};

} // namespace Reqscope
