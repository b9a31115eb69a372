// SPDX-License-Identifier: MIT
#include "responsetextdecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ResponseTextDecoder;

class tst_ResponseTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charsetOf_data();
    void charsetOf();
    void decode_data();
    void decode();
    void windows1252Table();
};

void tst_ResponseTextDecoder::charsetOf_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("charset");

    QTest::newRow("none") << u"text/plain"_s << u""_s;
    QTest::newRow("plain") << u"text/plain; charset=utf-8"_s << u"utf-8"_s;
    QTest::newRow("quoted") << u"text/plain; charset=\"ISO-8859-1\""_s << u"ISO-8859-1"_s;
    QTest::newRow("upper-case name, spaces") << u"text/plain ;  CHARSET = koi8-r "_s << u"koi8-r"_s;
    QTest::newRow("after other parameters") << u"multipart/x; boundary=a; charset=latin1"_s << u"latin1"_s;
    QTest::newRow("not a parameter") << u"charset=utf-8"_s << u""_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void tst_ResponseTextDecoder::charsetOf()
{
    QFETCH(QString, contentType);
    QTEST(ResponseTextDecoder::charsetOf(contentType), "charset");
}

void tst_ResponseTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << u"text/plain"_s << u""_s;
    QTest::newRow("ASCII") << "hello"_ba << u""_s << u"hello"_s;
    QTest::newRow("UTF-8, no charset") << "\xe2\x82\xac"_ba << u"text/plain"_s << u"€"_s;
    QTest::newRow("UTF-8 BOM") << "\xef\xbb\xbf\xe2\x82\xac"_ba << u""_s << u"€"_s;
    QTest::newRow("UTF-16LE BOM") << "\xff\xfe\xac\x20"_ba << u""_s << u"€"_s;
    QTest::newRow("UTF-16BE BOM") << "\xfe\xff\x20\xac"_ba << u""_s << u"€"_s;
    QTest::newRow("charset ISO-8859-1") << "\xa4"_ba << u"text/plain; charset=ISO-8859-1"_s << u"¤"_s;
    QTest::newRow("charset beats BOM of another encoding")
        << "\xef\xbb\xbf"_ba << u"text/plain; charset=iso-8859-1"_s << u"ï»¿"_s;
    QTest::newRow("charset UTF-16LE drops its BOM") << "\xff\xfeh\x00"_ba << u"a; charset=utf-16le"_s << u"h"_s;
    QTest::newRow("unknown charset, valid UTF-8") << "\xc3\xa9"_ba << u"a; charset=bogus"_s << u"é"_s;
    QTest::newRow("invalid UTF-8 → Windows-1252") << "\x80\xe9"_ba << u""_s << u"€é"_s;
    QTest::newRow("truncated UTF-8 → Windows-1252") << "ab\xe2\x82"_ba << u""_s << u"abâ\u201a"_s;
    QTest::newRow("invalid sequence in named charset → U+FFFD") << "a\xff"_ba << u"a; charset=utf-8"_s << u"a\ufffd"_s;
    QTest::newRow("cp1252 alias uses the table") << "\x81\x80"_ba << u"a; charset=CP1252"_s << u"\u0081€"_s;
}

void tst_ResponseTextDecoder::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    const QString text = ResponseTextDecoder::decode(body, contentType);
    QTEST(text, "text");
    QVERIFY(!text.isNull());
}

void tst_ResponseTextDecoder::windows1252Table()
{
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all.append(char(byte));
    const QString text = ResponseTextDecoder::fromWindows1252(all);
    QCOMPARE(text.size(), 256);
    for (int byte = 0; byte < 256; ++byte) {
        if (byte < 0x80 || byte >= 0xA0)
            QCOMPARE(text.at(byte).unicode(), char16_t(byte)); // Latin-1 identical outside 0x80–0x9F
    }
    QCOMPARE(text.at(0x80), QChar(0x20AC));
    QCOMPARE(text.at(0x8A), QChar(0x0160));
    QCOMPARE(text.at(0x99), QChar(0x2122));
    QCOMPARE(text.at(0x9F), QChar(0x0178));
    for (const int unassigned : { 0x81, 0x8D, 0x8F, 0x90, 0x9D })
        QCOMPARE(text.at(unassigned).unicode(), char16_t(unassigned));
}

QTEST_GUILESS_MAIN(tst_ResponseTextDecoder)
#include "tst_responsetextdecoder.moc"
