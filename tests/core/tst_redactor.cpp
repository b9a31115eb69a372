// SPDX-License-Identifier: MIT
#include "redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::RequestSpec)

namespace {

RequestSpec withHeader(const QString &name, const QString &value)
{
    RequestSpec spec;
    spec.url = u"http://127.0.0.1/"_s;
    spec.headers = { { name, value } };
    return spec;
}

RequestSpec withUrl(const QString &url)
{
    RequestSpec spec;
    spec.url = url;
    return spec;
}

RequestSpec withAuth(RequestSpec::AuthKind kind, const QString &password, const QString &token = {})
{
    RequestSpec spec = withUrl(u"http://127.0.0.1/"_s);
    spec.authKind = kind;
    spec.authUser = u"alice"_s;
    spec.authPassword = password;
    spec.bearerToken = token;
    return spec;
}

RequestSpec withForm(RequestSpec::BodyKind kind)
{
    RequestSpec spec = withUrl(u"http://127.0.0.1/login"_s);
    spec.method = u"POST"_s;
    spec.bodyKind = kind;
    spec.formFields = { { u"user"_s, u"alice"_s }, { u"password"_s, u"p&ss w"_s }, { u"Api-Key"_s, u"k-42"_s } };
    return spec;
}

QStringList values(const Redactor &redactor)
{
    QStringList out;
    for (const Redaction &r : redactor.redactions())
        out.append(r.value);
    return out;
}

} // namespace

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isCredentialHeader_data();
    void isCredentialHeader();
    void isSecretName_data();
    void isSecretName();
    void collect_data();
    void collect();
    void applyLongestFirst_data();
    void applyLongestFirst();
    void applyBytes();
    void disabledNotMasked();
    void emptyNeverCollected();
    void duplicatesCollapsed();
};

void tst_Redactor::isCredentialHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");

    QTest::newRow("authorization") << u"Authorization"_s << true;
    QTest::newRow("lower case") << u"authorization"_s << true;
    QTest::newRow("proxy-authorization") << u"Proxy-Authorization"_s << true;
    QTest::newRow("cookie") << u"Cookie"_s << true;
    QTest::newRow("set-cookie") << u"SET-COOKIE"_s << true;
    QTest::newRow("x-api-key") << u"X-Api-Key"_s << true;
    QTest::newRow("x-auth-token") << u"X-Auth-Token"_s << true;
    QTest::newRow("client secret") << u"X-Client-Secret"_s << true;
    QTest::newRow("padded") << u" Cookie "_s << true;
    QTest::newRow("accept") << u"Accept"_s << false;
    QTest::newRow("content-type") << u"Content-Type"_s << false;
    QTest::newRow("www-authenticate") << u"WWW-Authenticate"_s << false;
    QTest::newRow("cookie2-like prefix") << u"Cookie-Policy"_s << false;
}

void tst_Redactor::isCredentialHeader()
{
    QFETCH(QString, name);
    QTEST(Redactor::isCredentialHeader(name), "credential");
}

void tst_Redactor::isSecretName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");

    QTest::newRow("access_token") << u"access_token"_s << true;
    QTest::newRow("api_key") << u"api_key"_s << true;
    QTest::newRow("apiKey") << u"apiKey"_s << true;
    QTest::newRow("client_secret") << u"client_secret"_s << true;
    QTest::newRow("password") << u"Password"_s << true;
    QTest::newRow("passwd") << u"passwd"_s << true;
    QTest::newRow("pwd") << u"pwd"_s << true;
    QTest::newRow("sig") << u"sig"_s << true;
    QTest::newRow("X-Amz-Signature") << u"X-Amz-Signature"_s << true;
    QTest::newRow("auth") << u"auth"_s << true;
    QTest::newRow("sessionid") << u"SESSIONID"_s << true;
    QTest::newRow("page") << u"page"_s << false;
    QTest::newRow("q") << u"q"_s << false;
    QTest::newRow("user") << u"user"_s << false;
}

void tst_Redactor::isSecretName()
{
    QFETCH(QString, name);
    QTEST(Redactor::isSecretName(name), "secret");
}

void tst_Redactor::collect_data()
{
    QTest::addColumn<RequestSpec>("spec");
    QTest::addColumn<QString>("responseHeaders");
    QTest::addColumn<QString>("secretVariable"); // named "token"
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("collected"); // in this order
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QStringList>("kept"); // must survive apply()

    const auto row = [](const char *tag,
                         const RequestSpec &spec,
                         const QStringList &collected,
                         const QString &label) -> QTestData & {
        return QTest::newRow(tag) << spec << QString() << QString() << QString() << collected << label;
    };
    row("authorization basic",
        withHeader(u"Authorization"_s, u"Basic YWxpY2U6aHVudGVyMg=="_s),
        { u"Basic YWxpY2U6aHVudGVyMg=="_s, u"YWxpY2U6aHVudGVyMg=="_s, u"hunter2"_s },
        u"Authorization header"_s)
        << QStringList { u"alice"_s, u"Basic"_s };
    row("authorization bearer",
        withHeader(u"Authorization"_s, u"Bearer eyJhbGciOi.J9x.sig"_s),
        { u"Bearer eyJhbGciOi.J9x.sig"_s, u"eyJhbGciOi.J9x.sig"_s },
        u"Authorization header"_s)
        << QStringList { u"Bearer"_s };
    row("proxy-authorization",
        withHeader(u"Proxy-Authorization"_s, u"Basic cHJveHk6czNjcjN0"_s),
        { u"Basic cHJveHk6czNjcjN0"_s, u"cHJveHk6czNjcjN0"_s, u"s3cr3t"_s },
        u"Proxy-Authorization header"_s)
        << QStringList { u"proxy"_s };
    row("cookie values",
        withHeader(u"Cookie"_s, u"sid=Zm9vYmFy; consent=1; theme=dark-blue; lang=en"_s),
        { u"sid=Zm9vYmFy; consent=1; theme=dark-blue; lang=en"_s, u"Zm9vYmFy"_s, u"dark-blue"_s },
        u"Cookie header"_s)
        << QStringList { u"sid="_s, u"theme="_s, u"127.0.0.1"_s, u"en"_s }; // short values are no credentials
    row("api key header", withHeader(u"X-Api-Key"_s, u"k_live_123"_s), { u"k_live_123"_s }, u"X-Api-Key header"_s)
        << QStringList();
    row("auth password basic",
        withAuth(RequestSpec::AuthKind::Basic, u"correct horse"_s),
        { u"Basic YWxpY2U6Y29ycmVjdCBob3JzZQ=="_s, u"YWxpY2U6Y29ycmVjdCBob3JzZQ=="_s, u"correct horse"_s },
        u"Authorization header"_s)
        << QStringList { u"alice"_s };
    row("auth password digest",
        withAuth(RequestSpec::AuthKind::Digest, u"d1gest-pw"_s),
        { u"d1gest-pw"_s, u"YWxpY2U6ZDFnZXN0LXB3"_s },
        u"auth password"_s)
        << QStringList { u"alice"_s };
    row("bearer token",
        withAuth(RequestSpec::AuthKind::Bearer, {}, u"tok.en.value"_s),
        { u"Bearer tok.en.value"_s, u"tok.en.value"_s },
        u"Authorization header"_s)
        << QStringList();
    RequestSpec proxy = withUrl(u"http://127.0.0.1/"_s);
    proxy.proxyUser = u"bob"_s;
    proxy.proxyPassword = u"proxy-pw"_s;
    row("proxy password", proxy, { u"proxy-pw"_s, u"Ym9iOnByb3h5LXB3"_s }, u"proxy password"_s)
        << QStringList { u"bob"_s };
    row("query param decoded and encoded",
        withUrl(u"http://127.0.0.1/p?page=2&api_key=a%2Fb%3Dc&q=cats"_s),
        { u"a%2Fb%3Dc"_s, u"a/b=c"_s },
        u"query parameter api_key"_s)
        << QStringList { u"page=2"_s, u"q=cats"_s };
    row("query param plus",
        withUrl(u"http://127.0.0.1/p?access_token=x+y"_s),
        { u"x+y"_s, u"x y"_s, u"x%2By"_s },
        u"query parameter access_token"_s)
        << QStringList();
    row("query param signature",
        withUrl(u"http://127.0.0.1/p?X-Amz-Signature=deadbeef#top"_s),
        { u"deadbeef"_s },
        u"query parameter X-Amz-Signature"_s)
        << QStringList { u"#top"_s };
    row("form url-encoded",
        withForm(RequestSpec::BodyKind::FormUrlEncoded),
        { u"p&ss w"_s, u"p%26ss%20w"_s, u"k-42"_s },
        u"form field password"_s)
        << QStringList { u"alice"_s };
    row("form multipart",
        withForm(RequestSpec::BodyKind::Multipart),
        { u"p&ss w"_s, u"p%26ss%20w"_s, u"k-42"_s },
        u"form field password"_s)
        << QStringList { u"alice"_s };
    row("url password",
        withUrl(u"http://alice:p%40ss@127.0.0.1/"_s),
        { u"p@ss"_s, u"p%40ss"_s, u"YWxpY2U6cEBzcw=="_s },
        u"password in the URL"_s)
        << QStringList { u"alice"_s };
    QTest::newRow("set-cookie")
        << withUrl(u"http://127.0.0.1/"_s)
        << u"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nSet-Cookie: session=abc123; Path=/; "
           "HttpOnly\r\nset-cookie: csrf=xyz789\r\nSet-Cookie: ab=1\r\n\r\n"_s
        << QString() << QString() << QStringList { u"abc123"_s, u"xyz789"_s } << u"Set-Cookie session"_s
        << QStringList { u"Path=/"_s, u"text/plain"_s, u"ab=1"_s };
    QTest::newRow("secret variable") << withUrl(u"http://127.0.0.1/"_s) << QString() << u"v4r-s3cret"_s << QString()
                                     << QStringList { u"v4r-s3cret"_s } << u"secret variable token"_s << QStringList();
    QTest::newRow("user marked") << withUrl(u"http://127.0.0.1/"_s) << QString() << QString() << u"customer 4711"_s
                                 << QStringList { u"customer 4711"_s } << u"marked by you"_s << QStringList();
    row("no secrets", withHeader(u"Accept"_s, u"text/html"_s), {}, QString()) << QStringList { u"text/html"_s };
}

void tst_Redactor::collect()
{
    QFETCH(RequestSpec, spec);
    QFETCH(QString, responseHeaders);
    QFETCH(QString, secretVariable);
    QFETCH(QString, marked);
    QFETCH(QStringList, collected);
    QFETCH(QString, firstLabel);
    QFETCH(QStringList, kept);

    Redactor redactor;
    redactor.addRequest(spec);
    redactor.addResponseHeaders(responseHeaders);
    redactor.addSecretVariable(u"token"_s, secretVariable);
    redactor.addUserMarked(marked);

    QCOMPARE(values(redactor), collected);
    if (!collected.isEmpty())
        QCOMPARE(redactor.redactions().constFirst().label, firstLabel);
    for (const QString &secret : collected) {
        const QString text = u"before "_s + secret + u" after"_s;
        QCOMPARE(redactor.apply(text), u"before "_s + Redactor::mask() + u" after"_s);
        QCOMPARE(redactor.apply(text.toUtf8()), (u"before "_s + Redactor::mask() + u" after"_s).toUtf8());
    }
    for (const QString &clear : kept)
        QCOMPARE(redactor.apply(clear), clear);
}

void tst_Redactor::applyLongestFirst_data()
{
    QTest::addColumn<QStringList>("secrets"); // added as user-marked, in this order
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString m = Redactor::mask();
    QTest::newRow("short first") << QStringList { u"abc"_s, u"abcdef"_s } << u"x abcdef y abc"_s
                                 << u"x "_s + m + u" y "_s + m;
    QTest::newRow("long first") << QStringList { u"abcdef"_s, u"abc"_s } << u"x abcdef y abc"_s
                                << u"x "_s + m + u" y "_s + m;
    QTest::newRow("token inside header value") << QStringList { u"tok"_s, u"Bearer tok"_s } << u"Bearer tok"_s << m;
    QTest::newRow("mask not matched again") << QStringList { u"RED"_s, u"abc"_s } << u"abc RED"_s << m + u" "_s + m;
    QTest::newRow("adjacent") << QStringList { u"ab"_s } << u"ababab"_s << m + m + m;
    QTest::newRow("json-escaped echo") << QStringList { u"q\"u\\te"_s } << u"{\"h\": \"q\\\"u\\\\te\"}"_s
                                       << u"{\"h\": \""_s + m + u"\"}"_s;
    QTest::newRow("nothing to mask") << QStringList { u"zzz"_s } << u"plain text"_s << u"plain text"_s;
}

void tst_Redactor::applyLongestFirst()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, text);
    Redactor redactor;
    for (const QString &secret : secrets)
        redactor.addUserMarked(secret);
    QTEST(redactor.apply(text), "expected");
}

void tst_Redactor::applyBytes()
{
    Redactor redactor;
    redactor.addSecretVariable(u"pin"_s, u"gehe1m-ü"_s);
    const QByteArray binary = QByteArray("\x00\xff", 2) + u"gehe1m-ü"_s.toUtf8() + QByteArray("\x89PNG", 4);
    QCOMPARE(redactor.apply(binary), QByteArray("\x00\xff", 2) + Redactor::mask().toUtf8() + QByteArray("\x89PNG", 4));
}

void tst_Redactor::disabledNotMasked()
{
    Redactor redactor;
    redactor.addSecretVariable(u"a"_s, u"first-secret"_s);
    redactor.addSecretVariable(u"b"_s, u"second-secret"_s);
    redactor.setEnabled(0, false);
    QCOMPARE(redactor.redactions().at(0).enabled, false);
    QCOMPARE(redactor.apply(u"first-secret second-secret"_s), u"first-secret "_s + Redactor::mask());
    redactor.setEnabled(0, true);
    QCOMPARE(redactor.apply(u"first-secret"_s), Redactor::mask());
}

void tst_Redactor::emptyNeverCollected()
{
    RequestSpec spec = withAuth(RequestSpec::AuthKind::Digest, QString());
    spec.url = u"http://alice@127.0.0.1/?token=&key"_s;
    spec.headers = { { u"Cookie"_s, u"empty="_s }, { u"X-Api-Key"_s, QString() } };
    Redactor redactor;
    redactor.addRequest(spec);
    redactor.addResponseHeaders(u"Set-Cookie: gone=; Max-Age=0\r\n"_s);
    redactor.addSecretVariable(u"blank"_s, u"  "_s);
    redactor.addUserMarked(QString());
    QCOMPARE(values(redactor), QStringList { u"empty="_s }); // the Cookie header's whole value, not its empty cookie
    QCOMPARE(redactor.apply(u"a b  c"_s), u"a b  c"_s);
}

void tst_Redactor::duplicatesCollapsed()
{
    Redactor redactor;
    redactor.addRequest(withAuth(RequestSpec::AuthKind::Digest, u"same-value"_s));
    redactor.addSecretVariable(u"pw"_s, u"same-value"_s);
    redactor.addUserMarked(u"same-value"_s);
    QCOMPARE(values(redactor).count(u"same-value"_s), 1);
    QCOMPARE(redactor.redactions().constFirst().value, u"same-value"_s);
    QCOMPARE(redactor.redactions().constFirst().kind, Redaction::Kind::AuthField);
    QCOMPARE(redactor.redactions().constFirst().label, u"auth password"_s);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
