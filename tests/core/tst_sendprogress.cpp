// SPDX-License-Identifier: MIT
#include "sendprogress.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_SendProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data();
    void line();
    void redrawsAtMostTenTimesASecondAndClears();
    void finishWithoutDrawingWritesNothing();
};

void tst_SendProgress::line_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("nothing-yet") << qint64(0) << qint64(-1) << 0.0 << "  0 B  0 B/s"_ba;
    QTest::newRow("unknown-length") << qint64(1536) << qint64(-1) << 1.0 << "  1.5 KiB  1.5 KiB/s"_ba;
    QTest::newRow("known-length") << qint64(256) * 1024 * 1024 << qint64(1024) * 1024 * 1024 << 2.0
                                  << "  256.0 MiB  128.0 MiB/s  25%  ETA 0:06"_ba;
    QTest::newRow("minutes") << qint64(1024) * 1024 << qint64(101) * 1024 * 1024 << 1.0
                             << "  1.0 MiB  1.0 MiB/s  0%  ETA 1:40"_ba;
    QTest::newRow("complete") << qint64(2048) << qint64(2048) << 0.5 << "  2.0 KiB  4.0 KiB/s  100%  ETA 0:00"_ba;
    QTest::newRow("gibibytes") << qint64(3) * 1024 * 1024 * 1024 << qint64(-1) << 3.0 << "  3.0 GiB  1.0 GiB/s"_ba;
}

void tst_SendProgress::line()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, expected);
    QFETCH(double, seconds);
    QTEST(SendProgress::line(bytes, expected, seconds), "line");
}

void tst_SendProgress::redrawsAtMostTenTimesASecondAndClears()
{
    QByteArrayList writes;
    SendProgress progress([&writes](const QByteArray &text) { writes.append(text); });
    progress.setExpectedSize(1000);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 1000; ++i)
        progress.update(i);
    // The first update draws at once; after that at most one redraw per 100 ms, however loaded the machine.
    const qsizetype allowed = 1 + qsizetype(clock.elapsed() / 100) + 1;
    QVERIFY2(writes.size() >= 1 && writes.size() <= allowed, qPrintable(QString::number(writes.size())));
    const qsizetype drawn = writes.size();
    QVERIFY2(writes.first().startsWith("\r\x1b[K  1 B  "), writes.first().constData());
    progress.finish();
    QCOMPARE(writes.size(), drawn + 1);
    QCOMPARE(writes.last(), "\r\x1b[K"_ba);
}

void tst_SendProgress::finishWithoutDrawingWritesNothing()
{
    int writes = 0;
    SendProgress progress([&writes](const QByteArray &) { ++writes; });
    progress.finish();
    QCOMPARE(writes, 0);
}

QTEST_GUILESS_MAIN(tst_SendProgress)
#include "tst_sendprogress.moc"
