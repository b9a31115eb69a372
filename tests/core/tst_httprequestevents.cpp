// SPDX-License-Identifier: MIT
// HttpRequest on the wire: event sequences (spec §6), transport failures (§7.2), request encoding (§3.4),
// response getters (§3.7), bodies and WaitForResponse (§3.5), against a scripted loopback server.
#include "enginetestsupport.h"

#include <QIODevice>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::ScriptedServer;
using State = Reqscope::HttpRequest::State;
namespace E = Reqscope::WinHttpError;

namespace {

QString hr(int winHttpError)
{
    return HResult::fromWinHttp(winHttpError).hex();
}

/// The value of header \a name in a raw request, or a null QByteArray.
QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    const QByteArray head = request.left(request.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

QByteArray bodyOf(const QByteArray &request)
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

} // namespace

class tst_HttpRequestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sequences_data();
    void sequences();
    void stateAndGettersInHandlers_data();
    void stateAndGettersInHandlers();
    void nothingBeforeAsyncSendReturns();
    void bodies_data();
    void bodies();
    void responseStreamSnapshots();
    void requestEncoding_data();
    void requestEncoding();
    void defaultHeaders_data();
    void defaultHeaders();
    void responseHeaders();
    void reasonPhrase_data();
    void reasonPhrase();
    void responseText_data();
    void responseText();
    void waitForResponse();
    void waitForResponseTimesOut();
    void reentrantCallsFromHandlers_data();
    void reentrantCallsFromHandlers();
    void truncatedChunked_data();
    void truncatedChunked();
    void retryAfterFailure();
    void tooManyHeaderFields_data();
    void tooManyHeaderFields();
    void headerSizeLimit();

private:
    ScriptedServer m_server;
    quint16 m_refusedPort = 0;
};

void tst_HttpRequestEvents::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route(u"/empty"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write(ScriptedServer::response(200, "OK", {}, QByteArray()));
    });
    // The response described by the request's X-Reply-* headers (type, body as hex).
    m_server.route(u"/reply"_s, [](QTcpSocket *socket, const QByteArray &request) {
        ScriptedServer::Headers headers;
        const QByteArray type = headerOf(request, "X-Reply-Type");
        if (!type.isNull())
            headers.append({ "Content-Type", type });
        socket->write(
            ScriptedServer::response(200, "OK", headers, QByteArray::fromHex(headerOf(request, "X-Reply-Hex"))));
    });
    // A port nobody listens on: bind, remember, close.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_refusedPort = probe.serverPort();
}

void tst_HttpRequestEvents::sequences_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("result"); // of a synchronous Send, and of WaitForResponse for async

    const QString ok = HResult(HResult::Ok).hex();
    const QStringList body = { u"start:200"_s, u"data*"_s, u"finished"_s };
    struct Row
    {
        const char *tag;
        const char16_t *method;
        QString url;
        QStringList events;
        QString result;
    };
    const QString refused = u"http://127.0.0.1:%1/"_s.arg(m_refusedPort);
    const Row rows[] = {
        { "200 with body", u"GET", m_server.url(u"/ok"_s), body, ok },
        { "404 is a response",
            u"GET",
            m_server.url(u"/status/404"_s),
            { u"start:404"_s, u"data*"_s, u"finished"_s },
            ok },
        { "500 is a response",
            u"POST",
            m_server.url(u"/status/500"_s),
            { u"start:500"_s, u"data*"_s, u"finished"_s },
            ok },
        { "401 is a response",
            u"GET",
            m_server.url(u"/status/401"_s),
            { u"start:401"_s, u"data*"_s, u"finished"_s },
            ok },
        { "HEAD", u"HEAD", m_server.url(u"/status/200"_s), { u"start:200"_s, u"finished"_s }, ok },
        { "204", u"GET", m_server.url(u"/status/204"_s), { u"start:204"_s, u"finished"_s }, ok },
        { "304", u"GET", m_server.url(u"/status/304"_s), { u"start:304"_s, u"finished"_s }, ok },
        { "empty body", u"GET", m_server.url(u"/empty"_s), { u"start:200"_s, u"finished"_s }, ok },
        { "redirect hop emits nothing", u"GET", m_server.url(u"/redirect"_s), body, ok },
        { "body until close", u"GET", m_server.url(u"/until-close"_s), body, ok },
        { "drip", u"GET", m_server.url(u"/drip"_s), body, ok },
        { "refused", u"GET", refused, { u"error:"_s + hr(E::CannotConnect) }, hr(E::CannotConnect) },
        { "name not resolved",
            u"GET",
            u"http://no-such-host.invalid/"_s,
            { u"error:"_s + hr(E::NameNotResolved) },
            hr(E::NameNotResolved) },
        { "closed before headers",
            u"GET",
            m_server.url(u"/close-before-headers"_s),
            { u"error:"_s + hr(E::InvalidServerResponse) },
            hr(E::InvalidServerResponse) },
        { "bad status line",
            u"GET",
            m_server.url(u"/bad-status-line"_s),
            { u"error:"_s + hr(E::InvalidServerResponse) },
            hr(E::InvalidServerResponse) },
        { "reset mid-body",
            u"GET",
            m_server.url(u"/reset-mid-body"_s),
            { u"start:200"_s, u"data*"_s, u"error:"_s + hr(E::ConnectionError) },
            hr(E::ConnectionError) },
    };
    for (const Row &row : rows) {
        for (const bool async : { false, true }) {
            QTest::addRow("%s/%s", row.tag, async ? "async" : "sync")
                << QString::fromUtf16(row.method) << row.url << row.events << row.result;
        }
    }
}

void tst_HttpRequestEvents::sequences()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QStringList, events);
    QFETCH(QString, result);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(method, url, async).code(), HResult::Ok);
    const HResult sent = request.send();
    if (async) {
        QCOMPARE(sent.code(), HResult::Ok);
        QCOMPARE(recorder.events, QStringList()); // nothing before send() returns
        bool succeeded = false;
        const HResult waited = request.waitForResponse(-1, succeeded);
        QCOMPARE(waited.hex(), result);
        QCOMPARE(succeeded, waited.ok());
    } else {
        if (sent.hex() != result)
            qWarning() << recorder.events << recorder.body.size() << m_server.requests().size();
        QCOMPARE(sent.hex(), result);
    }
    if (recorder.folded() != events)
        qWarning() << recorder.events << recorder.body.size() << m_server.requests().size();
    QCOMPARE(recorder.folded(), events);
    QCOMPARE(recorder.emptyChunks, 0);
    QCOMPARE(request.state(), result == HResult(HResult::Ok).hex() ? State::Completed : State::Failed);
    if (request.state() == State::Completed) {
        QByteArray body;
        QCOMPARE(request.responseBody(body).code(), HResult::Ok);
        QCOMPARE(body, recorder.body);
    }
    // Late or duplicate events would show up here.
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(recorder.folded(), events);
}

void tst_HttpRequestEvents::stateAndGettersInHandlers_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestEvents::stateAndGettersInHandlers()
{
    QFETCH(bool, async);

    HttpRequest request;
    QStringList seen;
    auto describe = [&request](const char *event) {
        int status = 0;
        QString type;
        QByteArray body;
        const HResult s = request.status(status);
        const HResult h = request.getResponseHeader(u"Content-Type"_s, type);
        const HResult b = request.responseBody(body);
        return u"%1 %2 status=%3/%4 type=%5/%6 body=%7/%8"_s.arg(QString::fromLatin1(event),
            QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(request.state()))),
            s.hex(),
            QString::number(status),
            h.hex(),
            type,
            b.hex(),
            QString::fromLatin1(body));
    };
    connect(&request, &HttpRequest::responseStarted, this, [&](int status, const QString &contentType) {
        seen.append(describe("start") + u" args=%1,%2"_s.arg(status).arg(contentType));
    });
    connect(&request, &HttpRequest::responseDataAvailable, this, [&](const QByteArray &) {
        if (seen.constLast().startsWith(u"start"))
            seen.append(describe("data"));
    });
    connect(&request, &HttpRequest::responseFinished, this, [&] { seen.append(describe("finished")); });
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ok"_s), async).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = false;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok);
    QVERIFY(succeeded);
    const QString ok = HResult(HResult::Ok).hex();
    const QString pending = HResult(HResult::Pending).hex();
    const QStringList expected = {
        u"start Receiving status=%1/200 type=%1/text/plain body=%2/ args=200,text/plain"_s.arg(ok, pending),
        u"data Receiving status=%1/200 type=%1/text/plain body=%2/"_s.arg(ok, pending),
        u"finished Completed status=%1/200 type=%1/text/plain body=%1/hello"_s.arg(ok),
    };
    QCOMPARE(seen, expected);

    // Failed before errorOccurred, and the getters return that failure inside it.
    QString inError;
    connect(&request, &HttpRequest::errorOccurred, this, [&](qint32 number, const QString &description) {
        int status = 0;
        inError
            = u"%1 %2 %3 %4"_s.arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(request.state()))),
                HResult(number).hex(),
                request.status(status).hex(),
                description);
    });
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/close-before-headers"_s), async).code(), HResult::Ok);
    request.send();
    request.waitForResponse(-1, succeeded);
    const QString failure = hr(E::InvalidServerResponse);
    QCOMPARE(inError, u"Failed %1 %1 The server returned an invalid or unrecognized response"_s.arg(failure));
}

void tst_HttpRequestEvents::nothingBeforeAsyncSendReturns()
{
    // Failures Qt may detect immediately (refused loopback port, unresolvable name) still arrive later.
    for (const QString &url :
        { u"http://127.0.0.1:%1/"_s.arg(m_refusedPort), u"http://x.invalid/"_s, m_server.url(u"/ok"_s) }) {
        HttpRequest request;
        EventRecorder recorder(&request);
        QCOMPARE(request.open(u"GET"_s, url, true).code(), HResult::Ok);
        QCOMPARE(request.send().code(), HResult::Ok);
        QCOMPARE(recorder.events, QStringList());
        QCOMPARE(request.state(), State::Sending);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.ended(), Reqscope::Test::signalTimeoutMs);
    }
}

void tst_HttpRequestEvents::bodies_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("retain");
    QTest::addColumn<bool>("async");

    for (const qint64 size : { qint64(1), qint64(4096), qint64(300000), qint64(8 * 1024 * 1024) }) {
        for (const bool retain : { true, false }) {
            for (const bool async : { false, true })
                QTest::addRow("%lld/%s/%s", size, retain ? "retain" : "no-retention", async ? "async" : "sync")
                    << size << retain << async;
        }
    }
}

void tst_HttpRequestEvents::bodies()
{
    QFETCH(qint64, size);
    QFETCH(bool, retain);
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setOption(HttpRequest::ResponseBodyRetention, retain ? 1 : 0).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/bytes/%1"_s.arg(size)), async).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = false;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok);
    QVERIFY(succeeded);
    const QByteArray expected = ScriptedServer::pattern(size);
    QCOMPARE(recorder.emptyChunks, 0);
    QVERIFY(recorder.body == expected); // chunks are the body, byte for byte, retained or not
    QByteArray body = "untouched";
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QVERIFY(body == (retain ? expected : QByteArray()));
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    QCOMPARE(text.size(), retain ? size : 0);
}

void tst_HttpRequestEvents::responseStreamSnapshots()
{
    auto request = std::make_unique<HttpRequest>();
    QCOMPARE(request->open(u"GET"_s, m_server.url(u"/ok"_s)).code(), HResult::Ok);
    QCOMPARE(request->send().code(), HResult::Ok);
    std::unique_ptr<QIODevice> first;
    std::unique_ptr<QIODevice> second;
    QCOMPARE(request->responseStream(first).code(), HResult::Ok);
    QCOMPARE(request->responseStream(second).code(), HResult::Ok);
    QVERIFY(first && second && first.get() != second.get());
    QCOMPARE(first->read(2), "he"_ba);
    QCOMPARE(second->pos(), 0); // independent positions
    QVERIFY(!first->isWritable());

    request->abort(); // snapshots survive Abort …
    std::unique_ptr<QIODevice> third;
    QCOMPARE(request->responseStream(third).code(), HResult::fromWinHttp(E::CannotCallBeforeSend));
    QVERIFY(!third);
    QCOMPARE(first->readAll(), "llo"_ba);
    QCOMPARE(request->open(u"GET"_s, m_server.url(u"/bytes/3"_s)).code(), HResult::Ok);
    QCOMPARE(request->send().code(), HResult::Ok);
    request.reset(); // … a new request, and the object's destruction
    QCOMPARE(second->readAll(), "hello"_ba);
}

void tst_HttpRequestEvents::requestEncoding_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("contentType"); // set by the caller; null: none
    QTest::addColumn<QVariant>("body");
    QTest::addColumn<QByteArray>("sentBody");
    QTest::addColumn<QByteArray>("sentType"); // null: absent

    const QString none;
    const QByteArray absent;
    QTest::newRow("ASCII string") << u"POST"_s << none << QVariant(u"hello"_s) << "hello"_ba << absent;
    QTest::newRow("U+007F is ASCII") << u"POST"_s << none << QVariant(u"\x7f"_s) << "\x7f"_ba << absent;
    QTest::newRow("non-ASCII string") << u"POST"_s << none << QVariant(u"Grüße €"_s)
                                      << "Gr\xc3\xbc\xc3\x9f"
                                         "e \xe2\x82\xac"_ba
                                      << "text/plain; charset=UTF-8"_ba;
    QTest::newRow("Latin-1 is not ASCII") << u"PUT"_s << none << QVariant(u"é"_s) << "\xc3\xa9"_ba
                                          << "text/plain; charset=UTF-8"_ba;
    QTest::newRow("charset appended") << u"POST"_s << u"application/json"_s << QVariant(u"{\"a\":\"ü\"}"_s)
                                      << "{\"a\":\"\xc3\xbc\"}"_ba
                                      << "application/json; charset=UTF-8"_ba;
    QTest::newRow("existing charset kept")
        << u"POST"_s << u"text/plain; charset=ISO-8859-1"_s << QVariant(u"ü"_s) << "\xc3\xbc"_ba
        << "text/plain; charset=ISO-8859-1"_ba;
    QTest::newRow("ASCII keeps type") << u"POST"_s << u"application/json"_s << QVariant(u"{}"_s) << "{}"_ba
                                      << "application/json"_ba;
    QTest::newRow("bytes verbatim") << u"POST"_s << none << QVariant("\x00\xff\x80 bytes"_ba) << "\x00\xff\x80 bytes"_ba
                                    << absent;
    QTest::newRow("GET sends no body") << u"GET"_s << none << QVariant(u"ignored"_s) << QByteArray() << absent;
    QTest::newRow("lower-case get is not GET") << u"get"_s << none << QVariant(u"sent"_s) << "sent"_ba << absent;
    QTest::newRow("no body") << u"POST"_s << none << QVariant() << QByteArray() << absent;
    QTest::newRow("null string is no body") << u"DELETE"_s << none << QVariant(QString()) << QByteArray() << absent;
    QTest::newRow("custom verb") << u"pAtCh"_s << none << QVariant(u"x"_s) << "x"_ba << absent;
}

void tst_HttpRequestEvents::requestEncoding()
{
    QFETCH(QString, method);
    QFETCH(QString, contentType);
    QFETCH(QVariant, body);
    QFETCH(QByteArray, sentBody);
    QFETCH(QByteArray, sentType);

    HttpRequest request;
    QCOMPARE(request.open(method, m_server.url(u"/echo"_s)).code(), HResult::Ok);
    if (!contentType.isNull())
        QCOMPARE(request.setRequestHeader(u"Content-Type"_s, contentType).code(), HResult::Ok);
    QCOMPARE(request.setRequestHeader(u"Content-Length"_s, u"99"_s).code(), HResult::Ok); // computed, never taken
    QCOMPARE(request.send(body).code(), HResult::Ok);
    QByteArray echoed;
    QCOMPARE(request.responseBody(echoed).code(), HResult::Ok);
    QVERIFY2(echoed.startsWith(QByteArray(method.toLatin1() + ' ')), echoed.constData()); // method exactly as given
    QCOMPARE(bodyOf(echoed), sentBody);
    QCOMPARE(headerOf(echoed, "Content-Type"), sentType);
    const QByteArray length = headerOf(echoed, "Content-Length");
    QVERIFY2(length.isNull() ? sentBody.isEmpty() : length.toLongLong() == sentBody.size(), echoed.constData());
}

void tst_HttpRequestEvents::defaultHeaders_data()
{
    QTest::addColumn<QStringList>("setup"); // "Name=value" (empty value removes) or "option0=value"
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("acceptEncoding");

    const QByteArray agent = "Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)";
    QTest::newRow("defaults") << QStringList() << agent << "*/*"_ba
                              << "identity"_ba;
    QTest::newRow("Accept removed") << QStringList { u"Accept="_s } << agent << QByteArray() << "identity"_ba;
    QTest::newRow("Accept replaced") << QStringList { u"accept=text/html"_s } << agent << "text/html"_ba
                                     << "identity"_ba;
    QTest::newRow("User-Agent replaced") << QStringList { u"User-Agent=probe/1"_s } << "probe/1"_ba
                                         << "*/*"_ba
                                         << "identity"_ba;
    QTest::newRow("User-Agent removed falls back")
        << QStringList { u"User-Agent=probe/1"_s, u"user-agent="_s } << agent << "*/*"_ba
        << "identity"_ba;
    QTest::newRow("option 0") << QStringList { u"option0=probe/2"_s } << "probe/2"_ba
                              << "*/*"_ba
                              << "identity"_ba;
    QTest::newRow("option 0 after removal") << QStringList { u"option0=probe/3"_s, u"User-Agent="_s } << "probe/3"_ba
                                            << "*/*"_ba
                                            << "identity"_ba;
    QTest::newRow("caller Accept-Encoding") << QStringList { u"Accept-Encoding=gzip"_s } << agent << "*/*"_ba
                                            << "gzip"_ba;
}

void tst_HttpRequestEvents::defaultHeaders()
{
    QFETCH(QStringList, setup);

    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/echo"_s)).code(), HResult::Ok);
    for (const QString &step : setup) {
        const QString name = step.section(u'=', 0, 0);
        const QString value = step.section(u'=', 1);
        if (name == u"option0")
            QCOMPARE(request.setOption(HttpRequest::UserAgentString, value).code(), HResult::Ok);
        else
            QCOMPARE(request.setRequestHeader(name, value).code(), HResult::Ok);
    }
    QCOMPARE(request.setRequestHeader(u"x-case"_s, u"1"_s).code(), HResult::Ok);
    QCOMPARE(request.setRequestHeader(u"X-CASE"_s, u"2"_s).code(), HResult::Ok); // replaces, case-insensitive
    QCOMPARE(request.send().code(), HResult::Ok);
    QByteArray echoed;
    QCOMPARE(request.responseBody(echoed).code(), HResult::Ok);
    QTEST(headerOf(echoed, "User-Agent"), "userAgent");
    QTEST(headerOf(echoed, "Accept"), "accept");
    QTEST(headerOf(echoed, "Accept-Encoding"), "acceptEncoding");
    QCOMPARE(echoed.count("\r\nx-case:") + echoed.count("\r\nX-CASE:"), 1);
    QCOMPARE(headerOf(echoed, "X-Case"), "2"_ba);
}

void tst_HttpRequestEvents::responseHeaders()
{
    m_server.route(u"/headers"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\n"
                      "Content-Type: text/plain\r\n"
                      "Set-Cookie: a=1; Path=/\r\n"
                      "X-Dup: first\r\n"
                      "Set-Cookie: b=2\r\n"
                      "x-spaced:    padded value   \r\n"
                      "X-Dup: second\r\n"
                      "Content-Length: 2\r\n"
                      "\r\n"
                      "hi");
    });
    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/headers"_s)).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QString all;
    QCOMPARE(request.getAllResponseHeaders(all).code(), HResult::Ok);
    // Ruling 12: Set-Cookie split back; other repeated fields merged once. QNetworkReply moves a merged field
    // to its *last* occurrence and exposes no raw header block, so that is where it is listed (a deviation
    // from "first-seen order", reported to the lead).
    QCOMPARE(all,
        u"Content-Type: text/plain\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2\r\n"
        "x-spaced: padded value\r\nX-Dup: first, second\r\nContent-Length: 2\r\n\r\n"_s);
    QString value;
    QCOMPARE(request.getResponseHeader(u"set-cookie"_s, value).code(), HResult::Ok);
    QCOMPARE(value, u"a=1; Path=/"_s);
    QCOMPARE(request.getResponseHeader(u"X-SPACED"_s, value).code(), HResult::Ok);
    QCOMPARE(value, u"padded value"_s);
    QCOMPARE(request.getResponseHeader(u"x-dup"_s, value).code(), HResult::Ok);
    QCOMPARE(value, u"first, second"_s);
    value = u"untouched"_s;
    QCOMPARE(request.getResponseHeader(u"X-None"_s, value).code(), HResult::fromWinHttp(E::HeaderNotFound));
    QCOMPARE(value, u"untouched"_s);
    QCOMPARE(request.getResponseHeader(u""_s, value).code(), HResult::fromWinHttp(E::HeaderNotFound));
}

void tst_HttpRequestEvents::reasonPhrase_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");

    QTest::newRow("standard") << "HTTP/1.1 200 OK"_ba << 200 << u"OK"_s;
    QTest::newRow("custom") << "HTTP/1.1 200 Very OK Indeed"_ba << 200 << u"Very OK Indeed"_s;
    QTest::newRow("not the standard phrase") << "HTTP/1.1 404 Nope"_ba << 404 << u"Nope"_s;
    QTest::newRow("empty with space") << "HTTP/1.1 200 "_ba << 200 << u""_s;
    QTest::newRow("HTTP/1.0") << "HTTP/1.0 201 Created"_ba << 201 << u"Created"_s;
}

void tst_HttpRequestEvents::reasonPhrase()
{
    QFETCH(QByteArray, statusLine);

    m_server.route(u"/status-line"_s, [statusLine](QTcpSocket *socket, const QByteArray &) {
        socket->write(statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
    });
    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/status-line"_s)).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    int status = 0;
    QString text;
    QCOMPARE(request.status(status).code(), HResult::Ok);
    QTEST(status, "status");
    QCOMPARE(request.statusText(text).code(), HResult::Ok);
    QTEST(text, "text");
}

void tst_HttpRequestEvents::responseText_data()
{
    QTest::addColumn<QByteArray>("contentType"); // null: no Content-Type
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");

    const QByteArray none;
    QTest::newRow("UTF-8 without charset") << none << "Gr\xc3\xbc\xc3\x9f"_ba << u"Grüß"_s;
    QTest::newRow("UTF-8 BOM stripped") << "text/plain"_ba
                                        << "\xef\xbb\xbfok"_ba << u"ok"_s;
    QTest::newRow("UTF-16LE BOM") << none << "\xff\xfeh\x00i\x00"_ba << u"hi"_s;
    QTest::newRow("UTF-16BE BOM") << none << "\xfe\xff\x00h\x00i"_ba << u"hi"_s;
    QTest::newRow("ISO-8859-1 charset") << "text/plain; charset=ISO-8859-1"_ba
                                        << "caf\xe9"_ba << u"café"_s;
    QTest::newRow("quoted charset, upper-case parameter") << "text/html; CHARSET=\"iso-8859-1\""_ba
                                                          << "\xe9"_ba << u"é"_s;
    QTest::newRow("charset wins over valid UTF-8") << "text/plain; charset=iso-8859-1"_ba
                                                   << "\xc3\xa9"_ba << u"Ã©"_s;
    QTest::newRow("UTF-8 charset drops its BOM") << "text/plain; charset=utf-8"_ba
                                                 << "\xef\xbb\xbf\xc3\xa9"_ba << u"é"_s;
    QTest::newRow("unknown charset falls to UTF-8") << "text/plain; charset=x-klingon"_ba
                                                    << "\xc3\xa9"_ba << u"é"_s;
    QTest::newRow("unknown charset falls to BOM") << "text/plain; charset=x-klingon"_ba
                                                  << "\xff\xfe\xe9\x00"_ba << u"é"_s;
    QTest::newRow("invalid UTF-8 is Windows-1252") << none << "\x80 caf\xe9 \x9f"_ba << u"€ café Ÿ"_s;
    QTest::newRow("Windows-1252 unassigned bytes")
        << none << "\x81\x8d\x8f\x90\x9d"_ba << u"\u0081\u008d\u008f\u0090\u009d"_s;
    QTest::newRow("windows-1252 charset") << "text/plain; charset=windows-1252"_ba
                                          << "\x93q\x94"_ba << u"\u201cq\u201d"_s;
    QTest::newRow("empty body") << "text/plain; charset=utf-8"_ba << QByteArray() << u""_s;
}

void tst_HttpRequestEvents::responseText()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/reply"_s)).code(), HResult::Ok);
    if (!contentType.isNull())
        QCOMPARE(request.setRequestHeader(u"X-Reply-Type"_s, QString::fromLatin1(contentType)).code(), HResult::Ok);
    QCOMPARE(request.setRequestHeader(u"X-Reply-Hex"_s, QString::fromLatin1(body.toHex())).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QByteArray raw;
    QCOMPARE(request.responseBody(raw).code(), HResult::Ok);
    QCOMPARE(raw, body); // byte-exact: a BOM is only dropped from the text
    QString text;
    QCOMPARE(request.responseText(text).code(), HResult::Ok);
    QTEST(text, "text");
    QVERIFY(!text.isNull());
}

void tst_HttpRequestEvents::waitForResponse()
{
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/drip"_s), true).code(), HResult::Ok);
    bool succeeded = true;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok); // Opened: nothing to wait for
    QCOMPARE(succeeded, false);
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(request.waitForResponse(0, succeeded).code(), HResult::Ok); // a check, no waiting
    QCOMPARE(succeeded, false);
    QCOMPARE(recorder.events, QStringList());
    QCOMPARE(request.waitForResponse(60, succeeded).code(), HResult::Ok);
    QCOMPARE(succeeded, true);
    QCOMPARE(recorder.folded(), (QStringList { u"start:200"_s, u"data*"_s, u"finished"_s }));
    QCOMPARE(recorder.body, "xxxxxxxxxx"_ba);
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok); // Completed: at once
    QCOMPARE(succeeded, true);
}

void tst_HttpRequestEvents::waitForResponseTimesOut()
{
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/hang"_s), true).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = true;
    QCOMPARE(request.waitForResponse(1, succeeded).code(), HResult::Ok);
    QCOMPARE(succeeded, false);
    QCOMPARE(request.state(), State::Sending); // the request goes on
    QCOMPARE(request.abort().code(), HResult::Ok);
    QCOMPARE(request.waitForResponse(1, succeeded).code(), HResult::fromWinHttp(E::OperationCancelled));
    QCOMPARE(recorder.events, QStringList());
}

void tst_HttpRequestEvents::reentrantCallsFromHandlers_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("sync") << false;
    QTest::newRow("async") << true;
}

void tst_HttpRequestEvents::reentrantCallsFromHandlers()
{
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    QStringList results;
    auto probe = [&](const QString &where) {
        bool succeeded = true;
        const HResult waited = request.waitForResponse(-1, succeeded);
        const HResult sent = request.send(QVariant(u"again"_s));
        results.append(
            u"%1 wait=%2/%3 send=%4"_s.arg(where, waited.hex(), succeeded ? u"true"_s : u"false"_s, sent.hex()));
    };
    connect(&request, &HttpRequest::responseStarted, this, [&] { probe(u"start"_s); });
    connect(&request, &HttpRequest::responseDataAvailable, this, [&] {
        if (results.size() == 1)
            probe(u"data"_s);
    });
    connect(&request, &HttpRequest::responseFinished, this, [&] { probe(u"finished"_s); });
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/drip"_s), async).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    bool succeeded = false;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::Ok);
    QVERIFY(succeeded);
    const QString ok = HResult(HResult::Ok).hex();
    QCOMPARE(results,
        (QStringList { u"start wait=%1/false send=%1"_s.arg(ok),
            u"data wait=%1/false send=%1"_s.arg(ok),
            u"finished wait=%1/true send=%1"_s.arg(ok) }));
    QCOMPARE(recorder.folded(), (QStringList { u"start:200"_s, u"data*"_s, u"finished"_s })); // no second request
    QCOMPARE(recorder.body.size(), 10);
}

void tst_HttpRequestEvents::truncatedChunked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("async");
    for (const bool async : { false, true }) {
        QTest::addRow("closed/%s", async ? "async" : "sync") << u"/truncated-chunked"_s << async;
        QTest::addRow("reset/%s", async ? "async" : "sync") << u"/truncated-chunked-reset"_s << async;
    }
}

void tst_HttpRequestEvents::truncatedChunked()
{
    // Known Qt 6.4 limitation: its HTTP/1 channel races the peer's close against its own read, and when the
    // read sees the closed socket first it treats the end of the connection as the end of the body, even for
    // chunked encoding. The engine cannot see chunk framing through QNetworkReply, so either outcome may
    // occur; what must hold is one sequence with exactly one terminal signal and nothing after it.
    QFETCH(QString, path);
    QFETCH(bool, async);

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"GET"_s, m_server.url(path), async).code(), HResult::Ok);
    HResult result = request.send();
    if (async) {
        bool succeeded = false;
        result = request.waitForResponse(-1, succeeded);
    }
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    const QString error = u"error:"_s + hr(E::ConnectionError);
    const QStringList detected = { u"start:200"_s, u"data*"_s, error };
    const QStringList missed = { u"start:200"_s, u"data*"_s, u"finished"_s };
    QVERIFY2(recorder.folded() == detected || recorder.folded() == missed, qPrintable(recorder.events.join(u' ')));
    QCOMPARE(result.hex(), recorder.folded() == detected ? hr(E::ConnectionError) : HResult(HResult::Ok).hex());
    QCOMPARE(recorder.body, "hello"_ba);
}

void tst_HttpRequestEvents::retryAfterFailure()
{
    // Qt itself re-sends once on a closed connection, so the route fails until the test says otherwise.
    auto failing = std::make_shared<bool>(true);
    m_server.route(u"/flaky"_s, [failing](QTcpSocket *socket, const QByteArray &request) {
        if (*failing) {
            socket->close();
            return;
        }
        socket->write(ScriptedServer::response(200, "OK", {}, bodyOf(request)));
    });
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"POST"_s, m_server.url(u"/flaky"_s)).code(), HResult::Ok);
    QCOMPARE(request.send(QVariant(u"first"_s)).code(), HResult::fromWinHttp(E::InvalidServerResponse));
    QCOMPARE(request.state(), State::Failed);
    *failing = false;
    QCOMPARE(request.setRequestHeader(u"X-Retry"_s, u"1"_s).code(), HResult::Ok); // allowed in Failed
    QCOMPARE(request.send(QVariant(u"second"_s)).code(), HResult::Ok); // a retry with the body now given
    QCOMPARE(request.state(), State::Completed);
    QByteArray body;
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QCOMPARE(body, "second"_ba);
    QCOMPARE(recorder.folded(),
        (QStringList { u"error:"_s + hr(E::InvalidServerResponse), u"start:200"_s, u"data*"_s, u"finished"_s }));
}

void tst_HttpRequestEvents::tooManyHeaderFields_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("fields");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("100 fields") << 200 << 100 << true;
    QTest::newRow("101 fields") << 200 << 101 << false; // Qt 6.4 drops such a block: reported as 12152
    QTest::newRow("200 without fields") << 200 << 0 << false; // indistinguishable from the above
    QTest::newRow("204 without fields") << 204 << 0 << true; // needs no framing: a normal response
    QTest::newRow("304 without fields") << 304 << 0 << true;
}

void tst_HttpRequestEvents::tooManyHeaderFields()
{
    QFETCH(int, status);
    QFETCH(int, fields);
    QFETCH(bool, accepted);

    m_server.route(u"/fields"_s, [status, fields](QTcpSocket *socket, const QByteArray &) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (int i = 0; i < fields; ++i)
            head += "X-F" + QByteArray::number(i) + ": v\r\n";
        socket->write(head + "\r\n");
        socket->flush();
        socket->disconnectFromHost(); // the body, if any, ends with the connection
    });
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/fields"_s)).code(), HResult::Ok);
    const HResult sent = request.send();
    if (accepted) {
        QCOMPARE(sent.code(), HResult::Ok);
        QCOMPARE(recorder.events, (QStringList { u"start:%1"_s.arg(status), u"finished"_s }));
        QString all;
        QCOMPARE(request.getAllResponseHeaders(all).code(), HResult::Ok);
        QCOMPARE(all.count(u"\r\n"_s), fields + 1);
    } else {
        QCOMPARE(sent.hex(), hr(E::InvalidServerResponse));
        QCOMPARE(recorder.events, QStringList { u"error:"_s + hr(E::InvalidServerResponse) });
    }
}

void tst_HttpRequestEvents::headerSizeLimit()
{
    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.setOption(HttpRequest::MaxResponseHeaderSize, 60).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ok"_s)).code(), HResult::Ok);
    // "HTTP/1.1 200 OK\r\n" (17) + "Content-Type: text/plain\r\n" (26) + "Content-Length: 5\r\n" (19) + "\r\n" = 64
    QCOMPARE(request.send().code(), HResult::fromWinHttp(E::InvalidServerResponse));
    QCOMPARE(recorder.events, QStringList { u"error:"_s + hr(E::InvalidServerResponse) });
    QCOMPARE(request.setOption(HttpRequest::MaxResponseHeaderSize, 64).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok); // a retry from Failed, now within the limit
}

QTEST_GUILESS_MAIN(tst_HttpRequestEvents)
#include "tst_httprequestevents.moc"
