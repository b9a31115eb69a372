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

bool NginxPeer::configure(const QList<quint16> &ports, QString *problem)
{
    if (!writeDocumentRoot(problem))
        return false;
    const auto path = [this](TestCertificates::File file) -> QString {
        return quoted(m_certificates.path(file));
    };
    const QString locations = uR"(
        location = /status/204 { return 204; }
        location = /status/304 { return 304; }
)"_s;
    const auto server = [&](Endpoint endpoint, const QString &tls, const QString &body) -> QString {
        const QString listen
            = u"127.0.0.1:"_s + QString::number(ports.at(endpoint)) + (tls.isEmpty() ? u""_s : u" ssl"_s);
        return u"    server {\n        listen %1;\n%2%3    }\n"_s.arg(listen, tls, body);
    };
    const auto certificate = [&](TestCertificates::File file, const QString &extra = QString()) -> QString {
        return u"        ssl_certificate %1;\n"_s.arg(path(file)) + extra;
    };
    QString servers = server(Http, QString(), locations)
        + server(Https, certificate(TestCertificates::ServerCertificate), locations)
        + server(ClientCertificateRequired,
            certificate(TestCertificates::ServerCertificate,
                u"        ssl_client_certificate %1;\n        ssl_verify_client on;\n"_s.arg(
                    path(TestCertificates::CaCertificate))),
            locations)
        + server(ClientCertificateOptional,
            certificate(TestCertificates::ServerCertificate,
                u"        ssl_client_certificate %1;\n        ssl_verify_client optional;\n"_s.arg(
                    path(TestCertificates::CaCertificate))),
            locations)
        + server(ExpiredCertificate, certificate(TestCertificates::ExpiredServerCertificate), locations)
        + server(WrongHostCertificate, certificate(TestCertificates::WrongHostServerCertificate), locations)
        + server(SelfSignedCertificate, certificate(TestCertificates::SelfSignedServerCertificate), locations);
    if (m_httpbinUpstream.isValid()) {
        // Unbuffered both ways so httpbin's /drip and /stream arrive as httpbin sends them.
        servers += server(HttpbinTls, certificate(TestCertificates::ServerCertificate), uR"(
        location / {
            proxy_pass %1;
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header Connection "";
            proxy_set_header X-Forwarded-Proto https;
            proxy_buffering off;
            proxy_request_buffering off;
        }
)"_s.arg(m_httpbinUpstream.toString(QUrl::RemovePath | QUrl::StripTrailingSlash)));
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
            path(TestCertificates::ServerKey))
        + servers + u"}\n"_s;
    return writeFile(filePath(u"nginx.conf"_s), configuration.toUtf8(), problem);
}

QStringList NginxPeer::arguments() const
{
    return { u"-p"_s, directory() + u'/', u"-c"_s, filePath(u"nginx.conf"_s), u"-g"_s, u"daemon off;"_s };
}

} // namespace Reqscope::Test
