// SPDX-License-Identifier: MIT
#include "tinyproxypeer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

TinyproxyPeer::TinyproxyPeer(const QString &user, const QString &password, QObject *parent)
    : LoopbackPeer(u"tinyproxy"_s, { u"/usr/bin/tinyproxy"_s }, u"tinyproxy"_s, parent)
    , m_user(user)
    , m_password(password)
{
    start(1);
}

quint16 TinyproxyPeer::port() const
{
    return ports().value(0);
}

QUrl TinyproxyPeer::url() const
{
    return loopbackUrl(u"http"_s, port(), QString());
}

QNetworkProxy TinyproxyPeer::proxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, port());
}

QNetworkProxy TinyproxyPeer::authenticatedProxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, port(), m_user, m_password);
}

bool TinyproxyPeer::requiresAuthentication() const
{
    return !m_user.isEmpty();
}

QString TinyproxyPeer::user() const
{
    return m_user;
}

QString TinyproxyPeer::password() const
{
    return m_password;
}

bool TinyproxyPeer::configure(const QList<quint16> &ports, QString *problem)
{
    // No LogFile: in the foreground tinyproxy then logs to stdout, which is logFilePath(). No User: as root it
    // would drop to a user who cannot read the private directory. Timeout is generous for slow bodies.
    QString configuration = uR"(Port %1
Listen 127.0.0.1
Allow 127.0.0.1
Timeout 600
MaxClients 100
LogLevel Info
DisableViaHeader Yes
)"_s.arg(ports.at(0));
    if (requiresAuthentication())
        configuration += u"BasicAuth %1 %2\n"_s.arg(m_user, m_password);
    QFile file(filePath(u"tinyproxy.conf"_s));
    const QByteArray bytes = configuration.toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        return true;
    *problem = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
    return false;
}

QStringList TinyproxyPeer::arguments() const
{
    return { u"-d"_s, u"-c"_s, filePath(u"tinyproxy.conf"_s) };
}

} // namespace Reqscope::Test
