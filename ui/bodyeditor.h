// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
QT_END_NAMESPACE

namespace Reqscope {

class KeyValueTable;

/// The Body tab: none, text, JSON, form-urlencoded, multipart (fields and files) or a binary file.
class BodyEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyEditor)

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    /// Writes the body fields of \a spec.
    void store(RequestSpec &spec) const;
    void load(const RequestSpec &spec);
    /// A dropped file becomes the body (binary file).
    void setBinaryFile(const QString &path);

Q_SIGNALS:
    void edited();

private:
    void showKind();

    QComboBox *m_kind;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    KeyValueTable *m_form;
    QLineEdit *m_file;
};

} // namespace Reqscope
