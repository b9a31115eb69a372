// SPDX-License-Identifier: MIT
// TimingPhases: which bars the Events tab draws for an engine TimingRecord (or, while running, the events).
#include "timingphases.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Reqscope::RequestRunner;
using Reqscope::TimingPhases;
using Reqscope::TimingRecord;
using Kind = TimingPhases::Kind;

class tst_TimingPhases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRecord_data();
    void fromRecord();
    void whileRunning();
};

namespace {

// "kind:start-end" per phase, on the runner's clock, so a table row reads like the chart.
QString describe(const QList<TimingPhases::Phase> &phases)
{
    static const char *const names[] = { "dns", "connect", "tls", "sending", "waiting", "receiving" };
    QStringList parts;
    for (const TimingPhases::Phase &p : phases)
        parts.append(u"%1:%2-%3"_s.arg(QLatin1String(names[int(p.kind)])).arg(p.startMs).arg(p.endMs));
    return parts.join(u' ');
}

TimingRecord record(double dns, double connect, double tls, double sent, double firstByte, double done)
{
    TimingRecord t;
    t.dns = dns;
    t.connect = connect;
    t.tls = tls;
    t.sent = sent;
    t.firstByte = firstByte;
    t.done = done;
    return t;
}

} // namespace

void tst_TimingPhases::fromRecord_data()
{
    QTest::addColumn<TimingRecord>("record");
    QTest::addColumn<double>("endMs");
    QTest::addColumn<QString>("expected");

    // The record counts from Send, which the runner called at 1 ms.
    QTest::newRow("https, host name") << record(2, 3, 10, 11, 20, 30) << 32.0
                                      << u"dns:1-3 connect:3-11 tls:4-11 sending:11-12 waiting:12-21 receiving:21-31"_s;
    QTest::newRow("http, IP literal: connect lasts until sent")
        << record(-1, 0, -1, 4, 9, 10) << 12.0 << u"connect:1-5 waiting:5-10 receiving:10-11"_s;
    QTest::newRow("reused connection") << record(-1, -1, -1, 1, 5, 6) << 8.0
                                       << u"sending:1-2 waiting:2-6 receiving:6-7"_s;
    QTest::newRow("aborted while receiving: until the runner ended it")
        << record(-1, 0, -1, 2, 5, -1) << 20.0 << u"connect:1-3 waiting:3-6 receiving:6-20"_s;
    QTest::newRow("aborted while waiting") << record(-1, 0, -1, 2, -1, -1) << 20.0 << u"connect:1-3 waiting:3-20"_s;
    QTest::newRow("lookup failed: nothing happened") << record(-1, -1, -1, -1, -1, 7) << 9.0 << QString();
}

void tst_TimingPhases::fromRecord()
{
    QFETCH(TimingRecord, record);
    QFETCH(double, endMs);
    RequestRunner::Timing timing;
    timing.sendMs = 1;
    timing.endMs = endMs;
    timing.phases = record;
    QTEST(describe(TimingPhases::of(timing, endMs)), "expected");
}

void tst_TimingPhases::whileRunning()
{
    RequestRunner::Timing timing; // no record yet: what the events show
    QCOMPARE(describe(TimingPhases::of(timing, 40)), u"waiting:0-40"_s);
    timing.responseStartMs = 25;
    QCOMPARE(describe(TimingPhases::of(timing, 40)), u"waiting:0-25 receiving:25-40"_s);
}

QTEST_GUILESS_MAIN(tst_TimingPhases)
#include "tst_timingphases.moc"
