// SPDX-License-Identifier: MIT
#include "curlparser.h"
#include "curlwriter.h"
#include "httprequest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::RequestSpec)

namespace {

RequestSpec request(const QString &method, const QString &url)
{
    RequestSpec spec;
    spec.method = method;
    spec.url = url;
    return spec;
}

} // namespace

class tst_CurlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_data();
    void write();
    void roundTrip_data();
    void roundTrip();
    void secrets();
    void multiLine();
};

void tst_CurlWriter::write_data()
{
    QTest::addColumn<RequestSpec>("spec");
    QTest::addColumn<QString>("command");

    QTest::newRow("get") << request(u"GET"_s, u"http://h/x"_s) << u"curl http://h/x -L"_s;
    RequestSpec head = request(u"HEAD"_s, u"http://h/"_s);
    head.options.insert(HttpRequest::EnableRedirects, false);
    QTest::newRow("head") << head << u"curl http://h/ -I"_s;
    RequestSpec post = request(u"POST"_s, u"http://h/?a=1&b=2"_s);
    post.bodyKind = RequestSpec::BodyKind::Json;
    post.bodyText = u"{\"it's\":1}"_s;
    QTest::newRow("json post")
        << post << u"curl 'http://h/?a=1&b=2' -H 'Content-Type: application/json' --data-raw '{\"it'\\''s\":1}' -L"_s;
    RequestSpec form = request(u"PUT"_s, u"http://h/"_s);
    form.bodyKind = RequestSpec::BodyKind::Multipart;
    form.formFields = { { u"a"_s, u"1"_s },
        { u"f"_s, u"/tmp/x y.png"_s, true, true },
        { u"lit"_s, u"@not-a-file"_s },
        { u"off"_s, u"x"_s, false } };
    QTest::newRow("multipart")
        << form << u"curl http://h/ -X PUT -F a=1 -F 'f=@/tmp/x y.png' --form-string lit=@not-a-file -L"_s;
    RequestSpec file = request(u"POST"_s, u"http://h/"_s);
    file.bodyKind = RequestSpec::BodyKind::BinaryFile;
    file.bodyFile = u"body.bin"_s;
    file.options.insert(HttpRequest::SslErrorIgnoreFlags, 0x3300);
    file.proxySetting = 2;
    file.proxyServer = u"proxy:3128"_s;
    QTest::newRow("file, -k, proxy")
        << file
        << u"curl http://h/ -H 'Content-Type: application/octet-stream' --data-binary @body.bin -k -L -x proxy:3128"_s;
    RequestSpec digest = request(u"GET"_s, u"http://h/"_s);
    digest.authKind = RequestSpec::AuthKind::Digest;
    digest.authUser = u"me"_s;
    digest.authPassword = u"pw"_s;
    digest.options.insert(HttpRequest::EnableRedirects, false);
    QTest::newRow("digest") << digest << u"curl http://h/ --digest -u me:pw"_s;
}

void tst_CurlWriter::write()
{
    QFETCH(RequestSpec, spec);
    CurlWriter writer;
    writer.setIncludeSecrets(true);
    QTEST(writer.write(spec), "command");
}

void tst_CurlWriter::roundTrip_data()
{
    QTest::addColumn<int>("shell");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("header");

    const QString nasty = u"a'b\"c\\d $HOME `x` %PATH% ^& | < > ! \n line two \t tab"_s;
    QTest::newRow("posix") << int(CurlWriter::Shell::Posix) << nasty << u"x: \"quoted\" 100%"_s;
    QTest::newRow("cmd") << int(CurlWriter::Shell::Cmd) << nasty << u"x: \"quoted\" 100%"_s;
    QTest::newRow("cmd trailing backslash") << int(CurlWriter::Shell::Cmd) << u"c:\\dir\\"_s << u"x: \\\"y\\\\"_s;
}

void tst_CurlWriter::roundTrip()
{
    QFETCH(int, shell);
    QFETCH(QString, body);
    QFETCH(QString, header);
    RequestSpec spec = request(u"PATCH"_s, u"https://h/p?q=a%20b&r=1"_s);
    spec.bodyKind = RequestSpec::BodyKind::Text;
    spec.bodyText = body;
    spec.headers = { { header.section(u':', 0, 0), header.section(u": "_s, 1) } };
    CurlWriter writer;
    writer.setShell(CurlWriter::Shell(shell));
    for (const bool multiLine : { false, true }) {
        writer.setMultiLine(multiLine);
        const QString command = writer.write(spec);
        const CurlParser::Result parsed = CurlParser().parse(
            command, shell == int(CurlWriter::Shell::Cmd) ? ShellWords::Dialect::Cmd : ShellWords::Dialect::Posix);
        QVERIFY2(!parsed.error, qPrintable(command));
        QCOMPARE(parsed.requests.size(), 1);
        const RequestSpec &again = parsed.requests.constFirst();
        QCOMPARE(again.method, spec.method);
        QCOMPARE(again.url, spec.url);
        QCOMPARE(again.bodyText, spec.bodyText);
        QCOMPARE(again.headers.constFirst().value, spec.headers.constFirst().value);
    }
}

void tst_CurlWriter::secrets()
{
    RequestSpec spec = request(u"GET"_s, u"http://h/"_s);
    spec.authKind = RequestSpec::AuthKind::Basic;
    spec.authUser = u"me"_s;
    spec.authPassword = u"pass-secret"_s;
    spec.proxyUser = u"px"_s;
    spec.proxyPassword = u"proxy-secret"_s;
    spec.headers
        = { { u"Cookie"_s, u"sid=cookie-secret"_s }, { u"X-Api-Key"_s, u"key-secret"_s }, { u"X-Plain"_s, u"1"_s } };
    CurlWriter writer;
    const QString hidden = writer.write(spec);
    for (const QString &secret : { u"pass-secret"_s, u"proxy-secret"_s, u"cookie-secret"_s, u"key-secret"_s })
        QVERIFY2(!hidden.contains(secret), qPrintable(hidden));
    QVERIFY(hidden.contains(u"-u me:REDACTED"_s));
    QVERIFY(hidden.contains(u"X-Plain: 1"_s));
    writer.setIncludeSecrets(true);
    const QString shown = writer.write(spec);
    for (const QString &secret : { u"pass-secret"_s, u"proxy-secret"_s, u"cookie-secret"_s, u"key-secret"_s })
        QVERIFY2(shown.contains(secret), qPrintable(shown));
    spec.authKind = RequestSpec::AuthKind::Bearer;
    spec.bearerToken = u"tok-secret"_s;
    QVERIFY(!CurlWriter().write(spec).contains(u"tok-secret"_s));
    QVERIFY(CurlWriter().write(spec).contains(u"Authorization: Bearer REDACTED"_s));
}

void tst_CurlWriter::multiLine()
{
    RequestSpec spec = request(u"POST"_s, u"http://h/"_s);
    spec.headers = { { u"A"_s, u"1"_s } };
    CurlWriter writer;
    writer.setMultiLine(true);
    QCOMPARE(writer.write(spec), u"curl http://h/ \\\n  -X POST \\\n  -H 'A: 1' \\\n  -L"_s);
    writer.setShell(CurlWriter::Shell::Cmd);
    QCOMPARE(writer.write(spec), u"curl http://h/ ^\n  -X POST ^\n  -H ^\"A: 1^\" ^\n  -L"_s);
}

QTEST_GUILESS_MAIN(tst_CurlWriter)
#include "tst_curlwriter.moc"
