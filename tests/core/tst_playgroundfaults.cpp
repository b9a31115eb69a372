// SPDX-License-Identifier: MIT
#include "playgroundbytes.h"
#include "playgroundfaultendpoints.h"
#include "playgroundgzipbomb.h"
#include "playgroundserver.h"
#include "rawhttpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundBytes;
using Reqscope::PlaygroundFaultEndpoints;
using Reqscope::PlaygroundServer;

namespace {

constexpr int Timeout = 20000; // generous: tests share the machine with builds

struct BlockingRead
{
    QByteArray data;
    bool endOfFile = false; ///< FIN
    int error = 0; ///< errno of the failing recv(), e.g. ECONNRESET
};

// A plain BSD socket (Qt reports an RST like a FIN): sends \a request, reads until EOF or error.
// Runs on another thread, since the server needs this thread's event loop.
BlockingRead readUntilEnd(quint16 port, const QByteArray &request)
{
    BlockingRead result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout = { 20, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::send(fd, request.constData(), size_t(request.size()), 0) != request.size()) {
        result.error = errno;
        ::close(fd);
        return result;
    }
    char buffer[65536];
    while (true) {
        const ssize_t count = ::recv(fd, buffer, sizeof buffer, 0);
        if (count > 0) {
            result.data.append(buffer, count);
        } else {
            result.endOfFile = count == 0;
            result.error = count == 0 ? 0 : errno;
            break;
        }
    }
    ::close(fd);
    return result;
}

QByteArray getRequest(const QByteArray &target)
{
    return "GET "_ba + target + " HTTP/1.1\r\nHost: h\r\n\r\n"_ba;
}

} // namespace

/// PlaygroundFaultEndpoints: each fault's exact wire behaviour.
class tst_PlaygroundFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resetMidBodyResets();
    void resetMidBodyFailsQnam_data();
    void resetMidBodyFailsQnam();
    void truncatedChunkedLacksTheLastChunk_data();
    void truncatedChunkedLacksTheLastChunk();
    void badStatusLine_data();
    void badStatusLine();
    void hugeHeaders_data();
    void hugeHeaders();
    void hangBeforeHeaders();
    void redirectLoop();
    void gzipBombIsSmallAndInflatesToAGibibyte();

private:
    PlaygroundServer m_server;
};

void tst_PlaygroundFaults::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

// Content-Length 100000, 10240 bytes, then an RST: recv() returns the bytes, then fails with ECONNRESET.
void tst_PlaygroundFaults::resetMidBodyResets()
{
    std::future<BlockingRead> reading
        = std::async(std::launch::async, readUntilEnd, m_server.httpPort(), getRequest("/fault/reset-mid-body"));
    QTRY_VERIFY_WITH_TIMEOUT(reading.wait_for(std::chrono::seconds(0)) == std::future_status::ready, Timeout);
    const BlockingRead result = reading.get();
    QCOMPARE(result.error, ECONNRESET);
    QVERIFY(!result.endOfFile);
    qsizetype headEnd = result.data.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(result.data.left(headEnd).contains("\r\nContent-Length: 100000"));
    const QByteArray body = result.data.mid(headEnd + 4);
    QCOMPARE(body.size(), PlaygroundFaultEndpoints::ResetSentLength);
    QVERIFY(body == PlaygroundBytes::generate(0, 0, PlaygroundFaultEndpoints::ResetSentLength));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
}

void tst_PlaygroundFaults::resetMidBodyFailsQnam_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_PlaygroundFaults::resetMidBodyFailsQnam()
{
    QFETCH(bool, secure);
    QNetworkAccessManager manager;
    const QString path = u"/fault/reset-mid-body"_s;
    QNetworkRequest request(secure ? m_server.secureUrl(path) : m_server.url(path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(PlaygroundServer::caCertificates());
    request.setSslConfiguration(configuration);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QByteArray body;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
        PlaygroundFaultEndpoints::ResetDeclaredLength);
    body += reply->readAll();
    QVERIFY(body.size() <= PlaygroundFaultEndpoints::ResetSentLength);
    // Qt 6.4 usually says RemoteHostClosedError, but when the reset is seen as the socket's end before any
    // error, QHttpNetworkConnectionChannel takes it for a close-delimited body and reports NoError: a client
    // must compare what it got with Content-Length. Either way the body is short.
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError || reply->error() == QNetworkReply::NoError,
        qPrintable(reply->errorString()));
}

void tst_PlaygroundFaults::truncatedChunkedLacksTheLastChunk_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_PlaygroundFaults::truncatedChunkedLacksTheLastChunk()
{
    QFETCH(bool, secure);
    RawHttpClient client;
    QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
    client.send(getRequest("/fault/truncated-chunked"));
    QVERIFY(client.waitForDisconnected(Timeout));
    const QByteArray received = client.received();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(received.left(headEnd).contains("\r\nTransfer-Encoding: chunked"));
    QByteArray expected;
    for (int i = 0; i < PlaygroundFaultEndpoints::TruncatedChunks; ++i) {
        const qint64 size = PlaygroundFaultEndpoints::TruncatedChunkSize;
        expected += QByteArray::number(size, 16) + "\r\n"_ba + PlaygroundBytes::generate(0, i * size, size) + "\r\n"_ba;
    }
    QVERIFY(received.mid(headEnd + 4) == expected); // three whole chunks, then the close: no "0\r\n\r\n"
    QVERIFY(!client.waitForResponse(false, 0));
}

void tst_PlaygroundFaults::badStatusLine_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("status-line")
        << "/fault/bad-status-line"_ba
        << "HTTP/1.1 TWO HUNDRED OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n"_ba;
    QTest::newRow("garbage") << "/fault/bad-status-line?variant=garbage"_ba
                             << "\x00\x01\x02 this is not HTTP \xff\xfe\r\n\r\n"_ba;
}

void tst_PlaygroundFaults::badStatusLine()
{
    QFETCH(QByteArray, target);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send(getRequest(target));
    QVERIFY(client.waitForDisconnected(Timeout));
    QTEST(client.received(), "wire");
}

void tst_PlaygroundFaults::hugeHeaders_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("fillers");
    QTest::addColumn<int>("each");
    QTest::newRow("default") << "/fault/huge-headers"_ba << PlaygroundFaultEndpoints::HugeHeadersDefaultKib << 1024;
    QTest::newRow("kib=2") << "/fault/huge-headers?kib=2"_ba << 2 << 1024;
    QTest::newRow("kib=1024") << "/fault/huge-headers?kib=1024"_ba << 1024 << 1024;
    QTest::newRow("few-big") << "/fault/huge-headers?kib=160&each=8192"_ba << 20 << 8192;
    QTest::newRow("rounded-up") << "/fault/huge-headers?kib=1&each=1000"_ba << 2 << 1000;
    QTest::newRow("one-mebibyte") << "/fault/huge-headers?kib=1024&each=1048576"_ba << 1 << 1024 * 1024;
}

void tst_PlaygroundFaults::hugeHeaders()
{
    QFETCH(QByteArray, target);
    QFETCH(int, fillers);
    QFETCH(int, each);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.httpPort()));
    client.send(getRequest(target));
    const std::optional<RawHttpResponse> response = client.waitForResponse(false, Timeout);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "ok\n"_ba);
    int count = 0;
    for (const auto &[name, value] : response->headers) {
        if (!name.startsWith("X-Filler-"))
            continue;
        ++count;
        QCOMPARE(name.size() + 2 + value.size() + 2, each); // "name: value\r\n"
    }
    QCOMPARE(count, fillers);
    QVERIFY(response->headSize > fillers * each);
    if (fillers == PlaygroundFaultEndpoints::HugeHeadersDefaultKib)
        QVERIFY(response->headSize > 128 * 1024);
}

// The request is read, then nothing: no byte arrives, the connection stays open until the client leaves.
void tst_PlaygroundFaults::hangBeforeHeaders()
{
    for (const bool secure : { false, true }) {
        RawHttpClient client;
        QVERIFY(client.connectTo(secure ? m_server.httpsPort() : m_server.httpPort(), secure));
        client.send(getRequest("/fault/hang-before-headers"));
        QVERIFY(!client.waitForBytes(1, 500));
        QVERIFY(!client.isDisconnected());
        QCOMPARE(m_server.connectionCount(), 1);
        client.send(getRequest("/get")); // pipelined behind the hang: never answered either
        QVERIFY(!client.waitForBytes(1, 200));
        client.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 0, Timeout);
    }
}

void tst_PlaygroundFaults::redirectLoop()
{
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server.url(u"/fault/redirect-loop"_s));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setMaximumRedirectsAllowed(5);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
    QCOMPARE(redirected.count(), 5);
}

// The client must get the raw compressed bytes; inflating them (CRC-checked by zlib) yields 1 GiB of zeros.
void tst_PlaygroundFaults::gzipBombIsSmallAndInflatesToAGibibyte()
{
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server.url(u"/fault/gzip-bomb"_s));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept-Encoding", "identity"); // so QNAM hands over the bytes as sent
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Content-Encoding"), "gzip"_ba);
    const QByteArray body = reply->readAll();
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(body.size()));
    QVERIFY(body == Reqscope::PlaygroundGzipBomb::body());
    QVERIFY2(body.size() < 2 * 1024 * 1024, QByteArray::number(body.size()).constData());
    QVERIFY(body.startsWith("\x1f\x8b\x08"));

    z_stream stream = {};
    QCOMPARE(inflateInit2(&stream, 16 + MAX_WBITS), Z_OK); // gzip framing only
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    static char out[1 << 20];
    static const char zeros[1 << 20] = {};
    qint64 inflated = 0;
    bool allZero = true;
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(out);
        stream.avail_out = sizeof out;
        result = inflate(&stream, Z_NO_FLUSH);
        const qint64 produced = qint64(sizeof out) - stream.avail_out;
        allZero = allZero && std::memcmp(out, zeros, size_t(produced)) == 0;
        inflated += produced;
    }
    inflateEnd(&stream);
    QCOMPARE(result, Z_STREAM_END);
    QCOMPARE(stream.avail_in, 0u);
    QCOMPARE(inflated, Reqscope::PlaygroundGzipBomb::InflatedSize);
    QVERIFY(allZero);
}

QTEST_GUILESS_MAIN(tst_PlaygroundFaults)
#include "tst_playgroundfaults.moc"
