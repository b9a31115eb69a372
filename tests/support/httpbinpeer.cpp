// SPDX-License-Identifier: MIT
#include "httpbinpeer.h"

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

HttpbinPeer::HttpbinPeer(QObject *parent)
    : LoopbackPeer(u"httpbin"_s,
        { u"/usr/bin/python3"_s, u"/usr/lib/python3/dist-packages/httpbin/core.py"_s },
        u"python3-httpbin"_s,
        parent)
{
    start(1);
}

QUrl HttpbinPeer::url(const QString &pathAndQuery) const
{
    return loopbackUrl(u"http"_s, port(), pathAndQuery);
}

quint16 HttpbinPeer::port() const
{
    return ports().value(0);
}

bool HttpbinPeer::configure(const QList<quint16> &ports, QString *)
{
    m_port = ports.at(0); // httpbin takes everything on its command line
    return true;
}

QStringList HttpbinPeer::arguments() const
{
    return { u"-m"_s, u"httpbin.core"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port) };
}

QProcessEnvironment HttpbinPeer::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A pyenv or virtualenv setting would point Debian's interpreter at modules that are not its own.
    environment.remove(u"PYTHONHOME"_s);
    environment.remove(u"PYTHONPATH"_s);
    environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s); // the log shows why it stopped, up to the last line
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    return environment;
}

} // namespace Reqscope::Test
