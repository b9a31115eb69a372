// SPDX-License-Identifier: MIT
// SetProxy (spec §3.9) and proxy credentials (§3.10) through tinyproxy, for http and https (CONNECT) targets.
// Loopback targets go through the proxy too: Qt's own localhost bypass must not apply.
#include "enginetestsupport.h"
#include "httpbinpeer.h"
#include "nginxpeer.h"
#include "peers.h"
#include "testcertificates.h"
#include "tinyproxypeer.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::NginxPeer;
using Reqscope::Test::Peers;
using Reqscope::Test::TinyproxyPeer;

namespace {

/// Sets or unsets an environment variable for one scope and restores the runner's own value after it.
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_saved(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedVariable()
    {
        if (m_had)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedVariable)

private:
    const char *m_name;
    bool m_had;
    QByteArray m_saved;
};

/// A stand-in proxy that records each request line and answers every request itself with "proxied".
class FakeProxy : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    requestLines.append(data.left(data.indexOf("\r\n")));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\nproxied"_ba);
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString address() const
    {
        return u"127.0.0.1:%1"_s.arg(m_server.serverPort());
    }

    QList<QByteArray> requestLines;

private:
    QTcpServer m_server;
};

QString proxyAddress(const TinyproxyPeer &proxy)
{
    return u"127.0.0.1:%1"_s.arg(proxy.port());
}

} // namespace

class tst_HttpRequestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viaProxy_data();
    void viaProxy();
    void environment_data();
    void environment();
};

void tst_HttpRequestProxy::initTestCase()
{
    QVERIFY2(Peers::tinyproxy().isValid(), qPrintable(Peers::tinyproxy().problem()));
    QVERIFY2(Peers::tinyproxyAuth().isValid(), qPrintable(Peers::tinyproxyAuth().problem()));
    QVERIFY2(Peers::httpbin().isValid(), qPrintable(Peers::httpbin().problem()));
    QVERIFY2(Peers::nginxWithHttpbin().isValid(), qPrintable(Peers::nginxWithHttpbin().problem()));
    // TLS options are not wired yet: trust the test CA in this process only.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(Peers::certificates().caCertificates());
    QSslConfiguration::setDefaultConfiguration(config);
}

void tst_HttpRequestProxy::viaProxy_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("authProxy");
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<int>("status");

    // The proxy requiring credentials shows that a request went through it: without them, its 407 is final.
    for (const bool https : { false, true }) {
        const char *scheme = https ? "https" : "http";
        QTest::addRow("%s: proxy", scheme) << https << false << 2 << QString() << false << 200;
        QTest::addRow("%s: auth proxy, no credentials", scheme) << https << true << 2 << QString() << false << 407;
        QTest::addRow("%s: auth proxy, credentials", scheme) << https << true << 2 << QString() << true << 200;
        QTest::addRow("%s: auth proxy bypassed", scheme) << https << true << 2 << u"127.0.0.*"_s << false << 200;
        QTest::addRow("%s: auth proxy, direct", scheme) << https << true << 1 << QString() << false << 200;
    }
}

void tst_HttpRequestProxy::viaProxy()
{
    QFETCH(bool, https);
    QFETCH(bool, authProxy);
    QFETCH(int, setting);
    QFETCH(QString, bypass);
    QFETCH(bool, credentials);
    QFETCH(int, status);

    const ScopedVariable noProxy("no_proxy", QByteArray());
    const TinyproxyPeer &proxy = authProxy ? Peers::tinyproxyAuth() : Peers::tinyproxy();
    const QString url = https ? Peers::nginxWithHttpbin().url(NginxPeer::HttpbinTls, u"/headers"_s).toString()
                              : Peers::httpbin().url(u"/headers"_s).toString();
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setProxy(setting, proxyAddress(proxy), bypass).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    if (credentials)
        QCOMPARE(request.setCredentials(Peers::proxyUser(), Peers::proxyPassword(), 1).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    int got = 0;
    QCOMPARE(request.status(got).code(), HResult::Ok);
    QCOMPARE(got, status);
    QCOMPARE(recorder.events.filter(u"start:"_s).size(), 1);
    QCOMPARE(recorder.events.constLast(), u"finished"_s);
}

void tst_HttpRequestProxy::environment_data()
{
    QTest::addColumn<QByteArray>("noProxy");
    QTest::addColumn<bool>("via");
    QTest::newRow("http_proxy") << QByteArray() << true;
    QTest::newRow("no_proxy names the host") << "example.invalid,127.0.0.1"_ba << false;
    QTest::newRow("no_proxy *") << "*"_ba << false;
}

void tst_HttpRequestProxy::environment()
{
    QFETCH(QByteArray, noProxy);
    QFETCH(bool, via);
    FakeProxy proxy;
    QVERIFY(proxy.listen());
    const ScopedVariable httpProxy("http_proxy", "http://"_ba + proxy.address().toLatin1());
    const ScopedVariable noProxyVariable("no_proxy", noProxy);
    const ScopedVariable upperNoProxy("NO_PROXY", QByteArray());
    HttpRequest request; // setting 0 is the default
    const QString url = Peers::httpbin().url(u"/get"_s).toString();
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QByteArray body;
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QCOMPARE(body == "proxied", via);
    if (via) // an HTTP proxy gets the absolute URI, even for a loopback target
        QCOMPARE(proxy.requestLines, QList<QByteArray> { "GET "_ba + url.toLatin1() + " HTTP/1.1"_ba });
    else
        QCOMPARE(proxy.requestLines, QList<QByteArray>());
}

QTEST_GUILESS_MAIN(tst_HttpRequestProxy)
#include "tst_httprequestproxy.moc"
