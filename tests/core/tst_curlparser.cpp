// SPDX-License-Identifier: MIT
#include "curlparser.h"
#include "httprequest.h"
#include "importdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::CurlParser;
using Reqscope::HttpRequest;
using Reqscope::KeyValue;
using Reqscope::RequestSpec;

namespace {

QStringList headerLines(const RequestSpec &spec)
{
    QStringList lines;
    for (const KeyValue &h : spec.headers)
        lines.append(h.name + u": "_s + h.value);
    return lines;
}

/// "kind:content" — text for Text/Json, name=value rows (file rows with @) for forms, the path for files.
QString bodySummary(const RequestSpec &spec)
{
    static const QStringList kinds = { u"none"_s, u"text"_s, u"json"_s, u"form"_s, u"multipart"_s, u"file"_s };
    QString content = spec.bodyText;
    if (spec.bodyKind == RequestSpec::BodyKind::Multipart || spec.bodyKind == RequestSpec::BodyKind::FormUrlEncoded) {
        QStringList rows;
        for (const KeyValue &f : spec.formFields)
            rows.append(f.name + (f.isFile ? u"=@"_s : u"="_s) + f.value);
        content = rows.join(u'|');
    } else if (spec.bodyKind == RequestSpec::BodyKind::BinaryFile) {
        content = spec.bodyFile;
    }
    return kinds.value(int(spec.bodyKind)) + u':' + content;
}

QString authSummary(const RequestSpec &spec)
{
    switch (spec.authKind) {
    case RequestSpec::AuthKind::None:
        return u"none"_s;
    case RequestSpec::AuthKind::Basic:
        return u"basic:"_s + spec.authUser + u':' + spec.authPassword;
    case RequestSpec::AuthKind::Digest:
        return u"digest:"_s + spec.authUser + u':' + spec.authPassword;
    case RequestSpec::AuthKind::Bearer:
        return u"bearer:"_s + spec.bearerToken;
    }
    return QString();
}

} // namespace

class tst_CurlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void options_data();
    void options();
    void dataFiles();
    void warnings_data();
    void warnings();
    void errors();
    void severalCommands();
    void samples_data();
    void samples();
};

void tst_CurlParser::parse_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("auth");

    const QString form = u"Content-Type: application/x-www-form-urlencoded"_s;
    QTest::newRow("get") << u"curl http://h/x"_s << u"GET"_s << u"http://h/x"_s << QStringList() << u"none:"_s
                         << u"none"_s;
    QTest::newRow("prompt") << u"$ curl h"_s << u"GET"_s << u"http://h"_s << QStringList() << u"none:"_s << u"none"_s;
    QTest::newRow("X-cluster") << u"curl -XPOST http://h"_s << u"POST"_s << u"http://h"_s << QStringList() << u"none:"_s
                               << u"none"_s;
    QTest::newRow("sX-cluster") << u"curl -sXDELETE http://h"_s << u"DELETE"_s << u"http://h"_s << QStringList()
                                << u"none:"_s << u"none"_s;
    QTest::newRow("flags-cluster") << u"curl -fsSL http://h"_s << u"GET"_s << u"http://h"_s << QStringList()
                                   << u"none:"_s << u"none"_s;
    QTest::newRow("data") << u"curl -d a=1 -d b=2 h"_s << u"POST"_s << u"http://h"_s << QStringList { form }
                          << u"text:a=1&b=2"_s << u"none"_s;
    QTest::newRow("data-raw-at") << u"curl --data-raw @notafile h"_s << u"POST"_s << u"http://h"_s
                                 << QStringList { form } << u"text:@notafile"_s << u"none"_s;
    QTest::newRow("data-binary-file") << u"curl --data-binary @blob.bin h"_s << u"POST"_s << u"http://h"_s
                                      << QStringList { form } << u"file:blob.bin"_s << u"none"_s;
    QTest::newRow("data-binary-text") << u"curl -H 'Content-Type: text/plain' --data-binary 'x y' h"_s << u"POST"_s
                                      << u"http://h"_s << QStringList { u"Content-Type: text/plain"_s } << u"text:x y"_s
                                      << u"none"_s;
    QTest::newRow("data-urlencode") << u"curl --data-urlencode 'q=a b&c' --data-urlencode '=x/y' h"_s << u"POST"_s
                                    << u"http://h"_s << QStringList { form } << u"text:q=a%20b%26c&x%2Fy"_s
                                    << u"none"_s;
    QTest::newRow("json-header") << u"curl -H 'content-type: application/json' -d '{\"a\":1}' h"_s << u"POST"_s
                                 << u"http://h"_s << QStringList { u"content-type: application/json"_s }
                                 << u"json:{\"a\":1}"_s << u"none"_s;
    QTest::newRow("json-option") << u"curl --json '[1]' h"_s << u"POST"_s << u"http://h"_s
                                 << QStringList { u"Content-Type: application/json"_s, u"Accept: application/json"_s }
                                 << u"json:[1]"_s << u"none"_s;
    QTest::newRow("form") << u"curl -F a=1 -F 'f=@/tmp/x.png;type=image/png' --form-string 'g=@lit' h"_s << u"POST"_s
                          << u"http://h"_s << QStringList() << u"multipart:a=1|f=@/tmp/x.png|g=@lit"_s << u"none"_s;
    QTest::newRow("user") << u"curl -u me:secret h"_s << u"GET"_s << u"http://h"_s << QStringList() << u"none:"_s
                          << u"basic:me:secret"_s;
    QTest::newRow("user-colon-in-password")
        << u"curl -u 'me:a:b' h"_s << u"GET"_s << u"http://h"_s << QStringList() << u"none:"_s << u"basic:me:a:b"_s;
    QTest::newRow("digest") << u"curl --digest -u me:pw h"_s << u"GET"_s << u"http://h"_s << QStringList() << u"none:"_s
                            << u"digest:me:pw"_s;
    QTest::newRow("bearer-header") << u"curl -H 'Authorization: Bearer abc.def' h"_s << u"GET"_s << u"http://h"_s
                                   << QStringList() << u"none:"_s << u"bearer:abc.def"_s;
    QTest::newRow("basic-header") << u"curl -H 'authorization: Basic bWU6cHc=' h"_s << u"GET"_s << u"http://h"_s
                                  << QStringList() << u"none:"_s << u"basic:me:pw"_s;
    QTest::newRow("oauth2-bearer") << u"curl --oauth2-bearer t0k h"_s << u"GET"_s << u"http://h"_s << QStringList()
                                   << u"none:"_s << u"bearer:t0k"_s;
    QTest::newRow("cookie") << u"curl -b 'a=1; b=2' h"_s << u"GET"_s << u"http://h"_s
                            << QStringList { u"Cookie: a=1; b=2"_s } << u"none:"_s << u"none"_s;
    QTest::newRow("compressed") << u"curl --compressed h"_s << u"GET"_s << u"http://h"_s
                                << QStringList { u"Accept-Encoding: deflate, gzip"_s } << u"none:"_s << u"none"_s;
    QTest::newRow("get-moves-data") << u"curl -G -d q=1 --data-urlencode 'r=a b' h/s"_s << u"GET"_s
                                    << u"http://h/s?q=1&r=a%20b"_s << QStringList() << u"none:"_s << u"none"_s;
    QTest::newRow("url-query") << u"curl --url-query a=1 h/?x=0"_s << u"GET"_s << u"http://h/?x=0&a=1"_s
                               << QStringList() << u"none:"_s << u"none"_s;
    QTest::newRow("head") << u"curl -I h"_s << u"HEAD"_s << u"http://h"_s << QStringList() << u"none:"_s << u"none"_s;
    QTest::newRow("empty-header") << u"curl -H 'X-Empty;' h"_s << u"GET"_s << u"http://h"_s
                                  << QStringList { u"X-Empty: "_s } << u"none:"_s << u"none"_s;
    QTest::newRow("upload-file") << u"curl -T up.txt h"_s << u"PUT"_s << u"http://h"_s << QStringList()
                                 << u"file:up.txt"_s << u"none"_s;
    QTest::newRow("multipart-data-raw")
        << u"curl h -H 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryX' --data-raw $'------WebKitFormBoundaryX\\r\\nContent-Disposition: form-data; name=\"a\"\\r\\n\\r\\n1\\r\\n------WebKitFormBoundaryX--\\r\\n'"_s
        << u"POST"_s << u"http://h"_s << QStringList() << u"multipart:a=1"_s << u"none"_s;
    QTest::newRow("ansi-c-body") << u"curl h --data-raw $'{\"a\":\"it\\'s\\n\"}' -H 'Content-Type: application/json'"_s
                                 << u"POST"_s << u"http://h"_s << QStringList { u"Content-Type: application/json"_s }
                                 << u"json:{\"a\":\"it's\n\"}"_s << u"none"_s;
    QTest::newRow("cmd-chrome")
        << u"curl ^\"https://h/p?a=1^&b=2^\" ^\n  -H ^\"accept: */*^\" ^\n  --data-raw ^\"^{^\\^\"k^\\^\":1^}^\" ^\n  --compressed"_s
        << u"POST"_s << u"https://h/p?a=1&b=2"_s
        << QStringList { u"accept: */*"_s, u"Accept-Encoding: deflate, gzip"_s, form } << u"text:{\"k\":1}"_s
        << u"none"_s;
    QTest::newRow("cmd-old") << u"curl \"https://h/\" -H \"x: y\" --data \"{\"\"k\"\":1}\" ^\r\n --compressed"_s
                             << u"POST"_s << u"https://h/"_s
                             << QStringList { u"x: y"_s, u"Accept-Encoding: deflate, gzip"_s, form }
                             << u"text:{\"k\":1}"_s << u"none"_s;
    QTest::newRow("powershell") << u"curl.exe -X PUT `\n  -H \"a: b\" `\n  'https://h/'"_s << u"PUT"_s
                                << u"https://h/"_s << QStringList { u"a: b"_s } << u"none:"_s << u"none"_s;
    QTest::newRow("double-dash") << u"curl -k -- -weird"_s << u"GET"_s << u"http://-weird"_s << QStringList()
                                 << u"none:"_s << u"none"_s;
}

void tst_CurlParser::parse()
{
    QFETCH(QString, command);
    const CurlParser::Result result = CurlParser(u"paste"_s).parse(command);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.requests.size(), 1);
    const RequestSpec &spec = result.requests.constFirst();
    QTEST(spec.method, "method");
    QTEST(spec.url, "url");
    QTEST(headerLines(spec), "headers");
    QTEST(bodySummary(spec), "body");
    QTEST(authSummary(spec), "auth");
}

void tst_CurlParser::options_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("option");
    QTest::addColumn<QVariant>("value"); // invalid: the option stays unset

    QTest::newRow("no-L") << u"curl h"_s << int(HttpRequest::EnableRedirects) << QVariant(false);
    QTest::newRow("L") << u"curl -L h"_s << int(HttpRequest::EnableRedirects) << QVariant(true);
    QTest::newRow("max-redirs") << u"curl -L --max-redirs 3 h"_s << int(HttpRequest::MaxAutomaticRedirects)
                                << QVariant(3);
    QTest::newRow("k") << u"curl -k h"_s << int(HttpRequest::SslErrorIgnoreFlags) << QVariant(0x3300);
    QTest::newRow("no-k") << u"curl h"_s << int(HttpRequest::SslErrorIgnoreFlags) << QVariant();
    QTest::newRow("A") << u"curl -A 'Bot/1' h"_s << int(HttpRequest::UserAgentString) << QVariant(u"Bot/1"_s);
    QTest::newRow("cacert") << u"curl --cacert ca.pem h"_s << int(HttpRequest::ExtraCaCertificates)
                            << QVariant(u"ca.pem"_s);
}

void tst_CurlParser::options()
{
    QFETCH(QString, command);
    QFETCH(int, option);
    QFETCH(QVariant, value);
    const CurlParser::Result result = CurlParser().parse(command);
    QCOMPARE(result.requests.size(), 1);
    const RequestSpec &spec = result.requests.constFirst();
    QCOMPARE(spec.options.contains(option), value.isValid());
    if (value.isValid())
        QCOMPARE(spec.options.value(option), value);
}

void tst_CurlParser::dataFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"body.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a=1\r\n&b=2\n");
    file.close();
    const CurlParser parser(u"cmd.txt"_s, dir.path());
    const CurlParser::Result d = parser.parse(u"curl -d @body.txt h"_s);
    QCOMPARE(d.requests.constFirst().bodyText, u"a=1&b=2"_s); // -d strips newlines
    const CurlParser::Result u = parser.parse(u"curl --data-urlencode v@body.txt h"_s);
    QCOMPARE(u.requests.constFirst().bodyText, u"v=a%3D1%0D%0A%26b%3D2%0A"_s);
    const CurlParser::Result f = parser.parse(u"curl -F 't=<body.txt' h"_s);
    QCOMPARE(f.requests.constFirst().formFields.constFirst().value, u"a=1\r\n&b=2\n"_s);
    const CurlParser::Result missing = parser.parse(u"curl -d @missing.txt h"_s);
    QCOMPARE(missing.requests.constFirst().bodyKind, RequestSpec::BodyKind::BinaryFile);
    QVERIFY(!missing.warnings.isEmpty());
}

void tst_CurlParser::warnings_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("warning"); // a part of the one expected warning

    QTest::newRow("unknown-long") << u"curl --frobnicate h"_s << u"--frobnicate"_s;
    QTest::newRow("unknown-short") << u"curl -W h"_s << u"-W"_s;
    QTest::newRow("cookie-file") << u"curl -b jar.txt h"_s << u"cookie files"_s;
    QTest::newRow("ntlm") << u"curl --ntlm -u a:b h"_s << u"--ntlm"_s;
    QTest::newRow("remove-header") << u"curl -H 'Accept:' h"_s << u"removes"_s;
    QTest::newRow("extra-url") << u"curl h1 h2"_s << u"h2"_s;
    QTest::newRow("form-type") << u"curl -F 'f=@x;type=a/b' h"_s << u"type"_s;
    QTest::newRow("resolve") << u"curl --resolve h:80:127.0.0.1 h"_s << u"--resolve"_s;
}

void tst_CurlParser::warnings()
{
    QFETCH(QString, command);
    QFETCH(QString, warning);
    const CurlParser::Result result = CurlParser(u"in.sh"_s).parse(command);
    QCOMPARE(result.requests.size(), 1);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().message.contains(warning), qPrintable(result.warnings.constFirst().message));
    QCOMPARE(result.warnings.constFirst().location, u"in.sh: command 1"_s);
}

void tst_CurlParser::errors()
{
    const CurlParser::Result unterminated = CurlParser(u"in.sh"_s).parse(u"curl h \\\n -d 'x"_s);
    QVERIFY(unterminated.error);
    QCOMPARE(unterminated.error->location, u"in.sh:2:5"_s);
    QVERIFY(unterminated.requests.isEmpty());
    const CurlParser::Result noUrl = CurlParser(u"in.sh"_s).parse(u"curl -v"_s);
    QVERIFY(noUrl.error);
    QVERIFY(CurlParser().parse(u"wget http://h"_s).error);
    QVERIFY(CurlParser().parse(QString()).error);
}

void tst_CurlParser::severalCommands()
{
    const CurlParser::Result result = CurlParser().parse(u"curl h/1\ncurl -X PUT h/2 && curl h/3"_s);
    QVERIFY(!result.error);
    QCOMPARE(result.requests.size(), 3);
    QCOMPARE(result.requests.at(1).method, u"PUT"_s);
    QCOMPARE(result.requests.at(2).url, u"http://h/3"_s);
}

void tst_CurlParser::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<int>("headers");
    QTest::addColumn<int>("warnings");

    QTest::newRow("chrome bash") << u"chrome-bash.curl.sh"_s << 1 << u"POST"_s
                                 << u"https://shop.example.com/api/cart/items?lang=en"_s
                                 << u"json:{\"sku\":\"TSHIRT-42\",\"qty\":1,\"note\":\"it's a gift\\nwrap it\"}"_s
                                 << u"bearer:eyJhbGciOiJIUzI1NiJ9.e30.sig"_s << 10 << 0;
    QTest::newRow("chrome cmd") << u"chrome-cmd.curl.cmd"_s << 1 << u"POST"_s
                                << u"https://shop.example.com/api/search?q=red%20shoes&page=2"_s
                                << u"text:filter=color%3Dred&sort=price"_s << u"none"_s << 6 << 0;
    QTest::newRow("chrome multipart") << u"chrome-multipart.curl.sh"_s << 1 << u"POST"_s
                                      << u"https://shop.example.com/profile"_s
                                      << u"multipart:display_name=Ada L.|newsletter=on"_s << u"none"_s << 1 << 0;
    QTest::newRow("readme") << u"readme-commands.curl.sh"_s << 4 << u"GET"_s << u"https://api.example.com/v1/status"_s
                            << u"none:"_s << u"digest:admin:s3cret"_s << 0 << 1; // -F …;type= is reported
    QTest::newRow("powershell") << u"powershell.curl.ps1"_s << 1 << u"PUT"_s
                                << u"https://api.example.com/v1/flags/beta"_s
                                << u"json:{\"enabled\": true, \"name\": \"it's\"}"_s << u"none"_s << 1 << 0;
}

void tst_CurlParser::samples()
{
    QFETCH(QString, file);
    QFile input(importDataPath(file));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const CurlParser::Result result = CurlParser(file).parse(QString::fromUtf8(input.readAll()));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QTEST(int(result.warnings.size()), "warnings");
    QTEST(int(result.requests.size()), "count");
    const RequestSpec &spec = result.requests.constFirst();
    QTEST(spec.method, "method");
    QTEST(spec.url, "url");
    QTEST(bodySummary(spec), "body");
    QTEST(authSummary(spec), "auth");
    QTEST(int(spec.headers.size()), "headers");
}

QTEST_GUILESS_MAIN(tst_CurlParser)
#include "tst_curlparser.moc"
