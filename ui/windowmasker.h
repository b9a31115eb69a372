// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Reqscope {

class HexView;
class Redactor;

/*!
 * Hides secrets in a window *before* its pixels are taken, and puts everything back afterwards (RAII). While a
 * WindowMasker lives, every text the window's widgets show — line edits, text documents, labels, buttons, combo
 * boxes, table/tree/list widget items and item views over any model — has each secret replaced; password fields
 * show dots only. Text documents are swapped for masked copies and item views over models get a masking proxy,
 * so undo stacks, modified flags and the models themselves are never touched. No signal of a masked widget fires,
 * so the request is not marked as edited.
 *
 * \code
 * QPixmap shot;
 * {
 *     WindowMasker masker(&window, redactor);
 *     shot = masker.grab();
 * } // every text, cursor and model is back
 * \endcode
 *
 * Keep the masker's lifetime free of event processing: a response arriving meanwhile would land in the masked
 * copies and be dropped with them. The hex dump gets a masked copy of bodies up to hexMaskLimit bytes (larger
 * ones are shown as they are); plots and timing bars show no text.
 */
class WindowMasker
{
public:
    using MaskFunction = std::function<QString(const QString &)>;
    static constexpr qint64 hexMaskLimit = 8 * 1024 * 1024;

    WindowMasker(QWidget *window, const Redactor &redactor);
    /// \a mask returns its argument with every secret replaced (Redactor::apply).
    WindowMasker(QWidget *window, MaskFunction maskText);
    ~WindowMasker();
    Q_DISABLE_COPY_MOVE(WindowMasker)

    /// QWidget::grab() of the masked window.
    QPixmap grab() const;
    /// How many texts were replaced (a line edit, a label, one table cell, one view's model each count once).
    int maskedCount() const;

private:
    void mask(QWidget *widget);
    void maskLineEdit(QLineEdit *edit);
    void maskComboBox(QComboBox *combo);
    void maskHexView(HexView *hex);
    void maskStatusBar(QWidget *window);
    void onRestore(std::function<void()> restore);

    QPointer<QWidget> m_window;
    MaskFunction m_mask;
    std::vector<std::function<void()>> m_restore; // run in reverse order
    int m_masked = 0;
};

} // namespace Reqscope
