// SPDX-License-Identifier: MIT
// SetTimeouts (spec §3.8): each phase expires with 12002 and OnError; Send and Receive measure inactivity;
// 0 and -1 are infinite; the settings belong to the object.
#include "enginetestsupport.h"
#include "hostlookup.h"
#include "playgroundserver.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Reqscope::HostLookup;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::PlaygroundServer;
using Reqscope::Test::EventRecorder;
namespace E = Reqscope::WinHttpError;

namespace {

const QString timeout = HResult::fromWinHttp(E::Timeout).hex();

/// A listener that never accepts: connections complete in the kernel and their bytes are never read.
struct SilentListener
{
    bool listen(int backlog)
    {
        server.setListenBacklogSize(backlog);
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        server.pauseAccepting();
        return true;
    }

    /// Fills the accept queue until a connection attempt stays pending: the next one cannot complete.
    bool fillBacklog()
    {
        for (int i = 0; i < 16; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QSignalSpy connected(socket.get(), &QTcpSocket::connected);
            socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
            const bool done = connected.wait(2000);
            fillers.push_back(std::move(socket));
            if (!done)
                return true;
        }
        return false;
    }

    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(server.serverPort()).arg(path);
    }

    QTcpServer server;
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
};

} // namespace

class tst_HttpRequestTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phaseExpires_data();
    void phaseExpires();
    void resolveExpires_data();
    void resolveExpires();
    void receiveIsInactivity_data();
    void receiveIsInactivity();
    void receiveExpiresMidBody();
    void infiniteValues_data();
    void infiniteValues();
    void settingsSurviveOpen();

private:
    /// Sends and waits; the result of send (sync) or of the wait (async).
    static HResult sendAndWait(HttpRequest &request, bool async, const QVariant &body = QVariant());

    PlaygroundServer m_playground;
    SilentListener m_silent; // accepts in the kernel only, never reads
    SilentListener m_full; // accept queue full: connections never form
};

void tst_HttpRequestTimeouts::initTestCase()
{
    QVERIFY2(m_playground.listen(), qPrintable(m_playground.errorString()));
    QVERIFY(m_silent.listen(64));
    QVERIFY(m_full.listen(0));
    QVERIFY2(m_full.fillBacklog(), "the accept queue never filled");
}

HResult tst_HttpRequestTimeouts::sendAndWait(HttpRequest &request, bool async, const QVariant &body)
{
    const HResult sent = request.send(body);
    if (!async || !sent.ok())
        return sent;
    bool succeeded = false;
    return request.waitForResponse(-1, succeeded);
}

void tst_HttpRequestTimeouts::phaseExpires_data()
{
    QTest::addColumn<QString>("target"); // playground, silent, full
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("timeouts");
    QTest::addColumn<qsizetype>("bodySize");

    for (const bool async : { false, true }) {
        const char *mode = async ? "async" : "sync";
        // Infinite everywhere except the phase under test, so a wrong phase would hang instead of passing.
        QTest::addRow("connect: backlog full/%s", mode)
            << u"full"_s << u"GET"_s << u"/"_s << QList<int> { 0, 300, 0, 0 } << qsizetype(0);
        QTest::addRow("send: peer never reads/%s", mode)
            << u"silent"_s << u"POST"_s << u"/"_s << QList<int> { 0, 0, 300, 0 } << qsizetype(64 * 1024 * 1024);
        QTest::addRow("receive: accepted, never answered/%s", mode)
            << u"silent"_s << u"GET"_s << u"/"_s << QList<int> { 0, 0, 0, 300 } << qsizetype(0);
        QTest::addRow("receive: hang before headers/%s", mode)
            << u"playground"_s << u"GET"_s << u"/fault/hang-before-headers"_s << QList<int> { 0, 0, 0, 300 }
            << qsizetype(0);
    }
}

void tst_HttpRequestTimeouts::phaseExpires()
{
    QFETCH(QString, target);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QList<int>, timeouts);
    QFETCH(qsizetype, bodySize);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    const QString url = target == u"full" ? m_full.url(path)
        : target == u"silent"             ? m_silent.url(path)
                                          : m_playground.url(path).toString();
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setTimeouts(timeouts[0], timeouts[1], timeouts[2], timeouts[3]).code(), HResult::Ok);
    QCOMPARE(request.open(method, url, async).code(), HResult::Ok);
    QElapsedTimer clock;
    clock.start();
    const QVariant body = bodySize > 0 ? QVariant(QByteArray(bodySize, 'x')) : QVariant();
    QCOMPARE(sendAndWait(request, async, body).hex(), timeout);
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(recorder.events, QStringList { u"error:"_s + timeout });
    QCOMPARE(request.state(), HttpRequest::State::Failed);
    bool succeeded = true;
    QCOMPARE(request.waitForResponse(0, succeeded).hex(), timeout);
}

void tst_HttpRequestTimeouts::resolveExpires_data()
{
    QTest::addColumn<bool>("async");
    QTest::addColumn<bool>("viaProxy"); // with a proxy, Resolve looks up the proxy (spec §3.8)
    QTest::newRow("sync") << false << false;
    QTest::newRow("async") << true << false;
    QTest::newRow("proxy name, sync") << false << true;
}

void tst_HttpRequestTimeouts::resolveExpires()
{
    QFETCH(bool, async);
    QFETCH(bool, viaProxy);

    // A lookup that never answers: the system resolver cannot be made to stall on loopback.
    QStringList asked;
    HostLookup::setResolverForTesting(
        [&asked](const QString &host, QObject *, const HostLookup::Callback &) { asked.append(host); });
    const auto restore = qScopeGuard([] { HostLookup::setResolverForTesting({}); });

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setTimeouts(300, 0, 0, 0).code(), HResult::Ok);
    if (viaProxy)
        QCOMPARE(request.setProxy(2, u"stalled-proxy.invalid:3128"_s, QString()).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, u"http://stalled.invalid/"_s, async).code(), HResult::Ok);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(sendAndWait(request, async).hex(), timeout);
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(asked, QStringList { viaProxy ? u"stalled-proxy.invalid"_s : u"stalled.invalid"_s });
    QCOMPARE(recorder.events, QStringList { u"error:"_s + timeout });
    QCOMPARE(request.state(), HttpRequest::State::Failed);
}

void tst_HttpRequestTimeouts::receiveIsInactivity_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestTimeouts::receiveIsInactivity()
{
    // Six bytes over 3 s, half a second apart: longer in total than the limit, never idle for as long.
    QFETCH(bool, async);
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setTimeouts(0, 0, 0, 1500).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_playground.url(u"/drip?numbytes=6&duration=3"_s).toString(), async).code(),
        HResult::Ok);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(sendAndWait(request, async).code(), HResult::Ok);
    QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(recorder.folded(), (QStringList { u"start:200"_s, u"data*"_s, u"finished"_s }));
    QCOMPARE(recorder.body, "******"_ba);
}

void tst_HttpRequestTimeouts::receiveExpiresMidBody()
{
    // The first byte comes with the headers, the second 4 s later: the Receive limit ends it in between.
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setTimeouts(0, 0, 0, 400).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_playground.url(u"/drip?numbytes=2&duration=8"_s).toString()).code(), HResult::Ok);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(request.send().hex(), timeout);
    QVERIFY(clock.elapsed() >= 350);
    QVERIFY(clock.elapsed() < 3900);
    QCOMPARE(recorder.folded(), (QStringList { u"start:200"_s, u"data*"_s, u"error:"_s + timeout }));
    QCOMPARE(recorder.body, "*"_ba);
}

void tst_HttpRequestTimeouts::infiniteValues_data()
{
    QTest::addColumn<int>("value");
    QTest::newRow("0") << 0;
    QTest::newRow("-1") << -1;
}

void tst_HttpRequestTimeouts::infiniteValues()
{
    // A one-second wait for the headers against a limit of 0 or -1 that a finite 1 ms would fail.
    QFETCH(int, value);
    HttpRequest request;
    QCOMPARE(request.setTimeouts(value, value, value, value).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_playground.url(u"/delay/1"_s).toString()).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);

    HttpRequest finite;
    QCOMPARE(finite.setTimeouts(value, value, value, 1).code(), HResult::Ok);
    QCOMPARE(finite.open(u"GET"_s, m_playground.url(u"/delay/1"_s).toString()).code(), HResult::Ok);
    QCOMPARE(finite.send().hex(), timeout);
}

void tst_HttpRequestTimeouts::settingsSurviveOpen()
{
    HttpRequest request;
    QCOMPARE(request.setTimeouts(0, 0, 0, 300).code(), HResult::Ok);
    QCOMPARE(request.setTimeouts(-2, 1, 1, 1).code(), HResult::InvalidArg); // none of the four changes
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(
            request.open(u"GET"_s, m_playground.url(u"/fault/hang-before-headers"_s).toString()).code(), HResult::Ok);
        QCOMPARE(request.send().hex(), timeout);
    }
}

QTEST_GUILESS_MAIN(tst_HttpRequestTimeouts)
#include "tst_httprequesttimeouts.moc"
