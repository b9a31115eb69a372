// SPDX-License-Identifier: MIT
#include "requesturl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::RequestUrl;
namespace E = Reqscope::WinHttpError;

class tst_RequestUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_RequestUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("winHttp"); // 0: accepted
    QTest::addColumn<QString>("encoded"); // the parsed URL, fully encoded

    QTest::newRow("plain") << u"http://h.invalid/a?b=c"_s << 0 << u"http://h.invalid/a?b=c"_s;
    QTest::newRow("fragment dropped") << u"http://h.invalid/a#top"_s << 0 << u"http://h.invalid/a"_s;
    QTest::newRow("space escaped") << u"http://h.invalid/a b"_s << 0 << u"http://h.invalid/a%20b"_s;
    QTest::newRow("stray percent") << u"http://h.invalid/100%"_s << 0 << u"http://h.invalid/100%25"_s;
    QTest::newRow("escape kept") << u"http://h.invalid/a%2Fb%25"_s << 0 << u"http://h.invalid/a%2Fb%25"_s;
    // QUrl normalises escapes of unreserved characters (RFC 3986 §6.2.2.2): equivalent, not byte-identical.
    QTest::newRow("unreserved escape normalised") << u"http://h.invalid/%41"_s << 0 << u"http://h.invalid/A"_s;
    QTest::newRow("non-ASCII path") << u"http://h.invalid/ü"_s << 0 << u"http://h.invalid/%C3%BC"_s;
    QTest::newRow("IDNA host") << u"http://bücher.invalid/"_s << 0 << u"http://xn--bcher-kva.invalid/"_s;
    QTest::newRow("user info") << u"https://u:p@h.invalid:8443/"_s << 0 << u"https://u:p@h.invalid:8443/"_s;
    QTest::newRow("IPv6") << u"http://[::1]:8080/"_s << 0 << u"http://[::1]:8080/"_s;
    QTest::newRow("upper-case scheme") << u"HTTP://h.invalid/"_s << 0 << u"http://h.invalid/"_s;
    QTest::newRow("no scheme") << u"h.invalid/a"_s << int(E::UnrecognizedScheme) << QString();
    QTest::newRow("empty") << u""_s << int(E::UnrecognizedScheme) << QString();
    QTest::newRow("ftp") << u"ftp://h.invalid/"_s << int(E::UnrecognizedScheme) << QString();
    QTest::newRow("mailto") << u"mailto:a@b.invalid"_s << int(E::UnrecognizedScheme) << QString();
    QTest::newRow("host:port") << u"localhost:80"_s << int(E::UnrecognizedScheme) << QString();
    QTest::newRow("no host") << u"http://"_s << int(E::InvalidUrl) << QString();
    QTest::newRow("no slashes") << u"http:h.invalid"_s << int(E::InvalidUrl) << QString();
    QTest::newRow("bad port") << u"http://h.invalid:70000/"_s << int(E::InvalidUrl) << QString();
    QTest::newRow("port zero") << u"http://h.invalid:0/"_s << int(E::InvalidUrl) << QString();
    QTest::newRow("bad IPv6") << u"http://[::1/"_s << int(E::InvalidUrl) << QString();
}

void tst_RequestUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(int, winHttp);
    QFETCH(QString, encoded);

    QUrl url(u"http://untouched.invalid/"_s);
    const HResult result = RequestUrl::parse(text, url);
    QCOMPARE(result.hex(), winHttp ? HResult::fromWinHttp(winHttp).hex() : HResult(HResult::Ok).hex());
    QCOMPARE(url.toString(QUrl::FullyEncoded), winHttp ? u"http://untouched.invalid/"_s : encoded);
}

QTEST_GUILESS_MAIN(tst_RequestUrl)
#include "tst_requesturl.moc"
