// SPDX-License-Identifier: MIT
#include "curlcommand.h"
#include "httprequest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::RequestSpec;

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void toSpec_data();
    void toSpec();
    void notCurl();
    void roundTrip();
};

void tst_CurlCommand::tokenize_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("plain") << u"curl -s http://h"_s << QStringList { u"curl"_s, u"-s"_s, u"http://h"_s };
    QTest::newRow("single") << u"curl 'a b'"_s << QStringList { u"curl"_s, u"a b"_s };
    QTest::newRow("double") << u"curl \"a \\\"b\\\"\""_s << QStringList { u"curl"_s, u"a \"b\""_s };
    QTest::newRow("ansi-c") << u"curl $'a\\nb'"_s << QStringList { u"curl"_s, u"a\nb"_s };
    QTest::newRow("continuation") << u"curl \\\n  -v"_s << QStringList { u"curl"_s, u"-v"_s };
    QTest::newRow("glued") << u"curl a'b'\"c\""_s << QStringList { u"curl"_s, u"abc"_s };
}

void tst_CurlCommand::tokenize()
{
    QFETCH(QString, command);
    QTEST(Reqscope::CurlCommand::tokenize(command), "words");
}

void tst_CurlCommand::toSpec_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("headers");
    QTest::addColumn<QString>("body");

    QTest::newRow("get") << u"curl http://h/x"_s << u"GET"_s << u"http://h/x"_s << 0 << QString();
    QTest::newRow("no-scheme") << u"curl h/x"_s << u"GET"_s << u"http://h/x"_s << 0 << QString();
    QTest::newRow("glued-X") << u"curl -XPUT http://h"_s << u"PUT"_s << u"http://h"_s << 0 << QString();
    QTest::newRow("data-implies-post") << u"curl http://h -d a=1 -d b=2"_s << u"POST"_s << u"http://h"_s << 1
                                       << u"a=1&b=2"_s;
    QTest::newRow("json") << u"curl --json '{\"a\":1}' http://h"_s << u"POST"_s << u"http://h"_s << 2 << u"{\"a\":1}"_s;
    QTest::newRow("header") << u"curl -H 'X-A: 1' -H 'X-B:2' --url http://h"_s << u"GET"_s << u"http://h"_s << 2
                            << QString();
    QTest::newRow("get-moves-data") << u"curl -G -d q=1 http://h/s"_s << u"GET"_s << u"http://h/s?q=1"_s << 0
                                    << QString();
    QTest::newRow("head") << u"curl -I http://h"_s << u"HEAD"_s << u"http://h"_s << 0 << QString();
    QTest::newRow("output-flags") << u"curl -sSL -o out.bin http://h"_s << u"GET"_s << u"http://h"_s << 0 << QString();
}

void tst_CurlCommand::toSpec()
{
    QFETCH(QString, command);
    const std::optional<RequestSpec> spec = Reqscope::CurlCommand::toSpec(command);
    QVERIFY(spec);
    QTEST(spec->method, "method");
    QTEST(spec->url, "url");
    QTEST(int(spec->headers.size()), "headers");
    QTEST(spec->bodyText, "body");
}

void tst_CurlCommand::notCurl()
{
    QVERIFY(!Reqscope::CurlCommand::toSpec(u"wget http://h"_s));
    QVERIFY(!Reqscope::CurlCommand::toSpec(u"curl -v"_s));
}

void tst_CurlCommand::roundTrip()
{
    const std::optional<RequestSpec> spec = Reqscope::CurlCommand::toSpec(
        u"curl -X POST 'http://h/p?q=1' -H 'Content-Type: application/json' -u user:pw -L --data-raw '{\"it'\\''s\":1}'"_s);
    QVERIFY(spec);
    QCOMPARE(spec->authKind, RequestSpec::AuthKind::Basic);
    QCOMPARE(spec->authPassword, u"pw"_s);
    QCOMPARE(spec->bodyKind, RequestSpec::BodyKind::Json);
    QCOMPARE(spec->bodyText, u"{\"it's\":1}"_s);
    QVERIFY(spec->options.value(Reqscope::HttpRequest::EnableRedirects).toBool());
    const std::optional<RequestSpec> again = Reqscope::CurlCommand::toSpec(Reqscope::CurlCommand::fromSpec(*spec));
    QVERIFY(again);
    QCOMPARE(again->method, spec->method);
    QCOMPARE(again->url, spec->url);
    QCOMPARE(again->bodyText, spec->bodyText);
    QCOMPARE(again->effectiveHeaders().size(), spec->effectiveHeaders().size());
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
