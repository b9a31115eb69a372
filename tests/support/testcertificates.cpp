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
    // One openssl command line per step, in order; QProcess::splitCommand keeps quoted words together.
    // RSA rather than EC keys: every client-certificate loader handles them without guessing the algorithm.
    static const char *const steps[] = {
        "genrsa -out ca.key 2048",
        "genrsa -out server.key 2048",
        "genrsa -out client.key 2048",
        "req -x509 -new -key ca.key -subj \"/CN=Reqscope Test CA\" -days 365"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out ca.pem",
        "req -new -key server.key -subj /CN=localhost -out server.csr",
        "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 365"
        " -extfile extensions.cnf -extensions server -out server.pem",
        "ca -batch -notext -config ca.cnf -startdate 20200101000000Z -enddate 20200201000000Z"
        " -extfile extensions.cnf -extensions server -in server.csr -out expired.pem",
        "req -new -key server.key -subj /CN=wrong-host.invalid -out wronghost.csr",
        "x509 -req -in wronghost.csr -CA ca.pem -CAkey ca.key -set_serial 3 -days 365"
        " -extfile extensions.cnf -extensions wronghost -out wronghost.pem",
        "req -x509 -new -key server.key -subj /CN=localhost -days 365"
        " -addext subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1 -out selfsigned.pem",
        "req -new -key client.key -subj \"/CN=Reqscope Test Client\" -out client.csr",
        "x509 -req -in client.csr -CA ca.pem -CAkey ca.key -set_serial 4 -days 365"
        " -extfile extensions.cnf -extensions client -out client.pem",
        // The password is password().
        "pkey -in client.key -aes256 -passout pass:secret -out client-encrypted.key",
        "pkcs12 -export -in client.pem -inkey client.key -certfile ca.pem -name \"Reqscope Test Client\""
        " -passout pass:secret -out client.p12",
    };
    if (!writeFile(u"extensions.cnf"_s, QByteArray(extensions)) || !writeFile(u"ca.cnf"_s, QByteArray(caConfiguration))
        || !writeFile(u"index.txt"_s, {}) || !writeFile(u"serial"_s, "10\n"_ba))
        return false;
    for (const char *step : steps) {
        if (!openssl(QProcess::splitCommand(QString::fromLatin1(step))))
            return false;
    }
    // The bundles are the files openssl wrote, concatenated: no re-encoding by Qt.
    const auto read = [this](File file) {
        QFile f(path(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray certificate = read(ClientCertificate);
    const QByteArray key = read(ClientKey);
    const QByteArray encryptedKey = read(ClientEncryptedKey);
    if (certificate.isEmpty() || key.isEmpty() || encryptedKey.isEmpty()) {
        m_problem = u"openssl left an empty or unreadable client certificate or key in %1"_s.arg(directory());
        return false;
    }
    return writeFile(u"client-bundle.pem"_s, certificate + key)
        && writeFile(u"client-encrypted.pem"_s, certificate + encryptedKey);
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
