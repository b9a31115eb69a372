// SPDX-License-Identifier: MIT
#include "responsebody.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ResponseBody;

class tst_ResponseBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retains_data();
    void retains();
    void noRetention();
    void lyingContentLength();
    void startForgets();
    void joinSpeed_data();
    void joinSpeed();
};

void tst_ResponseBody::retains_data()
{
    QTest::addColumn<qint64>("expectedSize"); // Content-Length hint, -1 unknown
    QTest::addColumn<QList<QByteArray>>("chunks");

    const QList<QByteArray> chunks = { "abc"_ba, "de"_ba, "f"_ba };
    QTest::newRow("unknown length") << qint64(-1) << chunks;
    QTest::newRow("exact length") << qint64(6) << chunks;
    QTest::newRow("length larger than body") << qint64(100) << chunks;
    QTest::newRow("length smaller than body") << qint64(4) << chunks;
    QTest::newRow("no chunks") << qint64(-1) << QList<QByteArray>();
}

void tst_ResponseBody::retains()
{
    QFETCH(qint64, expectedSize);
    QFETCH(QList<QByteArray>, chunks);

    ResponseBody body;
    body.start(true, expectedSize);
    QByteArray expected;
    for (const QByteArray &chunk : chunks) {
        body.append(chunk);
        expected += chunk;
    }
    QCOMPARE(body.receivedSize(), expected.size());
    QCOMPARE(body.data(), expected);
    QCOMPARE(body.data(), expected); // joining twice changes nothing
    body.append("!"_ba);
    QCOMPARE(body.data(), expected + "!"_ba);
}

void tst_ResponseBody::noRetention()
{
    ResponseBody body;
    body.start(false, 10);
    body.append("hello"_ba);
    QVERIFY(!body.isRetaining());
    QCOMPARE(body.receivedSize(), 5);
    QCOMPARE(body.data(), QByteArray());
}

void tst_ResponseBody::lyingContentLength()
{
    ResponseBody body;
    body.start(true, 3);
    body.append("ab"_ba);
    body.append("cd"_ba); // past the reservation: goes to the chunk list
    body.append("e"_ba);
    QCOMPARE(body.data(), "abcde"_ba);
}

void tst_ResponseBody::startForgets()
{
    ResponseBody body;
    body.start(true);
    body.append("old"_ba);
    body.start(true);
    QCOMPARE(body.receivedSize(), 0);
    QCOMPARE(body.data(), QByteArray());
    body.append("x"_ba);
    body.clear();
    QCOMPARE(body.data(), QByteArray());
}

void tst_ResponseBody::joinSpeed_data()
{
    QTest::addColumn<qint64>("hint");
    QTest::newRow("reserved from Content-Length") << qint64(64 * 1024 * 1024);
    QTest::newRow("chunk list joined once") << qint64(-1);
}

void tst_ResponseBody::joinSpeed()
{
    // Not a pass/fail timing: QBENCHMARK reports both strategies; the content check must hold.
    QFETCH(qint64, hint);
    const QByteArray chunk(256 * 1024, 'z');
    QByteArray result;
    QBENCHMARK
    {
        ResponseBody body;
        body.start(true, hint);
        for (int i = 0; i < 256; ++i)
            body.append(QByteArray(chunk.constData(), chunk.size())); // a fresh array, as QNetworkReply::read gives
        result = body.data();
    }
    QCOMPARE(result.size(), 64 * 1024 * 1024);
    QVERIFY(result.startsWith("zzz") && result.endsWith("zzz"));
}

QTEST_GUILESS_MAIN(tst_ResponseBody)
#include "tst_responsebody.moc"
