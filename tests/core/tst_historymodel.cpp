// SPDX-License-Identifier: MIT
#include "historymodel.h"
#include "historystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAndFilter();
    void prependWithoutReset_data();
    void prependWithoutReset();
    void removeId();
};

void tst_HistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryModel::rowsAndFilter()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < 3; ++i) {
        HistoryEntry e;
        e.method = i == 1 ? u"POST"_s : u"GET"_s;
        e.url = u"http://127.0.0.1/item/%1"_s.arg(i);
        e.status = 200 + i;
        e.bytes = 10 * i;
        e.timeMs = 1.4;
        e.request.url = e.url;
        QVERIFY(store.add(e));
    }
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.index(0, HistoryModel::Url).data().toString(), u"http://127.0.0.1/item/2"_s);
    QCOMPARE(model.index(0, HistoryModel::Status).data().toInt(), 202);
    QCOMPARE(model.index(0, HistoryModel::TimeMs).data().toInt(), 1);
    QCOMPARE(model.index(2, HistoryModel::Method).data().toString(), u"GET"_s);
    QCOMPARE(model.headerData(HistoryModel::Url, Qt::Horizontal).toString(), u"URL"_s);
    const qint64 id = model.index(1, 0).data(HistoryModel::IdRole).toLongLong();
    QCOMPARE(store.restore(id)->url, u"http://127.0.0.1/item/1"_s); // IdRole leads back to the stored request
    QCOMPARE(model.entryAt(1).method, u"POST"_s);

    HistoryQuery query;
    query.text = u"item/1"_s;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryModel::Method).data().toString(), u"POST"_s);
}

void tst_HistoryModel::prependWithoutReset_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("rows"); // after prepending /new to two stored rows
    QTest::addColumn<QString>("top");

    QTest::newRow("shown") << QString() << 500 << 3 << u"http://127.0.0.1/new"_s;
    QTest::newRow("filtered out") << u"old"_s << 500 << 2 << u"http://127.0.0.1/old/1"_s;
    QTest::newRow("matches filter") << u"NEW"_s << 500 << 1 << u"http://127.0.0.1/new"_s;
    QTest::newRow("limit keeps newest") << QString() << 2 << 2 << u"http://127.0.0.1/new"_s;
}

void tst_HistoryModel::prependWithoutReset()
{
    QFETCH(QString, filter);
    QFETCH(int, limit);
    QFETCH(int, rows);
    QFETCH(QString, top);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    for (int i = 0; i < 2; ++i) {
        HistoryEntry e;
        e.method = u"GET"_s;
        e.url = u"http://127.0.0.1/old/%1"_s.arg(i);
        QVERIFY(store.add(e));
    }
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryQuery query;
    query.text = filter;
    query.limit = limit;
    model.setQuery(query);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    HistoryEntry fresh;
    fresh.method = u"GET"_s;
    fresh.url = u"http://127.0.0.1/new"_s;
    fresh.id = store.add(fresh);
    model.prepend(fresh);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.index(0, HistoryModel::Url).data().toString(), top);
    // The same rows a reload would show.
    QList<qint64> live;
    for (int row = 0; row < model.rowCount(); ++row)
        live << model.entryAt(row).id;
    model.refresh();
    QList<qint64> reloaded;
    for (int row = 0; row < model.rowCount(); ++row)
        reloaded << model.entryAt(row).id;
    QCOMPARE(live, reloaded);
}

void tst_HistoryModel::removeId()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    HistoryEntry e;
    e.url = u"http://127.0.0.1/a"_s;
    const qint64 a = store.add(e);
    e.url = u"http://127.0.0.1/b"_s;
    const qint64 b = store.add(e);
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(store.remove(a));
    QVERIFY(!store.remove(a));
    QVERIFY(model.removeId(a));
    QVERIFY(!model.removeId(a));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).id, b);
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
