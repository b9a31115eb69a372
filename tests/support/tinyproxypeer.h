// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QNetworkProxy>
#include <QUrl>

namespace Reqscope::Test {

/*!
 * tinyproxy (Debian package tinyproxy) on a free 127.0.0.1 port: forwards absolute-URI requests and tunnels
 * CONNECT to any port (no ConnectPort line: tinyproxy 1.11 then allows every port), sends no Via header, and
 * with a user name requires Basic proxy authentication (407 otherwise). Its log is logFilePath().
 *
 * \code
 * TinyproxyPeer &proxy = Peers::tinyproxyAuth();
 * QVERIFY2(proxy.isValid(), qPrintable(proxy.problem()));
 * manager.setProxy(proxy.authenticatedProxy());
 * \endcode
 */
class TinyproxyPeer : public LoopbackPeer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TinyproxyPeer)

public:
    /// An empty `user` means no authentication.
    explicit TinyproxyPeer(
        const QString &user = QString(), const QString &password = QString(), QObject *parent = nullptr);

    quint16 port() const;
    /// http://127.0.0.1:PORT, as a proxy setting would name it.
    QUrl url() const;
    /// An HTTP proxy at 127.0.0.1:PORT without credentials.
    QNetworkProxy proxy() const;
    /// As proxy(), with user() and password() (the same as proxy() when no authentication is required).
    QNetworkProxy authenticatedProxy() const;
    bool requiresAuthentication() const;
    QString user() const;
    QString password() const;

protected:
    bool configure(const QList<quint16> &ports, QString *problem) override;
    QStringList arguments() const override;

private:
    QString m_user;
    QString m_password;
};

} // namespace Reqscope::Test
