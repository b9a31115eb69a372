// SPDX-License-Identifier: MIT
#include "playgroundchunkeddecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundChunkedDecoder;
using Result = PlaygroundChunkedDecoder::Result;

/// PlaygroundChunkedDecoder on its own, fed whole and byte by byte.
class tst_PlaygroundChunkedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
};

void tst_PlaygroundChunkedDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("errorStatus"); // 0: decodes; -1: needs more
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("rest");

    QTest::newRow("empty-body") << "0\r\n\r\n"_ba << 0 << QByteArray() << QByteArray();
    QTest::newRow("two-chunks") << "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\nNEXT"_ba << 0 << "abcde"_ba
                                << "NEXT"_ba;
    QTest::newRow("extensions") << "3;a=b;c\r\nabc\r\n0;last\r\n\r\n"_ba << 0 << "abc"_ba << QByteArray();
    QTest::newRow("trailers") << "1\r\nx\r\n0\r\nA: 1\r\nB: 2\r\n\r\n"_ba << 0 << "x"_ba << QByteArray();
    QTest::newRow("bare-lf") << "1\nx\n0\n\n"_ba << 0 << "x"_ba << QByteArray();
    QTest::newRow("uppercase-hex") << "A\r\n0123456789\r\n0\r\n\r\n"_ba << 0 << "0123456789"_ba << QByteArray();
    QTest::newRow("crlf-in-data") << "4\r\n\r\n\r\n\r\n0\r\n\r\n"_ba << 0 << "\r\n\r\n"_ba << QByteArray();
    QTest::newRow("unfinished") << "3\r\nab"_ba << -1 << "ab"_ba << QByteArray();
    QTest::newRow("no-last-chunk") << "3\r\nabc\r\n"_ba << -1 << "abc"_ba << QByteArray();
    QTest::newRow("not-hex") << "g\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("empty-size") << "\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("signed") << "-1\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("too-long-size") << "1234567890abcdef\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("over-limit") << "401\r\n"_ba << 413 << QByteArray() << QByteArray();
    QTest::newRow("data-too-long") << "1\r\nxy\r\n"_ba << 400 << "x"_ba << QByteArray();
    QTest::newRow("bad-trailer") << "0\r\nnope\r\n\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("endless-size-line") << QByteArray(2000, '1') << 400 << QByteArray() << QByteArray();
}

void tst_PlaygroundChunkedDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(int, errorStatus);
    QFETCH(QByteArray, rest);
    const qint64 maxBody = 1024;
    for (const bool bytewise : { false, true }) {
        PlaygroundChunkedDecoder decoder;
        QByteArray body;
        QByteArray buffer;
        Result result = Result::NeedMore;
        if (bytewise) {
            for (qsizetype i = 0; i < input.size() && result == Result::NeedMore; ++i) {
                buffer += input.at(i);
                result = decoder.feed(buffer, body, maxBody);
            }
        } else {
            buffer = input;
            result = decoder.feed(buffer, body, maxBody);
        }
        QTEST(body, "body");
        if (errorStatus == -1) {
            QCOMPARE(result, Result::NeedMore);
        } else if (errorStatus > 0) {
            QCOMPARE(result, Result::Failed);
            QCOMPARE(decoder.errorStatus(), errorStatus);
        } else {
            QCOMPARE(result, Result::Done);
            if (!bytewise)
                QCOMPARE(buffer, rest);
        }
    }
}

QTEST_GUILESS_MAIN(tst_PlaygroundChunkedDecoder)
#include "tst_playgroundchunkeddecoder.moc"
