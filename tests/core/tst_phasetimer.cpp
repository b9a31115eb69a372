// SPDX-License-Identifier: MIT
// PhaseTimer (spec §3.8 and the TimingRecord): which phase each milestone enters, the deadline of each phase,
// activity restarting it, infinite limits, and what the record keeps.
#include "phasetimer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Reqscope::PhaseTimer;
using Reqscope::TimingRecord;
using Phase = Reqscope::PhaseTimer::Phase;

namespace {

constexpr int shortLimit = 100; // ms; long enough for a loaded machine to run a few steps within it
constexpr int longLimit = 60000; // never reached in a test

/// Runs the event loop until a timer of \a ms fires: time for a deadline that must not fire to show itself.
bool runFor(int ms)
{
    QTimer witness;
    witness.setSingleShot(true);
    QSignalSpy fired(&witness, &QTimer::timeout);
    witness.start(ms);
    return fired.wait(ms + 10000);
}

} // namespace

class tst_PhaseTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void milestonesEnterPhases_data();
    void milestonesEnterPhases();
    void phaseExpires_data();
    void phaseExpires();
    void activityRestartsDeadline();
    void infiniteLimit_data();
    void infiniteLimit();
    void uploadKeepsSendPhase();
    void recordAndReuse();
    void newHopAndReset();
};

void tst_PhaseTimer::milestonesEnterPhases_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<Phase>("phase");

    QTest::newRow("start: idle") << QStringList() << Phase::Idle;
    QTest::newRow("enter resolve") << QStringList { u"resolve"_s } << Phase::Resolve;
    QTest::newRow("resolved → connect") << QStringList { u"resolve"_s, u"resolved"_s } << Phase::Connect;
    QTest::newRow("connecting → connect") << QStringList { u"connecting"_s } << Phase::Connect;
    QTest::newRow("encrypted → send") << QStringList { u"connecting"_s, u"encrypted"_s } << Phase::Send;
    QTest::newRow("sent without body → receive") << QStringList { u"connecting"_s, u"sent"_s } << Phase::Receive;
    QTest::newRow("first byte → receive")
        << QStringList { u"connecting"_s, u"sent"_s, u"firstByte"_s } << Phase::Receive;
    QTest::newRow("done → idle") << QStringList { u"connecting"_s, u"sent"_s, u"done"_s } << Phase::Idle;
    QTest::newRow("new hop → connect") << QStringList { u"connecting"_s, u"sent"_s, u"hop"_s } << Phase::Connect;
    QTest::newRow("stop → idle") << QStringList { u"resolve"_s, u"stop"_s } << Phase::Idle;
}

void tst_PhaseTimer::milestonesEnterPhases()
{
    QFETCH(QStringList, steps);
    PhaseTimer timer;
    timer.start({ longLimit, longLimit, longLimit, longLimit });
    for (const QString &step : std::as_const(steps)) {
        if (step == u"resolve")
            timer.enter(Phase::Resolve);
        else if (step == u"resolved")
            timer.markResolved();
        else if (step == u"connecting")
            timer.markConnecting();
        else if (step == u"encrypted")
            timer.markEncrypted();
        else if (step == u"sent")
            timer.markSent();
        else if (step == u"firstByte")
            timer.markFirstByte();
        else if (step == u"done")
            timer.markDone();
        else if (step == u"hop")
            timer.markNewHop(false);
        else if (step == u"stop")
            timer.stop();
        else
            QFAIL(qPrintable(u"unknown step "_s + step));
    }
    QTEST(timer.phase(), "phase");
}

void tst_PhaseTimer::phaseExpires_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<int>("index"); // SetTimeouts position of its limit

    QTest::newRow("resolve") << Phase::Resolve << 0;
    QTest::newRow("connect") << Phase::Connect << 1;
    QTest::newRow("send") << Phase::Send << 2;
    QTest::newRow("receive") << Phase::Receive << 3;
}

void tst_PhaseTimer::phaseExpires()
{
    QFETCH(Phase, phase);
    QFETCH(int, index);

    // Only the phase under test has a short limit: a deadline taken from the wrong limit would not fire.
    PhaseTimer::Limits limits { longLimit, longLimit, longLimit, longLimit };
    limits[std::size_t(index)] = shortLimit;
    PhaseTimer timer;
    QSignalSpy expired(&timer, &PhaseTimer::expired);
    timer.start(limits);
    QElapsedTimer clock;
    clock.start();
    timer.enter(phase);
    QVERIFY(expired.wait(10000));
    QVERIFY2(clock.elapsed() >= shortLimit, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(expired.count(), 1);
    QCOMPARE(expired.at(0).at(0).value<Phase>(), phase);
    QCOMPARE(timer.phase(), Phase::Idle);
}

void tst_PhaseTimer::activityRestartsDeadline()
{
    // Receive is inactivity: touches keep it alive past its limit, silence then lets it expire.
    PhaseTimer timer;
    QSignalSpy expired(&timer, &PhaseTimer::expired);
    timer.start({ 0, 0, 0, shortLimit * 3 });
    timer.markSent();
    QCOMPARE(timer.phase(), Phase::Receive);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &timer, &PhaseTimer::touch);
    ticker.start(shortLimit / 2);
    QVERIFY(runFor(shortLimit * 6));
    QCOMPARE(expired.count(), 0);
    ticker.stop();
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.at(0).at(0).value<Phase>(), Phase::Receive);
}

void tst_PhaseTimer::infiniteLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("0") << 0;
    QTest::newRow("-1") << -1;
}

void tst_PhaseTimer::infiniteLimit()
{
    QFETCH(int, limit);
    // Connect is infinite, Send short: the Send deadline fires, and nothing fired while Connect ran.
    PhaseTimer timer;
    QSignalSpy expired(&timer, &PhaseTimer::expired);
    timer.start({ limit, limit, shortLimit * 3, limit });
    timer.markConnecting();
    QVERIFY(runFor(shortLimit * 6));
    QCOMPARE(expired.count(), 0);
    timer.markEncrypted();
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.at(0).at(0).value<Phase>(), Phase::Send);
}

void tst_PhaseTimer::uploadKeepsSendPhase()
{
    // Qt's requestSent comes when the head is written; Send lasts until the whole body is out.
    PhaseTimer timer;
    timer.start({ longLimit, longLimit, longLimit, longLimit }, 1000);
    timer.markConnecting();
    timer.markSent();
    QCOMPARE(timer.phase(), Phase::Send);
    QCOMPARE(timer.record().sent, -1.0);
    timer.markUploading(400);
    QCOMPARE(timer.phase(), Phase::Send);
    timer.markUploading(1000);
    QCOMPARE(timer.phase(), Phase::Receive);
    QVERIFY(timer.record().sent >= 0);
}

void tst_PhaseTimer::recordAndReuse()
{
    PhaseTimer timer;
    timer.start({ 0, 0, 0, 0 });
    QCOMPARE(timer.record(), TimingRecord());
    timer.enter(Phase::Resolve);
    timer.markResolved();
    timer.markConnecting();
    timer.markEncrypted();
    timer.markSent();
    timer.markFirstByte();
    timer.markDone();
    const TimingRecord fresh = timer.record();
    QVERIFY(fresh.dns >= 0);
    QVERIFY(fresh.connect >= fresh.dns);
    QVERIFY(fresh.tls >= fresh.connect);
    QVERIFY(fresh.sent >= fresh.tls);
    QVERIFY(fresh.firstByte >= fresh.sent);
    QVERIFY(fresh.done >= fresh.firstByte);
    QVERIFY(!fresh.reusedConnection);

    // A request sent without connecting used a pooled connection: no dns, connect or tls.
    timer.start({ 0, 0, 0, 0 });
    timer.markSent();
    timer.markFirstByte();
    timer.markDone();
    const TimingRecord reused = timer.record();
    QVERIFY(reused.reusedConnection);
    QCOMPARE(reused.dns, -1.0);
    QCOMPARE(reused.connect, -1.0);
    QCOMPARE(reused.tls, -1.0);
    QVERIFY(reused.sent >= 0 && reused.done >= reused.sent);
}

void tst_PhaseTimer::newHopAndReset()
{
    PhaseTimer timer;
    timer.start({ 0, 0, 0, 0 }, 10);
    timer.markConnecting();
    timer.markSent();
    timer.markUploading(10);
    timer.markFirstByte();
    QVERIFY(timer.record().firstByte >= 0);
    // A 303 hop drops the body and the first byte; the next hop reuses the connection.
    timer.markNewHop(false);
    QCOMPARE(timer.record().firstByte, -1.0);
    timer.markSent();
    QCOMPARE(timer.phase(), Phase::Receive); // no body left to upload
    QVERIFY(timer.record().reusedConnection);
    QVERIFY(timer.elapsedMs() >= 0);
    timer.reset();
    QCOMPARE(timer.record(), TimingRecord());
    QCOMPARE(timer.elapsedMs(), -1.0);
    QCOMPARE(timer.phase(), Phase::Idle);
}

QTEST_GUILESS_MAIN(tst_PhaseTimer)
#include "tst_phasetimer.moc"
