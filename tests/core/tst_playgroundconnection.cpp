// SPDX-License-Identifier: MIT
#include "playgroundserver.h"
#include "rawhttpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundServer;

namespace {

constexpr int Timeout = 20000; // generous: tests share the machine with builds

QByteArray getRequest(const QByteArray &target, const QByteArray &extra = QByteArray())
{
    return "GET "_ba + target + " HTTP/1.1\r\nHost: h\r\n"_ba + extra + "\r\n"_ba;
}

} // namespace

/// PlaygroundConnection: keep-alive, pipelining, request bodies, malformed requests, many clients, shutdown.
class tst_PlaygroundConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepAlive_data();
    void keepAlive();
    void pipelined_data();
    void pipelined();
    void closes_data();
    void closes();
    void requestBodies_data();
    void requestBodies();
    void expectContinue();
    void largeBodyFromQnam();
    void malformed_data();
    void malformed();
    void manyConnectionsAtOnce_data();
    void manyConnectionsAtOnce();
    void clientGoesAwayMidResponse();
    void closeWithRequestsInFlight();
    void destroyWithRequestsInFlight();

private:
    PlaygroundServer m_server;
};

void tst_PlaygroundConnection::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_PlaygroundConnection::keepAlive_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_PlaygroundConnection::keepAlive()
{
    QFETCH(bool, secure);
    RawHttpClient client;
    QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 1, Timeout);
    client.send(getRequest("/get?first"));
    const std::optional<RawHttpResponse> first = client.waitForResponse(false, Timeout);
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->headerCount("Connection"), 0);
    client.send(getRequest("/bytes/10"));
    const std::optional<RawHttpResponse> second = client.waitForResponse(false, Timeout);
    QVERIFY(second);
    QCOMPARE(second->body.size(), 10);
    QVERIFY(!client.isDisconnected());
    QCOMPARE(m_server.connectionCount(), 1); // the same connection served both
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
}

void tst_PlaygroundConnection::pipelined_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

// Several requests in one write, including a slow one first: answers come back complete and in order.
void tst_PlaygroundConnection::pipelined()
{
    QFETCH(bool, secure);
    RawHttpClient client;
    QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
    client.send(getRequest("/delay/0.1") + "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"_ba
        + getRequest("/stream/3000?chunk=1000") + "HEAD /bytes/50 HTTP/1.1\r\nHost: h\r\n\r\n"_ba
        + getRequest("/status/418"));
    const std::optional<RawHttpResponse> delayed = client.waitForResponse(false, Timeout);
    QVERIFY(delayed);
    QVERIFY(QJsonDocument::fromJson(delayed->body).object().value(u"url"_s).toString().endsWith(u"/delay/0.1"_s));
    const std::optional<RawHttpResponse> echoed = client.waitForResponse(false, Timeout);
    QVERIFY(echoed);
    QCOMPARE(QJsonDocument::fromJson(echoed->body).object().value(u"data"_s).toString(), u"abc"_s);
    const std::optional<RawHttpResponse> streamed = client.waitForResponse(false, Timeout);
    QVERIFY(streamed);
    QCOMPARE(streamed->body.size(), 3000);
    const std::optional<RawHttpResponse> head = client.waitForResponse(true, Timeout);
    QVERIFY(head);
    QCOMPARE(head->header("Content-Length"), "50"_ba);
    const std::optional<RawHttpResponse> teapot = client.waitForResponse(false, Timeout);
    QVERIFY(teapot);
    QCOMPARE(teapot->status, 418);
    QCOMPARE(client.consumed(), client.received().size());
}

void tst_PlaygroundConnection::closes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("connection-close") << getRequest("/get", "Connection: close\r\n"_ba);
    QTest::newRow("connection-token-list") << getRequest("/get", "Connection: foo, Close\r\n"_ba);
    QTest::newRow("http-1.0") << "GET /get HTTP/1.0\r\n\r\n"_ba;
    QTest::newRow("http-1.0-keep-alive") << "GET /get HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba;
    QTest::newRow("https-close") << getRequest("/stream/10", "Connection: close\r\n"_ba);
}

void tst_PlaygroundConnection::closes()
{
    QFETCH(QByteArray, request);
    const bool secure = QByteArray(QTest::currentDataTag()).startsWith("https");
    RawHttpClient client;
    QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
    client.send(request);
    QVERIFY(client.waitForDisconnected(Timeout));
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
}

void tst_PlaygroundConnection::requestBodies_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"_ba
                                    << "hello"_ba;
    QTest::newRow("content-length-zero") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n"_ba
                                         << ""_ba;
    QTest::newRow("repeated-equal-lengths")
        << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok"_ba
        << "ok"_ba;
    QTest::newRow("chunked") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5\r\nhello\r\n1;ext=1\r\n \r\nA\r\n0123456789\r\n0\r\n\r\n"_ba
                             << "hello 0123456789"_ba;
    QTest::newRow("chunked-trailers") << "PUT /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                         "3\r\nabc\r\n0\r\nX-Trailer: yes\r\nX-Other: 1\r\n\r\n"_ba
                                      << "abc"_ba;
    QTest::newRow("chunked-empty") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                      "0\r\n\r\n"_ba
                                   << ""_ba;
    QTest::newRow("bare-lf") << "POST /anything HTTP/1.1\nHost: h\nContent-Length: 2\n\nlf"_ba
                             << "lf"_ba;
    QTest::newRow("leading-empty-line") << "\r\nPOST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nx"_ba
                                        << "x"_ba;
}

// Sent byte by byte too, so that every parser state meets a split.
void tst_PlaygroundConnection::requestBodies()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, body);
    for (const bool trickle : { false, true }) {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_server.httpPort()));
        if (trickle) {
            for (const char c : request) {
                client.send(QByteArray(1, c));
                QTest::qWait(0); // let the server read each byte on its own
            }
        } else {
            client.send(request);
        }
        const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"data"_s).toString().toLatin1(), body);
        client.send(getRequest("/status/200")); // framing was right: the connection continues
        QVERIFY(client.waitForResponse(false, Timeout));
    }
}

// "Expect: 100-continue": the interim answer comes before the client sends its body, the final one after it.
void tst_PlaygroundConnection::expectContinue()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send("POST /anything HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> interim = client.waitForResponse(false, Timeout);
    QVERIFY(interim);
    QCOMPARE(interim->statusLine, "HTTP/1.1 100 Continue"_ba);
    QCOMPARE(client.received(), "HTTP/1.1 100 Continue\r\n\r\n"_ba);
    client.send("data"_ba);
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"data"_s).toString(), u"data"_s);
}

void tst_PlaygroundConnection::largeBodyFromQnam()
{
    QByteArray body(3 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char('a' + i % 26);
    QNetworkAccessManager manager;
    for (const bool secure : { false, true }) {
        QNetworkRequest request(secure ? m_server.secureUrl(u"/anything"_s) : m_server.url(u"/anything"_s));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(PlaygroundServer::caCertificates());
        request.setSslConfiguration(configuration);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(json.value(u"data"_s).toString().toLatin1() == body);
    }
}

void tst_PlaygroundConnection::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray hugeHeader = "X-Big: "_ba + QByteArray(70 * 1024, 'x') + "\r\n"_ba;
    QTest::newRow("garbage") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::newRow("binary") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba << 400;
    QTest::newRow("no-version") << "GET /get\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("two-spaces") << "GET  /get HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("bad-version") << "GET /get HTTP/one\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("http-2.0") << "GET /get HTTP/2.0\r\nHost: h\r\n\r\n"_ba << 505;
    QTest::newRow("bad-method") << "G(T /get HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("relative-target") << "GET get HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("no-host") << "GET /get HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("two-hosts") << "GET /get HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"_ba << 400;
    QTest::newRow("no-colon") << "GET /get HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n"_ba << 400;
    QTest::newRow("space-before-colon") << "GET /get HTTP/1.1\r\nHost: h\r\nName : v\r\n\r\n"_ba << 400;
    QTest::newRow("empty-name") << "GET /get HTTP/1.1\r\nHost: h\r\n: v\r\n\r\n"_ba << 400;
    QTest::newRow("folded") << "GET /get HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n"_ba << 400;
    QTest::newRow("control-char") << "GET /get HTTP/1.1\r\nHost: h\r\nX: a\x01z\r\n\r\n"_ba << 400;
    QTest::newRow("bad-length") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n"_ba << 400;
    QTest::newRow("negative-length") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n"_ba << 400;
    QTest::newRow("plus-length") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: +1\r\n\r\nx"_ba << 400;
    QTest::newRow("conflicting-lengths")
        << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx"_ba << 400;
    QTest::newRow("length-and-chunked")
        << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba
        << 400;
    QTest::newRow("huge-length") << "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 999999999999\r\n\r\n"_ba
                                 << 413;
    QTest::newRow("gzip-coding") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501;
    QTest::newRow("bad-chunk-size") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "zz\r\n"_ba
                                    << 400;
    QTest::newRow("hex-prefix-chunk") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                         "0x5\r\nhello\r\n0\r\n\r\n"_ba
                                      << 400;
    QTest::newRow("chunk-without-crlf") << "POST /anything HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "2\r\nabcd\r\n0\r\n\r\n"_ba
                                        << 400;
    QTest::newRow("oversized-head") << "GET /get HTTP/1.1\r\nHost: h\r\n"_ba + hugeHeader + "\r\n"_ba << 400;
    QTest::newRow("oversized-unterminated") << "GET /get HTTP/1.1\r\nHost: h\r\n"_ba + hugeHeader << 400;
}

// 4xx/5xx, Connection: close, then the server closes; it keeps serving others.
void tst_PlaygroundConnection::malformed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send(request);
    QVERIFY(client.waitForDisconnected(Timeout));
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY2(response, client.received().left(300).constData());
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(response->body.startsWith(QByteArray(QByteArray::number(status) + ' ')));
    QCOMPARE(client.consumed(), client.received().size()); // one answer only

    RawHttpClient next;
    QVERIFY(next.connectTo(m_server.httpPort()));
    next.send(getRequest("/get"));
    const std::optional<RawHttpResponse> fine = next.waitForResponse(false, Timeout);
    QVERIFY(fine);
    QCOMPARE(fine->status, 200);
}

void tst_PlaygroundConnection::manyConnectionsAtOnce_data()
{
    QTest::addColumn<bool>("secure");
    QTest::addColumn<int>("clients");
    QTest::newRow("http") << false << 50;
    QTest::newRow("https") << true << 20;
}

void tst_PlaygroundConnection::manyConnectionsAtOnce()
{
    QFETCH(bool, secure);
    QFETCH(int, clients);
    std::vector<std::unique_ptr<RawHttpClient>> connections;
    for (int i = 0; i < clients; ++i) {
        connections.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(connections.back()->connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), clients, Timeout);
    for (int i = 0; i < clients; ++i)
        connections.at(i)->send(getRequest("/drip?numbytes=2&duration=0.2&client=" + QByteArray::number(i)));
    for (int i = 0; i < clients; ++i) {
        const std::optional<RawHttpResponse> response = connections.at(i)->waitForResponse(false, Timeout);
        QVERIFY(response);
        QCOMPARE(response->body, "**"_ba);
    }
    connections.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
}

void tst_PlaygroundConnection::clientGoesAwayMidResponse()
{
    for (const QByteArray &target : { "/bytes/1000000000"_ba,
             "/stream/1000000000"_ba,
             "/sse?n=100&interval=10"_ba,
             "/drip?numbytes=100&duration=10"_ba,
             "/delay/5"_ba }) {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_server.httpPort()));
        client.send(getRequest(target));
        if (!target.startsWith("/delay"))
            QVERIFY(client.waitForBytes(1, Timeout));
        client.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
    }
}

// close() with requests in every phase: each client sees its connection end, nothing fires afterwards.
void tst_PlaygroundConnection::closeWithRequestsInFlight()
{
    PlaygroundServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QList<QByteArray> targets = { "/bytes/10000000000",
        "/stream/10000000000",
        "/drip?numbytes=10&duration=10",
        "/drip?delay=10",
        "/delay/10",
        "/sse?n=1000&interval=10",
        "/fault/hang-before-headers" };
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (const bool secure : { false, true }) {
        for (const QByteArray &target : targets) {
            clients.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(clients.back()->connectTo(secure ? server.httpsPort() : server.httpPort(), secure));
            clients.back()->send(getRequest(target));
        }
        clients.push_back(std::make_unique<RawHttpClient>()); // a half-sent request
        QVERIFY(clients.back()->connectTo(secure ? server.httpsPort() : server.httpPort(), secure));
        clients.back()->send("POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nonly part"_ba);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), int(clients.size()), Timeout);
    QVERIFY(clients.front()->waitForBytes(1, Timeout)); // /bytes is streaming
    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.connectionCount(), 0);
    for (const auto &client : clients)
        QVERIFY(client->waitForDisconnected(Timeout));
    // nothing is left that could fire: a moment of event processing stays quiet and crash-free
    QVERIFY(!QTest::qWaitFor([&] { return server.connectionCount() != 0; }, 200));
}

void tst_PlaygroundConnection::destroyWithRequestsInFlight()
{
    auto server = std::make_unique<PlaygroundServer>();
    QVERIFY2(server->listen(), qPrintable(server->errorString()));
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (const QByteArray &target : { "/bytes/10000000000"_ba,
             "/sse?n=1000&interval=5"_ba,
             "/delay/10"_ba,
             "/fault/hang-before-headers"_ba,
             "/drip?numbytes=100&duration=5"_ba }) {
        for (const bool secure : { false, true }) {
            clients.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(clients.back()->connectTo(secure ? server->httpsPort() : server->httpPort(), secure));
            clients.back()->send(getRequest(target));
        }
    }
    QVERIFY(clients.front()->waitForBytes(1, Timeout));
    QVERIFY(clients.at(2)->waitForBytes(1, Timeout)); // sse has started
    server.reset();
    for (const auto &client : clients)
        QVERIFY(client->waitForDisconnected(Timeout));
}

QTEST_GUILESS_MAIN(tst_PlaygroundConnection)
#include "tst_playgroundconnection.moc"
