// SPDX-License-Identifier: MIT
#include "playgroundbytes.h"
#include "playgroundcharset.h"
#include "playgroundserver.h"
#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundBytes;
using Reqscope::PlaygroundCharset;
using Reqscope::PlaygroundServer;

namespace {

constexpr int Timeout = 20000; // generous: tests share the machine with builds

// splitmix64 written the usual, sequential way, as PlaygroundBytes' documentation describes the stream
QByteArray referenceBytes(quint64 seed, qint64 count)
{
    QByteArray bytes;
    quint64 state = seed;
    while (bytes.size() < count) {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        for (int i = 0; i < 8; ++i)
            bytes.append(char((z >> (8 * i)) & 0xff));
    }
    bytes.truncate(count);
    return bytes;
}

QJsonObject jsonOf(const RawHttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Resident memory of this process (server and client), from /proc; 0 where there is no /proc.
qint64 residentBytes()
{
    QFile status(u"/proc/self/statm"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    return status.readAll().split(' ').value(1).toLongLong() * 4096;
}

} // namespace

/// The built-in endpoints, byte for byte (core/playground/README.md is the contract).
class tst_PlaygroundEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejects_data();
    void rejects();
    void getEchoesTheRequest_data();
    void getEchoesTheRequest();
    void anything_data();
    void anything();
    void status_data();
    void status();
    void bytes_data();
    void bytes();
    void bytesAnySlice();
    void bytesStreamWithFlatMemory();
    void stream_data();
    void stream();
    void drip();
    void delay();
    void redirects();
    void redirectsFollowedByQnam();
    void basicAuth_data();
    void basicAuth();
    void charset_data();
    void charset();
    void charsetSamplesLeaveAscii();
    void sse();

private:
    std::optional<RawHttpResponse> exchange(const QByteArray &request, bool secure = false);
    std::optional<RawHttpResponse> get(const QByteArray &target, const QByteArray &extraHeaders = QByteArray());
    PlaygroundServer m_server;
};

void tst_PlaygroundEndpoints::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

std::optional<RawHttpResponse> tst_PlaygroundEndpoints::exchange(const QByteArray &request, bool secure)
{
    RawHttpClient client;
    if (!client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure))
        return std::nullopt;
    client.send(request);
    return client.waitForResponse(request.startsWith("HEAD "), Timeout);
}

std::optional<RawHttpResponse> tst_PlaygroundEndpoints::get(const QByteArray &target, const QByteArray &extraHeaders)
{
    return exchange("GET "_ba + target + " HTTP/1.1\r\nHost: playground.test\r\n"_ba + extraHeaders + "\r\n"_ba);
}

void tst_PlaygroundEndpoints::rejects_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    const QList<QPair<const char *, int>> rows = {
        { "/status/600", 400 },
        { "/status/199", 400 },
        { "/status/100", 400 },
        { "/status/abc", 400 },
        { "/bytes/-1", 400 },
        { "/bytes/x", 400 },
        { "/bytes/1099511627777", 400 },
        { "/bytes/1?seed=abc", 400 },
        { "/stream/10?chunk=0", 400 },
        { "/stream/10?chunk=x", 400 },
        { "/drip?numbytes=0", 400 },
        { "/drip?duration=-1", 400 },
        { "/drip?delay=x", 400 },
        { "/drip?code=99", 400 },
        { "/delay/x", 400 },
        { "/delay/-1", 400 },
        { "/redirect/0", 400 },
        { "/redirect/x", 400 },
        { "/redirect-to", 400 },
        { "/redirect-to?url=/get&status=200", 400 },
        { "/sse?n=-1", 400 },
        { "/sse?interval=x", 400 },
        { "/fault/huge-headers?kib=0", 400 },
        { "/fault/huge-headers?each=63", 400 },
        { "/charset/koi8-r", 404 },
        { "/charset", 404 },
        { "/fault/nothing", 404 },
        { "/get/extra", 404 },
        { "/basic-auth/u", 404 },
        { "/", 404 },
    };
    for (const auto &[target, status] : rows)
        QTest::newRow(target) << QByteArray(target) << status;
}

void tst_PlaygroundEndpoints::rejects()
{
    QFETCH(QByteArray, target);
    const std::optional<RawHttpResponse> response = get(target);
    QVERIFY(response);
    QTEST(response->status, "status");
    QCOMPARE(response->header("Content-Type"), "text/plain; charset=utf-8"_ba);
    QVERIFY(response->body.startsWith(QByteArray(QByteArray::number(response->status) + ' ')));
}

void tst_PlaygroundEndpoints::getEchoesTheRequest_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_PlaygroundEndpoints::getEchoesTheRequest()
{
    QFETCH(bool, secure);
    const std::optional<RawHttpResponse> response
        = exchange("GET /get?a=1&a=2&b=x+y&c=%C3%BC&empty HTTP/1.1\r\nHost: example.test:1234\r\n"
                   "X-MiXeD-Case: v1\r\nX-Multi: one\r\nX-Multi: two\r\n\r\n"_ba,
            secure);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Content-Type"), "application/json"_ba);
    const QJsonObject json = jsonOf(*response);
    const QJsonObject args = json.value(u"args"_s).toObject();
    QCOMPARE(args.value(u"a"_s).toArray(), (QJsonArray { u"1"_s, u"2"_s }));
    QCOMPARE(args.value(u"b"_s).toString(), u"x y"_s);
    QCOMPARE(args.value(u"c"_s).toString(), u"ü"_s);
    QCOMPARE(args.value(u"empty"_s).toString(), u""_s);
    const QJsonObject headers = json.value(u"headers"_s).toObject();
    QCOMPARE(headers.keys(), (QStringList { u"Host"_s, u"X-MiXeD-Case"_s, u"X-Multi"_s }));
    QCOMPARE(headers.value(u"X-Multi"_s).toString(), u"one, two"_s);
    const QString scheme = secure ? u"https"_s : u"http"_s;
    QCOMPARE(json.value(u"url"_s).toString(), scheme + u"://example.test:1234/get?a=1&a=2&b=x+y&c=%C3%BC&empty"_s);
    QCOMPARE(json.value(u"origin"_s).toString(), u"127.0.0.1"_s);

    const std::optional<RawHttpResponse> onlyHeaders = get("/headers"_ba, "Accept: */*\r\n"_ba);
    QVERIFY(onlyHeaders);
    QCOMPARE(jsonOf(*onlyHeaders).keys(), QStringList { u"headers"_s });
    QCOMPARE(jsonOf(*onlyHeaders).value(u"headers"_s).toObject().value(u"Accept"_s).toString(), u"*/*"_s);
}

void tst_PlaygroundEndpoints::anything_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("base64");
    QTest::addColumn<QJsonValue>("json");

    QTest::newRow("empty") << "GET"_ba << QByteArray() << u""_s << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("utf-8") << "POST"_ba
                           << "Grüße €"_ba << u"Grüße €"_s << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("object") << "PUT"_ba
                            << "{\"k\":[1,true]}"_ba << u"{\"k\":[1,true]}"_s << false
                            << QJsonValue(QJsonObject { { u"k"_s, QJsonArray { 1, true } } });
    QTest::newRow("array") << "PATCH"_ba
                           << " [1] "_ba << u" [1] "_s << false << QJsonValue(QJsonArray { 1 });
    QTest::newRow("scalar") << "POST"_ba
                            << "42"_ba << u"42"_s << false << QJsonValue(42);
    QTest::newRow("string") << "POST"_ba
                            << "\"s\""_ba << u"\"s\""_s << false << QJsonValue(u"s"_s);
    QTest::newRow("two-texts") << "POST"_ba
                               << "1,2"_ba << u"1,2"_s << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("not-json") << "DELETE"_ba
                              << "a=b"_ba << u"a=b"_s << false << QJsonValue(QJsonValue::Null);
    const QByteArray binary("\x00\xff\xfe\x80 binary", 11);
    QTest::newRow("binary") << "POST"_ba << binary << QString::fromLatin1(binary.toBase64()) << true
                            << QJsonValue(QJsonValue::Null);
    QTest::newRow("latin-1") << "POST"_ba
                             << "Gr\xfc\xdf"_ba << u"R3L83w=="_s << true << QJsonValue(QJsonValue::Null);
}

void tst_PlaygroundEndpoints::anything()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    const std::optional<RawHttpResponse> response
        = exchange(method + " /anything/deep/path?q=1 HTTP/1.1\r\nHost: h\r\nContent-Length: "_ba
            + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QJsonObject json = jsonOf(*response);
    QCOMPARE(json.value(u"method"_s).toString(), QString::fromLatin1(method));
    QCOMPARE(json.value(u"url"_s).toString(), u"http://h/anything/deep/path?q=1"_s);
    QCOMPARE(json.value(u"args"_s).toObject().value(u"q"_s).toString(), u"1"_s);
    QCOMPARE(json.value(u"headers"_s).toObject().value(u"Content-Length"_s).toString(), QString::number(body.size()));
    QTEST(json.value(u"data"_s).toString(), "data");
    QFETCH(bool, base64);
    QCOMPARE(json.value(u"dataEncoding"_s).toString(), base64 ? u"base64"_s : QString());
    QVERIFY(json.contains(u"json"_s));
    QTEST(json.value(u"json"_s), "json");
}

void tst_PlaygroundEndpoints::status_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<bool>("hasBody");
    const QList<QPair<int, const char *>> rows = {
        { 200, "OK" },
        { 201, "Created" },
        { 204, "No Content" },
        { 206, "Partial Content" },
        { 299, "Unknown" },
        { 301, "Moved Permanently" },
        { 304, "Not Modified" },
        { 307, "Temporary Redirect" },
        { 401, "Unauthorized" },
        { 404, "Not Found" },
        { 418, "I'm a teapot" },
        { 429, "Too Many Requests" },
        { 451, "Unavailable For Legal Reasons" },
        { 500, "Internal Server Error" },
        { 503, "Service Unavailable" },
        { 599, "Unknown" },
    };
    for (const auto &[code, reason] : rows) {
        QTest::newRow(QByteArray::number(code).constData())
            << code << "HTTP/1.1 "_ba + QByteArray::number(code) + ' ' + reason << (code != 204 && code != 304);
    }
}

void tst_PlaygroundEndpoints::status()
{
    QFETCH(int, code);
    QFETCH(QByteArray, statusLine);
    QFETCH(bool, hasBody);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send("GET /status/"_ba + QByteArray::number(code) + " HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->statusLine, statusLine);
    if (hasBody) {
        QCOMPARE(response->body, statusLine.mid(9) + '\n');
        QCOMPARE(response->header("Content-Length"), QByteArray::number(response->body.size()));
    } else {
        QCOMPARE(response->headerCount("Content-Length"), 0);
        QCOMPARE(response->headerCount("Transfer-Encoding"), 0);
    }
    // the connection goes on, so no stray body byte was sent
    client.send("GET /status/200 HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> next = client.waitForResponse(false, Timeout);
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

void tst_PlaygroundEndpoints::bytes_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("empty") << qint64(0) << QByteArray() << quint64(0);
    QTest::newRow("one") << qint64(1) << QByteArray() << quint64(0);
    QTest::newRow("seven") << qint64(7) << "?seed=1"_ba << quint64(1);
    QTest::newRow("nine") << qint64(9) << "?seed=42"_ba << quint64(42);
    QTest::newRow("block+1") << qint64(65537) << "?seed=7"_ba << quint64(7);
    QTest::newRow("megabyte") << qint64(1000000) << "?seed=18446744073709551615"_ba << quint64(18446744073709551615ULL);
}

void tst_PlaygroundEndpoints::bytes()
{
    QFETCH(qint64, count);
    QFETCH(QByteArray, query);
    QFETCH(quint64, seed);
    for (const bool secure : { false, true }) {
        const std::optional<RawHttpResponse> response = exchange(
            "GET /bytes/"_ba + QByteArray::number(count) + query + " HTTP/1.1\r\nHost: h\r\n\r\n"_ba, secure);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Content-Type"), "application/octet-stream"_ba);
        QCOMPARE(response->header("Content-Length"), QByteArray::number(count));
        QVERIFY(response->body == referenceBytes(seed, count));
    }
}

void tst_PlaygroundEndpoints::bytesAnySlice()
{
    for (const quint64 seed : { quint64(0), quint64(3), ~quint64(0) }) {
        const QByteArray all = referenceBytes(seed, 64);
        for (qint64 offset = 0; offset < 20; ++offset) {
            for (qint64 length = 0; length < 30; ++length)
                QCOMPARE(PlaygroundBytes::generate(seed, offset, length), all.mid(offset, length));
        }
    }
    QCOMPARE(PlaygroundBytes::word(0, 0), 0xE220A8397B1DCDAFULL); // splitmix64(0)'s well-known first output
}

// 8 GiB announced; the client stops reading, so the server must stop generating (TCP back-pressure).
void tst_PlaygroundEndpoints::bytesStreamWithFlatMemory()
{
    const qint64 size = qint64(8) << 30;
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024);
    socket.connectToHost(u"127.0.0.1"_s, m_server.httpPort());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, Timeout);
    socket.write("GET /bytes/"_ba + QByteArray::number(size) + "?seed=5 HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    QByteArray head;
    QTRY_VERIFY_WITH_TIMEOUT((head += socket.readAll()).contains("\r\n\r\n"), Timeout);
    QVERIFY(head.contains("\r\nContent-Length: 8589934592\r\n"));
    const qint64 before = residentBytes();
    // Nobody reads for a while: without back-pressure the server would buffer ~100 MB in this time.
    QVERIFY(!QTest::qWaitFor([&] { return residentBytes() > before + 64 * 1024 * 1024; }, 1000));

    // Read 64 MiB at full speed, check a slice far into the stream, and stay flat.
    socket.setReadBufferSize(0);
    QByteArray body = head.mid(head.indexOf("\r\n\r\n") + 4);
    qint64 received = body.size();
    const qint64 target = 64 * 1024 * 1024;
    QEventLoop loop; // not qWaitFor: its 10 ms naps would cap the rate at one socket read per nap
    const auto consume = [&] {
        const QByteArray more = socket.readAll();
        if (received < target - 4096 && received + more.size() >= target - 4096)
            body = more.mid(target - 4096 - received); // keep only bytes from target - 4096 on
        else if (received >= target - 4096)
            body += more;
        received += more.size();
        if (received >= target)
            loop.quit();
    };
    connect(&socket, &QTcpSocket::readyRead, &loop, consume);
    QTimer::singleShot(Timeout * 3, &loop, &QEventLoop::quit);
    consume();
    if (received < target)
        loop.exec();
    QVERIFY(received >= target);
    QVERIFY(body.startsWith(PlaygroundBytes::generate(5, target - 4096, 4096)));
#if !defined(__SANITIZE_ADDRESS__) // ASan's quarantine keeps the freed blocks resident
    QVERIFY2(residentBytes() < before + 64 * 1024 * 1024, "the server buffered instead of streaming");
#endif
    socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
}

void tst_PlaygroundEndpoints::stream_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QList<qsizetype>>("chunks");
    QTest::newRow("empty") << qint64(0) << QByteArray() << QList<qsizetype>();
    QTest::newRow("one") << qint64(1) << QByteArray() << QList<qsizetype> { 1 };
    QTest::newRow("default-chunk") << qint64(5000) << QByteArray() << QList<qsizetype> { 1024, 1024, 1024, 1024, 904 };
    QTest::newRow("even") << qint64(3000) << "?chunk=1000"_ba << QList<qsizetype> { 1000, 1000, 1000 };
    QTest::newRow("tail") << qint64(2500) << "?chunk=1000&seed=9"_ba << QList<qsizetype> { 1000, 1000, 500 };
    QTest::newRow("big-chunk") << qint64(100000) << "?chunk=65536"_ba << QList<qsizetype> { 65536, 34464 };
    QTest::newRow("bytewise") << qint64(5) << "?chunk=1"_ba << QList<qsizetype> { 1, 1, 1, 1, 1 };
}

void tst_PlaygroundEndpoints::stream()
{
    QFETCH(qint64, count);
    QFETCH(QByteArray, query);
    const std::optional<RawHttpResponse> response = get("/stream/"_ba + QByteArray::number(count) + query);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Transfer-Encoding"), "chunked"_ba);
    QCOMPARE(response->headerCount("Content-Length"), 0);
    QCOMPARE(response->header("Content-Type"), "application/octet-stream"_ba);
    QTEST(response->chunkSizes, "chunks");
    const quint64 seed = query.contains("seed=9") ? 9 : 0;
    QVERIFY(response->body == referenceBytes(seed, count));
}

// numbytes=5 over 0.4 s after a 0.2 s delay: headers no earlier than 0.2 s, bytes at 0, 0.08, … 0.32 s.
void tst_PlaygroundEndpoints::drip()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    QElapsedTimer clock;
    clock.start();
    client.send("GET /drip?numbytes=5&duration=0.4&delay=0.2&code=201 HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    QVERIFY(client.waitForBytes(1, Timeout));
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    const qint64 firstArrival = client.arrivalTimes().first();
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QVERIFY2(clock.elapsed() >= 190 + 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(response->statusLine, "HTTP/1.1 201 Created"_ba);
    QCOMPARE(response->header("Content-Type"), "application/octet-stream"_ba);
    QCOMPARE(response->header("Content-Length"), "5"_ba);
    QCOMPARE(response->body, "*****"_ba);
    QVERIFY(client.arrivalTimes().size() >= 3); // spread out, not in one piece
    QVERIFY(client.arrivalTimes().last() - firstArrival >= 300);
}

void tst_PlaygroundEndpoints::delay()
{
    QElapsedTimer clock;
    clock.start();
    const std::optional<RawHttpResponse> response = get("/delay/0.3?x=1"_ba);
    QVERIFY(response);
    QVERIFY(clock.elapsed() >= 290);
    QCOMPARE(response->status, 200);
    QCOMPARE(jsonOf(*response).value(u"url"_s).toString(), u"http://playground.test/delay/0.3?x=1"_s);
    QCOMPARE(jsonOf(*response).value(u"args"_s).toObject().value(u"x"_s).toString(), u"1"_s);
}

void tst_PlaygroundEndpoints::redirects()
{
    const QList<QPair<QByteArray, QByteArray>> hops = {
        { "/redirect/3", "/redirect/2" },
        { "/redirect/1", "/get" },
        { "/fault/redirect-loop", "/fault/redirect-loop" },
        { "/redirect-to?url=http%3A%2F%2Fexample.test%2Fa%3Fb%3Dc", "http://example.test/a?b=c" },
    };
    for (const auto &[target, location] : hops) {
        const std::optional<RawHttpResponse> response = get(target);
        QVERIFY(response);
        QCOMPARE(response->statusLine, "HTTP/1.1 302 Found"_ba);
        QCOMPARE(response->header("Location"), location);
        QCOMPARE(response->header("Content-Length"), "0"_ba);
    }
    const std::optional<RawHttpResponse> permanent = get("/redirect-to?url=/get&status=308"_ba);
    QVERIFY(permanent);
    QCOMPARE(permanent->statusLine, "HTTP/1.1 308 Permanent Redirect"_ba);
    QCOMPARE(permanent->header("Location"), "/get"_ba);
}

void tst_PlaygroundEndpoints::redirectsFollowedByQnam()
{
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server.url(u"/redirect/3"_s));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(redirected.count(), 3);
    QCOMPARE(reply->url().path(), u"/get"_s);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_PlaygroundEndpoints::basicAuth_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("authorization"); // null: no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("user");

    const auto basic = [](const QByteArray &credentials) -> QByteArray {
        return "Basic "_ba + credentials.toBase64();
    };
    QTest::newRow("right") << "/basic-auth/user/passwd"_ba << basic("user:passwd") << 200 << u"user"_s;
    QTest::newRow("scheme-case") << "/basic-auth/user/passwd"_ba
                                 << "basic dXNlcjpwYXNzd2Q="_ba << 200 << u"user"_s;
    QTest::newRow("wrong-password") << "/basic-auth/user/passwd"_ba << basic("user:wrong") << 401 << QString();
    QTest::newRow("wrong-user") << "/basic-auth/user/passwd"_ba << basic("resu:passwd") << 401 << QString();
    QTest::newRow("no-header") << "/basic-auth/user/passwd"_ba << QByteArray() << 401 << QString();
    QTest::newRow("bearer") << "/basic-auth/user/passwd"_ba
                            << "Bearer dXNlcjpwYXNzd2Q="_ba << 401 << QString();
    QTest::newRow("bad-base64") << "/basic-auth/user/passwd"_ba
                                << "Basic %%%"_ba << 401 << QString();
    QTest::newRow("colon-in-password") << "/basic-auth/u/p:q"_ba << basic("u:p:q") << 200 << u"u"_s;
    QTest::newRow("utf-8-user") << "/basic-auth/%C3%BC/pw"_ba << basic("ü:pw"_ba) << 200 << u"ü"_s;
}

void tst_PlaygroundEndpoints::basicAuth()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const std::optional<RawHttpResponse> response
        = get(target, authorization.isNull() ? QByteArray() : "Authorization: "_ba + authorization + "\r\n"_ba);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Content-Type"), "application/json"_ba);
    const QJsonObject json = jsonOf(*response);
    QCOMPARE(json.value(u"authenticated"_s).toBool(), status == 200);
    if (status == 200) {
        QTEST(json.value(u"user"_s).toString(), "user");
        QCOMPARE(response->headerCount("WWW-Authenticate"), 0);
    } else {
        QCOMPARE(response->header("WWW-Authenticate"), "Basic realm=\"playground\""_ba);
    }
}

void tst_PlaygroundEndpoints::charset_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QString unicode = PlaygroundCharset::sampleText(u"utf-8"_s);
    const QByteArray utf16le = QStringEncoder(QStringEncoder::Utf16LE).encode(unicode);
    const QByteArray utf16be = QStringEncoder(QStringEncoder::Utf16BE).encode(unicode);
    const QByteArray latin1 = PlaygroundCharset::sampleText(u"iso-8859-1"_s).toLatin1();
    // "Grüße, naïve café — €" in windows-1252, written out: — is 0x97, € is 0x80
    const QByteArray cp1252 = QByteArray::fromHex("4772fcdf652c206e61ef7665206361 66e9 20 97 20 80");
    // "日本語のテキスト：ｶﾀｶﾅと漢字" in Shift_JIS, as iconv writes it
    const QByteArray sjis = QByteArray::fromHex("93fa967b8cea82cc8365834c835883678146b6c0b6c582c68abf8e9a");

    QTest::newRow("utf-8") << "/charset/utf-8"_ba
                           << "text/plain; charset=utf-8"_ba << unicode.toUtf8();
    QTest::newRow("utf-8-bom") << "/charset/utf-8?bom=1"_ba
                               << "text/plain; charset=utf-8"_ba
                               << "\xEF\xBB\xBF"_ba + unicode.toUtf8();
    QTest::newRow("UTF8-alias") << "/charset/UTF8"_ba
                                << "text/plain; charset=UTF8"_ba << unicode.toUtf8();
    QTest::newRow("iso-8859-1") << "/charset/iso-8859-1"_ba
                                << "text/plain; charset=iso-8859-1"_ba << latin1;
    QTest::newRow("latin1-bom-ignored") << "/charset/latin1?bom=1"_ba
                                        << "text/plain; charset=latin1"_ba << latin1;
    QTest::newRow("windows-1252") << "/charset/windows-1252"_ba
                                  << "text/plain; charset=windows-1252"_ba << cp1252;
    QTest::newRow("undeclared") << "/charset/windows-1252?declare=0"_ba
                                << "text/plain"_ba << cp1252;
    QTest::newRow("quoted") << "/charset/windows-1252?quoted=1"_ba
                            << "text/plain; charset=\"windows-1252\""_ba << cp1252;
    QTest::newRow("utf-16le") << "/charset/utf-16le"_ba
                              << "text/plain; charset=utf-16le"_ba << utf16le;
    QTest::newRow("utf-16le-bom") << "/charset/utf-16le?bom=1"_ba
                                  << "text/plain; charset=utf-16le"_ba
                                  << "\xFF\xFE"_ba + utf16le;
    QTest::newRow("utf-16be-bom") << "/charset/utf-16be?bom=1&quoted=1"_ba
                                  << "text/plain; charset=\"utf-16be\""_ba
                                  << "\xFE\xFF"_ba + utf16be;
    QTest::newRow("shift_jis") << "/charset/shift_jis"_ba
                               << "text/plain; charset=shift_jis"_ba << sjis;
}

void tst_PlaygroundEndpoints::charset()
{
    QFETCH(QByteArray, target);
    const std::optional<RawHttpResponse> response = get(target);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTEST(response->header("Content-Type"), "contentType");
    QTEST(response->body, "body");
}

void tst_PlaygroundEndpoints::charsetSamplesLeaveAscii()
{
    QCOMPARE(PlaygroundCharset::sampleText(u"windows-1252"_s), u"Grüße, naïve café — €"_s);
    QCOMPARE(PlaygroundCharset::sampleText(u"shift_jis"_s), u"日本語のテキスト：ｶﾀｶﾅと漢字"_s);
    QVERIFY(PlaygroundCharset::sampleText(u"koi8-r"_s).isNull());
    for (const QString &name : PlaygroundCharset::names()) {
        const QString text = PlaygroundCharset::sampleText(name);
        QVERIFY2(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; }), qPrintable(name));
        QVERIFY(PlaygroundCharset::encodedSample(name));
    }
    // the Unicode sample reaches beyond the BMP (a surrogate pair in UTF-16)
    QVERIFY(std::any_of(PlaygroundCharset::sampleText(u"utf-16le"_s).cbegin(),
        PlaygroundCharset::sampleText(u"utf-16le"_s).cend(),
        [](QChar c) { return c.isHighSurrogate(); }));
    QCOMPARE(QStringDecoder(QStringDecoder::Latin1).decode(*PlaygroundCharset::encodedSample(u"iso-8859-1"_s)),
        PlaygroundCharset::sampleText(u"iso-8859-1"_s));
}

void tst_PlaygroundEndpoints::sse()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send("GET /sse?n=3&interval=60 HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Content-Type"), "text/event-stream"_ba);
    QCOMPARE(response->header("Cache-Control"), "no-cache"_ba);
    QVERIFY(response->chunked);
    const QByteArray events[]
        = { "id: 1\ndata: {\"n\":1}\n\n"_ba, "id: 2\ndata: {\"n\":2}\n\n"_ba, "id: 3\ndata: {\"n\":3}\n\n"_ba };
    QCOMPARE(response->body, events[0] + events[1] + events[2]);
    QCOMPARE(response->chunkSizes, (QList<qsizetype> { events[0].size(), events[1].size(), events[2].size() }));
    QVERIFY(client.arrivalTimes().last() - client.arrivalTimes().first() >= 110); // two intervals

    const std::optional<RawHttpResponse> none = get("/sse?n=0"_ba);
    QVERIFY(none);
    QVERIFY(none->chunked);
    QVERIFY(none->body.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PlaygroundEndpoints)
#include "tst_playgroundendpoints.moc"
