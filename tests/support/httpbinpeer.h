// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QUrl>

namespace Reqscope::Test {

/*!
 * httpbin (Debian package python3-httpbin) on a free 127.0.0.1 port, run by Debian's own /usr/bin/python3: the
 * `python3` on PATH may be another interpreter without httpbin. Flask's threaded development server: HTTP/1.1 with
 * `Connection: close` on every response; NginxPeer::HttpbinTls puts TLS and keep-alive in front of it.
 *
 * \code
 * HttpbinPeer &httpbin = Peers::httpbin();
 * QVERIFY2(httpbin.isValid(), qPrintable(httpbin.problem()));
 * const QUrl url = httpbin.url(u"/basic-auth/user/pass"_s);
 * \endcode
 */
class HttpbinPeer : public LoopbackPeer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpbinPeer)

public:
    explicit HttpbinPeer(QObject *parent = nullptr);

    /// http://127.0.0.1:PORT + pathAndQuery ("/get?a=1").
    QUrl url(const QString &pathAndQuery = QString()) const;
    quint16 port() const;

protected:
    bool configure(const QList<quint16> &ports, QString *problem) override;
    QStringList arguments() const override;
    QProcessEnvironment environment() const override;

private:
    quint16 m_port = 0;
};

} // namespace Reqscope::Test
