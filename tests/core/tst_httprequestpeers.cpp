// SPDX-License-Identifier: MIT
// HttpRequest against servers nobody here wrote: nginx (static, empty, HEAD, 204/304, a sparse 1 GiB file) and
// httpbin (drip, stream-bytes, redirects, echo, statuses), started on loopback by tests/support.
#include "enginetestsupport.h"
#include "httpbinpeer.h"
#include "nginxpeer.h"
#include "peers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::HttpbinPeer;
using Reqscope::Test::NginxPeer;
using Reqscope::Test::openSendWait;
using Reqscope::Test::Peers;
using Reqscope::Test::signalTimeoutMs;
using State = Reqscope::HttpRequest::State;

class tst_HttpRequestPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nginx_data();
    void nginx();
    void bigFileStreams_data();
    void bigFileStreams();
    void abortBigFileMidBody();
    void httpbin_data();
    void httpbin();
    void httpbinEcho();
};

void tst_HttpRequestPeers::initTestCase()
{
    QVERIFY2(Peers::nginx().isValid(), qPrintable(Peers::nginx().problem()));
    QVERIFY2(Peers::httpbin().isValid(), qPrintable(Peers::httpbin().problem()));
}

void tst_HttpRequestPeers::nginx_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QByteArray>("body");

    const QStringList withBody = { u"start:200"_s, u"data*"_s, u"finished"_s };
    for (const bool async : { false, true }) {
        const char *mode = async ? "async" : "sync";
        QTest::addRow("small/%s", mode) << u"GET"_s << u"/small.txt"_s << withBody << NginxPeer::smallText();
        QTest::addRow("HEAD/%s", mode) << u"HEAD"_s << u"/small.txt"_s << QStringList { u"start:200"_s, u"finished"_s }
                                       << QByteArray();
        QTest::addRow("empty file/%s", mode)
            << u"GET"_s << u"/empty.txt"_s << QStringList { u"start:200"_s, u"finished"_s } << QByteArray();
        QTest::addRow("204/%s", mode) << u"GET"_s << u"/status/204"_s << QStringList { u"start:204"_s, u"finished"_s }
                                      << QByteArray();
        QTest::addRow("304/%s", mode) << u"GET"_s << u"/status/304"_s << QStringList { u"start:304"_s, u"finished"_s }
                                      << QByteArray();
        QTest::addRow("404/%s", mode) << u"GET"_s << u"/missing"_s
                                      << QStringList { u"start:404"_s, u"data*"_s, u"finished"_s } << QByteArray();
        QTest::addRow("1 MiB/%s", mode) << u"GET"_s << u"/1mib.bin"_s << withBody
                                        << NginxPeer::patternBytes(1024 * 1024);
    }
}

void tst_HttpRequestPeers::nginx()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, events);
    QFETCH(QByteArray, body);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(openSendWait(request, method, Peers::nginx().httpUrl(path), async).code(), HResult::Ok);
    QCOMPARE(recorder.folded(), events);
    QCOMPARE(recorder.emptyChunks, 0);
    QByteArray retained;
    QCOMPARE(request.responseBody(retained).code(), HResult::Ok);
    QCOMPARE(retained, recorder.body);
    if (!body.isEmpty() || events.size() == 2)
        QVERIFY(retained == body);
    QString server;
    QCOMPARE(request.getResponseHeader(u"server"_s, server).code(), HResult::Ok);
    QVERIFY2(server.startsWith(u"nginx"_s), qPrintable(server));
}

void tst_HttpRequestPeers::bigFileStreams_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestPeers::bigFileStreams()
{
    // 1 GiB through responseDataAvailable with retention off: every byte arrives once, in non-empty chunks,
    // and nothing is kept.
    QFETCH(bool, async);

    HttpRequest request;
    QCOMPARE(request.setOption(HttpRequest::ResponseBodyRetention, 0).code(), HResult::Ok);
    qint64 total = 0;
    qint64 chunks = 0;
    qint64 largest = 0;
    bool allZero = true;
    connect(&request, &HttpRequest::responseDataAvailable, this, [&](const QByteArray &chunk) {
        total += chunk.size();
        largest = qMax<qint64>(largest, chunk.size());
        ++chunks;
        if (chunks % 64 == 0) // the file is sparse: zeros; sample rather than scan every byte
            allZero = allZero && chunk.count('\0') == chunk.size();
    });
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(openSendWait(request, u"GET"_s, Peers::nginx().httpUrl(u"/big.bin"_s), async).code(), HResult::Ok);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    qInfo("1 GiB in %lld ms (%lld MiB/s), %lld chunks, largest %lld bytes",
        ms,
        (NginxPeer::bigFileSize >> 20) * 1000 / ms,
        chunks,
        largest);
    QCOMPARE(total, NginxPeer::bigFileSize);
    QVERIFY(allZero);
    QVERIFY(largest <= 512 * 1024); // chunks are bounded by the engine's read size
    QByteArray body = "untouched";
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QCOMPARE(body, QByteArray());
}

void tst_HttpRequestPeers::abortBigFileMidBody()
{
    HttpRequest request;
    EventRecorder recorder(&request);
    int chunks = 0;
    connect(&request, &HttpRequest::responseDataAvailable, this, [&] {
        if (++chunks == 3)
            request.abort();
    });
    QCOMPARE(request.open(u"GET"_s, Peers::nginx().httpUrl(u"/big.bin"_s).toString()).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::fromWinHttp(Reqscope::WinHttpError::OperationCancelled));
    QCOMPARE(chunks, 3);
    // A second request on another object lets any queued event of the aborted one surface.
    HttpRequest other;
    QCOMPARE(openSendWait(other, u"GET"_s, Peers::nginx().httpUrl(u"/small.txt"_s), true).code(), HResult::Ok);
    QCOMPARE(recorder.folded(), (QStringList { u"start:200"_s, u"data*"_s }));
    QCOMPARE(recorder.events.size(), 4);
}

void tst_HttpRequestPeers::httpbin_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<qint64>("bodySize"); // -1: do not check

    const QStringList withBody = { u"start:200"_s, u"data*"_s, u"finished"_s };
    for (const bool async : { false, true }) {
        const char *mode = async ? "async" : "sync";
        QTest::addRow("drip/%s", mode) << u"GET"_s << u"/drip?numbytes=5&duration=1&delay=0&code=200"_s << withBody
                                       << qint64(5);
        QTest::addRow("stream-bytes/%s", mode)
            << u"GET"_s << u"/stream-bytes/100000?chunk_size=1000&seed=1"_s << withBody << qint64(100000);
        QTest::addRow("HEAD/%s", mode) << u"HEAD"_s << u"/get"_s << QStringList { u"start:200"_s, u"finished"_s }
                                       << qint64(0);
        QTest::addRow("204/%s", mode) << u"GET"_s << u"/status/204"_s << QStringList { u"start:204"_s, u"finished"_s }
                                      << qint64(0);
        QTest::addRow("418 is a response/%s", mode)
            << u"GET"_s << u"/status/418"_s << QStringList { u"start:418"_s, u"data*"_s, u"finished"_s } << qint64(-1);
        QTest::addRow("500 is a response/%s", mode)
            << u"GET"_s << u"/status/500"_s << QStringList { u"start:500"_s, u"finished"_s } << qint64(0);
        QTest::addRow("redirects emit once/%s", mode) << u"GET"_s << u"/redirect/2"_s << withBody << qint64(-1);
    }
}

void tst_HttpRequestPeers::httpbin()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, events);
    QFETCH(qint64, bodySize);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(openSendWait(request, method, Peers::httpbin().url(path), async).code(), HResult::Ok);
    QCOMPARE(recorder.folded(), events);
    QCOMPARE(recorder.emptyChunks, 0);
    if (bodySize >= 0)
        QCOMPARE(recorder.body.size(), bodySize);
    if (path.startsWith(u"/redirect")) {
        QVariant url;
        QCOMPARE(request.option(HttpRequest::Url, url).code(), HResult::Ok);
        QCOMPARE(url.toString(), Peers::httpbin().url(u"/get"_s).toString());
    }
}

void tst_HttpRequestPeers::httpbinEcho()
{
    HttpRequest request;
    QCOMPARE(request.open(u"POST"_s, Peers::httpbin().url(u"/anything"_s).toString()).code(), HResult::Ok);
    QCOMPARE(request.setRequestHeader(u"X-Probe"_s, u"1"_s).code(), HResult::Ok);
    QCOMPARE(request.send(QVariant(u"Grüße"_s)).code(), HResult::Ok);
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    const QJsonObject echo = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(echo.value(u"data"_s).toString(), u"Grüße"_s);
    const QJsonObject headers = echo.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"Content-Type"_s).toString(), u"text/plain; charset=UTF-8"_s);
    QCOMPARE(headers.value(u"User-Agent"_s).toString(), u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s);
    QCOMPARE(headers.value(u"Accept"_s).toString(), u"*/*"_s);
    QCOMPARE(headers.value(u"Accept-Encoding"_s).toString(), u"identity"_s);
    QCOMPARE(headers.value(u"X-Probe"_s).toString(), u"1"_s);
}

QTEST_GUILESS_MAIN(tst_HttpRequestPeers)
#include "tst_httprequestpeers.moc"
