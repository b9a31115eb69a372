// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"
#include "playgroundserver.h"
#include "requestrunner.h"
#include "responsebodystore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::EventLogModel;
using Reqscope::RequestRunner;
using Reqscope::RequestSpec;
using Kind = EventLogModel::Kind;

class tst_RequestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completes_data();
    void completes();
    void syncTriggers_data();
    void syncTriggers();
    void asyncAbortSilencesTheRequest();
    void phasesOfAnAbortedRequest();
    void failureBeforeHeaders();
    void bodyReachesTheStoreNotTheEngine();

private:
    RequestSpec get(const QString &path) const;
    Reqscope::PlaygroundServer m_server;
};

void tst_RequestRunner::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

RequestSpec tst_RequestRunner::get(const QString &path) const
{
    RequestSpec spec;
    spec.url = m_server.url(path).toString();
    return spec;
}

void tst_RequestRunner::completes_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("async") << int(RequestRunner::Mode::Async);
    QTest::newRow("sync") << int(RequestRunner::Mode::Sync);
}

void tst_RequestRunner::completes()
{
    QFETCH(int, mode);
    RequestRunner runner;
    runner.setMode(RequestRunner::Mode(mode));
    QSignalSpy finished(&runner, &RequestRunner::finished);
    runner.start(get(u"/bytes/100000"_s));
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.outcome(), RequestRunner::Outcome::Completed);
    QCOMPARE(runner.status(), 200);
    QCOMPARE(runner.bytesReceived(), 100000);
    QCOMPARE(runner.expectedBytes(), 100000);
    QCOMPARE(runner.events()->count(Kind::ResponseStart), 1);
    QCOMPARE(runner.events()->count(Kind::ResponseFinished), 1);
    QVERIFY(runner.timing().responseStartMs <= runner.timing().firstByteMs);
    QVERIFY(runner.timing().firstByteMs <= runner.timing().endMs);
    // The engine's record, kept after the request ended: a 127.0.0.1 literal needs no lookup, http no TLS.
    const RequestRunner::Timing timing = runner.timing();
    QVERIFY(timing.phases.has_value());
    const Reqscope::TimingRecord t = *timing.phases;
    QCOMPARE(t.dns, -1.0);
    QCOMPARE(t.tls, -1.0);
    QVERIFY(t.sent >= 0);
    QVERIFY(t.firstByte >= t.sent);
    QVERIFY(t.done >= t.firstByte);
    QVERIFY(timing.sendMs >= 0);
    QVERIFY(timing.sendMs + t.done <= timing.endMs + 1); // the record counts from Send, inside start() → end
}

void tst_RequestRunner::syncTriggers_data()
{
    QTest::addColumn<int>("trigger");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("dataEvents"); // -1: at least one
    QTest::addColumn<int>("starts");

    QTest::newRow("response-start") << int(RequestRunner::AbortTrigger::ResponseStart) << qint64(0) << 0 << 1;
    QTest::newRow("first-chunk") << int(RequestRunner::AbortTrigger::FirstChunk) << qint64(0) << 1 << 1;
    QTest::newRow("after-3-bytes") << int(RequestRunner::AbortTrigger::AfterBytes) << qint64(3) << 3 << 1;
    QTest::newRow("after-ms") << int(RequestRunner::AbortTrigger::AfterMs) << qint64(200) << -1 << 1;
}

void tst_RequestRunner::syncTriggers()
{
    QFETCH(int, trigger);
    QFETCH(qint64, value);
    QFETCH(int, dataEvents);
    RequestRunner runner;
    runner.setMode(RequestRunner::Mode::Sync);
    runner.setAbortTrigger(RequestRunner::AbortTrigger(trigger), value);
    // One byte every 100 ms for 5 s: every trigger fires long before the end.
    const Reqscope::HResult result = runner.start(get(u"/drip?numbytes=50&duration=5&delay=0"_s));
    QCOMPARE(result.code(), qint32(0x80072EF1));
    QCOMPARE(runner.outcome(), RequestRunner::Outcome::Aborted);
    QCOMPARE(runner.result().code(), qint32(0x80072EF1));
    if (dataEvents >= 0)
        QCOMPARE(runner.events()->count(Kind::DataAvailable), dataEvents);
    else
        QVERIFY(runner.events()->count(Kind::DataAvailable) >= 1);
    QTEST(runner.events()->count(Kind::ResponseStart), "starts");
    QCOMPARE(runner.events()->count(Kind::Abort), 1);
    QCOMPARE(runner.events()->count(Kind::ResponseFinished), 0);
    QCOMPARE(runner.events()->events().constLast().kind, Kind::Abort);
}

void tst_RequestRunner::asyncAbortSilencesTheRequest()
{
    RequestRunner runner;
    QSignalSpy progressed(&runner, &RequestRunner::progressed);
    QSignalSpy finished(&runner, &RequestRunner::finished);
    runner.start(get(u"/drip?numbytes=30&duration=3&delay=0"_s));
    QTRY_VERIFY_WITH_TIMEOUT(runner.events()->count(Kind::DataAvailable) >= 1, 20000);
    runner.abort();
    QCOMPARE(finished.count(), 1);
    const qsizetype events = runner.events()->events().size();
    const int progressCount = int(progressed.count());
    // A second runner on the same kind of drip proves time passed while the first stayed silent.
    RequestRunner other;
    QSignalSpy otherFinished(&other, &RequestRunner::finished);
    other.start(get(u"/drip?numbytes=3&duration=1&delay=0"_s));
    QVERIFY(otherFinished.wait(20000));
    QVERIFY(other.events()->count(Kind::DataAvailable) >= 2);
    QCOMPARE(runner.events()->events().size(), events);
    QCOMPARE(progressed.count(), progressCount);
    QCOMPARE(finished.count(), 1);
    runner.abort(); // nothing runs: no second terminal signal
    QCOMPARE(finished.count(), 1);
}

void tst_RequestRunner::phasesOfAnAbortedRequest()
{
    RequestRunner runner;
    runner.start(get(u"/drip?numbytes=30&duration=3&delay=0"_s));
    QTRY_VERIFY_WITH_TIMEOUT(runner.events()->count(Kind::DataAvailable) >= 1, 20000);
    QVERIFY(!runner.timing().phases); // while it runs the GUI falls back to what the events show
    runner.abort();
    QVERIFY(runner.timing().phases.has_value()); // read after Abort, before the next start() releases it
    const Reqscope::TimingRecord t = *runner.timing().phases;
    QVERIFY(t.sent >= 0);
    QVERIFY(t.firstByte >= t.sent);
}

void tst_RequestRunner::failureBeforeHeaders()
{
    RequestRunner runner;
    runner.setMode(RequestRunner::Mode::Sync);
    RequestSpec spec;
    spec.url = u"ftp://127.0.0.1/x"_s; // Open refuses the scheme
    QCOMPARE(runner.start(spec).code(), qint32(0x80072EE6));
    QCOMPARE(runner.outcome(), RequestRunner::Outcome::Failed);
    QCOMPARE(runner.result().code(), qint32(0x80072EE6));
    QVERIFY(!runner.timing().phases); // Open failed: there was no Send to time
}

void tst_RequestRunner::bodyReachesTheStoreNotTheEngine()
{
    RequestRunner runner;
    runner.setMode(RequestRunner::Mode::Sync);
    RequestSpec spec = get(u"/anything"_s);
    spec.method = u"POST"_s;
    spec.bodyKind = RequestSpec::BodyKind::Json;
    spec.bodyText = u"{\"hello\":\"Grüße\"}"_s;
    QCOMPARE(runner.start(spec).code(), 0);
    const QByteArray echoed = runner.body()->readAll();
    QVERIFY2(echoed.contains("application/json"), echoed.constData());
    QVERIFY2(echoed.contains("Gr\\u00fc\\u00dfe") || echoed.contains("Grüße"), echoed.constData());
}

QTEST_GUILESS_MAIN(tst_RequestRunner)
#include "tst_requestrunner.moc"
