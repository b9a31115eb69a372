// SPDX-License-Identifier: MIT
#include "responseheaders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ResponseHeaders;

using Pairs = QList<QPair<QByteArray, QByteArray>>;

class tst_ResponseHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allHeadersText_data();
    void allHeadersText();
    void value_data();
    void value();
};

void tst_ResponseHeaders::allHeadersText_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << Pairs() << u"\r\n"_s;
    QTest::newRow("one") << Pairs { { "Content-Type", "text/plain" } } << u"Content-Type: text/plain\r\n\r\n"_s;
    QTest::newRow("name as received, value trimmed") << Pairs { { "x-LoWeR", "  v  " } } << u"x-LoWeR: v\r\n\r\n"_s;
    QTest::newRow("Set-Cookie split back") << Pairs { { "A", "1" }, { "set-cookie", "a=1; Path=/\nb=2" }, { "B", "2" } }
                                           << u"A: 1\r\nset-cookie: a=1; Path=/\r\nset-cookie: b=2\r\nB: 2\r\n\r\n"_s;
    QTest::newRow("other merged fields stay merged") << Pairs { { "X-Dup", "a, b" } } << u"X-Dup: a, b\r\n\r\n"_s;
    QTest::newRow("Latin-1 bytes survive") << Pairs { { "X", "caf\xe9" } } << u"X: café\r\n\r\n"_s;
}

void tst_ResponseHeaders::allHeadersText()
{
    QFETCH(Pairs, pairs);
    QTEST(ResponseHeaders::fromRawPairs(pairs).allHeadersText(), "text");
}

void tst_ResponseHeaders::value_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: absent

    QTest::newRow("case-insensitive") << u"content-TYPE"_s << u"text/html"_s;
    QTest::newRow("first Set-Cookie") << u"Set-Cookie"_s << u"a=1"_s;
    QTest::newRow("trimmed") << u"X-Pad"_s << u"p"_s;
    QTest::newRow("empty value") << u"X-Empty"_s << u""_s;
    QTest::newRow("absent") << u"X-None"_s << QString();
}

void tst_ResponseHeaders::value()
{
    QFETCH(QString, name);
    QFETCH(QString, value);

    const ResponseHeaders headers = ResponseHeaders::fromRawPairs(
        { { "Content-Type", "text/html" }, { "Set-Cookie", "a=1\nb=2" }, { "X-Pad", " p " }, { "X-Empty", "" } });
    const std::optional<QString> found = headers.value(name);
    QCOMPARE(found.has_value(), !value.isNull());
    if (found)
        QCOMPARE(*found, value);
}

QTEST_GUILESS_MAIN(tst_ResponseHeaders)
#include "tst_responseheaders.moc"
