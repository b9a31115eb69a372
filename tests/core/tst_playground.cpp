// SPDX-License-Identifier: MIT
#include "playgroundresponder.h"
#include "playgroundserver.h"
#include "rawhttpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundRequest;
using Reqscope::PlaygroundResponder;
using Reqscope::PlaygroundServer;

namespace {

constexpr int Timeout = 20000; // generous: tests share the machine with builds

struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int sslErrors = 0;
};

} // namespace

/// PlaygroundServer as a whole: listening, TLS, the handler hook, and every endpoint over HTTP and HTTPS.
/// Each endpoint's exact behaviour is in tst_playgroundendpoints, faults in tst_playgroundfaults.
class tst_Playground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listenFailsCleanly();
    void closeAndListenAgain();
    void tlsTrustsOnlyThePlaygroundCa();
    void endpoints_data();
    void endpoints();
    void head_data();
    void head();
    void handlerAnswersFirst();
    void handlerFallsThrough();
    void handlerChunksWithDelays();
    void handlerRawBytesAndClose();
    void handlerStreamsABody();
    void handlerRemoved();

private:
    Fetched fetch(
        const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(), bool trustCa = true);
    PlaygroundServer m_server;
    QNetworkAccessManager m_manager;
};

void tst_Playground::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.isListening());
    QVERIFY(m_server.httpPort() != 0);
    QVERIFY(m_server.httpsPort() != 0);
    QCOMPARE(m_server.url(u"/get?a=1"_s).toString(), u"http://127.0.0.1:%1/get?a=1"_s.arg(m_server.httpPort()));
    QCOMPARE(m_server.secureUrl().host(), u"localhost"_s);
    QCOMPARE(PlaygroundServer::caCertificates().size(), 1);
}

void tst_Playground::cleanup()
{
    m_server.setHandler({});
    m_manager.clearConnectionCache(); // no idle keep-alive connections into the next test
}

Fetched tst_Playground::fetch(const QByteArray &method, const QUrl &url, const QByteArray &body, bool trustCa)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept-Encoding", "identity");
    if (trustCa) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(PlaygroundServer::caCertificates());
        request.setSslConfiguration(configuration);
    }
    // QNAM reuses a connection whatever the request's TLS configuration: an untrusting request gets its own
    QNetworkAccessManager untrusting;
    QNetworkAccessManager &manager = trustCa ? m_manager : untrusting;
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    Fetched fetched;
    connect(reply.get(), &QNetworkReply::sslErrors, this, [&fetched](const QList<QSslError> &errors) {
        fetched.sslErrors += int(errors.size()); // never ignored
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(Timeout)) {
        fetched.error = QNetworkReply::TimeoutError;
        return fetched;
    }
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.contentType = reply->rawHeader("Content-Type");
    fetched.body = reply->readAll();
    fetched.error = reply->error();
    return fetched;
}

void tst_Playground::listenFailsCleanly()
{
    PlaygroundServer busy;
    QVERIFY(!busy.listen(m_server.httpPort()));
    QVERIFY(!busy.errorString().isEmpty());
    QVERIFY(!busy.isListening());
    QVERIFY(!busy.listen(0, m_server.httpsPort())); // the HTTP side must not stay bound either
    QVERIFY(!busy.isListening());
    QVERIFY(!m_server.listen()); // already listening
    QVERIFY(m_server.isListening());
}

void tst_Playground::closeAndListenAgain()
{
    PlaygroundServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const quint16 port = server.httpPort();
    server.close();
    QVERIFY(!server.isListening());
    QTcpSocket refused;
    refused.connectToHost(u"127.0.0.1"_s, port);
    QTRY_COMPARE_WITH_TIMEOUT(refused.error(), QAbstractSocket::ConnectionRefusedError, Timeout);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QCOMPARE(fetch("GET", server.url(u"/get"_s)).status, 200);
    QCOMPARE(fetch("GET", server.secureUrl(u"/get"_s)).status, 200);
}

void tst_Playground::tlsTrustsOnlyThePlaygroundCa()
{
    const Fetched untrusted = fetch("GET", m_server.secureUrl(u"/get"_s), QByteArray(), false);
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(untrusted.sslErrors > 0);

    const Fetched trusted = fetch("GET", m_server.secureUrl(u"/get"_s));
    QCOMPARE(trusted.error, QNetworkReply::NoError);
    QCOMPARE(trusted.sslErrors, 0);
    QCOMPARE(trusted.status, 200);

    // the certificate also names 127.0.0.1
    QUrl byAddress = m_server.secureUrl(u"/get"_s);
    byAddress.setHost(u"127.0.0.1"_s);
    const Fetched address = fetch("GET", byAddress);
    QCOMPARE(address.sslErrors, 0);
    QCOMPARE(address.status, 200);
}

void tst_Playground::endpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bodyContains");

    struct Row
    {
        const char *tag;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
        QByteArray contentType;
        QByteArray bodyContains;
    };
    const QByteArray json = "application/json"_ba;
    const QByteArray binary = "application/octet-stream"_ba;
    const QByteArray text = "text/plain; charset=utf-8"_ba;
    const Row rows[] = {
        { "get", "GET", u"/get?x=1"_s, {}, 200, json, "\"x\": \"1\"" },
        { "anything", "POST", u"/anything/a/b"_s, "hi", 200, json, "\"data\": \"hi\"" },
        { "headers", "GET", u"/headers"_s, {}, 200, json, "\"Host\": " },
        { "status-418", "GET", u"/status/418"_s, {}, 418, text, "418 I'm a teapot" },
        { "status-503", "DELETE", u"/status/503"_s, {}, 503, text, "503 Service Unavailable" },
        { "bytes", "GET", u"/bytes/10"_s, {}, 200, binary, {} },
        { "stream", "GET", u"/stream/10"_s, {}, 200, binary, {} },
        { "drip", "GET", u"/drip?numbytes=3&duration=0"_s, {}, 200, binary, "***" },
        { "delay", "GET", u"/delay/0"_s, {}, 200, json, "\"url\": " },
        { "redirect", "GET", u"/redirect/1"_s, {}, 302, {}, {} },
        { "redirect-to", "GET", u"/redirect-to?url=/get"_s, {}, 302, {}, {} },
        { "basic-auth", "GET", u"/basic-auth/u/p"_s, {}, 401, json, "\"authenticated\": false" },
        { "charset", "GET", u"/charset/utf-8"_s, {}, 200, "text/plain; charset=utf-8", "Grüße" },
        { "sse", "GET", u"/sse?n=2&interval=0"_s, {}, 200, "text/event-stream", "data: {\"n\":2}" },
        { "unknown", "GET", u"/no/such/thing"_s, {}, 404, text, "404 Not Found" },
        { "redirect-loop", "GET", u"/fault/redirect-loop"_s, {}, 302, {}, {} },
    };
    for (const bool secure : { false, true }) {
        for (const Row &row : rows) {
            const QUrl url = secure ? m_server.secureUrl(row.path) : m_server.url(row.path);
            QTest::addRow("%s-%s", row.tag, secure ? "https" : "http")
                << row.method << url.toString() << row.body << row.status << row.contentType << row.bodyContains;
        }
    }
}

void tst_Playground::endpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, bodyContains);
    const Fetched fetched = fetch(method, QUrl(path), body);
    QTEST(fetched.status, "status");
    QTEST(fetched.contentType, "contentType");
    QCOMPARE(fetched.sslErrors, 0);
    QVERIFY2(fetched.body.contains(bodyContains), fetched.body.constData());
}

void tst_Playground::head_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = { u"/get"_s,
        u"/anything/x"_s,
        u"/headers"_s,
        u"/status/200"_s,
        u"/status/204"_s,
        u"/status/304"_s,
        u"/status/500"_s,
        u"/bytes/100"_s,
        u"/stream/5000"_s,
        u"/drip?numbytes=3&duration=0.1"_s,
        u"/delay/0.05"_s,
        u"/redirect/2"_s,
        u"/redirect-to?url=/get"_s,
        u"/basic-auth/u/p"_s,
        u"/charset/utf-16le?bom=1"_s,
        u"/sse?n=3&interval=10"_s,
        u"/no/such/thing"_s,
        u"/fault/redirect-loop"_s,
        u"/fault/huge-headers"_s,
        u"/fault/gzip-bomb"_s };
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
}

// HEAD answers like GET without a single body byte: the next response on the same connection follows at once.
void tst_Playground::head()
{
    QFETCH(QString, path);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    const QByteArray target = path.toLatin1();
    client.send("GET "_ba + target + " HTTP/1.1\r\nHost: playground\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> get = client.waitForResponse(false, Timeout);
    QVERIFY(get);
    client.send("HEAD "_ba + target + " HTTP/1.1\r\nHost: playground\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> head = client.waitForResponse(true, Timeout);
    QVERIFY(head);
    QCOMPARE(head->statusLine, get->statusLine);
    QCOMPARE(head->header("Content-Type"), get->header("Content-Type"));
    if (!path.startsWith(u"/anything"_s)) // which echoes the method
        QCOMPARE(head->header("Content-Length"), get->header("Content-Length"));
    QCOMPARE(head->header("Transfer-Encoding"), get->header("Transfer-Encoding"));
    client.send("GET /status/202 HTTP/1.1\r\nHost: playground\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> next = client.waitForResponse(false, Timeout);
    QVERIFY2(next, client.received().mid(client.consumed()).left(200).constData());
    QCOMPARE(next->status, 202);
    QCOMPARE(client.consumed(), client.received().size()); // nothing stray
}

void tst_Playground::handlerAnswersFirst()
{
    PlaygroundRequest seen;
    m_server.setHandler([&seen](const PlaygroundRequest &request, PlaygroundResponder &responder) {
        seen = request;
        responder.respond(201, { { "X-Test"_ba, "yes"_ba } }, "made it"_ba);
        return true;
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send("PUT /get?q=1 HTTP/1.1\r\nHost: h\r\nx-lower: v\r\nContent-Length: 4\r\n\r\nbody"_ba);
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->statusLine, "HTTP/1.1 201 Created"_ba);
    QCOMPARE(response->header("X-Test"), "yes"_ba);
    QCOMPARE(response->header("Content-Length"), "7"_ba);
    QCOMPARE(response->body, "made it"_ba);
    QCOMPARE(seen.method, "PUT"_ba);
    QCOMPARE(seen.path(), "/get"_ba);
    QCOMPARE(seen.queryValue(u"q"_s), u"1"_s);
    QCOMPARE(seen.header("X-LOWER"), "v"_ba);
    QCOMPARE(seen.headers.at(1).first, "x-lower"_ba); // spelling kept
    QCOMPARE(seen.body, "body"_ba);
    QVERIFY(!seen.secure);
    QCOMPARE(seen.peerAddress, u"127.0.0.1"_s);
}

void tst_Playground::handlerFallsThrough()
{
    int calls = 0;
    m_server.setHandler([&calls](const PlaygroundRequest &, PlaygroundResponder &) {
        ++calls;
        return false;
    });
    QCOMPARE(fetch("GET", m_server.url(u"/status/207"_s)).status, 207);
    QCOMPARE(fetch("GET", m_server.secureUrl(u"/status/208"_s)).status, 208);
    QCOMPARE(calls, 2);
}

void tst_Playground::handlerChunksWithDelays()
{
    m_server.setHandler([](const PlaygroundRequest &, PlaygroundResponder &responder) {
        responder.writeHead(200, { { "Transfer-Encoding"_ba, "chunked"_ba } });
        responder.writeChunk("a"_ba);
        responder.after(60, [&responder] {
            responder.writeChunk("bc"_ba);
            responder.after(60, [&responder] { responder.endChunks(); });
        });
        return true;
    });
    for (const bool secure : { false, true }) {
        RawHttpClient client;
        QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
        client.send("GET /pieces HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
        const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
        QVERIFY(response);
        QCOMPARE(response->body, "abc"_ba);
        QCOMPARE(response->chunkSizes, (QList<qsizetype> { 1, 2 }));
        QVERIFY(client.arrivalTimes().last() - client.arrivalTimes().first() >= 100);
        client.send("GET /again HTTP/1.1\r\nHost: h\r\n\r\n"_ba); // keep-alive after a handler's answer
        QVERIFY(client.waitForResponse(false, Timeout));
        QVERIFY(!client.isDisconnected());
    }
}

void tst_Playground::handlerRawBytesAndClose()
{
    m_server.setHandler([](const PlaygroundRequest &, PlaygroundResponder &responder) {
        responder.writeRaw("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the close"_ba);
        responder.close();
        return true;
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    QVERIFY(client.waitForDisconnected(Timeout));
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->body, "until the close"_ba);
    QTRY_COMPARE(m_server.connectionCount(), 0);
}

void tst_Playground::handlerStreamsABody()
{
    const qint64 size = 3 * 1024 * 1024 + 5;
    m_server.setHandler([size](const PlaygroundRequest &, PlaygroundResponder &responder) {
        responder.writeHead(200, { { "Content-Length"_ba, QByteArray::number(size) } });
        responder.streamBody(size, [](qint64 offset, qint64 length) {
            QByteArray block(length, Qt::Uninitialized);
            for (qint64 i = 0; i < length; ++i)
                block[i] = char('a' + (offset + i) % 26);
            return block;
        });
        return true;
    });
    const Fetched fetched = fetch("GET", m_server.secureUrl(u"/big"_s));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body.size(), size);
    QCOMPARE(fetched.body.at(size - 1), char('a' + (size - 1) % 26));
}

void tst_Playground::handlerRemoved()
{
    m_server.setHandler([](const PlaygroundRequest &, PlaygroundResponder &responder) {
        responder.respond(200);
        return true;
    });
    QCOMPARE(fetch("GET", m_server.url(u"/custom"_s)).status, 200);
    m_server.setHandler({});
    QCOMPARE(fetch("GET", m_server.url(u"/custom"_s)).status, 404);
}

QTEST_GUILESS_MAIN(tst_Playground)
#include "tst_playground.moc"
