// SPDX-License-Identifier: MIT
// HttpRequest against the embedded playground (core/playground): its demo endpoints, its charsets and its
// faults, in both modes.
#include "enginetestsupport.h"
#include "playgroundserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::PlaygroundServer;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::openSendWait;
using Reqscope::Test::signalTimeoutMs;
using State = Reqscope::HttpRequest::State;
namespace E = Reqscope::WinHttpError;

namespace {

QString hr(int winHttpError)
{
    return HResult::fromWinHttp(winHttpError).hex();
}

const QString ok = HResult(HResult::Ok).hex();

} // namespace

class tst_HttpRequestPlayground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpoints_data();
    void endpoints();
    void anythingEcho_data();
    void anythingEcho();
    void charsets_data();
    void charsets();
    void truncatedChunked_data();
    void truncatedChunked();
    void hangBeforeHeaders_data();
    void hangBeforeHeaders();

private:
    PlaygroundServer m_server;
};

void tst_HttpRequestPlayground::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_HttpRequestPlayground::endpoints_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("result");
    QTest::addColumn<qint64>("bodySize"); // -1: not checked

    const QStringList ok200 = { u"start:200"_s, u"data*"_s, u"finished"_s };
    const QString reset = hr(E::ConnectionError);
    const QString invalid = hr(E::InvalidServerResponse);
    const struct
    {
        const char *tag;
        const char16_t *method;
        const char16_t *path;
        QStringList events;
        QString result;
        qint64 bodySize;
    } rows[] = {
        { "get", u"GET", u"/get", ok200, ok, -1 },
        { "head", u"HEAD", u"/get", { u"start:200"_s, u"finished"_s }, ok, 0 },
        { "404", u"GET", u"/status/404", { u"start:404"_s, u"data*"_s, u"finished"_s }, ok, -1 },
        { "503", u"GET", u"/status/503", { u"start:503"_s, u"data*"_s, u"finished"_s }, ok, -1 },
        { "204", u"GET", u"/status/204", { u"start:204"_s, u"finished"_s }, ok, 0 },
        { "304", u"GET", u"/status/304", { u"start:304"_s, u"finished"_s }, ok, 0 },
        { "bytes", u"GET", u"/bytes/300000", ok200, ok, 300000 },
        { "bytes 0", u"GET", u"/bytes/0", { u"start:200"_s, u"finished"_s }, ok, 0 },
        { "stream", u"GET", u"/stream/100000?chunk=1000", ok200, ok, 100000 },
        { "drip", u"GET", u"/drip?numbytes=5&duration=0.5&delay=0", ok200, ok, 5 },
        { "delay", u"GET", u"/delay/1", ok200, ok, -1 },
        { "redirects", u"GET", u"/redirect/3", ok200, ok, -1 },
        { "reset mid-body",
            u"GET",
            u"/fault/reset-mid-body",
            { u"start:200"_s, u"data*"_s, u"error:"_s + reset },
            reset,
            -1 },
        { "bad status line", u"GET", u"/fault/bad-status-line", { u"error:"_s + invalid }, invalid, 0 },
        { "not HTTP at all", u"GET", u"/fault/bad-status-line?variant=garbage", { u"error:"_s + invalid }, invalid, 0 },
        { "huge headers over option 15", u"GET", u"/fault/huge-headers", { u"error:"_s + invalid }, invalid, 0 },
        { "headers within option 15", u"GET", u"/fault/huge-headers?kib=8", ok200, ok, 3 },
        { "redirect loop",
            u"GET",
            u"/fault/redirect-loop",
            { u"error:"_s + hr(E::RedirectFailed) },
            hr(E::RedirectFailed),
            0 },
    };
    for (const auto &row : rows) {
        for (const bool async : { false, true }) {
            QTest::addRow("%s/%s", row.tag, async ? "async" : "sync")
                << QString::fromUtf16(row.method) << QString::fromUtf16(row.path) << row.events << row.result
                << row.bodySize;
        }
    }
}

void tst_HttpRequestPlayground::endpoints()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, events);
    QFETCH(QString, result);
    QFETCH(qint64, bodySize);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(openSendWait(request, method, m_server.url(path), async).hex(), result);
    QCOMPARE(recorder.folded(), events);
    QCOMPARE(recorder.emptyChunks, 0);
    if (bodySize >= 0)
        QCOMPARE(recorder.body.size(), bodySize);
    if (result == ok) {
        QByteArray body;
        QCOMPARE(request.responseBody(body).code(), HResult::Ok);
        QVERIFY(body == recorder.body);
    }
    if (path.startsWith(u"/redirect/")) {
        QVariant url;
        QCOMPARE(request.option(HttpRequest::Url, url).code(), HResult::Ok);
        QCOMPARE(url.toString(), m_server.url(u"/get"_s).toString());
    }
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server.url(u"/get"_s).toString()));
    QCOMPARE(recorder.folded(), events); // nothing late
}

void tst_HttpRequestPlayground::anythingEcho_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("contentType"); // set by the caller; null: none
    QTest::addColumn<QVariant>("body");
    QTest::addColumn<QString>("data"); // /anything's "data"
    QTest::addColumn<QString>("sentType"); // null: no Content-Type header

    QTest::newRow("ASCII string") << u"POST"_s << QString() << QVariant(u"hello"_s) << u"hello"_s << QString();
    QTest::newRow("non-ASCII string") << u"PUT"_s << QString() << QVariant(u"Grüße €"_s) << u"Grüße €"_s
                                      << u"text/plain; charset=UTF-8"_s;
    QTest::newRow("charset appended") << u"POST"_s << u"application/json"_s << QVariant(u"{\"k\":\"ü\"}"_s)
                                      << u"{\"k\":\"ü\"}"_s << u"application/json; charset=UTF-8"_s;
    QTest::newRow("bytes") << u"PATCH"_s << QString() << QVariant("raw"_ba) << u"raw"_s << QString();
    QTest::newRow("GET drops the body") << u"GET"_s << QString() << QVariant(u"dropped"_s) << u""_s << QString();
}

void tst_HttpRequestPlayground::anythingEcho()
{
    QFETCH(QString, method);
    QFETCH(QString, contentType);
    QFETCH(QVariant, body);
    QFETCH(QString, data);
    QFETCH(QString, sentType);

    HttpRequest request;
    QCOMPARE(request.open(method, m_server.url(u"/anything"_s).toString()).code(), HResult::Ok);
    if (!contentType.isNull())
        QCOMPARE(request.setRequestHeader(u"Content-Type"_s, contentType).code(), HResult::Ok);
    QCOMPARE(request.send(body).code(), HResult::Ok);
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    const QJsonObject echo = QJsonDocument::fromJson(text.toUtf8()).object();
    QVERIFY2(!echo.isEmpty(), qPrintable(text));
    QCOMPARE(echo.value(u"method"_s).toString(), method);
    QCOMPARE(echo.value(u"data"_s).toString(), data);
    // Header names as the echo reports them may differ in case: look them up case-insensitively.
    const QJsonObject headers = echo.value(u"headers"_s).toObject();
    auto header = [&headers](const QString &name) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value().isArray() ? it.value().toArray().first().toString() : it.value().toString();
        }
        return QString();
    };
    QCOMPARE(header(u"Content-Type"_s), sentType.isNull() ? QString() : sentType);
    QCOMPARE(header(u"User-Agent"_s), u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s);
    QCOMPARE(header(u"Accept"_s), u"*/*"_s);
    QCOMPARE(header(u"Accept-Encoding"_s), u"identity"_s);
}

void tst_HttpRequestPlayground::charsets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");

    const QString unicode = u"Grüße, naïve café — € ✓ 日本語 😀"_s;
    const QString latin1 = u"Grüße, naïve café « déjà vu » ½"_s;
    const QString cp1252 = u"Grüße, naïve café — €"_s;
    QTest::newRow("utf-8 declared") << u"utf-8"_s << unicode;
    QTest::newRow("utf-8 undeclared") << u"utf-8?declare=0"_s << unicode;
    QTest::newRow("utf-8 BOM undeclared") << u"utf-8?declare=0&bom=1"_s << unicode;
    QTest::newRow("utf-8 BOM declared") << u"utf-8?bom=1"_s << unicode;
    QTest::newRow("iso-8859-1 declared") << u"iso-8859-1"_s << latin1;
    QTest::newRow("iso-8859-1 quoted") << u"iso-8859-1?quoted=1"_s << latin1;
    QTest::newRow("iso-8859-1 undeclared → Windows-1252") << u"iso-8859-1?declare=0"_s << latin1;
    QTest::newRow("windows-1252 declared") << u"windows-1252"_s << cp1252;
    QTest::newRow("windows-1252 undeclared") << u"windows-1252?declare=0"_s << cp1252;
    QTest::newRow("utf-16le declared") << u"utf-16le"_s << unicode;
    QTest::newRow("utf-16be declared with BOM") << u"utf-16be?bom=1"_s << unicode;
    QTest::newRow("utf-16le BOM undeclared") << u"utf-16le?declare=0&bom=1"_s << unicode;
    QTest::newRow("utf-16be BOM undeclared") << u"utf-16be?declare=0&bom=1"_s << unicode;
}

void tst_HttpRequestPlayground::charsets()
{
    QFETCH(QString, query);

    HttpRequest request;
    QCOMPARE(openSendWait(request, u"GET"_s, m_server.url(u"/charset/"_s + query), false).code(), HResult::Ok);
    int status = 0;
    QCOMPARE(request.status(status).code(), HResult::Ok);
    QCOMPARE(status, 200);
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    QTEST(text, "text");
}

void tst_HttpRequestPlayground::truncatedChunked_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestPlayground::truncatedChunked()
{
    // The spec wants 12030; Qt 6.4 sometimes reports a chunked body cut by FIN as complete (a race inside its
    // HTTP/1 channel, see tst_HttpRequestEvents::truncatedChunked). Either way: one sequence, one terminal.
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    const HResult result = openSendWait(request, u"GET"_s, m_server.url(u"/fault/truncated-chunked"_s), async);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server.url(u"/get"_s).toString()));
    const QStringList detected = { u"start:200"_s, u"data*"_s, u"error:"_s + hr(E::ConnectionError) };
    const QStringList missed = { u"start:200"_s, u"data*"_s, u"finished"_s };
    QVERIFY2(recorder.folded() == detected || recorder.folded() == missed, qPrintable(recorder.events.join(u' ')));
    QCOMPARE(result.hex(), recorder.folded() == detected ? hr(E::ConnectionError) : ok);
    QVERIFY(!recorder.body.isEmpty());
}

void tst_HttpRequestPlayground::hangBeforeHeaders_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestPlayground::hangBeforeHeaders()
{
    // Time-outs are the next issue; here the hang is ended by Abort: from the wait in async mode, and from
    // another object's event during the synchronous Send.
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    HttpRequest other;
    QSignalSpy otherFinished(&other, &HttpRequest::responseFinished);
    connect(&other, &HttpRequest::responseFinished, &request, [&request] { request.abort(); });
    QCOMPARE(
        request.open(u"GET"_s, m_server.url(u"/fault/hang-before-headers"_s).toString(), async).code(), HResult::Ok);
    // The other request ends after a second, inside the synchronous Send's nested loop or the wait below.
    QCOMPARE(other.open(u"GET"_s, m_server.url(u"/delay/1"_s).toString(), true).code(), HResult::Ok);
    QCOMPARE(other.send().code(), HResult::Ok);
    const HResult sent = request.send();
    if (async) {
        QCOMPARE(sent.code(), HResult::Ok);
        bool succeeded = true;
        QCOMPARE(request.waitForResponse(-1, succeeded).hex(), hr(E::OperationCancelled));
    } else {
        QCOMPARE(sent.hex(), hr(E::OperationCancelled));
    }
    QCOMPARE(otherFinished.count(), 1);
    QCOMPARE(request.state(), State::Aborted);
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server.url(u"/get"_s).toString()));
    QCOMPARE(recorder.events, QStringList());
}

QTEST_GUILESS_MAIN(tst_HttpRequestPlayground)
#include "tst_httprequestplayground.moc"
