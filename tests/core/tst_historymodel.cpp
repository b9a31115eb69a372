// SPDX-License-Identifier: MIT
#include "historymodel.h"
#include "historystore.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
