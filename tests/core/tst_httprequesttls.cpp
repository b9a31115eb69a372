// SPDX-License-Identifier: MIT
// Server certificate checks of HttpRequest (spec §4 options 4 and 1001, §5, §7.2) against nginx with the test
// PKI of tests/support. This process never trusts the test CA globally: only option 1001 does.
#include "enginetestsupport.h"
#include "nginxpeer.h"
#include "peers.h"
#include "testcertificates.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::NginxPeer;
using Reqscope::Test::Peers;
using Reqscope::Test::TestCertificates;
namespace E = Reqscope::WinHttpError;

class tst_HttpRequestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverCertificate_data();
    void serverCertificate();
    void connectionNotReusedAcrossSettings();
    void clientCertificate_data();
    void clientCertificate();
};

void tst_HttpRequestTls::initTestCase()
{
    // The default selector (CURRENT_USER\\MY\\) must not find the developer's own certificates.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(Peers::nginx().isValid(), qPrintable(Peers::nginx().problem()));
}

void tst_HttpRequestTls::serverCertificate_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<bool>("trustCa"); // option 1001 = the test CA
    QTest::addColumn<int>("ignoreFlags"); // option 4
    QTest::addColumn<QStringList>("events");

    const QStringList ok = { u"start:200"_s, u"data*"_s, u"finished"_s };
    const QStringList secure = { u"error:"_s + HResult::fromWinHttp(E::SecureFailure).hex() };
    const int https = NginxPeer::Https;
    QTest::newRow("unknown CA") << https << false << 0 << secure;
    QTest::newRow("CA from option 1001") << https << true << 0 << ok;
    QTest::newRow("unknown CA ignored (0x0100)") << https << false << 0x0100 << ok;
    QTest::newRow("unknown CA, other bits") << https << false << 0x3200 << secure;
    QTest::newRow("expired") << int(NginxPeer::ExpiredCertificate) << true << 0 << secure;
    QTest::newRow("expired ignored (0x2000)") << int(NginxPeer::ExpiredCertificate) << true << 0x2000 << ok;
    QTest::newRow("wrong host") << int(NginxPeer::WrongHostCertificate) << true << 0 << secure;
    QTest::newRow("wrong host ignored (0x1000)") << int(NginxPeer::WrongHostCertificate) << true << 0x1000 << ok;
    QTest::newRow("wrong host, date bit only") << int(NginxPeer::WrongHostCertificate) << true << 0x2000 << secure;
    QTest::newRow("self-signed") << int(NginxPeer::SelfSignedCertificate) << true << 0 << secure;
    QTest::newRow("self-signed ignored (0x3300)") << int(NginxPeer::SelfSignedCertificate) << false << 0x3300 << ok;
    QTest::newRow("client certificate required, none: nginx answers 400") << int(
        NginxPeer::ClientCertificateRequired) << true << 0 << QStringList { u"start:400"_s, u"data*"_s, u"finished"_s };
}

void tst_HttpRequestTls::serverCertificate()
{
    QFETCH(int, endpoint);
    QFETCH(bool, trustCa);
    QFETCH(int, ignoreFlags);
    QFETCH(QStringList, events);

    HttpRequest request;
    EventRecorder recorder(&request);
    if (trustCa) {
        const QString ca = Peers::certificates().path(TestCertificates::CaCertificate);
        QCOMPARE(request.setOption(HttpRequest::ExtraCaCertificates, ca).code(), HResult::Ok);
    }
    QCOMPARE(request.setOption(HttpRequest::SslErrorIgnoreFlags, ignoreFlags).code(), HResult::Ok);
    const QUrl url = Peers::nginx().url(NginxPeer::Endpoint(endpoint), u"/small.txt"_s);
    QCOMPARE(request.open(u"GET"_s, url.toString()).code(), HResult::Ok);
    const HResult result = request.send();
    QVERIFY2(recorder.folded() == events, qPrintable(recorder.events.join(u' ')));
    QCOMPARE(result.ok(), events.constLast() == u"finished");
}

void tst_HttpRequestTls::connectionNotReusedAcrossSettings()
{
    // Trusted once, then not: the second request must make its own handshake and fail (Qt 6.4 would reuse
    // the pooled connection), and an unreadable CA file fails before any connection.
    const QString url = Peers::nginx().url(NginxPeer::Https, u"/small.txt"_s).toString();
    HttpRequest request;
    QCOMPARE(
        request.setOption(HttpRequest::ExtraCaCertificates, Peers::certificates().path(TestCertificates::CaCertificate))
            .code(),
        HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(request.setOption(HttpRequest::ExtraCaCertificates, u""_s).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QCOMPARE(request.send().hex(), HResult::fromWinHttp(E::SecureFailure).hex());

    EventRecorder recorder(&request);
    QCOMPARE(request.setOption(HttpRequest::ExtraCaCertificates, u"/nonexistent/ca.pem"_s).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, url, true).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(recorder.events, QStringList()); // nothing inside send() in async mode
    bool succeeded = true;
    QCOMPARE(request.waitForResponse(-1, succeeded).hex(), HResult::fromWinHttp(E::SecureFailure).hex());
    QCOMPARE(recorder.events, QStringList { u"error:"_s + HResult::fromWinHttp(E::SecureFailure).hex() });
}

void tst_HttpRequestTls::clientCertificate_data()
{
    QTest::addColumn<int>("file"); // -1: none selected
    QTest::addColumn<bool>("viaOption5"); // option 5 instead of SetClientCertificate
    QTest::addColumn<QString>("password"); // option 1002
    QTest::addColumn<int>("status");
    QTest::newRow("none: nginx answers 400") << -1 << false << QString() << 400;
    QTest::newRow("PEM bundle") << int(TestCertificates::ClientBundle) << false << QString() << 200;
    QTest::newRow("PEM, key beside, option 5") << int(TestCertificates::ClientCertificate) << true << QString() << 200;
    QTest::newRow("PKCS#12 with password") << int(TestCertificates::ClientPkcs12) << false << u"secret"_s << 200;
    QTest::newRow("PKCS#12, wrong password: no match") << int(TestCertificates::ClientPkcs12) << false << u"x"_s << 400;
}

void tst_HttpRequestTls::clientCertificate()
{
    QFETCH(int, file);
    QFETCH(bool, viaOption5);
    QFETCH(QString, password);
    QFETCH(int, status);

    HttpRequest request;
    QCOMPARE(
        request.setOption(HttpRequest::ExtraCaCertificates, Peers::certificates().path(TestCertificates::CaCertificate))
            .code(),
        HResult::Ok);
    if (file >= 0) {
        const QString path = Peers::certificates().path(TestCertificates::File(file));
        const HResult set
            = viaOption5 ? request.setOption(HttpRequest::SelectCertificate, path) : request.setClientCertificate(path);
        QCOMPARE(set.code(), HResult::Ok);
    }
    if (!password.isNull())
        QCOMPARE(request.setOption(HttpRequest::ClientCertificatePassword, password).code(), HResult::Ok);
    const QUrl url = Peers::nginx().url(NginxPeer::ClientCertificateRequired, u"/small.txt"_s);
    QCOMPARE(request.open(u"GET"_s, url.toString()).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    int got = 0;
    QCOMPARE(request.status(got).code(), HResult::Ok);
    QCOMPARE(got, status);
}

QTEST_GUILESS_MAIN(tst_HttpRequestTls)
#include "tst_httprequesttls.moc"
