// SPDX-License-Identifier: MIT
// HttpRequest without events: the state matrix (spec §3.2), the order of checks (§3.1), Open's arguments
// (§3.3), SetRequestHeader syntax (§3.4) and Option get/put through the object (§4).
#include "enginetestsupport.h"

#include <QIODevice>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using State = Reqscope::HttpRequest::State;
namespace E = Reqscope::WinHttpError;

namespace {

constexpr qint32 OK = 0;
constexpr qint32 EIA = HResult::InvalidArg;
constexpr qint32 PEND = HResult::Pending;
constexpr qint32 BO = HResult::fromWinHttp(E::CannotCallBeforeOpen);
constexpr qint32 BS = HResult::fromWinHttp(E::CannotCallBeforeSend);
constexpr qint32 AS = HResult::fromWinHttp(E::CannotCallAfterSend);
// The failure used for the Failed column: the server closes before any response → 12152.
constexpr qint32 ERR = HResult::fromWinHttp(E::InvalidServerResponse);

const State allStates[] = {
    State::Created, State::Opened, State::Sending, State::Receiving, State::Completed, State::Failed, State::Aborted
};

} // namespace

class tst_HttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateMatrix_data();
    void stateMatrix();
    void checkOrder_data();
    void checkOrder();
    void openArguments_data();
    void openArguments();
    void failedOpenChangesNothing();
    void requestHeaderSyntax_data();
    void requestHeaderSyntax();
    void options_data();
    void options();
    void optionUrl();
    void optionNames_data();
    void optionNames();
    void waitForResponseAfterAbort();
    void preflight_data();
    void preflight();

private:
    /// Puts \a request into \a state through real traffic on the scripted server.
    bool bringTo(HttpRequest &request, State state);
    qint32 call(HttpRequest &request, const QString &member);

    Reqscope::Test::ScriptedServer m_server;
};

void tst_HttpRequest::initTestCase()
{
    QVERIFY(m_server.listen());
}

bool tst_HttpRequest::bringTo(HttpRequest &request, State state)
{
    switch (state) {
    case State::Created:
        break;
    case State::Opened:
        request.open(u"GET"_s, m_server.url(u"/ok"_s), true);
        break;
    case State::Sending:
        request.open(u"GET"_s, m_server.url(u"/hang"_s), true);
        request.send();
        break;
    case State::Receiving: {
        QSignalSpy started(&request, &HttpRequest::responseStarted);
        request.open(u"GET"_s, m_server.url(u"/headers-only"_s), true);
        request.send();
        if (!started.wait(Reqscope::Test::signalTimeoutMs))
            return false;
        break;
    }
    case State::Completed:
        request.open(u"GET"_s, m_server.url(u"/ok"_s));
        request.send();
        break;
    case State::Failed:
        request.open(u"GET"_s, m_server.url(u"/close-before-headers"_s));
        if (request.send() != ERR)
            return false;
        break;
    case State::Aborted:
        request.open(u"GET"_s, m_server.url(u"/ok"_s), true);
        request.abort();
        break;
    }
    return request.state() == state;
}

qint32 tst_HttpRequest::call(HttpRequest &request, const QString &member)
{
    int number = -7;
    QString text = u"untouched"_s;
    QByteArray bytes = "untouched"_ba;
    QVariant variant = u"untouched"_s;
    std::unique_ptr<QIODevice> device;
    bool flag = false;
    HResult result = OK;
    if (member == u"open")
        result = request.open(u"GET"_s, m_server.url(u"/ok"_s), true);
    else if (member == u"setRequestHeader")
        result = request.setRequestHeader(u"X-Test"_s, u"1"_s);
    else if (member == u"send")
        result = request.send();
    else if (member == u"waitForResponse")
        result = request.waitForResponse(0, flag);
    else if (member == u"abort")
        result = request.abort();
    else if (member == u"status")
        result = request.status(number);
    else if (member == u"statusText")
        result = request.statusText(text);
    else if (member == u"getAllResponseHeaders")
        result = request.getAllResponseHeaders(text);
    else if (member == u"getResponseHeader")
        result = request.getResponseHeader(u"content-type"_s, text);
    else if (member == u"getResponseHeader(absent)")
        result = request.getResponseHeader(u"X-Absent"_s, text);
    else if (member == u"responseText")
        result = request.responseText(text);
    else if (member == u"responseBody")
        result = request.responseBody(bytes);
    else if (member == u"responseStream")
        result = request.responseStream(device);
    else if (member == u"setCredentials")
        result = request.setCredentials(u"user"_s, u"pwd"_s, 0);
    else if (member == u"setTimeouts")
        result = request.setTimeouts(0, 1000, 1000, 1000);
    else if (member == u"setProxy")
        result = request.setProxy(1);
    else if (member == u"setAutoLogonPolicy")
        result = request.setAutoLogonPolicy(2);
    else if (member == u"setClientCertificate")
        result = request.setClientCertificate(u"CURRENT_USER\\MY\\x"_s);
    else if (member == u"option")
        result = request.option(HttpRequest::UserAgentString, variant);
    else if (member == u"setOption")
        result = request.setOption(HttpRequest::UserAgentString, u"agent"_s);
    else if (member == u"option(URL)")
        result = request.option(HttpRequest::Url, variant);
    else if (member == u"setOption(URL)")
        result = request.setOption(HttpRequest::Url, u"http://x/"_s);
    else
        qFatal("unknown member");

    // Out values are written only on success (spec §1.1).
    if (!result.ok()) {
        if (number != -7 || text != u"untouched" || bytes != "untouched" || variant != QVariant(u"untouched"_s)
            || device)
            return qint32(0xDEAD);
    }
    if (member == u"waitForResponse" && result.ok() && flag != (request.state() == State::Completed))
        return qint32(0xBAD);
    return result;
}

void tst_HttpRequest::stateMatrix_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<State>("before");
    QTest::addColumn<qint32>("expected");
    QTest::addColumn<State>("after");

    struct Row
    {
        const char16_t *member;
        qint32 results[7]; // Created, Opened, Sending, Receiving, Completed, Failed, Aborted
    };
    const Row rows[] = {
        { u"open", { OK, OK, OK, OK, OK, OK, OK } },
        { u"setRequestHeader", { BO, OK, AS, AS, AS, OK, BO } },
        { u"send", { BO, OK, OK, OK, OK, OK, BO } },
        { u"waitForResponse", { OK, OK, OK, OK, OK, ERR, OK } },
        { u"abort", { OK, OK, OK, OK, OK, OK, OK } },
        { u"status", { BS, BS, PEND, OK, OK, ERR, BS } },
        { u"statusText", { BS, BS, PEND, OK, OK, ERR, BS } },
        { u"getAllResponseHeaders", { BS, BS, PEND, OK, OK, ERR, BS } },
        { u"getResponseHeader", { BS, BS, PEND, OK, OK, ERR, BS } },
        { u"getResponseHeader(absent)",
            { BS,
                BS,
                PEND,
                HResult::fromWinHttp(E::HeaderNotFound),
                HResult::fromWinHttp(E::HeaderNotFound),
                ERR,
                BS } },
        { u"responseText", { BS, BS, PEND, PEND, OK, ERR, BS } },
        { u"responseBody", { BS, BS, PEND, PEND, OK, ERR, BS } },
        { u"responseStream", { BS, BS, PEND, PEND, OK, ERR, BS } },
        { u"setCredentials", { BO, OK, OK, OK, OK, OK, BO } },
        { u"setTimeouts", { OK, OK, OK, OK, OK, OK, OK } },
        { u"setProxy", { OK, OK, OK, OK, OK, OK, OK } },
        { u"setAutoLogonPolicy", { OK, OK, OK, OK, OK, OK, OK } },
        { u"setClientCertificate", { OK, OK, OK, OK, OK, OK, OK } },
        { u"option", { OK, OK, OK, OK, OK, OK, OK } },
        { u"setOption", { OK, OK, OK, OK, OK, OK, OK } },
        { u"option(URL)", { BO, OK, OK, OK, OK, OK, BO } },
    };
    const qint32 notSettable = HResult::fromWinHttp(E::OptionNotSettable);
    for (const Row &row : rows) {
        const QString member = QString::fromUtf16(row.member);
        for (int i = 0; i < 7; ++i) {
            const State before = allStates[i];
            State after = before;
            if (member == u"open")
                after = State::Opened;
            else if (member == u"abort" && before != State::Created)
                after = State::Aborted;
            else if (member == u"send" && before == State::Opened)
                after = State::Sending; // asynchronous: starts and returns at once
            qint32 expected = row.results[i];
            if (member == u"send" && before == State::Failed)
                expected = ERR; // the fixture is synchronous: the retry runs and fails the same way again
            const QByteArray tag = member.toLatin1() + '/' + QMetaEnum::fromType<State>().valueToKey(int(before));
            QTest::newRow(tag.constData()) << member << before << expected << after;
        }
    }
    for (const State before : allStates) {
        const QByteArray tag = "setOption(URL)/"_ba + QMetaEnum::fromType<State>().valueToKey(int(before));
        QTest::newRow(tag.constData()) << u"setOption(URL)"_s << before << notSettable << before;
    }
}

void tst_HttpRequest::stateMatrix()
{
    QFETCH(QString, member);
    QFETCH(State, before);
    QFETCH(qint32, expected);
    QFETCH(State, after);

    HttpRequest request;
    QVERIFY(bringTo(request, before));
    QCOMPARE(HResult(call(request, member)).hex(), HResult(expected).hex());
    QCOMPARE(request.state(), after);
}

void tst_HttpRequest::checkOrder_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<State>("state");
    QTest::addColumn<qint32>("expected");

    const struct
    {
        const char *tag;
        const char16_t *call;
        State state;
        qint32 expected;
    } rows[] = {
        { "header null name first/Created", u"header(null)", State::Created, EIA },
        { "header null name first/Completed", u"header(null)", State::Completed, EIA },
        { "header null name first/Aborted", u"header(null)", State::Aborted, EIA },
        { "header state before syntax/Created", u"header(a b)", State::Created, BO },
        { "header state before syntax/Completed", u"header(a b)", State::Completed, AS },
        { "header syntax/Opened", u"header(a b)", State::Opened, EIA },
        { "header value state first/Created", u"header(value LF)", State::Created, BO },
        { "header value/Opened", u"header(value LF)", State::Opened, EIA },
        { "send state before body/Created", u"send(int)", State::Created, BO },
        { "send state before body/Completed", u"send(int)", State::Completed, OK },
        { "send body type/Opened", u"send(int)", State::Opened, EIA },
        { "wait timeout first/Created", u"wait(-2)", State::Created, EIA },
        { "wait -1/Created", u"wait(-1)", State::Created, OK },
        { "getResponseHeader state first/Opened", u"getResponseHeader(null)", State::Opened, BS },
        { "getResponseHeader state first/Created", u"getResponseHeader(null)", State::Created, BS },
        { "getResponseHeader null/Completed", u"getResponseHeader(null)", State::Completed, EIA },
        { "credentials state first/Created", u"credentials(null,null,5)", State::Created, BO },
        { "credentials state first/Aborted", u"credentials(null,null,5)", State::Aborted, BO },
        { "credentials null/Opened", u"credentials(null,null,5)", State::Opened, EIA },
        { "credentials null user/Opened", u"credentials(null,p,0)", State::Opened, EIA },
        { "credentials null password/Opened", u"credentials(u,null,0)", State::Opened, EIA },
        { "credentials flags/Opened", u"credentials(u,p,2)", State::Opened, EIA },
        { "credentials proxy/Opened", u"credentials(u,p,1)", State::Opened, OK },
        { "credentials empty strings/Opened", u"credentials(,,0)", State::Opened, OK },
        { "timeouts -2/Created", u"timeouts(-2)", State::Created, EIA },
        { "timeouts -1/Created", u"timeouts(-1)", State::Created, OK },
        { "proxy 3/Created", u"proxy(3)", State::Created, EIA },
        { "proxy -1/Completed", u"proxy(-1)", State::Completed, EIA },
        { "proxy 2 null strings/Created", u"proxy(2,null,null)", State::Created, OK },
        { "autologon 3/Created", u"autologon(3)", State::Created, EIA },
        { "autologon -1/Created", u"autologon(-1)", State::Created, EIA },
        { "client certificate null/Created", u"certificate(null)", State::Created, EIA },
        { "option unknown id/Created", u"option(99)", State::Created, EIA },
        { "setOption unknown id/Created", u"setOption(99)", State::Created, EIA },
        { "setOption URL before value/Created",
            u"setOption(1,invalid)",
            State::Created,
            HResult::fromWinHttp(E::OptionNotSettable) },
        { "setOption value/Created", u"setOption(0,int)", State::Created, EIA },
        { "open null method/Completed", u"open(null,url)", State::Completed, EIA },
        { "open null url/Created", u"open(GET,null)", State::Created, EIA },
    };
    for (const auto &row : rows)
        QTest::newRow(row.tag) << QString::fromUtf16(row.call) << row.state << row.expected;
}

void tst_HttpRequest::checkOrder()
{
    QFETCH(QString, call);
    QFETCH(State, state);

    HttpRequest request;
    QVERIFY(bringTo(request, state));
    bool flag = false;
    QString text;
    QVariant value;
    HResult result = OK;
    if (call == u"header(null)")
        result = request.setRequestHeader(QString(), u"v"_s);
    else if (call == u"header(a b)")
        result = request.setRequestHeader(u"a b"_s, u"v"_s);
    else if (call == u"header(value LF)")
        result = request.setRequestHeader(u"X-A"_s, u"a\nb"_s);
    else if (call == u"send(int)")
        result = request.send(QVariant(42));
    else if (call == u"wait(-2)")
        result = request.waitForResponse(-2, flag);
    else if (call == u"wait(-1)")
        result = request.waitForResponse(-1, flag);
    else if (call == u"getResponseHeader(null)")
        result = request.getResponseHeader(QString(), text);
    else if (call == u"credentials(null,null,5)")
        result = request.setCredentials(QString(), QString(), 5);
    else if (call == u"credentials(null,p,0)")
        result = request.setCredentials(QString(), u"p"_s, 0);
    else if (call == u"credentials(u,null,0)")
        result = request.setCredentials(u"u"_s, QString(), 0);
    else if (call == u"credentials(u,p,2)")
        result = request.setCredentials(u"u"_s, u"p"_s, 2);
    else if (call == u"credentials(u,p,1)")
        result = request.setCredentials(u"u"_s, u"p"_s, 1);
    else if (call == u"credentials(,,0)")
        result = request.setCredentials(u""_s, u""_s, 0);
    else if (call == u"timeouts(-2)")
        result = request.setTimeouts(0, -2, 0, 0);
    else if (call == u"timeouts(-1)")
        result = request.setTimeouts(-1, -1, -1, -1);
    else if (call == u"proxy(3)")
        result = request.setProxy(3);
    else if (call == u"proxy(-1)")
        result = request.setProxy(-1);
    else if (call == u"proxy(2,null,null)")
        result = request.setProxy(2, QString(), QString());
    else if (call == u"autologon(3)")
        result = request.setAutoLogonPolicy(3);
    else if (call == u"autologon(-1)")
        result = request.setAutoLogonPolicy(-1);
    else if (call == u"certificate(null)")
        result = request.setClientCertificate(QString());
    else if (call == u"option(99)")
        result = request.option(99, value);
    else if (call == u"setOption(99)")
        result = request.setOption(99, 1);
    else if (call == u"setOption(1,invalid)")
        result = request.setOption(1, QVariant());
    else if (call == u"setOption(0,int)")
        result = request.setOption(0, 5);
    else if (call == u"open(null,url)")
        result = request.open(QString(), m_server.url(u"/ok"_s));
    else if (call == u"open(GET,null)")
        result = request.open(u"GET"_s, QString());
    else
        QFAIL("unknown call");
    QTEST(result.code(), "expected");
    QCOMPARE(request.state(), state); // none of these changes the state
}

void tst_HttpRequest::openArguments_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint32>("expected");

    const qint32 scheme = HResult::fromWinHttp(E::UnrecognizedScheme);
    const qint32 invalid = HResult::fromWinHttp(E::InvalidUrl);
    QTest::newRow("plain") << u"GET"_s << u"http://127.0.0.1:1/x"_s << OK;
    QTest::newRow("https upper-case scheme") << u"GET"_s << u"HTTPS://example.invalid/"_s << OK;
    QTest::newRow("custom verb kept") << u"pAtCh"_s << u"http://h.invalid/"_s << OK;
    QTest::newRow("unsafe characters") << u"GET"_s << u"http://h.invalid/a b/<c>?q=\"x y\""_s << OK;
    QTest::newRow("fragment") << u"GET"_s << u"http://h.invalid/a#frag"_s << OK;
    QTest::newRow("user info") << u"GET"_s << u"http://u:p@h.invalid/"_s << OK;
    QTest::newRow("empty method") << u""_s << u"http://h.invalid/"_s << EIA;
    QTest::newRow("method with space") << u"GE T"_s << u"http://h.invalid/"_s << EIA;
    QTest::newRow("method with colon") << u"GET:"_s << u"http://h.invalid/"_s << EIA;
    QTest::newRow("no scheme") << u"GET"_s << u"h.invalid/x"_s << scheme;
    QTest::newRow("host:port without scheme") << u"GET"_s << u"localhost:8080/x"_s << scheme;
    QTest::newRow("empty url") << u"GET"_s << u""_s << scheme;
    QTest::newRow("ftp") << u"GET"_s << u"ftp://h.invalid/"_s << scheme;
    QTest::newRow("file") << u"GET"_s << u"file:///etc/passwd"_s << scheme;
    QTest::newRow("empty host") << u"GET"_s << u"http:///x"_s << invalid;
    QTest::newRow("no authority") << u"GET"_s << u"http:x"_s << invalid;
    QTest::newRow("port too big") << u"GET"_s << u"http://h.invalid:99999/"_s << invalid;
    QTest::newRow("port not a number") << u"GET"_s << u"http://h.invalid:abc/"_s << invalid;
    QTest::newRow("port zero") << u"GET"_s << u"http://h.invalid:0/"_s << invalid;
}

void tst_HttpRequest::openArguments()
{
    QFETCH(QString, method);
    QFETCH(QString, url);

    HttpRequest request;
    QTEST(request.open(method, url).code(), "expected");
    QFETCH(qint32, expected);
    QCOMPARE(request.state(), expected == OK ? State::Opened : State::Created);
}

void tst_HttpRequest::failedOpenChangesNothing()
{
    HttpRequest request;
    QVERIFY(bringTo(request, State::Completed));
    QCOMPARE(request.open(u"GET"_s, u"ftp://h.invalid/"_s).code(), HResult::fromWinHttp(E::UnrecognizedScheme));
    QCOMPARE(request.state(), State::Completed);
    QByteArray body;
    QCOMPARE(request.responseBody(body).code(), OK);
    QCOMPARE(body, "hello"_ba);
    QVariant url;
    QCOMPARE(request.option(HttpRequest::Url, url).code(), OK);
    QCOMPARE(url.toString(), m_server.url(u"/ok"_s));
}

void tst_HttpRequest::requestHeaderSyntax_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint32>("expected");

    QTest::newRow("plain") << u"X-Test"_s << u"a value"_s << OK;
    QTest::newRow("empty value removes") << u"Accept"_s << u""_s << OK;
    QTest::newRow("null value removes") << u"X-Absent"_s << QString() << OK;
    QTest::newRow("non-ASCII value") << u"X-Name"_s << u"Grüße"_s << OK;
    QTest::newRow("tab in value") << u"X-T"_s << u"a\tb"_s << OK;
    QTest::newRow("token punctuation") << u"X!#$%&'*+-.^_`|~9"_s << u"v"_s << OK;
    QTest::newRow("empty name") << u""_s << u"v"_s << EIA;
    QTest::newRow("colon in name") << u"X:Y"_s << u"v"_s << EIA;
    QTest::newRow("space in name") << u"X Y"_s << u"v"_s << EIA;
    QTest::newRow("tab in name") << u"X\tY"_s << u"v"_s << EIA;
    QTest::newRow("non-ASCII name") << u"Xü"_s << u"v"_s << EIA;
    QTest::newRow("CR in value") << u"X-A"_s << u"a\rb"_s << EIA;
    QTest::newRow("LF in value") << u"X-A"_s << u"a\nb"_s << EIA;
    QTest::newRow("NUL in value") << u"X-A"_s << QString::fromUtf16(u"a\0b", 3) << EIA;
}

void tst_HttpRequest::requestHeaderSyntax()
{
    QFETCH(QString, name);
    QFETCH(QString, value);

    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/echo"_s)).code(), OK);
    QTEST(request.setRequestHeader(name, value).code(), "expected");
    QCOMPARE(request.state(), State::Opened);
}

void tst_HttpRequest::options_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QVariant>("value"); // invalid: only read the default
    QTest::addColumn<qint32>("expected");
    QTest::addColumn<QVariant>("readBack");

    const QString agent = u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s;
    QTest::newRow("user agent default") << 0 << QVariant() << OK << QVariant(agent);
    QTest::newRow("user agent set") << 0 << QVariant(u"probe/1"_s) << OK << QVariant(u"probe/1"_s);
    QTest::newRow("user agent empty restores") << 0 << QVariant(u""_s) << OK << QVariant(agent);
    QTest::newRow("user agent null string") << 0 << QVariant(QString()) << EIA << QVariant(agent);
    QTest::newRow("user agent number") << 0 << QVariant(5) << EIA << QVariant(agent);
    QTest::newRow("code page default") << 2 << QVariant() << OK << QVariant(65001);
    QTest::newRow("code page zero") << 2 << QVariant(0) << OK << QVariant(0);
    QTest::newRow("code page utf-8 name") << 2 << QVariant(u"UTF-8"_s) << OK << QVariant(65001);
    QTest::newRow("code page unknown name") << 2 << QVariant(u"klingon"_s) << EIA << QVariant(65001);
    QTest::newRow("code page negative") << 2 << QVariant(-1) << EIA << QVariant(65001);
    QTest::newRow("escape percent default") << 3 << QVariant() << OK << QVariant(false);
    QTest::newRow("escape percent int") << 3 << QVariant(7) << OK << QVariant(true);
    QTest::newRow("redirects default") << 6 << QVariant() << OK << QVariant(true);
    QTest::newRow("redirects false") << 6 << QVariant(false) << OK << QVariant(false);
    QTest::newRow("redirects string") << 6 << QVariant(u"false"_s) << EIA << QVariant(true);
    QTest::newRow("secure protocols default") << 9 << QVariant() << OK << QVariant(0x2A80);
    QTest::newRow("max redirects default") << 14 << QVariant() << OK << QVariant(10);
    QTest::newRow("max redirects double") << 14 << QVariant(3.0) << OK << QVariant(3);
    QTest::newRow("max redirects fraction") << 14 << QVariant(3.5) << EIA << QVariant(10);
    QTest::newRow("max redirects bool") << 14 << QVariant(true) << EIA << QVariant(10);
    QTest::newRow("header size zero") << 15 << QVariant(0) << EIA << QVariant(65536);
    QTest::newRow("drain default") << 16 << QVariant() << OK << QVariant(1048576);
    QTest::newRow("http 1.1 default") << 17 << QVariant() << OK << QVariant(true);
    QTest::newRow("revert impersonation default") << 11 << QVariant() << OK << QVariant(true);
    QTest::newRow("retention default") << 1000 << QVariant() << OK << QVariant(1);
    QTest::newRow("retention off") << 1000 << QVariant(0) << OK << QVariant(0);
    QTest::newRow("retention 2") << 1000 << QVariant(2) << EIA << QVariant(1);
    QTest::newRow("password hidden") << 1002 << QVariant(u"secret"_s) << OK << QVariant(u"********"_s);
    QTest::newRow("password empty") << 1002 << QVariant(u""_s) << OK << QVariant(u""_s);
    QTest::newRow("unknown 20") << 20 << QVariant(1) << EIA << QVariant();
    QTest::newRow("unknown 999") << 999 << QVariant(1) << EIA << QVariant();
    QTest::newRow("unknown -1") << -1 << QVariant(1) << EIA << QVariant();
}

void tst_HttpRequest::options()
{
    QFETCH(int, id);
    QFETCH(QVariant, value);
    QFETCH(QVariant, readBack);

    HttpRequest request;
    if (value.isValid())
        QTEST(request.setOption(id, value).code(), "expected");
    QVariant out;
    const HResult got = request.option(id, out);
    QCOMPARE(got.code(), readBack.isValid() ? OK : EIA);
    QCOMPARE(out, readBack);
    if (readBack.isValid())
        QCOMPARE(out.typeId(), readBack.typeId()); // booleans read back as bool, integers as int
}

void tst_HttpRequest::optionUrl()
{
    HttpRequest request;
    QVariant url;
    QCOMPARE(request.option(HttpRequest::Url, url).code(), BO);
    const QString given = m_server.url(u"/redirect?x=a b"_s);
    QCOMPARE(request.open(u"GET"_s, given).code(), OK);
    QCOMPARE(request.option(HttpRequest::Url, url).code(), OK);
    QCOMPARE(url.toString(), given);
    QCOMPARE(request.send().code(), OK);
    int status = 0;
    QCOMPARE(request.status(status).code(), OK);
    QCOMPARE(status, 200);
    QCOMPARE(request.option(HttpRequest::Url, url).code(), OK);
    QCOMPARE(url.toString(), m_server.url(u"/ok"_s)); // the final URL after the redirect
    QCOMPARE(
        request.setOption(HttpRequest::Url, u"http://x.invalid/"_s).code(), HResult::fromWinHttp(E::OptionNotSettable));
    request.abort();
    QCOMPARE(request.option(HttpRequest::Url, url).code(), BO);
}

void tst_HttpRequest::optionNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("id"); // -1: unknown

    QTest::newRow("URLCodePage") << u"URLCodePage"_s << 2;
    QTest::newRow("lower case") << u"urlcodepage"_s << 2;
    QTest::newRow("SDK prefix") << u"WinHttpRequestOption_EnableRedirects"_s << 6;
    QTest::newRow("URL") << u"URL"_s << 1;
    QTest::newRow("EnableHttp1_1") << u"EnableHttp1_1"_s << 17;
    QTest::newRow("RejectUserpwd") << u"RejectUserpwd"_s << 19;
    QTest::newRow("ResponseBodyRetention") << u"ResponseBodyRetention"_s << 1000;
    QTest::newRow("ClientCertificatePassword") << u"ClientCertificatePassword"_s << 1002;
    QTest::newRow("unknown") << u"NoSuchOption"_s << -1;
    QTest::newRow("empty") << u""_s << -1;
}

void tst_HttpRequest::optionNames()
{
    QFETCH(QString, name);
    QFETCH(int, id);

    const std::optional<int> found = HttpRequest::optionId(name);
    QCOMPARE(found.value_or(-1), id);
    if (id >= 0) {
        QCOMPARE(HttpRequest::optionId(HttpRequest::optionName(id)).value_or(-1), id);
        QVERIFY(!HttpRequest::optionName(id).isEmpty());
    }
}

void tst_HttpRequest::waitForResponseAfterAbort()
{
    HttpRequest request;
    bool succeeded = true;
    QVERIFY(bringTo(request, State::Sending));
    QCOMPARE(request.abort().code(), OK);
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), HResult::fromWinHttp(E::OperationCancelled));
    QCOMPARE(request.abort().code(), OK); // twice in a row
    QCOMPARE(request.waitForResponse(5, succeeded).code(), HResult::fromWinHttp(E::OperationCancelled));

    QVERIFY(bringTo(request, State::Completed));
    QCOMPARE(request.abort().code(), OK);
    succeeded = true;
    QCOMPARE(request.waitForResponse(-1, succeeded).code(), OK);
    QCOMPARE(succeeded, false);
    QCOMPARE(request.send().code(), BO);
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ok"_s)).code(), OK); // Open works again
    QCOMPARE(request.send().code(), OK);
    QCOMPARE(request.state(), State::Completed);
}

void tst_HttpRequest::preflight_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("option");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<qint32>("expected");

    const qint32 invalidUrl = HResult::fromWinHttp(E::InvalidUrl);
    const qint32 noTls = HResult::fromWinHttp(E::SecureChannelError);
    QTest::newRow("reject user info") << u"http://u:p@127.0.0.1:1/"_s << 19 << QVariant(true) << invalidUrl;
    QTest::newRow("reject user name only") << u"http://u@127.0.0.1:1/"_s << 19 << QVariant(1) << invalidUrl;
    QTest::newRow("no TLS version") << u"https://127.0.0.1:1/"_s << 9 << QVariant(0) << noTls;
    QTest::newRow("only SSL") << u"https://127.0.0.1:1/"_s << 9 << QVariant(0x28) << noTls;
}

void tst_HttpRequest::preflight()
{
    QFETCH(QString, url);
    QFETCH(int, option);
    QFETCH(QVariant, value);

    HttpRequest request;
    Reqscope::Test::EventRecorder recorder(&request);
    QCOMPARE(request.setOption(option, value).code(), OK);
    for (const bool async : { false, true }) {
        QCOMPARE(request.open(u"GET"_s, url, async).code(), OK);
        QTEST(request.send().code(), "expected");
        QCOMPARE(request.state(), State::Opened);
    }
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server));
    QCOMPARE(recorder.events, QStringList());
}

QTEST_GUILESS_MAIN(tst_HttpRequest)
#include "tst_httprequest.moc"
