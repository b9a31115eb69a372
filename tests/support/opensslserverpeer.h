// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QUrl>

namespace Reqscope::Test {

class TestCertificates;

/*!
 * `openssl s_server -Verify 1 -www` (Debian package openssl) on a free 127.0.0.1 port, speaking exactly one TLS
 * version, with the test PKI's server certificate: unlike nginx, which completes the handshake without a client
 * certificate and answers 400, it aborts the TLS session when the client offers no certificate signed by the test
 * CA (TLS 1.2: handshake_failure alert in the handshake; TLS 1.3: certificate_required alert after it). With a
 * certificate it answers any request with an HTTP/1.0 status page and closes.
 *
 * \code
 * OpenSslServerPeer server(Peers::certificates(), OpenSslServerPeer::Tls13);
 * QVERIFY2(server.isValid(), qPrintable(server.problem()));
 * request.open(u"GET"_s, server.url().toString());
 * \endcode
 */
class OpenSslServerPeer : public LoopbackPeer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSslServerPeer)

public:
    enum Version { Tls12, Tls13 };
    Q_ENUM(Version)

    OpenSslServerPeer(const TestCertificates &certificates, Version version, QObject *parent = nullptr);

    /// https://127.0.0.1:PORT/
    QUrl url() const;

protected:
    bool configure(const QList<quint16> &ports, QString *problem) override;
    QStringList arguments() const override;

private:
    const TestCertificates &m_certificates;
    Version m_version;
    quint16 m_port = 0;
};

} // namespace Reqscope::Test
