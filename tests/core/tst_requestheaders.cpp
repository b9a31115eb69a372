// SPDX-License-Identifier: MIT
#include "requestheaders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::RequestHeaders;

class tst_RequestHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isToken_data();
    void isToken();
    void isValidValue_data();
    void isValidValue();
    void setReplacesCaseInsensitively();
    void emptyValueRemoves();
};

void tst_RequestHeaders::isToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("token");

    QTest::newRow("simple") << u"Content-Type"_s << true;
    QTest::newRow("all tchar punctuation") << u"!#$%&'*+-.^_`|~"_s << true;
    QTest::newRow("digits") << u"X-1"_s << true;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("null") << QString() << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("tab") << u"a\tb"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("quote") << u"a\"b"_s << false;
    QTest::newRow("brace") << u"a{"_s << false;
    QTest::newRow("DEL") << u"a\x7f"_s << false;
    QTest::newRow("non-ASCII") << u"é"_s << false;
}

void tst_RequestHeaders::isToken()
{
    QFETCH(QString, text);
    QTEST(RequestHeaders::isToken(text), "token");
}

void tst_RequestHeaders::isValidValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"text/html; q=0.9"_s << true;
    QTest::newRow("tab") << u"a\tb"_s << true;
    QTest::newRow("non-ASCII") << u"Grüße"_s << true;
    QTest::newRow("empty") << u""_s << true;
    QTest::newRow("CR") << u"a\rb"_s << false;
    QTest::newRow("LF") << u"a\nb"_s << false;
    QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3) << false;
}

void tst_RequestHeaders::isValidValue()
{
    QFETCH(QString, value);
    QTEST(RequestHeaders::isValidValue(value), "valid");
}

void tst_RequestHeaders::setReplacesCaseInsensitively()
{
    RequestHeaders headers;
    headers.set(u"Accept"_s, u"*/*"_s);
    headers.set(u"X-A"_s, u"1"_s);
    headers.set(u"x-a"_s, u"2"_s);
    headers.set(u"X-B"_s, u"ü"_s);
    QCOMPARE(headers.fields().size(), 3);
    QCOMPARE(headers.value("X-A"_ba), "2"_ba);
    QCOMPARE(headers.fields().at(1).first, "x-a"_ba); // the latest spelling, at the first position
    QCOMPARE(headers.value("x-b"_ba), "\xc3\xbc"_ba); // values go out as UTF-8
    QVERIFY(headers.contains("ACCEPT"_ba));
    QVERIFY(headers.value("X-None"_ba).isNull());
}

void tst_RequestHeaders::emptyValueRemoves()
{
    RequestHeaders headers;
    headers.set(u"Accept"_s, u"*/*"_s);
    headers.set(u"accept"_s, u""_s);
    QVERIFY(!headers.contains("Accept"_ba));
    headers.set(u"X-Absent"_s, QString()); // removing what is not there is fine
    QVERIFY(headers.fields().isEmpty());
    headers.set(u"X"_s, u"1"_s);
    headers.clear();
    QVERIFY(headers.fields().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequestHeaders)
#include "tst_requestheaders.moc"
