// SPDX-License-Identifier: MIT
#include "bugreport.h"
#include "eventlogmodel.h"
#include "playgroundrequest.h"
#include "playgroundresponder.h"
#include "playgroundserver.h"
#include "requestrunner.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::RequestSpec)

namespace {

// Straddles the end of the body excerpt: bytes 4090..4109 of /straddle.
const QByteArray straddlingSecret = "STRADDLE-S3CRET-0123"_ba;

/// Every text a report carries, and both documents written from it: a secret must be in none of them.
QString everything(const BugReport &report)
{
    QStringList parts { report.method,
        report.url,
        report.curl,
        report.statusText,
        report.hresultName,
        report.errorDescription,
        report.appVersion,
        report.qtVersion,
        report.os };
    for (const auto &[name, value] : report.requestHeaders + report.responseHeaders)
        parts << name << value;
    for (const BugReport::Event &e : report.events)
        parts << e.kind << e.detail;
    parts << report.redactionLabels << QString::fromUtf8(report.bodyExcerpt)
          << QString::fromUtf8(BugReportWriter::toHtml(report)) << BugReportWriter::toMarkdown(report, u"r.png"_s);
    return parts.join(u'\n');
}

} // namespace

class tst_BugReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsNeverInReport_data();
    void secretsNeverInReport();
    void revealedValueIsShown();
    void requestAndResponse();
    void binaryBody();
    void excerptNeverEndsInASecret();
    void manyEventsAreShortened();
    void failedRequest();

private:
    BugReport run(const RequestSpec &spec, const Redactor &redactor = {});
    RequestSpec get(const QString &path) const;

    PlaygroundServer m_server;
};

void tst_BugReport::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    // The playground has no endpoint that sets cookies: this one does, and echoes the cookie in the body too.
    m_server.setHandler([](const PlaygroundRequest &request, PlaygroundResponder &responder) {
        if (request.path() == "/set-cookie") {
            const QByteArray value = request.queryValue(u"value"_s).toUtf8();
            responder.respondText(200,
                "your session is " + value + '\n',
                { { "Set-Cookie", "session=" + value + "; Path=/; HttpOnly" }, { "Set-Cookie", "lang=en-GB" } });
            return true;
        }
        if (request.path() == "/straddle") {
            responder.respondText(200, QByteArray(4090, 'x') + straddlingSecret + QByteArray(100, 'y'));
            return true;
        }
        return false;
    });
}

BugReport tst_BugReport::run(const RequestSpec &spec, const Redactor &redactor)
{
    RequestRunner runner;
    runner.setMode(RequestRunner::Mode::Async);
    QSignalSpy finished(&runner, &RequestRunner::finished);
    runner.start(spec);
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the request did not finish");
    return BugReport::build(spec, runner, redactor);
}

RequestSpec tst_BugReport::get(const QString &path) const
{
    RequestSpec spec;
    spec.url = m_server.url(path).toString();
    return spec;
}

void tst_BugReport::secretsNeverInReport_data()
{
    QTest::addColumn<RequestSpec>("spec");
    QTest::addColumn<QString>("variable"); // a secret variable's value, already substituted into the spec
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<bool>("echoed"); // the server sends it back in the body, where it must be masked

    // /anything echoes the method, URL, headers and body back: every planted secret comes back in the body too.
    RequestSpec header = get(u"/anything"_s);
    header.headers = { { u"X-Api-Key"_s, u"hdr-S3CRET-1"_s } };
    QTest::newRow("credential header") << header << QString() << QString() << QStringList { u"hdr-S3CRET-1"_s } << true;

    RequestSpec cookie = get(u"/anything"_s);
    cookie.headers = { { u"Cookie"_s, u"sid=ck-S3CRET-2; theme=plain"_s } };
    QTest::newRow("cookie") << cookie << QString() << QString() << QStringList { u"ck-S3CRET-2"_s } << true;

    QTest::newRow("set-cookie") << get(u"/set-cookie?value=sc-S3CRET-3"_s) << QString() << QString()
                                << QStringList { u"sc-S3CRET-3"_s } << true;

    RequestSpec basic = get(u"/anything"_s);
    basic.authKind = RequestSpec::AuthKind::Basic;
    basic.authUser = u"alice"_s;
    basic.authPassword = u"pw-S3CRET-4"_s;
    QTest::newRow("auth password") << basic << QString() << QString()
                                   << QStringList { u"pw-S3CRET-4"_s,
                                          QString::fromLatin1("alice:pw-S3CRET-4"_ba.toBase64()) }
                                   << true;

    RequestSpec bearer = get(u"/anything"_s);
    bearer.authKind = RequestSpec::AuthKind::Bearer;
    bearer.bearerToken = u"tk-S3CRET-5"_s;
    QTest::newRow("bearer token") << bearer << QString() << QString() << QStringList { u"tk-S3CRET-5"_s } << true;

    QTest::newRow("secret query parameter")
        << get(u"/anything?page=1&api_key=q%2FS3CRET%206"_s) << QString() << QString()
        << QStringList { u"q/S3CRET 6"_s, u"q%2FS3CRET%206"_s, u"S3CRET"_s } << true;

    RequestSpec variable = get(u"/anything"_s);
    variable.method = u"POST"_s;
    variable.bodyKind = RequestSpec::BodyKind::Json;
    variable.bodyText = u"{\"note\": \"var-S3CRET-7\"}"_s;
    QTest::newRow("secret variable") << variable << u"var-S3CRET-7"_s << QString() << QStringList { u"var-S3CRET-7"_s }
                                     << true;

    RequestSpec marked = get(u"/anything"_s);
    marked.headers = { { u"X-Customer"_s, u"cust-S3CRET-8"_s } };
    QTest::newRow("user-marked") << marked << QString() << u"cust-S3CRET-8"_s << QStringList { u"cust-S3CRET-8"_s }
                                 << true;

    QUrl withPassword = m_server.url(u"/anything"_s);
    withPassword.setUserInfo(u"alice:up-S3CRET-9"_s);
    RequestSpec urlPassword;
    urlPassword.url = withPassword.toString();
    QTest::newRow("url password") << urlPassword << QString() << QString() << QStringList { u"up-S3CRET-9"_s } << false;

    RequestSpec form = get(u"/anything"_s);
    form.method = u"POST"_s;
    form.bodyKind = RequestSpec::BodyKind::FormUrlEncoded;
    form.formFields = { { u"user"_s, u"alice"_s }, { u"password"_s, u"ff S3CRET&10"_s } };
    QTest::newRow("form field") << form << QString() << QString()
                                << QStringList { u"ff S3CRET&10"_s, u"ff%20S3CRET%2610"_s, u"S3CRET"_s } << true;

    RequestSpec proxy = get(u"/anything"_s);
    proxy.proxyUser = u"bob"_s;
    proxy.proxyPassword = u"px-S3CRET-11"_s;
    QTest::newRow("proxy password") << proxy << QString() << QString() << QStringList { u"px-S3CRET-11"_s } << false;

    RequestSpec quoted = get(u"/anything"_s);
    quoted.headers = { { u"X-Auth-Token"_s, u"q\"S3CRET\\12"_s } };
    QTest::newRow("echoed JSON-escaped") << quoted << QString() << QString()
                                         << QStringList { u"q\"S3CRET\\12"_s, u"S3CRET"_s } << true;
}

void tst_BugReport::secretsNeverInReport()
{
    QFETCH(RequestSpec, spec);
    QFETCH(QString, variable);
    QFETCH(QString, marked);
    QFETCH(QStringList, secrets);
    QFETCH(bool, echoed);

    Redactor redactor;
    redactor.addRequest(spec);
    redactor.addSecretVariable(u"token"_s, variable);
    redactor.addUserMarked(marked);
    const BugReport report = run(spec, redactor);

    QCOMPARE(report.status, 200);
    const QString text = everything(report);
    for (const QString &secret : secrets) {
        QVERIFY2(!text.contains(secret), qPrintable(secret + u" leaked:\n"_s + text));
        QVERIFY2(!text.contains(secret.toHtmlEscaped()), qPrintable(secret.toHtmlEscaped()));
    }
    // The secret is there, masked: the test would pass vacuously if it never reached the report.
    QVERIFY2(report.curl.contains(Redactor::mask()), qPrintable(report.curl));
    if (echoed)
        QVERIFY2(report.bodyExcerpt.contains(Redactor::mask().toUtf8()), report.bodyExcerpt.constData());
    QVERIFY(!report.redactionLabels.isEmpty());
}

void tst_BugReport::revealedValueIsShown()
{
    RequestSpec spec = get(u"/anything"_s);
    spec.headers = { { u"X-Api-Key"_s, u"not-so-secret"_s } };
    Redactor redactor;
    redactor.addRequest(spec);
    redactor.setEnabled(0, false); // the user revealed it in the preview
    const BugReport report = run(spec, redactor);
    QVERIFY(report.curl.contains(u"X-Api-Key: not-so-secret"_s));
    QVERIFY(report.bodyExcerpt.contains("not-so-secret"));
    QVERIFY(!report.redactionLabels.contains(u"X-Api-Key header"_s));
}

void tst_BugReport::requestAndResponse()
{
    RequestSpec spec = get(u"/get?a=1"_s);
    spec.headers = { { u"Accept"_s, u"application/json"_s } };
    const BugReport report = run(spec);
    QCOMPARE(report.method, u"GET"_s);
    QCOMPARE(report.url, spec.url);
    QVERIFY2(report.curl.startsWith(u"curl '"_s + spec.url + u'\''), qPrintable(report.curl));
    QCOMPARE(report.requestHeaders, (QList<QPair<QString, QString>> { { u"Accept"_s, u"application/json"_s } }));
    QCOMPARE(report.status, 200);
    QCOMPARE(report.statusText, u"OK"_s);
    QVERIFY(report.responseHeaders.contains({ u"Content-Type"_s, u"application/json"_s }));
    QVERIFY(!report.bodyIsBinary);
    QVERIFY(report.bodyExcerpt.contains("\"args\""));
    QCOMPARE(report.bodySize, qint64(report.bodyExcerpt.size()));
    QCOMPARE(report.events.constFirst().kind, u"Send"_s);
    QCOMPARE(report.events.constFirst().atMs, 0.0); // like the phases, events count from Send
    QCOMPARE(report.events.constLast().kind, u"ResponseFinished"_s);
    QVERIFY(report.timing.sent >= 0);
    QVERIFY(report.timing.done >= report.timing.firstByte);
    QCOMPARE(report.hresult, 0u);
    QCOMPARE(report.hresultName, u"S_OK"_s);
    QVERIFY(!report.appVersion.isEmpty());
    QCOMPARE(report.qtVersion, QString::fromLatin1(qVersion()));
    QVERIFY(!report.os.isEmpty());
    QVERIFY(report.redactionLabels.isEmpty());
    QVERIFY(report.title.isEmpty() && report.screenshotPng.isEmpty()); // the person's part is the caller's
}

void tst_BugReport::binaryBody()
{
    const BugReport report = run(get(u"/bytes/10000?seed=7"_s));
    QVERIFY(report.bodyIsBinary);
    QCOMPARE(report.bodySize, 10000);
    QCOMPARE(report.bodyExcerpt.size(), BugReport::bodyExcerptLimit);
}

void tst_BugReport::excerptNeverEndsInASecret()
{
    Redactor redactor;
    redactor.addUserMarked(QString::fromLatin1(straddlingSecret));
    const BugReport report = run(get(u"/straddle"_s), redactor);
    QCOMPARE(report.bodySize, 4090 + straddlingSecret.size() + 100);
    QCOMPARE(report.bodyExcerpt, QByteArray(4090, 'x')); // cut before the secret, not inside it
    QVERIFY(!report.bodyExcerpt.contains(straddlingSecret.left(6)));
}

void tst_BugReport::manyEventsAreShortened()
{
    // Loopback reads coalesce chunks unpredictably, so the log is filled by hand: Send, 500 chunks, Finished.
    RequestRunner runner;
    using Kind = EventLogModel::Kind;
    runner.events()->append({ Kind::Send, 0, 0, 0, {} });
    for (int i = 1; i <= 500; ++i)
        runner.events()->append({ Kind::DataAvailable, double(i), 100, 100 * i, {} });
    runner.events()->append({ Kind::ResponseFinished, 501, 0, 50000, {} });

    const BugReport report = BugReport::build(get(u"/get"_s), runner, {});
    QCOMPARE(report.events.size(), BugReport::eventLimit + 1);
    QCOMPARE(report.events.constFirst().kind, u"Send"_s);
    const BugReport::Event omitted = report.events.at(BugReport::eventLimit / 2);
    QCOMPARE(omitted.kind, u"Omitted"_s);
    QCOMPARE(omitted.detail, u"302 events left out of the report"_s);
    QCOMPARE(omitted.size, 302 * 100); // the bytes those chunks carried
    QCOMPARE(report.events.at(BugReport::eventLimit / 2 + 1).atMs, 402.0); // the last 100 events follow
    QCOMPARE(report.events.constLast().kind, u"ResponseFinished"_s);
}

void tst_BugReport::failedRequest()
{
    QTcpServer closed; // a port nobody listens on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    RequestSpec spec;
    spec.url = u"http://127.0.0.1:%1/get"_s.arg(port);
    const BugReport report = run(spec);
    QCOMPARE(report.status, 0);
    QCOMPARE(report.hresultName, u"ERROR_WINHTTP_CANNOT_CONNECT"_s);
    QCOMPARE(report.hresult, 0x80072EFDu);
    QVERIFY(!report.errorDescription.isEmpty());
    QCOMPARE(report.events.constLast().kind, u"Error"_s);
    QVERIFY(report.bodyExcerpt.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BugReport)
#include "tst_bugreport.moc"
