// SPDX-License-Identifier: MIT
// Redirects (spec §5, options 6, 12, 14, 1) and tracing (option 10) of HttpRequest against the playground.
#include "enginetestsupport.h"
#include "playgroundserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::PlaygroundServer;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::ScriptedServer;
namespace E = Reqscope::WinHttpError;

namespace {

QStringList g_trace;
QtMessageHandler g_previous = nullptr;

void captureTrace(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "reqscope.http.trace") == 0)
        g_trace.append(message);
    else if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class tst_HttpRequestRedirects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redirects_data();
    void redirects();
    void methodPerStatus_data();
    void methodPerStatus();
    void missingLocation_data();
    void missingLocation();
    void tracing_data();
    void tracing();

private:
    PlaygroundServer m_server;
    ScriptedServer m_scripted;
};

void tst_HttpRequestRedirects::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY(m_scripted.listen());
    m_scripted.route(u"/no-location"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write(ScriptedServer::response(302, "Found"_ba, {}, QByteArray()));
    });
    // Trust the playground's TEST-ONLY CA in this process only (TLS options are not wired yet).
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(PlaygroundServer::caCertificates());
    QSslConfiguration::setDefaultConfiguration(config);
}

void tst_HttpRequestRedirects::redirects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QVariantMap>("options"); // id → value
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("finalUrl"); // Option 1 afterwards; empty: not checked

    const QString failed = u"error:"_s + HResult::fromWinHttp(E::RedirectFailed).hex();
    const QStringList ok = { u"start:200"_s, u"data*"_s, u"finished"_s };
    const QString get = m_server.url(u"/get"_s).toString();
    const QString toHttp
        = m_server.secureUrl(u"/redirect-to?url="_s + QString::fromLatin1(QUrl::toPercentEncoding(get))).toString();
    QTest::newRow("3 hops, default limit") << m_server.url(u"/redirect/3"_s).toString() << QVariantMap() << ok << get;
    QTest::newRow("3 hops, limit 3") << m_server.url(u"/redirect/3"_s).toString() << QVariantMap { { u"14"_s, 3 } }
                                     << ok << get;
    QTest::newRow("3 hops, limit 2") << m_server.url(u"/redirect/3"_s).toString() << QVariantMap { { u"14"_s, 2 } }
                                     << QStringList { failed } << QString();
    QTest::newRow("limit 0") << m_server.url(u"/redirect/1"_s).toString() << QVariantMap { { u"14"_s, 0 } }
                             << QStringList { failed } << QString();
    QTest::newRow("disabled: 302 is final")
        << m_server.url(u"/redirect/1"_s).toString() << QVariantMap { { u"6"_s, false } }
        << QStringList { u"start:302"_s, u"finished"_s } << m_server.url(u"/redirect/1"_s).toString();
    QTest::newRow("https→http refused") << toHttp << QVariantMap() << QStringList { failed } << QString();
    QTest::newRow("https→http allowed") << toHttp << QVariantMap { { u"12"_s, true } } << ok << get;
    QTest::newRow("ftp target") << m_server.url(u"/redirect-to?url=ftp%3A%2F%2F127.0.0.1%2Fx"_s).toString()
                                << QVariantMap() << QStringList { failed } << QString();
}

void tst_HttpRequestRedirects::redirects()
{
    QFETCH(QString, url);
    QFETCH(QVariantMap, options);
    QFETCH(QStringList, events);
    QFETCH(QString, finalUrl);

    HttpRequest request;
    EventRecorder recorder(&request);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        QCOMPARE(request.setOption(it.key().toInt(), it.value()).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    const HResult result = request.send();
    QVERIFY2(recorder.folded() == events, qPrintable(recorder.events.join(u' ')));
    QCOMPARE(result.ok(), events.constLast() == u"finished");
    if (!finalUrl.isEmpty()) {
        QVariant value;
        QCOMPARE(request.option(HttpRequest::Url, value).code(), HResult::Ok);
        QCOMPARE(value.toString(), finalUrl);
    }
}

void tst_HttpRequestRedirects::methodPerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("data");
    QTest::newRow("303 → GET") << 303 << u"GET"_s << QString();
    QTest::newRow("307 keeps POST and body") << 307 << u"POST"_s << u"payload"_s;
    QTest::newRow("308 keeps POST and body") << 308 << u"POST"_s << u"payload"_s;
}

void tst_HttpRequestRedirects::methodPerStatus()
{
    QFETCH(int, status);
    HttpRequest request;
    QCOMPARE(
        request.open(u"POST"_s, m_server.url(u"/redirect-to?url=/anything&status=%1"_s.arg(status)).toString()).code(),
        HResult::Ok);
    QCOMPARE(request.send(u"payload"_s).code(), HResult::Ok);
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    const QJsonObject echo = QJsonDocument::fromJson(text.toUtf8()).object();
    QTEST(echo.value(u"method"_s).toString(), "method");
    QFETCH(QString, data);
    QCOMPARE(echo.value(u"data"_s).toString(), data.isNull() ? QString(u""_s) : data);
}

void tst_HttpRequestRedirects::missingLocation_data()
{
    QTest::addColumn<bool>("follow");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("followed: fails") << true
                                     << QStringList { u"error:"_s + HResult::fromWinHttp(E::RedirectFailed).hex() };
    QTest::newRow("not followed: final") << false << QStringList { u"start:302"_s, u"finished"_s };
}

void tst_HttpRequestRedirects::missingLocation()
{
    QFETCH(bool, follow);
    QFETCH(QStringList, events);
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setOption(HttpRequest::EnableRedirects, follow).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_scripted.url(u"/no-location"_s)).code(), HResult::Ok);
    request.send();
    QCOMPARE(recorder.folded(), events);
}

void tst_HttpRequestRedirects::tracing_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::newRow("on") << true;
    QTest::newRow("off") << false;
}

void tst_HttpRequestRedirects::tracing()
{
    QFETCH(bool, enabled);
    g_trace.clear();
    g_previous = qInstallMessageHandler(captureTrace);
    HttpRequest request;
    QCOMPARE(request.setOption(HttpRequest::EnableTracing, enabled).code(), HResult::Ok);
    QCOMPARE(request.open(u"POST"_s, m_server.url(u"/redirect-to?url=/anything&status=307"_s).toString()).code(),
        HResult::Ok);
    QCOMPARE(request.setRequestHeader(u"Authorization"_s, u"Basic c2VjcmV0OnNlY3JldA=="_s).code(), HResult::Ok);
    QCOMPARE(request.send(u"BODY-NEVER-TRACED"_s).code(), HResult::Ok);
    qInstallMessageHandler(g_previous);

    const QString all = g_trace.join(u'\n');
    if (!enabled) {
        QCOMPARE(g_trace, QStringList());
        return;
    }
    QVERIFY2(g_trace.first().startsWith(u"> POST http://127.0.0.1:"_s), qPrintable(all));
    QVERIFY2(all.contains(u"> Authorization: Basic ********"_s), qPrintable(all));
    QVERIFY2(all.contains(u"redirect 307 → "_s), qPrintable(all));
    QVERIFY2(all.contains(u"< HTTP/1.1 200 OK"_s), qPrintable(all));
    QVERIFY2(g_trace.last().startsWith(u"end: 0x00000000"_s), qPrintable(all)); // no detail line on success
    QVERIFY(!all.contains(u"c2VjcmV0"_s));
    QVERIFY(!all.contains(u"BODY-NEVER-TRACED"_s));
}

QTEST_GUILESS_MAIN(tst_HttpRequestRedirects)
#include "tst_httprequestredirects.moc"
