// SPDX-License-Identifier: MIT
#include "httprequest.h"
#include "sendoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

const QString url = u"http://127.0.0.1:9/x"_s;

/// A readable summary of every field that differs from the defaults, so one column checks each flag.
QString describe(const SendOptions &o)
{
    QStringList parts { u"url=%1"_s.arg(o.url), u"method=%1"_s.arg(o.effectiveMethod()) };
    for (const auto &[name, value] : o.headers)
        parts << u"H[%1]=[%2]"_s.arg(name, value);
    if (o.bodySource != SendOptions::BodySource::None)
        parts << u"body%1=%2"_s.arg(int(o.bodySource)).arg(o.body);
    if (!o.outputPath.isEmpty())
        parts << u"o=%1"_s.arg(o.outputPath);
    if (o.sync)
        parts << u"sync"_s;
    if (o.abortOnStart)
        parts << u"abortOnStart"_s;
    if (o.abortOnFirstChunk)
        parts << u"abortOnFirstChunk"_s;
    if (o.abortAfterBytes != SendOptions::NoLimit)
        parts << u"abortAfter=%1"_s.arg(o.abortAfterBytes);
    if (o.trace)
        parts << u"trace"_s;
    if (o.include)
        parts << u"include"_s;
    if (o.timeouts)
        parts << u"timeouts=%1,%2,%3,%4"_s.arg((*o.timeouts)[0])
                     .arg((*o.timeouts)[1])
                     .arg((*o.timeouts)[2])
                     .arg((*o.timeouts)[3]);
    if (!o.proxy.isEmpty())
        parts << u"proxy=%1"_s.arg(o.proxy);
    if (!o.noProxy.isEmpty())
        parts << u"noproxy=%1"_s.arg(o.noProxy);
    if (o.direct)
        parts << u"direct"_s;
    if (o.user)
        parts << u"user=%1/%2"_s.arg(o.user->first, o.user->second);
    if (o.proxyUser)
        parts << u"proxyUser=%1/%2"_s.arg(o.proxyUser->first, o.proxyUser->second);
    if (!o.certificate.isEmpty())
        parts << u"cert=%1"_s.arg(o.certificate);
    if (o.insecure)
        parts << u"insecure"_s;
    if (!o.caCertificates.isEmpty())
        parts << u"cacert=%1"_s.arg(o.caCertificates);
    if (!o.certificatePassword.isEmpty())
        parts << u"certPassword=%1"_s.arg(o.certificatePassword);
    if (o.noLocation)
        parts << u"noLocation"_s;
    if (o.maxRedirects)
        parts << u"maxRedirs=%1"_s.arg(*o.maxRedirects);
    for (const auto &[id, value] : o.options)
        parts << u"option%1=%2:%3"_s.arg(id).arg(QString::fromLatin1(value.typeName()), value.toString());
    if (o.fail)
        parts << u"fail"_s;
    if (o.silent)
        parts << u"silent"_s;
    if (o.help)
        parts << u"help"_s;
    return parts.join(u' ');
}

} // namespace

class tst_SendOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void usageErrors_data();
    void usageErrors();
};

void tst_SendOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString base = u"url=%1 method=GET"_s.arg(url);
    const QString post = u"url=%1 method=POST"_s.arg(url);
    auto row = [](const char *tag, const QStringList &arguments, const QString &expected) {
        QTest::newRow(tag) << arguments << expected;
    };
    row("url-only", { url }, base);
    row("request", { u"-X"_s, u"PUT"_s, url }, u"url=%1 method=PUT"_s.arg(url));
    row("request-attached", { u"-XDELETE"_s, url }, u"url=%1 method=DELETE"_s.arg(url));
    row("request-long-equals", { u"--request=patch"_s, url }, u"url=%1 method=patch"_s.arg(url));
    row("header", { url, u"-H"_s, u"X-A:  b c "_s }, base + u" H[X-A]=[b c]"_s);
    row("header-remove", { u"--header"_s, u"Accept:"_s, url }, base + u" H[Accept]=[]"_s);
    row("headers-in-order", { u"-H"_s, u"B: 2"_s, u"-H"_s, u"A: 1"_s, url }, base + u" H[B]=[2] H[A]=[1]"_s);
    row("data-text", { u"-d"_s, u"a=1"_s, url }, post + u" body1=a=1"_s);
    row("data-empty", { u"--data"_s, QString(), url }, post + u" body1="_s);
    row("data-file", { u"-d"_s, u"@body.txt"_s, url }, post + u" body2=body.txt"_s);
    row("data-stdin", { u"-d"_s, u"@-"_s, url }, post + u" body2=-"_s);
    row("data-binary-file", { u"--data-binary"_s, u"@b.bin"_s, url }, post + u" body4=b.bin"_s);
    row("data-binary-text", { u"--data-binary"_s, u"raw"_s, url }, post + u" body3=raw"_s);
    row("data-with-method", { u"-X"_s, u"GET"_s, u"-d"_s, u"x"_s, url }, base + u" body1=x"_s);
    row("output", { u"-o"_s, u"out.bin"_s, url }, base + u" o=out.bin"_s);
    row("sync", { u"--sync"_s, url }, base + u" sync"_s);
    row("async-last-wins", { u"--sync"_s, u"--async"_s, url }, base);
    row("abort-on-start", { u"--abort-on-start"_s, url }, base + u" abortOnStart"_s);
    row("abort-on-first-chunk", { u"--abort-on-first-chunk"_s, url }, base + u" abortOnFirstChunk"_s);
    row("abort-after-bytes", { u"--abort-after-bytes"_s, u"4096"_s, url }, base + u" abortAfter=4096"_s);
    row("trace", { u"--trace"_s, url }, base + u" trace"_s);
    row("include", { u"-i"_s, url }, base + u" include"_s);
    row("combined-short", { u"-sik"_s, url }, base + u" include insecure silent"_s);
    row("combined-short-value", { u"-iXPUT"_s, url }, u"url=%1 method=PUT include"_s.arg(url));
    row("timeouts", { u"--timeouts"_s, u"1,2,3,-1"_s, url }, base + u" timeouts=1,2,3,-1"_s);
    row("proxy", { u"-x"_s, u"127.0.0.1:3128"_s, url }, base + u" proxy=127.0.0.1:3128"_s);
    row("proxy-noproxy",
        { u"--proxy"_s, u"p:1"_s, u"--noproxy"_s, u"*.local;<local>"_s, url },
        base + u" proxy=p:1 noproxy=*.local;<local>"_s);
    row("direct", { u"--direct"_s, url }, base + u" direct"_s);
    row("user", { u"-u"_s, u"ann:pa:ss"_s, url }, base + u" user=ann/pa:ss"_s);
    row("user-empty-password", { u"--user"_s, u"ann:"_s, url }, base + u" user=ann/"_s);
    row("proxy-user", { u"--proxy-user"_s, u"user:pass"_s, url }, base + u" proxyUser=user/pass"_s);
    row("cert", { u"-E"_s, u"./client.pem"_s, url }, base + u" cert=./client.pem"_s);
    row("insecure", { u"--insecure"_s, url }, base + u" insecure"_s);
    row("cacert", { u"--cacert"_s, u"ca.pem"_s, url }, base + u" cacert=ca.pem"_s);
    row("cert-password", { u"--cert-password"_s, u"s3cret"_s, url }, base + u" certPassword=s3cret"_s);
    row("no-location", { u"--no-location"_s, url }, base + u" noLocation"_s);
    row("max-redirs", { u"--max-redirs"_s, u"0"_s, url }, base + u" maxRedirs=0"_s);
    row("option-number-bool", { u"--option"_s, u"6=false"_s, url }, base + u" option6=bool:false"_s);
    row("option-name-bool-number", { u"--option"_s, u"EnableHttp1_1=0"_s, url }, base + u" option17=bool:false"_s);
    row("option-int-hex", { u"--option"_s, u"SslErrorIgnoreFlags=0x3300"_s, url }, base + u" option4=int:13056"_s);
    row("option-codepage-name", { u"--option"_s, u"URLCodePage=utf-8"_s, url }, base + u" option2=QString:utf-8"_s);
    row("option-string", { u"--option"_s, u"0=Agent/1.0 x=y"_s, url }, base + u" option0=QString:Agent/1.0 x=y"_s);
    row("option-repeated",
        { u"--option"_s, u"14=3"_s, u"--option=1000=1"_s, url },
        base + u" option14=int:3 option1000=int:1"_s);
    row("fail", { u"--fail"_s, url }, base + u" fail"_s);
    row("silent", { u"--silent"_s, url }, base + u" silent"_s);
    row("help", { u"--help"_s }, u"url= method=GET help"_s);
    row("double-dash", { u"--"_s, u"-weird"_s }, u"url=-weird method=GET"_s);
}

void tst_SendOptions::parse()
{
    QFETCH(QStringList, arguments);
    QString error;
    const std::optional<SendOptions> options = SendOptions::parse(arguments, error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(error, QString());
    QTEST(describe(*options), "expected");
}

void tst_SendOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    auto row = [](const char *tag, const QStringList &arguments, const QString &message) {
        QTest::newRow(tag) << arguments << message;
    };
    row("no-url", {}, u"URL: missing (reqscope-cli send [options] URL)"_s);
    row("two-urls", { url, u"http://b/"_s }, u"expected one URL, got '%1' and 'http://b/'"_s.arg(url));
    row("unknown-long", { u"--frob"_s, url }, u"unknown option '--frob' (try --help)"_s);
    row("unknown-short", { u"-Z"_s, url }, u"unknown option '-Z' (try --help)"_s);
    row("missing-value", { url, u"-H"_s }, u"-H: expects a value"_s);
    row("missing-long-value", { url, u"--timeouts"_s }, u"--timeouts: expects a value"_s);
    row("flag-with-value", { u"--trace=yes"_s, url }, u"--trace: takes no value"_s);
    row("empty-method", { u"-X"_s, QString(), url }, u"--request: expected a method"_s);
    row("header-no-colon",
        { u"-H"_s, u"Accept"_s, url },
        u"--header: expected \"Name: value\" or \"Name:\", got 'Accept'"_s);
    row("header-no-name", { u"-H"_s, u": x"_s, url }, u"--header: expected \"Name: value\" or \"Name:\", got ': x'"_s);
    row("two-bodies",
        { u"-d"_s, u"a"_s, u"--data-binary"_s, u"@f"_s, url },
        u"--data-binary: only one request body may be given"_s);
    row("body-at-only", { u"-d"_s, u"@"_s, url }, u"--data: expected a file name after @ (@- for stdin)"_s);
    row("empty-output", { u"-o"_s, QString(), url }, u"--output: expected a file name"_s);
    row("abort-after-zero",
        { u"--abort-after-bytes"_s, u"0"_s, url },
        u"--abort-after-bytes: expected a number of bytes ≥ 1, got '0'"_s);
    row("abort-after-text",
        { u"--abort-after-bytes"_s, u"ten"_s, url },
        u"--abort-after-bytes: expected a number of bytes ≥ 1, got 'ten'"_s);
    row("two-triggers",
        { u"--abort-on-start"_s, u"--abort-on-first-chunk"_s, url },
        u"--abort-*: give at most one abort trigger"_s);
    row("timeouts-three", { u"--timeouts"_s, u"1,2,3"_s, url }, u"--timeouts: expected R,C,S,V in milliseconds"_s);
    row("timeouts-text", { u"--timeouts"_s, u"1,2,3,x"_s, url }, u"--timeouts: expected R,C,S,V in milliseconds"_s);
    row("timeouts-negative",
        { u"--timeouts"_s, u"1,2,3,-5"_s, url },
        u"--timeouts: a time-out is ≥ 0 milliseconds, or 0 or -1 for none"_s);
    row("empty-proxy", { u"-x"_s, QString(), url }, u"--proxy: expected HOST:PORT"_s);
    row("direct-and-proxy",
        { u"--direct"_s, u"-x"_s, u"p:1"_s, url },
        u"--direct: cannot be combined with -x/--proxy"_s);
    row("noproxy-alone",
        { u"--noproxy"_s, u"a"_s, url },
        u"--noproxy: needs -x/--proxy (the bypass list belongs to SetProxy(2, …))"_s);
    row("user-no-colon", { u"-u"_s, u"ann"_s, url }, u"--user: expected USER:PASS"_s);
    row("user-no-name", { u"-u"_s, u":pw"_s, url }, u"--user: expected USER:PASS"_s);
    row("proxy-user-no-colon", { u"--proxy-user"_s, u"ann"_s, url }, u"--proxy-user: expected USER:PASS"_s);
    row("empty-cert", { u"-E"_s, QString(), url }, u"--cert: expected a file path or a certificate selector"_s);
    row("empty-cacert", { u"--cacert"_s, QString(), url }, u"--cacert: expected a file name"_s);
    row("max-redirs-negative", { u"--max-redirs"_s, u"-1"_s, url }, u"--max-redirs: expected a number ≥ 0, got '-1'"_s);
    row("option-no-equals", { u"--option"_s, u"6"_s, url }, u"--option: expected ID=VALUE, got '6'"_s);
    row("option-unknown-id", { u"--option"_s, u"999=1"_s, url }, u"--option: unknown option '999'"_s);
    row("option-unknown-name", { u"--option"_s, u"Frob=1"_s, url }, u"--option: unknown option 'Frob'"_s);
    row("option-read-only", { u"--option"_s, u"URL=http://x/"_s, url }, u"--option: option 1 (URL) is read-only"_s);
    row("option-bool-word",
        { u"--option"_s, u"6=maybe"_s, url },
        u"--option: EnableRedirects expects true, false or a number, got 'maybe'"_s);
    row("option-int-word",
        { u"--option"_s, u"14=many"_s, url },
        u"--option: MaxAutomaticRedirects expects a number, got 'many'"_s);
}

void tst_SendOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QString error;
    const std::optional<SendOptions> options = SendOptions::parse(arguments, error);
    QVERIFY(!options);
    QTEST(error, "error");
}

QTEST_GUILESS_MAIN(tst_SendOptions)
#include "tst_sendoptions.moc"
