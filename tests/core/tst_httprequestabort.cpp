// SPDX-License-Identifier: MIT
// Abort (spec §3.6) in every phase and from every handler, in both modes; Open from a handler; destruction
// mid-flight. After each abort the test completes a second request, so any late queued event of the
// aborted one would have been delivered, and then checks that none was.
#include "enginetestsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::ScriptedServer;
using Reqscope::Test::signalTimeoutMs;
using State = Reqscope::HttpRequest::State;
namespace E = Reqscope::WinHttpError;

namespace {

const QString cancelledHex = HResult::fromWinHttp(E::OperationCancelled).hex();

/// A loopback listener that never accepts, its backlog filled, so a new connect() hangs in SYN-SENT.
class FullBacklogListener
{
public:
    FullBacklogListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(m_fd, 0) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        // Linux queues backlog + 1 completed connections; the rest wait for a SYN-ACK that never comes.
        for (int i = 0; i < 3; ++i) {
            auto filler = std::make_unique<QTcpSocket>();
            filler->connectToHost(QHostAddress::LocalHost, m_port);
            m_fillers.push_back(std::move(filler));
        }
        m_ready = m_fillers.front()->waitForConnected(signalTimeoutMs);
    }
    ~FullBacklogListener()
    {
        m_fillers.clear();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isReady() const
    {
        return m_ready && m_port != 0;
    }
    QString url() const
    {
        return u"http://127.0.0.1:%1/never"_s.arg(m_port);
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    bool m_ready = false;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

} // namespace

class tst_HttpRequestAbort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phases_data();
    void phases();
    void fromHandlers_data();
    void fromHandlers();
    void openFromHandler_data();
    void openFromHandler();
    void deleteLaterFromHandler_data();
    void deleteLaterFromHandler();
    void destroyWhileRunning();
    void destroyDuringSyncSend();

private:
    ScriptedServer m_server;
};

void tst_HttpRequestAbort::initTestCase()
{
    QVERIFY(m_server.listen());
}

void tst_HttpRequestAbort::phases_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<bool>("async");
    QTest::addColumn<QStringList>("eventsBeforeAbort");
    QTest::addColumn<bool>("closesConnection"); // the server sees the connection go away

    const struct
    {
        const char16_t *phase;
        QStringList events;
        bool closes;
    } rows[] = {
        { u"connecting", {}, false },
        { u"waiting for headers", {}, true },
        { u"after start", { u"start:200"_s }, true },
        { u"mid-body", { u"start:200"_s, u"data"_s }, true },
    };
    for (const auto &row : rows) {
        for (const bool async : { false, true }) {
            QTest::addRow("%s/%s", QString::fromUtf16(row.phase).toLatin1().constData(), async ? "async" : "sync")
                << QString::fromUtf16(row.phase) << async << row.events << row.closes;
        }
    }
    QTest::newRow("right after send/async") << u"immediately"_s << true << QStringList() << false;
}

void tst_HttpRequestAbort::phases()
{
    QFETCH(QString, phase);
    QFETCH(bool, async);
    QFETCH(QStringList, eventsBeforeAbort);
    QFETCH(bool, closesConnection);

    FullBacklogListener backlog;
    QString url = m_server.url(u"/hang"_s);
    if (phase == u"connecting") {
        QVERIFY(backlog.isReady());
        url = backlog.url();
    } else if (phase == u"after start") {
        url = m_server.url(u"/headers-only"_s);
    } else if (phase == u"mid-body") {
        url = m_server.url(u"/partial"_s);
    }

    HttpRequest request;
    EventRecorder recorder(&request);
    QElapsedTimer abortTime;
    qint64 abortMs = -1;
    QStringList eventsAtAbort;
    HResult abortResult = HResult::InvalidArg;
    auto doAbort = [&] {
        if (abortMs >= 0)
            return;
        eventsAtAbort = recorder.events;
        abortTime.start();
        abortResult = request.abort();
        abortMs = abortTime.elapsed();
    };
    // The trigger for each phase; in sync mode it runs inside send()'s nested loop.
    const int disconnectsBefore = m_server.disconnectedCount();
    QTimer connectingTimer;
    if (phase == u"connecting") {
        connectingTimer.setSingleShot(true);
        connect(&connectingTimer, &QTimer::timeout, this, doAbort);
        connectingTimer.start(300); // the connect() is in flight by then and cannot complete
    } else if (phase == u"waiting for headers") {
        connect(&m_server, &ScriptedServer::requestReceived, &request, doAbort);
    } else if (phase == u"after start") {
        connect(&request, &HttpRequest::responseStarted, this, doAbort);
    } else if (phase == u"mid-body") {
        connect(&request, &HttpRequest::responseDataAvailable, this, doAbort);
    }

    QCOMPARE(request.open(u"GET"_s, url, async).code(), HResult::Ok);
    const HResult sent = request.send();
    if (phase == u"immediately")
        doAbort();
    if (async) {
        QCOMPARE(sent.code(), HResult::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(abortMs >= 0, signalTimeoutMs);
        bool succeeded = true;
        QCOMPARE(request.waitForResponse(-1, succeeded).hex(), cancelledHex);
    } else {
        QCOMPARE(sent.hex(), cancelledHex); // an aborted synchronous Send returns CAN
    }
    QCOMPARE(abortResult.code(), HResult::Ok);
    QVERIFY2(abortMs < 2000, qPrintable(QString::number(abortMs))); // returns at once, even while connecting
    QCOMPARE(request.state(), State::Aborted);
    QCOMPARE(eventsAtAbort, eventsBeforeAbort);
    if (closesConnection)
        QTRY_VERIFY_WITH_TIMEOUT(m_server.disconnectedCount() > disconnectsBefore, signalTimeoutMs);

    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(recorder.events, eventsBeforeAbort); // nothing after Abort returned

    // Re-Open after Abort works.
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ok"_s), async).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = false;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok);
    QVERIFY(succeeded);
    QCOMPARE(
        recorder.folded().mid(eventsBeforeAbort.size()), (QStringList { u"start:200"_s, u"data*"_s, u"finished"_s }));
}

void tst_HttpRequestAbort::fromHandlers_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("async");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("result"); // of the synchronous Send / of waitForResponse after the abort

    const QString ok = HResult(HResult::Ok).hex();
    const QString connectionError = HResult::fromWinHttp(E::ConnectionError).hex();
    const struct
    {
        const char16_t *handler;
        const char16_t *path;
        QStringList events;
        QString syncResult;
        QString waitResult;
    } rows[] = {
        { u"start", u"/drip", { u"start:200"_s }, cancelledHex, cancelledHex },
        // A tiny error status arrives whole: Qt has already recorded its 404 error when the handler aborts.
        { u"start-404", u"/missing", { u"start:404"_s }, cancelledHex, cancelledHex },
        { u"data", u"/drip", { u"start:200"_s, u"data"_s }, cancelledHex, cancelledHex },
        // The request had already ended: Send reports its outcome; the Abort only discards the response.
        { u"finished", u"/ok", { u"start:200"_s, u"data"_s, u"finished"_s }, ok, ok },
        { u"error",
            u"/reset-mid-body",
            { u"start:200"_s, u"data"_s, u"error:"_s + connectionError },
            connectionError,
            ok },
    };
    for (const auto &row : rows) {
        for (const bool async : { false, true }) {
            QTest::addRow("%s/%s", QString::fromUtf16(row.handler).toLatin1().constData(), async ? "async" : "sync")
                << QString::fromUtf16(row.handler) << QString::fromUtf16(row.path) << async << row.events
                << (async ? row.waitResult : row.syncResult);
        }
    }
}

void tst_HttpRequestAbort::fromHandlers()
{
    QFETCH(QString, handler);
    QFETCH(QString, path);
    QFETCH(bool, async);
    QFETCH(QStringList, events);
    QFETCH(QString, result);

    HttpRequest request;
    EventRecorder recorder(&request);
    int aborts = 0;
    auto doAbort = [&] {
        if (aborts++ == 0)
            QCOMPARE(request.abort().code(), HResult::Ok);
    };
    // Qt warns when a reply that already holds an error is aborted ("this method must only be called once").
    QTest::failOnWarning(QRegularExpression(u"QNetworkReplyImplPrivate::error"_s));
    if (handler.startsWith(u"start"))
        connect(&request, &HttpRequest::responseStarted, this, doAbort);
    else if (handler == u"data")
        connect(&request, &HttpRequest::responseDataAvailable, this, doAbort);
    else if (handler == u"finished")
        connect(&request, &HttpRequest::responseFinished, this, doAbort);
    else
        connect(&request, &HttpRequest::errorOccurred, this, doAbort);

    QCOMPARE(request.open(u"GET"_s, m_server.url(path), async).code(), HResult::Ok);
    const HResult sent = request.send();
    if (async) {
        QCOMPARE(sent.code(), HResult::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(aborts > 0, signalTimeoutMs);
        bool succeeded = true;
        QCOMPARE(request.waitForResponse(-1, succeeded).hex(), result == cancelledHex ? cancelledHex : u"0x00000000"_s);
        if (result != cancelledHex)
            QCOMPARE(succeeded, false); // Aborted after the end: nothing to wait for
    } else {
        QCOMPARE(sent.hex(), result);
    }
    QCOMPARE(aborts, 1);
    QCOMPARE(request.state(), State::Aborted);
    int status = 0;
    QCOMPARE(request.status(status).code(), HResult::fromWinHttp(E::CannotCallBeforeSend));
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(recorder.events, events); // exactly one terminal signal at most, nothing after Abort
}

void tst_HttpRequestAbort::openFromHandler_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestAbort::openFromHandler()
{
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    bool reopened = false;
    connect(&request, &HttpRequest::responseStarted, this, [&] {
        if (!reopened) {
            reopened = true;
            QCOMPARE(request.open(u"GET"_s, m_server.url(u"/bytes/7"_s), async).code(), HResult::Ok);
            QCOMPARE(request.state(), State::Opened);
        }
    });
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/drip"_s), async).code(), HResult::Ok);
    const HResult sent = request.send();
    if (async) {
        QTRY_VERIFY_WITH_TIMEOUT(reopened, signalTimeoutMs);
    } else {
        QCOMPARE(sent.hex(), cancelledHex); // Open acts as Abort for the Send on the stack
    }
    QCOMPARE(request.state(), State::Opened);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(recorder.events, QStringList { u"start:200"_s }); // the old request emitted nothing more

    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = false;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok);
    QVERIFY(succeeded);
    QByteArray body;
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QCOMPARE(body, ScriptedServer::pattern(7));
}

void tst_HttpRequestAbort::deleteLaterFromHandler_data()
{
    QTest::addColumn<bool>("async");
    QTest::addColumn<QString>("handler");
    for (const char *handler : { "start", "data", "finished", "error" }) {
        QTest::addRow("%s/sync", handler) << false << QString::fromLatin1(handler);
        QTest::addRow("%s/async", handler) << true << QString::fromLatin1(handler);
    }
}

void tst_HttpRequestAbort::deleteLaterFromHandler()
{
    QFETCH(bool, async);
    QFETCH(QString, handler);

    auto *request = new HttpRequest;
    const QPointer<HttpRequest> watcher(request);
    int deletes = 0;
    auto later = [&] {
        if (deletes++ == 0)
            request->deleteLater();
    };
    if (handler == u"start")
        connect(request, &HttpRequest::responseStarted, this, later);
    else if (handler == u"data")
        connect(request, &HttpRequest::responseDataAvailable, this, later);
    else if (handler == u"finished")
        connect(request, &HttpRequest::responseFinished, this, later);
    else
        connect(request, &HttpRequest::errorOccurred, this, later);

    const QString path = handler == u"error" ? u"/close-before-headers"_s : u"/drip"_s;
    QCOMPARE(request->open(u"GET"_s, m_server.url(path), async).code(), HResult::Ok);
    const HResult sent = request->send();
    if (!async) {
        // Qt may delete the object inside send()'s own nested loop (a deferred delete posted there is
        // allowed to run there) or after it; either way send() returns without touching freed memory.
        const QStringList allowed
            = { HResult(HResult::Ok).hex(), cancelledHex, HResult::fromWinHttp(E::InvalidServerResponse).hex() };
        QVERIFY2(allowed.contains(sent.hex()), qPrintable(sent.hex()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isNull(), signalTimeoutMs);
    QCOMPARE(deletes, 1);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
}

void tst_HttpRequestAbort::destroyWhileRunning()
{
    const int disconnectsBefore = m_server.disconnectedCount();
    auto request = std::make_unique<HttpRequest>();
    QSignalSpy started(request.get(), &HttpRequest::responseStarted);
    QCOMPARE(request->open(u"GET"_s, m_server.url(u"/headers-only"_s), true).code(), HResult::Ok);
    QCOMPARE(request->send().code(), HResult::Ok);
    QVERIFY(started.wait(signalTimeoutMs));
    request.reset(); // cancels the request; its connection closes
    QTRY_VERIFY_WITH_TIMEOUT(m_server.disconnectedCount() > disconnectsBefore, signalTimeoutMs);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
}

void tst_HttpRequestAbort::destroyDuringSyncSend()
{
    // Another object's slot destroys the request while its synchronous Send waits in the nested loop.
    auto *request = new HttpRequest;
    int events = 0;
    connect(request, &HttpRequest::responseStarted, this, [&] { ++events; });
    connect(request, &HttpRequest::errorOccurred, this, [&] { ++events; });
    QObject context;
    connect(&m_server, &ScriptedServer::requestReceived, &context, [&request] {
        delete request;
        request = nullptr;
    });
    QCOMPARE(request->open(u"GET"_s, m_server.url(u"/hang"_s)).code(), HResult::Ok);
    QCOMPARE(request->send().hex(), cancelledHex);
    QVERIFY(!request);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(events, 0);
}

QTEST_GUILESS_MAIN(tst_HttpRequestAbort)
#include "tst_httprequestabort.moc"
