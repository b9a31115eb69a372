// SPDX-License-Identifier: MIT
// The request target HttpRequest puts on the wire (spec §4 options 2, 3, 7, 8; §5), read from the raw request
// line the scripted server received, and option 1 once the response arrived.
#include "enginetestsupport.h"

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::ScriptedServer;

namespace {

QByteArray requestLine(const ScriptedServer &server)
{
    const QByteArray request = server.requests().constLast();
    return request.left(request.indexOf("\r\n"));
}

} // namespace

class tst_HttpRequestUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestTarget_data();
    void requestTarget();
    void settingsPersistAcrossOpen();

private:
    ScriptedServer m_server;
};

void tst_HttpRequestUrl::initTestCase()
{
    QVERIFY(m_server.listen());
}

void tst_HttpRequestUrl::requestTarget_data()
{
    QTest::addColumn<QString>("pathAndQuery"); // as typed after http://127.0.0.1:PORT
    QTest::addColumn<QVariantMap>("options"); // id → value
    QTest::addColumn<QByteArray>("target"); // the request line's target

    const QVariantMap none;
    const QVariantMap cp1252 { { u"2"_s, 1252 } };
    const QVariantMap escapePercent { { u"3"_s, true } };
    const QVariantMap noEscape { { u"7"_s, true } };
    const QVariantMap noQueryEscape { { u"8"_s, true } };

    QTest::newRow("plain") << u"/a/b.txt?x=1&y=2"_s << none << "/a/b.txt?x=1&y=2"_ba;
    QTest::newRow("no path") << QString() << none << "/"_ba;
    QTest::newRow("empty query kept") << u"/a?"_s << none << "/a?"_ba;
    QTest::newRow("fragment dropped") << u"/a?b#c"_s << none << "/a?b"_ba;
    QTest::newRow("space and unsafe escaped") << u"/a b\"<>\\^`{|}"_s << none << "/a%20b%22%3C%3E%5C%5E%60%7B%7C%7D"_ba;
    QTest::newRow("brackets escaped") << u"/[x]?[y]"_s << none << "/%5Bx%5D?%5By%5D"_ba;
    QTest::newRow("reserved characters kept") << u"/;,=!$&'()*+:@?a=/?:@"_s << none << "/;,=!$&'()*+:@?a=/?:@"_ba;
    QTest::newRow("escapes kept, upper-cased") << u"/%2f?%26=%e4"_s << none << "/%2F?%26=%E4"_ba;
    QTest::newRow("stray percent escaped") << u"/100%?p=%zz"_s << none << "/100%25?p=%25zz"_ba;
    // QUrl sends an escaped unreserved character decoded (RFC 3986 §6.2.2.2): a documented difference.
    QTest::newRow("escaped unreserved sent decoded") << u"/%41%7E"_s << none << "/A~"_ba;

    QTest::newRow("option 2 default: UTF-8") << u"/ä?q=ä"_s << none << "/%C3%A4?q=%C3%A4"_ba;
    QTest::newRow("option 2 = 1252") << u"/ä€?q=ä"_s << cp1252 << "/%E4%80?q=%E4"_ba;
    QTest::newRow("option 2 = 0: Windows-1252") << u"/ä"_s << QVariantMap { { u"2"_s, 0 } } << "/%E4"_ba;
    QTest::newRow("option 2 = windows-1251 by name")
        << u"/ж"_s << QVariantMap { { u"2"_s, u"windows-1251"_s } } << "/%E6"_ba;
    QTest::newRow("option 2 = iso-8859-2 by name")
        << u"/ł"_s << QVariantMap { { u"2"_s, u"ISO-8859-2"_s } } << "/%B3"_ba;
    QTest::newRow("option 2 = us-ascii: ? for ä") << u"/ä"_s << QVariantMap { { u"2"_s, u"us-ascii"_s } } << "/%3F"_ba;
    QTest::newRow("option 2 unknown number: UTF-8") << u"/ä"_s << QVariantMap { { u"2"_s, 4242 } } << "/%C3%A4"_ba;
    QTest::newRow("option 2 leaves escapes alone") << u"/%C3%A4"_s << cp1252 << "/%C3%A4"_ba;

    QTest::newRow("option 3: every percent") << u"/%2F%?q=%41"_s << escapePercent << "/%252F%25?q=%2541"_ba;
    QTest::newRow("option 3 false: escape kept") << u"/%2F"_s << QVariantMap { { u"3"_s, false } } << "/%2F"_ba;

    QTest::newRow("option 7: brackets raw") << u"/[x]?[y]"_s << noEscape << "/[x]?[y]"_ba;
    // Qt escapes these whatever option 7 says (QUrl::toEncoded): documented differences from Windows.
    QTest::newRow("option 7: Qt still escapes space, quote") << u"/a b\""_s << noEscape << "/a%20b%22"_ba;
    QTest::newRow("option 7: Qt still escapes 8-bit bytes")
        << u"/ä"_s << QVariantMap { { u"7"_s, true }, { u"2"_s, 1252 } } << "/%E4"_ba;
    QTest::newRow("option 7: stray percent still escaped") << u"/5%"_s << noEscape << "/5%25"_ba;
    QTest::newRow("option 7 with option 3")
        << u"/%41"_s << QVariantMap { { u"7"_s, true }, { u"3"_s, true } } << "/%2541"_ba;
    QTest::newRow("option 8: brackets raw in the query only") << u"/[x]?[y]"_s << noQueryEscape << "/%5Bx%5D?[y]"_ba;
}

void tst_HttpRequestUrl::requestTarget()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QVariantMap, options);
    QFETCH(QByteArray, target);

    HttpRequest request;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        QCOMPARE(request.setOption(it.key().toInt(), it.value()).code(), HResult::Ok);
    const QString url = m_server.url(pathAndQuery);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QVariant option1;
    QCOMPARE(request.option(HttpRequest::Url, option1).code(), HResult::Ok);
    QCOMPARE(option1.toString(), url); // as given until the response arrives (spec §4 option 1)
    const qsizetype before = m_server.requests().size();
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(m_server.requests().size(), before + 1);
    QCOMPARE(requestLine(m_server), "GET " + target + " HTTP/1.1");
    QCOMPARE(request.option(HttpRequest::Url, option1).code(), HResult::Ok);
    QCOMPARE(option1.toString(), m_server.url(QString::fromLatin1(target == "/" ? QByteArray() : target)));
}

void tst_HttpRequestUrl::settingsPersistAcrossOpen()
{
    // Options are object settings (spec §2.2): set before the first Open, they shape the second request too.
    HttpRequest request;
    QCOMPARE(request.setOption(HttpRequest::UrlCodePage, 1252).code(), HResult::Ok);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ä"_s)).code(), HResult::Ok);
        QCOMPARE(request.send().code(), HResult::Ok);
        QCOMPARE(requestLine(m_server), "GET /%E4 HTTP/1.1"_ba);
    }
    // A change while Opened applies to the next Send.
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/ä"_s)).code(), HResult::Ok);
    QCOMPARE(request.setOption(HttpRequest::UrlCodePage, 65001).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(requestLine(m_server), "GET /%C3%A4 HTTP/1.1"_ba);
}

QTEST_GUILESS_MAIN(tst_HttpRequestUrl)
#include "tst_httprequesturl.moc"
