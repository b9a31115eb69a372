// SPDX-License-Identifier: MIT
#include "httpbinpeer.h"
#include "loopbackports.h"
#include "nginxpeer.h"
#include "peers.h"
#include "testcertificates.h"
#include "tinyproxypeer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Reqscope::Test::HttpbinPeer;
using Reqscope::Test::NginxPeer;
using Reqscope::Test::Peers;
using Reqscope::Test::TestCertificates;
using Reqscope::Test::TinyproxyPeer;

namespace {

// What the tests look at, read before the reply goes away.
struct Fetched
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    QByteArray body;
    QByteArray contentLength;
    QList<QNetworkReply::RawHeaderPair> headers;
};

// A peer that runs a shell script instead of a server, to see what problem() says when a start fails.
class ScriptedPeer : public Reqscope::Test::LoopbackPeer
{
public:
    ScriptedPeer(const QString &program, const QString &script)
        : LoopbackPeer(u"scripted"_s, { program }, u"scripted-package"_s, nullptr)
        , m_script(script)
    {
        start(1);
    }

protected:
    bool configure(const QList<quint16> &, QString *) override
    {
        return true;
    }
    QStringList arguments() const override
    {
        return { u"-c"_s, m_script };
    }

private:
    QString m_script;
};

enum class ClientKey { None, Pem, EncryptedPem, Pkcs12, Bundle, EncryptedBundle };

QSslConfiguration withClientCertificate(ClientKey kind)
{
    const TestCertificates &certificates = Peers::certificates();
    QSslConfiguration configuration = certificates.trustingConfiguration();
    QFile file;
    switch (kind) {
    case ClientKey::None:
        return configuration;
    case ClientKey::Pem:
        configuration.setPrivateKey(certificates.clientKey());
        break;
    case ClientKey::EncryptedPem:
        file.setFileName(certificates.path(TestCertificates::ClientEncryptedKey));
        if (file.open(QIODevice::ReadOnly))
            configuration.setPrivateKey(
                QSslKey(&file, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, TestCertificates::password()));
        break;
    case ClientKey::Bundle:
    case ClientKey::EncryptedBundle: {
        // Certificate and key in one file: each parser must skip the other's PEM block.
        const bool encrypted = kind == ClientKey::EncryptedBundle;
        file.setFileName(
            certificates.path(encrypted ? TestCertificates::ClientEncryptedBundle : TestCertificates::ClientBundle));
        const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const QList<QSslCertificate> found = QSslCertificate::fromData(pem);
        configuration.setLocalCertificate(found.value(0));
        configuration.setPrivateKey(QSslKey(
            pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, encrypted ? TestCertificates::password() : QByteArray()));
        return configuration;
    }
    case ClientKey::Pkcs12: {
        file.setFileName(certificates.path(TestCertificates::ClientPkcs12));
        QSslKey key;
        QSslCertificate certificate;
        if (file.open(QIODevice::ReadOnly)
            && QSslCertificate::importPkcs12(&file, &key, &certificate, nullptr, TestCertificates::password())) {
            configuration.setPrivateKey(key);
            configuration.setLocalCertificate(certificate);
        }
        return configuration;
    }
    }
    configuration.setLocalCertificate(certificates.clientCertificate());
    return configuration;
}

Fetched fetch(const QUrl &url,
    const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::NoProxy),
    const QSslConfiguration &tls = Peers::certificates().trustingConfiguration(),
    const QByteArray &verb = "GET"_ba)
{
    QNetworkAccessManager manager;
    manager.setProxy(proxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setSslConfiguration(tls);
    // A custom "HEAD" would wait for the Content-Length bytes that never come.
    const std::unique_ptr<QNetworkReply> reply(
        verb == "HEAD"_ba ? manager.head(request) : manager.sendCustomRequest(request, verb));
    Fetched fetched;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&fetched](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            fetched.sslErrors.append(error.error());
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    fetched.finished = reply->isFinished() || finished.wait(60000);
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.error = reply->error();
    fetched.body = reply->readAll();
    fetched.contentLength = reply->rawHeader("Content-Length"_ba);
    fetched.headers = reply->rawHeaderPairs();
    return fetched;
}

} // namespace

class tst_Peers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certificates_data();
    void certificates();
    void nginx_data();
    void nginx();
    void nginxCertificateErrors_data();
    void nginxCertificateErrors();
    void nginxBigFileHead();
    void nginxRepeatedHeader();
    void httpbin_data();
    void httpbin();
    void tinyproxy_data();
    void tinyproxy();
    void stopEndsTheProcess_data();
    void stopEndsTheProcess();
    void problem_data();
    void problem();
};

void tst_Peers::certificates_data()
{
    QTest::addColumn<TestCertificates::File>("file");
    QTest::addColumn<QByteArray>("begins");

    QTest::newRow("ca") << TestCertificates::CaCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("server") << TestCertificates::ServerCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("server-key") << TestCertificates::ServerKey << "-----BEGIN PRIVATE KEY-----"_ba;
    QTest::newRow("expired") << TestCertificates::ExpiredServerCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("wrong-host") << TestCertificates::WrongHostServerCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("self-signed") << TestCertificates::SelfSignedServerCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("client") << TestCertificates::ClientCertificate << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("client-key") << TestCertificates::ClientKey << "-----BEGIN PRIVATE KEY-----"_ba;
    QTest::newRow("client-bundle") << TestCertificates::ClientBundle << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("client-encrypted-key")
        << TestCertificates::ClientEncryptedKey << "-----BEGIN ENCRYPTED PRIVATE KEY-----"_ba;
    QTest::newRow("client-encrypted-bundle")
        << TestCertificates::ClientEncryptedBundle << "-----BEGIN CERTIFICATE-----"_ba;
    QTest::newRow("client-p12") << TestCertificates::ClientPkcs12 << "0\x82"_ba; // DER SEQUENCE, long length
}

void tst_Peers::certificates()
{
    QFETCH(TestCertificates::File, file);
    QFETCH(QByteArray, begins);
    const TestCertificates &certificates = Peers::certificates();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.problem()));
    QFile f(certificates.path(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QVERIFY2(f.readAll().startsWith(begins), qPrintable(f.fileName()));
    QCOMPARE(certificates.caCertificates().size(), 1);
    QCOMPARE(certificates.caCertificates().first().subjectInfo(QSslCertificate::CommonName),
        QStringList { u"Reqscope Test CA"_s });
}

void tst_Peers::nginx_data()
{
    QTest::addColumn<NginxPeer::Endpoint>("endpoint");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("clientKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // null: not compared

    const int none = int(ClientKey::None);
    QTest::newRow("http") << NginxPeer::Http << u"/small.txt"_s << none << 200 << NginxPeer::smallText();
    QTest::newRow("https") << NginxPeer::Https << u"/small.txt"_s << none << 200 << NginxPeer::smallText();
    QTest::newRow("empty") << NginxPeer::Http << u"/empty.txt"_s << none << 200 << ""_ba;
    QTest::newRow("1mib") << NginxPeer::Https << u"/1mib.bin"_s << none << 200 << NginxPeer::patternBytes(1 << 20);
    QTest::newRow("missing") << NginxPeer::Http << u"/missing"_s << none << 404 << QByteArray();
    QTest::newRow("204") << NginxPeer::Http << u"/status/204"_s << none << 204 << ""_ba;
    QTest::newRow("304") << NginxPeer::Http << u"/status/304"_s << none << 304 << ""_ba;
    // nginx completes the handshake without a certificate and answers at the HTTP level.
    QTest::newRow("required-without") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s << none << 400
                                      << QByteArray();
    QTest::newRow("required-pem") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s << int(ClientKey::Pem)
                                  << 200 << NginxPeer::smallText();
    QTest::newRow("required-encrypted-pem") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s
                                            << int(ClientKey::EncryptedPem) << 200 << NginxPeer::smallText();
    QTest::newRow("required-p12") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s << int(ClientKey::Pkcs12)
                                  << 200 << NginxPeer::smallText();
    QTest::newRow("required-bundle") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s
                                     << int(ClientKey::Bundle) << 200 << NginxPeer::smallText();
    QTest::newRow("required-encrypted-bundle") << NginxPeer::ClientCertificateRequired << u"/small.txt"_s
                                               << int(ClientKey::EncryptedBundle) << 200 << NginxPeer::smallText();
    QTest::newRow("optional-without") << NginxPeer::ClientCertificateOptional << u"/small.txt"_s << none << 200
                                      << NginxPeer::smallText();
    QTest::newRow("optional-pem") << NginxPeer::ClientCertificateOptional << u"/small.txt"_s << int(ClientKey::Pem)
                                  << 200 << NginxPeer::smallText();
}

void tst_Peers::nginx()
{
    QFETCH(NginxPeer::Endpoint, endpoint);
    QFETCH(QString, path);
    QFETCH(int, clientKey);
    QFETCH(QByteArray, body);
    const NginxPeer &nginx = Peers::nginx();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));

    const Fetched fetched = fetch(
        nginx.url(endpoint, path), QNetworkProxy(QNetworkProxy::NoProxy), withClientCertificate(ClientKey(clientKey)));
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.sslErrors, {});
    QTEST(fetched.status, "status");
    if (!body.isNull())
        QCOMPARE(fetched.body, body);
}

void tst_Peers::nginxCertificateErrors_data()
{
    QTest::addColumn<NginxPeer::Endpoint>("endpoint");
    QTest::addColumn<QSslError::SslError>("error");

    QTest::newRow("expired") << NginxPeer::ExpiredCertificate << QSslError::CertificateExpired;
    QTest::newRow("wrong-host") << NginxPeer::WrongHostCertificate << QSslError::HostNameMismatch;
    QTest::newRow("self-signed") << NginxPeer::SelfSignedCertificate << QSslError::SelfSignedCertificate;
}

void tst_Peers::nginxCertificateErrors()
{
    QFETCH(NginxPeer::Endpoint, endpoint);
    QFETCH(QSslError::SslError, error);
    const NginxPeer &nginx = Peers::nginx();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));

    const Fetched fetched = fetch(nginx.url(endpoint, u"/small.txt"_s));
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.error, QNetworkReply::SslHandshakeFailedError);
    QStringList seen;
    for (const QSslError::SslError e : fetched.sslErrors)
        seen.append(QString::number(int(e)));
    QVERIFY2(fetched.sslErrors.contains(error), qPrintable(u"SSL errors seen: "_s + seen.join(u", "_s)));
}

void tst_Peers::nginxBigFileHead()
{
    const NginxPeer &nginx = Peers::nginx();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
    const Fetched fetched = fetch(nginx.httpUrl(u"/big.bin"_s),
        QNetworkProxy(QNetworkProxy::NoProxy),
        Peers::certificates().trustingConfiguration(),
        "HEAD"_ba);
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.contentLength, QByteArray::number(NginxPeer::bigFileSize));
    QCOMPARE(fetched.contentLength, "1073741824"_ba);
    QCOMPARE(fetched.body, QByteArray());
}

void tst_Peers::nginxRepeatedHeader()
{
    const NginxPeer &nginx = Peers::nginx();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
    const Fetched fetched = fetch(nginx.httpUrl(u"/headers/repeated"_s));
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.status, 200);
    QByteArrayList values;
    for (const QNetworkReply::RawHeaderPair &header : fetched.headers) {
        if (header.first.compare("X-Repeated"_ba, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
    QCOMPARE(values.join(','), "one, two"_ba);
}

void tst_Peers::httpbin_data()
{
    QTest::addColumn<bool>("throughNginx");
    QTest::newRow("direct") << false;
    QTest::newRow("nginx-tls") << true;
}

void tst_Peers::httpbin()
{
    QFETCH(bool, throughNginx);
    const HttpbinPeer &httpbin = Peers::httpbin();
    QVERIFY2(httpbin.isValid(), qPrintable(httpbin.problem()));
    QUrl url = httpbin.url(u"/get?peer=httpbin"_s);
    if (throughNginx) {
        const NginxPeer &nginx = Peers::nginxWithHttpbin();
        QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
        url = nginx.url(NginxPeer::HttpbinTls, u"/get?peer=httpbin"_s);
        QCOMPARE(url.scheme(), u"https"_s);
    }
    const Fetched fetched = fetch(url);
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.status, 200);
    QVERIFY2(fetched.body.contains(R"("peer": "httpbin")"_ba) || fetched.body.contains(R"("peer":"httpbin")"_ba),
        fetched.body.constData());
}

void tst_Peers::tinyproxy_data()
{
    QTest::addColumn<bool>("authenticating");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<bool>("tls"); // CONNECT to nginx's TLS port, which is not 443
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");

    QTest::newRow("plain") << false << false << false << 200 << QNetworkReply::NoError;
    QTest::newRow("plain-connect") << false << false << true << 200 << QNetworkReply::NoError;
    QTest::newRow("auth-without") << true << false << false << 407 << QNetworkReply::ProxyAuthenticationRequiredError;
    QTest::newRow("auth-with") << true << true << false << 200 << QNetworkReply::NoError;
    QTest::newRow("auth-connect") << true << true << true << 200 << QNetworkReply::NoError;
}

void tst_Peers::tinyproxy()
{
    QFETCH(bool, authenticating);
    QFETCH(bool, withCredentials);
    QFETCH(bool, tls);
    const TinyproxyPeer &proxy = authenticating ? Peers::tinyproxyAuth() : Peers::tinyproxy();
    QVERIFY2(proxy.isValid(), qPrintable(proxy.problem()));
    QCOMPARE(proxy.requiresAuthentication(), authenticating);
    QUrl url;
    if (tls) {
        const NginxPeer &nginx = Peers::nginx();
        QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
        url = nginx.httpsUrl(u"/small.txt"_s);
    } else {
        const HttpbinPeer &httpbin = Peers::httpbin();
        QVERIFY2(httpbin.isValid(), qPrintable(httpbin.problem()));
        url = httpbin.url(u"/headers"_s);
    }
    const Fetched fetched = fetch(url, withCredentials ? proxy.authenticatedProxy() : proxy.proxy());
    QVERIFY(fetched.finished);
    QTEST(fetched.status, "status");
    QTEST(fetched.error, "error");
    if (fetched.status == 200 && !tls) // DisableViaHeader: the request reaches httpbin without one
        QVERIFY2(!fetched.body.contains("\"Via\""_ba), fetched.body.constData());
}

void tst_Peers::stopEndsTheProcess_data()
{
    QTest::addColumn<QString>("peer");
    QTest::newRow("nginx") << u"nginx"_s; // the workers must go too: they hold the listening sockets
    QTest::newRow("tinyproxy") << u"tinyproxy"_s;
    QTest::newRow("httpbin") << u"httpbin"_s;
}

void tst_Peers::stopEndsTheProcess()
{
    QFETCH(QString, peer);
    // Private instances: the shared ones must keep serving the other tests.
    std::unique_ptr<Reqscope::Test::LoopbackPeer> instance;
    if (peer == u"nginx"_s)
        instance = std::make_unique<NginxPeer>(Peers::certificates());
    else if (peer == u"tinyproxy"_s)
        instance = std::make_unique<TinyproxyPeer>();
    else
        instance = std::make_unique<HttpbinPeer>();
    QVERIFY2(instance->isValid(), qPrintable(instance->problem()));
    qInfo("%s started in %lld ms", qPrintable(peer), instance->startupMilliseconds());
    const QList<quint16> ports = instance->ports();
    QVERIFY(!ports.isEmpty());
    for (const quint16 port : ports)
        QVERIFY(Reqscope::Test::acceptsConnections(port, 10s));
    QVERIFY(instance->processId() > 0);

    instance->stop();
    QVERIFY(!instance->isRunning());
    QVERIFY(!instance->isValid());
    QVERIFY(!instance->problem().isEmpty());
    for (const quint16 port : ports)
        QVERIFY2(!Reqscope::Test::acceptsConnections(port, 2s), qPrintable(QString::number(port)));
}

void tst_Peers::problem_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("missing") << u"/nonexistent/reqscope-peer"_s << QString()
                             << QStringList { u"scripted was not started: /nonexistent/reqscope-peer not found"_s,
                                    u"install the Debian package scripted-package (scripts/setup does)"_s };
    QTest::newRow("exits-early") << u"/bin/sh"_s << u"echo boom-from-the-peer >&2; exit 3"_s
                                 << QStringList { u"attempt 3 of 3"_s, u"exited (code 3)"_s, u"boom-from-the-peer"_s };
}

void tst_Peers::problem()
{
    QFETCH(QString, program);
    QFETCH(QString, script);
    QFETCH(QStringList, mentions);
    const ScriptedPeer peer(program, script);
    QVERIFY(!peer.isValid());
    QVERIFY(!peer.isRunning());
    for (const QString &mention : mentions)
        QVERIFY2(peer.problem().contains(mention), qPrintable(peer.problem()));
}

QTEST_GUILESS_MAIN(tst_Peers)
#include "tst_peers.moc"
