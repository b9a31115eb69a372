// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QByteArray>
#include <QUrl>

namespace Reqscope::Test {

class TestCertificates;

/*!
 * nginx (Debian package nginx-light) on 127.0.0.1, one port per endpoint, all serving the same document root:
 * `/small.txt` (smallText()), `/empty.txt` (0 bytes), `/1mib.bin` (patternBytes(1 MiB)), `/big.bin` (sparse,
 * bigFileSize zero bytes), `/status/204`, `/status/304` and `/headers/repeated` (two X-Repeated header lines).
 * Tests may add files under documentRoot() at any time.
 * The TLS endpoints use the certificates of a TestCertificates, which must outlive the peer.
 *
 * \code
 * NginxPeer &nginx = Peers::nginx();
 * QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
 * const QUrl url = nginx.url(NginxPeer::ClientCertificateRequired, u"/small.txt"_s);
 * \endcode
 */
class NginxPeer : public LoopbackPeer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxPeer)

public:
    enum Endpoint {
        Http, // plain HTTP/1.1
        Https, // ServerCertificate, signed by the test CA
        ClientCertificateRequired, // as Https with `ssl_verify_client on`: no certificate → nginx answers 400
        ClientCertificateOptional, // as Https with `ssl_verify_client optional`
        ExpiredCertificate, // ExpiredServerCertificate
        WrongHostCertificate, // WrongHostServerCertificate
        SelfSignedCertificate, // SelfSignedServerCertificate
        Tls12Only, // as Https, `ssl_protocols TLSv1.2` (the others speak TLS 1.2 and 1.3)
        Tls13Only, // as Https, `ssl_protocols TLSv1.3`
        HttpbinTls, // as Https, proxying everything to httpbin; only with an httpbin upstream
    };
    Q_ENUM(Endpoint)

    /// Starts nginx; with a valid `httpbinUpstream` (http://127.0.0.1:PORT) it also serves HttpbinTls.
    explicit NginxPeer(
        const TestCertificates &certificates, const QUrl &httpbinUpstream = QUrl(), QObject *parent = nullptr);

    /// scheme://127.0.0.1:PORT + pathAndQuery ("/small.txt"); empty if the endpoint is not served.
    QUrl url(Endpoint endpoint, const QString &pathAndQuery = QString()) const;
    QUrl httpUrl(const QString &pathAndQuery = QString()) const;
    QUrl httpsUrl(const QString &pathAndQuery = QString()) const;
    quint16 port(Endpoint endpoint) const; // 0 if not served
    QString documentRoot() const;

    static QByteArray smallText(); // the body of /small.txt
    static QByteArray patternBytes(qint64 size); // byte i is i % 251: shifted or lost bytes show
    static constexpr qint64 bigFileSize = qint64(1) << 30; // /big.bin

protected:
    bool configure(const QList<quint16> &ports, QString *problem) override;
    QStringList arguments() const override;

private:
    bool writeDocumentRoot(QString *problem) const;
    QString tlsDirectives(Endpoint endpoint) const; // empty for plain HTTP
    QString locations(Endpoint endpoint) const;
    int endpointCount() const;

    const TestCertificates &m_certificates;
    QUrl m_httpbinUpstream;
};

} // namespace Reqscope::Test
