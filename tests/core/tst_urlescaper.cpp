// SPDX-License-Identifier: MIT
// Options 2, 3, 7 and 8 on the path and query (spec §4); the bytes on the wire are in tst_httprequesturl.
#include "urlescaper.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::UrlEscaper;

class tst_UrlEscaper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void escape_data();
    void escape();
    void wireUrl_data();
    void wireUrl();
};

void tst_UrlEscaper::encode_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("codePage");
    QTest::addColumn<QByteArray>("hex");

    QTest::newRow("UTF-8") << u"ä"_s << 65001 << "c3a4"_ba;
    QTest::newRow("Windows-1252") << u"ä"_s << 1252 << "e4"_ba;
    QTest::newRow("0 is Windows-1252") << u"€"_s << 0 << "80"_ba;
    QTest::newRow("Windows-1251") << u"ж"_s << 1251 << "e6"_ba;
    QTest::newRow("ISO-8859-2 (28592)") << u"ł"_s << 28592 << "b3"_ba;
    QTest::newRow("Shift_JIS (932)") << u"あ"_s << 932 << "82a0"_ba;
    QTest::newRow("KOI8-R (20866)") << u"ж"_s << 20866 << "d6"_ba;
    QTest::newRow("US-ASCII lacks it: ?") << u"ä"_s << 20127 << "3f"_ba;
    QTest::newRow("Windows-1252 lacks it: ?") << u"ж"_s << 1252 << "3f"_ba;
    QTest::newRow("unknown number: UTF-8") << u"ä"_s << 12345 << "c3a4"_ba;
    QTest::newRow("UTF-16 (1200): UTF-8") << u"ä"_s << 1200 << "c3a4"_ba;
    QTest::newRow("surrogate pair, UTF-8") << u"😀"_s << 65001 << "f09f9880"_ba;
}

void tst_UrlEscaper::encode()
{
    QFETCH(QString, character);
    QFETCH(int, codePage);
    QTEST(UrlEscaper::encode(character, codePage).toHex(), "hex");
}

void tst_UrlEscaper::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("query");
    QTest::addColumn<int>("codePage");
    QTest::addColumn<bool>("escapePercent"); // option 3
    QTest::addColumn<bool>("keepUnsafe"); // option 7
    QTest::addColumn<bool>("keepUnsafeInQuery"); // option 8
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"/a/b.txt"_s << false << 65001 << false << false << false << u"/a/b.txt"_s;
    QTest::newRow("unsafe ASCII") << u"/a b\"<>[\\]^`{|}\t"_s << false << 65001 << false << false << false
                                  << u"/a%20b%22%3C%3E%5B%5C%5D%5E%60%7B%7C%7D%09"_s;
    QTest::newRow("reserved kept") << u"/;,=!$&'()*+:@~"_s << false << 65001 << false << false << false
                                   << u"/;,=!$&'()*+:@~"_s;
    QTest::newRow("escape kept, upper-cased")
        << u"/%2f%41"_s << false << 65001 << false << false << false << u"/%2F%41"_s;
    QTest::newRow("stray percent") << u"/100%/%4"_s << false << 65001 << false << false << false << u"/100%25/%254"_s;
    QTest::newRow("option 3: every percent")
        << u"/%2F%"_s << false << 65001 << true << false << false << u"/%252F%25"_s;
    QTest::newRow("non-ASCII, UTF-8") << u"/ä"_s << false << 65001 << false << false << false << u"/%C3%A4"_s;
    QTest::newRow("non-ASCII, 1252") << u"/ä€"_s << false << 1252 << false << false << false << u"/%E4%80"_s;
    QTest::newRow("option 7 keeps unsafe") << u"/a b[]"_s << false << 65001 << false << true << false << u"/a b[]"_s;
    QTest::newRow("option 7 still escapes non-ASCII")
        << u"/ä"_s << false << 1252 << false << true << false << u"/%E4"_s;
    QTest::newRow("option 7 and 3") << u"/%41"_s << false << 65001 << true << true << false << u"/%2541"_s;
    QTest::newRow("option 8 leaves the path alone")
        << u"/[]"_s << false << 65001 << false << false << true << u"/%5B%5D"_s;
    QTest::newRow("option 8 keeps unsafe in the query")
        << u"q=[ ]"_s << true << 65001 << false << false << true << u"q=[ ]"_s;
    QTest::newRow("query escaped by default")
        << u"q=[ ]&r=ä"_s << true << 65001 << false << false << false << u"q=%5B%20%5D&r=%C3%A4"_s;
}

void tst_UrlEscaper::escape()
{
    QFETCH(QString, text);
    QFETCH(bool, query);
    QFETCH(int, codePage);
    QFETCH(bool, escapePercent);
    QFETCH(bool, keepUnsafe);
    QFETCH(bool, keepUnsafeInQuery);
    QTEST(UrlEscaper::escape(text, { codePage, escapePercent, keepUnsafe, keepUnsafeInQuery }, query), "escaped");
}

void tst_UrlEscaper::wireUrl_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("wire"); // fully encoded, with the default rules

    QTest::newRow("path and query") << u"http://h.invalid/a b?c=d e"_s << u"http://h.invalid/a%20b?c=d%20e"_s;
    QTest::newRow("no path") << u"http://h.invalid"_s << u"http://h.invalid"_s;
    QTest::newRow("query without path") << u"http://h.invalid?x=[1]"_s << u"http://h.invalid?x=%5B1%5D"_s;
    QTest::newRow("empty query kept") << u"http://h.invalid/a?"_s << u"http://h.invalid/a?"_s;
    QTest::newRow("fragment dropped") << u"http://h.invalid/a[1]#x y"_s << u"http://h.invalid/a%5B1%5D"_s;
    QTest::newRow("user info, port, IPv6")
        << u"  https://u:p@[::1]:8443/ä?ä  "_s << u"https://u:p@[::1]:8443/%C3%A4?%C3%A4"_s;
    QTest::newRow("IDNA host untouched") << u"http://bücher.invalid/ü"_s << u"http://xn--bcher-kva.invalid/%C3%BC"_s;
}

void tst_UrlEscaper::wireUrl()
{
    QFETCH(QString, given);
    // As Open parses it (RequestUrl::parse): scheme, user info, host and port come from there.
    QUrl parsed(given.trimmed(), QUrl::TolerantMode);
    parsed.setFragment(QString());
    QTEST(UrlEscaper::wireUrl(parsed, given, {}).toString(QUrl::FullyEncoded), "wire");
}

QTEST_GUILESS_MAIN(tst_UrlEscaper)
#include "tst_urlescaper.moc"
