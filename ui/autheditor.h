// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Reqscope {

/// The Auth tab: none, Basic (sent at once), Digest (answers the challenge), Bearer; plus proxy credentials.
class AuthEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthEditor)

public:
    explicit AuthEditor(QWidget *parent = nullptr);
    ~AuthEditor() override;

    void store(RequestSpec &spec) const;
    void load(const RequestSpec &spec);

Q_SIGNALS:
    void edited();

private:
    void updateVisibility();

    QComboBox *m_kind;
    QLabel *m_hint;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
};

} // namespace Reqscope
