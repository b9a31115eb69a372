// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStringList>
#include <QTextEdit>

/// Every text a window's widgets hold (what a grab could show): line edits with normal echo, text documents,
/// labels, buttons, combo boxes, every cell, tool tip and header of every item view's model, status messages.
inline QStringList widgetTexts(QWidget *root)
{
    QStringList out;
    const std::function<void(const QAbstractItemModel *, const QModelIndex &)> walk
        = [&](const QAbstractItemModel *model, const QModelIndex &parent) {
              for (int r = 0; r < model->rowCount(parent); ++r) {
                  for (int c = 0; c < model->columnCount(parent); ++c) {
                      const QModelIndex index = model->index(r, c, parent);
                      out << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                      if (c == 0)
                          walk(model, index);
                  }
              }
          };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->echoMode() == QLineEdit::Normal)
                out << edit->text();
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            out << plain->toPlainText();
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            out << rich->toPlainText();
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            out << label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            out << button->text();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            out << combo->currentText();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (QAbstractItemModel *model = view->model()) {
                walk(model, {});
                for (int c = 0; c < model->columnCount(); ++c)
                    out << model->headerData(c, Qt::Horizontal).toString();
            }
        } else if (auto *bar = qobject_cast<QStatusBar *>(w)) {
            out << bar->currentMessage();
        }
    }
    return out;
}
