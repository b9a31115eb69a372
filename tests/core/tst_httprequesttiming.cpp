// SPDX-License-Identifier: MIT
// HttpRequest::timing(): the TimingRecord of each request (architecture.md "Timing").
#include "enginetestsupport.h"
#include "playgroundserver.h"

#include <QSslConfiguration>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::PlaygroundServer;
using Reqscope::TimingRecord;
namespace E = Reqscope::WinHttpError;

class tst_HttpRequestTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completed_data();
    void completed();
    void reusedConnection();
    void failedLookup();
    void openClears();

private:
    PlaygroundServer m_server;
};

void tst_HttpRequestTiming::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    // Trust the playground's TEST-ONLY CA in this process only.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(PlaygroundServer::caCertificates());
    QSslConfiguration::setDefaultConfiguration(config);
}

void tst_HttpRequestTiming::completed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("lookup");
    QTest::addColumn<bool>("tls");

    const quint16 port = m_server.httpPort();
    QTest::newRow("IP literal") << u"http://127.0.0.1:%1/get"_s.arg(port) << false << false;
    QTest::newRow("host name") << u"http://localhost:%1/get"_s.arg(port) << true << false;
    QTest::newRow("https") << m_server.secureUrl(u"/get"_s).toString() << true << true;
}

void tst_HttpRequestTiming::completed()
{
    QFETCH(QString, url);
    QFETCH(bool, lookup);
    QFETCH(bool, tls);

    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    const TimingRecord t = request.timing();
    if (lookup)
        QVERIFY(t.dns >= 0);
    else
        QCOMPARE(t.dns, -1.0);
    QVERIFY(t.connect >= qMax(0.0, t.dns));
    if (tls)
        QVERIFY(t.tls >= t.connect);
    else
        QCOMPARE(t.tls, -1.0);
    QVERIFY(t.sent >= qMax(t.connect, t.tls));
    QVERIFY(t.firstByte >= t.sent);
    QVERIFY(t.done >= t.firstByte);
    QVERIFY(!t.reusedConnection);
}

void tst_HttpRequestTiming::reusedConnection()
{
    HttpRequest request;
    for (const bool reused : { false, true }) {
        QCOMPARE(request.open(u"GET"_s, m_server.url(u"/get"_s).toString()).code(), HResult::Ok);
        QCOMPARE(request.send().code(), HResult::Ok);
        const TimingRecord t = request.timing();
        QCOMPARE(t.reusedConnection, reused);
        if (reused)
            QCOMPARE(t.connect, -1.0);
        else
            QVERIFY(t.connect >= 0);
        QVERIFY(t.sent >= 0);
        QVERIFY(t.done >= t.sent);
    }
}

void tst_HttpRequestTiming::failedLookup()
{
    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, u"http://no-such-host.invalid/"_s).code(), HResult::Ok);
    QCOMPARE(request.send().hex(), HResult::fromWinHttp(E::NameNotResolved).hex());
    const TimingRecord t = request.timing();
    QCOMPARE(t.dns, -1.0);
    QCOMPARE(t.connect, -1.0);
    QCOMPARE(t.sent, -1.0);
    QCOMPARE(t.firstByte, -1.0);
    QVERIFY(t.done >= 0);
}

void tst_HttpRequestTiming::openClears()
{
    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/get"_s).toString()).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QVERIFY(request.timing() != TimingRecord());
    QCOMPARE(request.abort().code(), HResult::Ok);
    QVERIFY(request.timing() != TimingRecord()); // Abort keeps it
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/get"_s).toString()).code(), HResult::Ok);
    QVERIFY(request.timing() == TimingRecord());
}

QTEST_GUILESS_MAIN(tst_HttpRequestTiming)
#include "tst_httprequesttiming.moc"
