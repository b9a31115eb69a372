// SPDX-License-Identifier: MIT
#include "nginxpeer.h"

#include "testcertificates.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

namespace {

QString quoted(const QString &path)
{
    return u'"' + path + u'"';
}

bool writeFile(const QString &path, const QByteArray &contents, QString *problem)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size())
        return true;
    *problem = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

} // namespace

NginxPeer::NginxPeer(const TestCertificates &certificates, const QUrl &httpbinUpstream, QObject *parent)
    : LoopbackPeer(u"nginx"_s, { u"/usr/sbin/nginx"_s }, u"nginx-light"_s, parent)
    , m_certificates(certificates)
    , m_httpbinUpstream(httpbinUpstream)
{
    start(endpointCount());
}

int NginxPeer::endpointCount() const
{
    return m_httpbinUpstream.isValid() ? HttpbinTls + 1 : HttpbinTls;
}

QUrl NginxPeer::url(Endpoint endpoint, const QString &pathAndQuery) const
{
    const quint16 p = port(endpoint);
    if (p == 0)
        return QUrl();
    return loopbackUrl(endpoint == Http ? u"http"_s : u"https"_s, p, pathAndQuery);
}

QUrl NginxPeer::httpUrl(const QString &pathAndQuery) const
{
    return url(Http, pathAndQuery);
}

QUrl NginxPeer::httpsUrl(const QString &pathAndQuery) const
{
    return url(Https, pathAndQuery);
}

quint16 NginxPeer::port(Endpoint endpoint) const
{
    return ports().value(endpoint);
}

QString NginxPeer::documentRoot() const
{
    return filePath(u"html"_s);
}

QByteArray NginxPeer::smallText()
{
    return "Hello from nginx, the Reqscope test peer.\n"_ba;
}

QByteArray NginxPeer::patternBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(i % 251);
    return bytes;
}

bool NginxPeer::writeDocumentRoot(QString *problem) const
{
    const QString root = documentRoot();
    if (!QDir().mkpath(root) || !QDir().mkpath(filePath(u"logs"_s)) || !QDir().mkpath(filePath(u"temp"_s))) {
        *problem = u"cannot create directories in %1"_s.arg(directory());
        return false;
    }
    if (!writeFile(root + u"/small.txt"_s, smallText(), problem) || !writeFile(root + u"/empty.txt"_s, {}, problem)
        || !writeFile(root + u"/1mib.bin"_s, patternBytes(1024 * 1024), problem))
        return false;
    // Sparse: a gigabyte of zeros that costs no disk and no time to create.
    QFile big(root + u"/big.bin"_s);
    if (!big.open(QIODevice::WriteOnly) || !big.resize(bigFileSize)) {
        *problem = u"cannot create %1: %2"_s.arg(big.fileName(), big.errorString());
        return false;
    }
    return true;
}

QString NginxPeer::tlsDirectives(Endpoint endpoint) const
{
    const auto certificate = [this](TestCertificates::File file) {
        return u"        ssl_certificate %1;\n"_s.arg(quoted(m_certificates.path(file)));
    };
    const QString verify = u"        ssl_client_certificate %1;\n        ssl_verify_client %2;\n"_s;
    const QString ca = quoted(m_certificates.path(TestCertificates::CaCertificate));
    switch (endpoint) {
    case Http:
        return QString();
    case Https:
    case HttpbinTls:
        return certificate(TestCertificates::ServerCertificate);
    case ClientCertificateRequired:
        return certificate(TestCertificates::ServerCertificate) + verify.arg(ca, u"on"_s);
    case ClientCertificateOptional:
        return certificate(TestCertificates::ServerCertificate) + verify.arg(ca, u"optional"_s);
    case ExpiredCertificate:
        return certificate(TestCertificates::ExpiredServerCertificate);
    case WrongHostCertificate:
        return certificate(TestCertificates::WrongHostServerCertificate);
    case SelfSignedCertificate:
        return certificate(TestCertificates::SelfSignedServerCertificate);
    case Tls12Only:
        return certificate(TestCertificates::ServerCertificate) + u"        ssl_protocols TLSv1.2;\n"_s;
    case Tls13Only:
        return certificate(TestCertificates::ServerCertificate) + u"        ssl_protocols TLSv1.3;\n"_s;
    }
    Q_UNREACHABLE();
}

QString NginxPeer::locations(Endpoint endpoint) const
{
    if (endpoint == HttpbinTls) {
        // Unbuffered both ways so httpbin's /drip and /stream arrive as httpbin sends them.
        return uR"(        location / {
            proxy_pass %1;
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header Connection "";
            proxy_set_header X-Forwarded-Proto https;
            proxy_buffering off;
            proxy_request_buffering off;
        }
)"_s.arg(m_httpbinUpstream.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    }
    return uR"(        location = /status/204 { return 204; }
        location = /status/304 { return 304; }
        location = /headers/repeated {
            add_header X-Repeated one;
            add_header X-Repeated two;
            return 200 "repeated\n";
        }
)"_s;
}

bool NginxPeer::configure(const QList<quint16> &ports, QString *problem)
{
    if (!writeDocumentRoot(problem))
        return false;
    QString servers;
    for (int i = 0; i < ports.size(); ++i) {
        const auto endpoint = Endpoint(i);
        const QString tls = tlsDirectives(endpoint);
        servers += u"    server {\n        listen 127.0.0.1:%1%2;\n%3%4    }\n"_s.arg(
            QString::number(ports.at(i)), tls.isEmpty() ? QString() : u" ssl"_s, tls, locations(endpoint));
    }
    // As root the master would hand the workers to `nobody`, who cannot read the private temporary directory.
    const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
    const QString temp = filePath(u"temp"_s);
    const QString configuration = user
        + uR"(worker_processes 1;
pid %1;
error_log %2 info;
error_log stderr warn;
events { worker_connections 1024; }
http {
    access_log %3;
    client_body_temp_path "%4/body";
    proxy_temp_path "%4/proxy";
    fastcgi_temp_path "%4/fastcgi";
    uwsgi_temp_path "%4/uwsgi";
    scgi_temp_path "%4/scgi";
    types { text/plain txt; text/html html; application/json json; application/octet-stream bin; }
    default_type application/octet-stream;
    root %5;
    # The gigabyte file is a benchmark against curl: keep nginx out of the way.
    sendfile on;
    tcp_nopush on;
    output_buffers 4 1m;
    keepalive_requests 100000;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_certificate_key %6;
)"_s.arg(quoted(filePath(u"nginx.pid"_s)),
            quoted(filePath(u"logs/error.log"_s)),
            quoted(filePath(u"logs/access.log"_s)),
            temp,
            quoted(documentRoot()),
            quoted(m_certificates.path(TestCertificates::ServerKey)))
        + servers + u"}\n"_s;
    return writeFile(filePath(u"nginx.conf"_s), configuration.toUtf8(), problem);
}

QStringList NginxPeer::arguments() const
{
    return { u"-p"_s, directory() + u'/', u"-c"_s, filePath(u"nginx.conf"_s), u"-g"_s, u"daemon off;"_s };
}

} // namespace Reqscope::Test
