// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::EventLogModel;
using Kind = EventLogModel::Kind;

class tst_EventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendQueuesUntilFlush();
    void displayTexts_data();
    void displayTexts();
    void clearResets();
};

void tst_EventLogModel::appendQueuesUntilFlush()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append({ Kind::Send, 0.0, 0, 0, u"GET /"_s });
    for (int i = 0; i < 1000; ++i)
        model.append({ Kind::DataAvailable, 1.0 + i, 10, 10 * (i + 1), QString() });
    QCOMPARE(model.rowCount(), 0); // queued
    QCOMPARE(model.count(Kind::DataAvailable), 1000);
    model.flush();
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(inserted.count(), 1); // one insertion for the whole burst
    model.flush();
    QCOMPARE(inserted.count(), 1);
    model.append({ Kind::ResponseFinished, 2000.0, 0, 10000, QString() });
    model.flush();
    QCOMPARE(model.rowCount(), 1002);
    QCOMPARE(inserted.count(), 2);
}

void tst_EventLogModel::displayTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("sizeText");

    QTest::newRow("start") << int(Kind::ResponseStart) << qint64(0) << u"OnResponseStart"_s << QString();
    QTest::newRow("data") << int(Kind::DataAvailable) << qint64(512) << u"OnResponseDataAvailable"_s << u"512"_s;
    QTest::newRow("finished") << int(Kind::ResponseFinished) << qint64(0) << u"OnResponseFinished"_s << QString();
    QTest::newRow("error") << int(Kind::Error) << qint64(0) << u"OnError"_s << QString();
    QTest::newRow("abort") << int(Kind::Abort) << qint64(0) << u"Abort"_s << QString();
}

void tst_EventLogModel::displayTexts()
{
    QFETCH(int, kind);
    QFETCH(qint64, size);
    QLocale::setDefault(QLocale::c());
    EventLogModel model;
    model.append({ Kind(kind), 12.34, size, size, u"detail"_s });
    model.flush();
    QTEST(model.index(0, EventLogModel::EventColumn).data().toString(), "event");
    QTEST(model.index(0, EventLogModel::SizeColumn).data().toString(), "sizeText");
    QCOMPARE(model.index(0, EventLogModel::TimeColumn).data().toString(), u"12.3"_s);
    QCOMPARE(model.index(0, EventLogModel::DetailColumn).data().toString(), u"detail"_s);
    QCOMPARE(model.index(0, 0).data(EventLogModel::KindRole).toInt(), kind);
}

void tst_EventLogModel::clearResets()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({ Kind::Send, 0, 0, 0, QString() });
    model.flush();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(Kind::Send), 0);
    QVERIFY(model.events().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EventLogModel)
#include "tst_eventlogmodel.moc"
