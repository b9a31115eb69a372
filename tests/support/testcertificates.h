// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace Reqscope::Test {

/*!
 * A throwaway PKI made with the `openssl` command at test time, in a private temporary directory: a CA, server
 * certificates for localhost/127.0.0.1/::1 (valid, expired, for the wrong host, self-signed; all share one key)
 * and a client certificate in every form the engine accepts. Nothing here is trusted outside the test.
 *
 * \code
 * TestCertificates certificates;
 * QVERIFY2(certificates.isValid(), qPrintable(certificates.problem()));
 * request.setSslConfiguration(certificates.trustingConfiguration());
 * \endcode
 */
class TestCertificates
{
    Q_DISABLE_COPY_MOVE(TestCertificates)

public:
    enum File {
        CaCertificate, // ca.pem
        ServerCertificate, // server.pem: CN=localhost, SAN localhost, 127.0.0.1, ::1; signed by the CA
        ServerKey, // server.key: the key of every server certificate below
        ExpiredServerCertificate, // expired.pem: as server.pem, valid only in January 2020
        WrongHostServerCertificate, // wronghost.pem: CN and SAN wrong-host.invalid; signed by the CA
        SelfSignedServerCertificate, // selfsigned.pem: as server.pem but signed by itself
        ClientCertificate, // client.pem: CN=Reqscope Test Client, signed by the CA
        ClientKey, // client.key: unencrypted, beside client.pem
        ClientBundle, // client-bundle.pem: certificate and unencrypted key in one file
        ClientEncryptedKey, // client-encrypted.key: PKCS#8, encrypted with password()
        ClientEncryptedBundle, // client-encrypted.pem: certificate and encrypted key in one file
        ClientPkcs12, // client.p12: certificate, key and CA, encrypted with password()
    };

    TestCertificates(); // runs openssl; check isValid()

    bool isValid() const;
    QString problem() const;

    QString path(File file) const;
    QString directory() const;
    /// The password of ClientEncryptedKey, ClientEncryptedBundle and ClientPkcs12: "secret".
    static QByteArray password();

    QList<QSslCertificate> caCertificates() const;
    QSslCertificate clientCertificate() const;
    QSslKey clientKey() const;
    /// The default configuration, trusting only the test CA (nothing is ignored).
    QSslConfiguration trustingConfiguration() const;

private:
    bool generate();
    bool openssl(const QStringList &arguments);
    bool writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_directory;
    QString m_problem;
};

} // namespace Reqscope::Test
