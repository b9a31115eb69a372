// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

namespace {

const char *fileName(TestCertificates::File file)
{
    switch (file) {
    case TestCertificates::CaCertificate:
        return "ca.pem";
    case TestCertificates::ServerCertificate:
        return "server.pem";
    case TestCertificates::ServerKey:
        return "server.key";
    case TestCertificates::ExpiredServerCertificate:
        return "expired.pem";
    case TestCertificates::WrongHostServerCertificate:
        return "wronghost.pem";
    case TestCertificates::SelfSignedServerCertificate:
        return "selfsigned.pem";
    case TestCertificates::ClientCertificate:
        return "client.pem";
    case TestCertificates::ClientKey:
        return "client.key";
    case TestCertificates::ClientBundle:
        return "client-bundle.pem";
    case TestCertificates::ClientEncryptedKey:
        return "client-encrypted.key";
    case TestCertificates::ClientEncryptedBundle:
        return "client-encrypted.pem";
    case TestCertificates::ClientPkcs12:
        return "client.p12";
    }
    Q_UNREACHABLE();
}

// Extensions for `openssl x509 -extfile` and `openssl ca -extfile`.
const char extensions[] = R"([server]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
extendedKeyUsage = serverAuth
[wronghost]
basicConstraints = CA:FALSE
subjectAltName = DNS:wrong-host.invalid
extendedKeyUsage = serverAuth
[client]
basicConstraints = CA:FALSE
extendedKeyUsage = clientAuth
)";

// `openssl x509` cannot back-date a certificate; `openssl ca` can, and needs this minimal CA setup.
const char caConfiguration[] = R"([ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
serial = serial
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
)";

} // namespace

TestCertificates::TestCertificates()
{
    if (!m_directory.isValid())
        m_problem = u"no temporary directory for the test certificates: %1"_s.arg(m_directory.errorString());
    else if (!generate())
        Q_ASSERT(!m_problem.isEmpty());
}

bool TestCertificates::generate()
{
    const QString days = u"365"_s;
    const QString pass = u"pass:"_s + QString::fromLatin1(password());
    return writeFile(u"extensions.cnf"_s, QByteArray(extensions)) && writeFile(u"ca.cnf"_s, QByteArray(caConfiguration))
        && writeFile(u"index.txt"_s, {})
        && writeFile(u"serial"_s, "10\n"_ba)
        // RSA rather than EC keys: every client-certificate loader handles them without guessing.
        && openssl({ u"genrsa"_s, u"-out"_s, u"ca.key"_s, u"2048"_s })
        && openssl({ u"genrsa"_s, u"-out"_s, u"server.key"_s, u"2048"_s })
        && openssl({ u"genrsa"_s, u"-out"_s, u"client.key"_s, u"2048"_s })
        && openssl({ u"req"_s,
            u"-x509"_s,
            u"-new"_s,
            u"-key"_s,
            u"ca.key"_s,
            u"-subj"_s,
            u"/CN=Reqscope Test CA"_s,
            u"-days"_s,
            days,
            u"-addext"_s,
            u"basicConstraints=critical,CA:TRUE"_s,
            u"-addext"_s,
            u"keyUsage=critical,keyCertSign,cRLSign"_s,
            u"-out"_s,
            u"ca.pem"_s })
        && openssl({ u"req"_s,
            u"-new"_s,
            u"-key"_s,
            u"server.key"_s,
            u"-subj"_s,
            u"/CN=localhost"_s,
            u"-out"_s,
            u"server.csr"_s })
        && openssl({ u"x509"_s,
            u"-req"_s,
            u"-in"_s,
            u"server.csr"_s,
            u"-CA"_s,
            u"ca.pem"_s,
            u"-CAkey"_s,
            u"ca.key"_s,
            u"-set_serial"_s,
            u"2"_s,
            u"-days"_s,
            days,
            u"-extfile"_s,
            u"extensions.cnf"_s,
            u"-extensions"_s,
            u"server"_s,
            u"-out"_s,
            u"server.pem"_s })
        && openssl({ u"ca"_s,
            u"-batch"_s,
            u"-notext"_s,
            u"-config"_s,
            u"ca.cnf"_s,
            u"-startdate"_s,
            u"20200101000000Z"_s,
            u"-enddate"_s,
            u"20200201000000Z"_s,
            u"-extfile"_s,
            u"extensions.cnf"_s,
            u"-extensions"_s,
            u"server"_s,
            u"-in"_s,
            u"server.csr"_s,
            u"-out"_s,
            u"expired.pem"_s })
        && openssl({ u"req"_s,
            u"-new"_s,
            u"-key"_s,
            u"server.key"_s,
            u"-subj"_s,
            u"/CN=wrong-host.invalid"_s,
            u"-out"_s,
            u"wronghost.csr"_s })
        && openssl({ u"x509"_s,
            u"-req"_s,
            u"-in"_s,
            u"wronghost.csr"_s,
            u"-CA"_s,
            u"ca.pem"_s,
            u"-CAkey"_s,
            u"ca.key"_s,
            u"-set_serial"_s,
            u"3"_s,
            u"-days"_s,
            days,
            u"-extfile"_s,
            u"extensions.cnf"_s,
            u"-extensions"_s,
            u"wronghost"_s,
            u"-out"_s,
            u"wronghost.pem"_s })
        && openssl({ u"req"_s,
            u"-x509"_s,
            u"-new"_s,
            u"-key"_s,
            u"server.key"_s,
            u"-subj"_s,
            u"/CN=localhost"_s,
            u"-days"_s,
            days,
            u"-addext"_s,
            u"subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"_s,
            u"-out"_s,
            u"selfsigned.pem"_s })
        && openssl({ u"req"_s,
            u"-new"_s,
            u"-key"_s,
            u"client.key"_s,
            u"-subj"_s,
            u"/CN=Reqscope Test Client"_s,
            u"-out"_s,
            u"client.csr"_s })
        && openssl({ u"x509"_s,
            u"-req"_s,
            u"-in"_s,
            u"client.csr"_s,
            u"-CA"_s,
            u"ca.pem"_s,
            u"-CAkey"_s,
            u"ca.key"_s,
            u"-set_serial"_s,
            u"4"_s,
            u"-days"_s,
            days,
            u"-extfile"_s,
            u"extensions.cnf"_s,
            u"-extensions"_s,
            u"client"_s,
            u"-out"_s,
            u"client.pem"_s })
        && openssl({ u"pkey"_s,
            u"-in"_s,
            u"client.key"_s,
            u"-aes256"_s,
            u"-passout"_s,
            pass,
            u"-out"_s,
            u"client-encrypted.key"_s })
        && openssl({ u"pkcs12"_s,
            u"-export"_s,
            u"-in"_s,
            u"client.pem"_s,
            u"-inkey"_s,
            u"client.key"_s,
            u"-certfile"_s,
            u"ca.pem"_s,
            u"-name"_s,
            u"Reqscope Test Client"_s,
            u"-passout"_s,
            pass,
            u"-out"_s,
            u"client.p12"_s })
        && writeFile(u"client-bundle.pem"_s, clientCertificate().toPem() + clientKey().toPem())
        && writeFile(u"client-encrypted.pem"_s, [this]() -> QByteArray {
               QFile key(path(ClientEncryptedKey));
               return key.open(QIODevice::ReadOnly) ? clientCertificate().toPem() + key.readAll() : QByteArray();
           }());
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_problem = u"openssl %1 failed (install the Debian package openssl): %2 %3"_s.arg(
            arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(m_directory.filePath(name));
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size())
        return true;
    m_problem = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
    return false;
}

bool TestCertificates::isValid() const
{
    return m_problem.isEmpty();
}

QString TestCertificates::problem() const
{
    return m_problem;
}

QString TestCertificates::path(File file) const
{
    return m_directory.filePath(QString::fromLatin1(fileName(file)));
}

QString TestCertificates::directory() const
{
    return m_directory.path();
}

QByteArray TestCertificates::password()
{
    return "secret"_ba;
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return QSslCertificate::fromPath(path(CaCertificate));
}

QSslCertificate TestCertificates::clientCertificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path(ClientCertificate));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

QSslKey TestCertificates::clientKey() const
{
    QFile file(path(ClientKey));
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    return QSslKey(&file, QSsl::Rsa);
}

QSslConfiguration TestCertificates::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(caCertificates());
    return configuration;
}

} // namespace Reqscope::Test
