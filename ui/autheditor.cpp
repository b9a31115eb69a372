// SPDX-License-Identifier: MIT
#include "autheditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Reqscope {

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_proxyUser(new QLineEdit(this))
    , m_proxyPassword(new QLineEdit(this))
{
    m_kind->addItem(tr("No authentication"), int(RequestSpec::AuthKind::None));
    m_kind->addItem(tr("Basic"), int(RequestSpec::AuthKind::Basic));
    m_kind->addItem(tr("Digest"), int(RequestSpec::AuthKind::Digest));
    m_kind->addItem(tr("Bearer token"), int(RequestSpec::AuthKind::Bearer));
    m_kind->setAccessibleName(tr("Authentication kind"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_proxyPassword->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyPassword->setAccessibleName(tr("Proxy password"));

    auto *server = new QFormLayout;
    server->addRow(tr("&Type:"), m_kind);
    server->addRow(QString(), m_hint);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("&Password:"), m_password);
    server->addRow(tr("T&oken:"), m_token);

    auto *proxyBox = new QGroupBox(tr("Proxy credentials (answer a 407 from the proxy)"), this);
    auto *proxy = new QFormLayout(proxyBox);
    proxy->addRow(tr("Proxy u&ser:"), m_proxyUser);
    proxy->addRow(tr("Proxy pa&ssword:"), m_proxyPassword);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(server);
    layout->addWidget(proxyBox);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : { m_user, m_password, m_token, m_proxyUser, m_proxyPassword })
        connect(edit, &QLineEdit::textEdited, this, &AuthEditor::edited);
    updateVisibility();
}

AuthEditor::~AuthEditor() = default;

void AuthEditor::store(RequestSpec &spec) const
{
    spec.authKind = RequestSpec::AuthKind(m_kind->currentData().toInt());
    spec.authUser = m_user->text();
    spec.authPassword = m_password->text();
    spec.bearerToken = m_token->text();
    spec.proxyUser = m_proxyUser->text();
    spec.proxyPassword = m_proxyPassword->text();
}

void AuthEditor::load(const RequestSpec &spec)
{
    const QSignalBlocker blocker(this);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(spec.authKind))));
    m_user->setText(spec.authUser);
    m_password->setText(spec.authPassword);
    m_token->setText(spec.bearerToken);
    m_proxyUser->setText(spec.proxyUser);
    m_proxyPassword->setText(spec.proxyPassword);
    updateVisibility();
}

void AuthEditor::updateVisibility()
{
    const auto kind = RequestSpec::AuthKind(m_kind->currentData().toInt());
    const bool userPassword = kind == RequestSpec::AuthKind::Basic || kind == RequestSpec::AuthKind::Digest;
    m_user->setEnabled(userPassword);
    m_password->setEnabled(userPassword);
    m_token->setEnabled(kind == RequestSpec::AuthKind::Bearer);
    switch (kind) {
    case RequestSpec::AuthKind::None:
        m_hint->setText(tr("No credentials are sent. A 401 answer is shown as it is."));
        break;
    case RequestSpec::AuthKind::Basic:
        m_hint->setText(tr("Sent with the first request as an Authorization header, like curl -u."));
        break;
    case RequestSpec::AuthKind::Digest:
        m_hint->setText(tr("Given to the engine (SetCredentials) and used only to answer the server's challenge."));
        break;
    case RequestSpec::AuthKind::Bearer:
        m_hint->setText(tr("Sent as \"Authorization: Bearer <token>\"."));
        break;
    }
}

} // namespace Reqscope
