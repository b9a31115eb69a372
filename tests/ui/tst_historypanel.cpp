// SPDX-License-Identifier: MIT
#include "historymodel.h"
#include "historypanel.h"
#include "historystore.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "requestbar.h"
#include "requestrunner.h"
#include "sidebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_HistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendAddsOneRow_data();
    void sendAddsOneRow();
    void searchFilters_data();
    void searchFilters();
    void restoreLoadsTheSpec();
    void deleteEntry();
    void clearAsksFirst_data();
    void clearAsksFirst();
    void copyAsCurl();
    void prunedRowsLeaveTheList();
    void noStoreMeansNoHistory();

private:
    HistoryEntry entry(const QString &method, const QString &url, int status) const;
    PlaygroundServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void tst_HistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_HistoryPanel::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void tst_HistoryPanel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

HistoryEntry tst_HistoryPanel::entry(const QString &method, const QString &url, int status) const
{
    HistoryEntry e;
    e.method = method;
    e.url = url;
    e.status = status;
    e.timeMs = 12;
    e.bytes = 345;
    e.request.method = method;
    e.request.url = url;
    return e;
}

void tst_HistoryPanel::sendAddsOneRow_data()
{
    QTest::addColumn<QString>("path"); // empty: a refused port
    QTest::addColumn<RequestRunner::Mode>("mode");
    QTest::addColumn<RequestRunner::AbortTrigger>("trigger");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("failed"); // a transport error or an abort: the row names it

    QTest::newRow("200 async") << u"/get?h=1"_s << RequestRunner::Mode::Async << RequestRunner::AbortTrigger::None
                               << 200 << false;
    QTest::newRow("404 async") << u"/status/404"_s << RequestRunner::Mode::Async << RequestRunner::AbortTrigger::None
                               << 404 << false;
    QTest::newRow("503 sync") << u"/status/503"_s << RequestRunner::Mode::Sync << RequestRunner::AbortTrigger::None
                              << 503 << false;
    QTest::newRow("aborted on first chunk") << u"/drip?numbytes=10&duration=1"_s << RequestRunner::Mode::Sync
                                            << RequestRunner::AbortTrigger::FirstChunk << 200 << true;
    QTest::newRow("refused") << QString() << RequestRunner::Mode::Async << RequestRunner::AbortTrigger::None << 0
                             << true;
}

void tst_HistoryPanel::sendAddsOneRow()
{
    QFETCH(QString, path);
    QFETCH(RequestRunner::Mode, mode);
    QFETCH(RequestRunner::AbortTrigger, trigger);
    QFETCH(int, status);
    QFETCH(bool, failed);

    MainWindow window;
    window.setHistoryStore(m_store.get());
    HistoryPanel *panel = window.sidebar()->historyPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(panel->model(), &QAbstractItemModel::modelReset);
    QCOMPARE(panel->model()->rowCount(), 0);

    // A closed listener's port refuses at once.
    PlaygroundServer closed;
    QVERIFY(closed.listen());
    const QUrl refused = closed.url(u"/get"_s);
    closed.close();
    const QString url = path.isEmpty() ? refused.toString() : m_server.url(path).toString();
    window.requestBar()->setUrl(url);
    window.requestBar()->setMode(mode);
    window.requestBar()->setTrigger(trigger, 0);
    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    window.send();
    if (finished.isEmpty())
        QVERIFY(finished.wait(20000));

    QCOMPARE(m_store->count(), 1);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(reset.count(), 0); // shown without reloading the list
    const HistoryEntry row = panel->model()->entryAt(0);
    QCOMPARE(row.url, url);
    QCOMPARE(row.method, u"GET"_s);
    QCOMPARE(row.status, status);
    QCOMPARE(row.hresult != 0, failed);
    QCOMPARE(row.error.isEmpty(), !failed);
    QVERIFY(row.id > 0);
}

void tst_HistoryPanel::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls"); // shown, newest first

    QTest::newRow("all") << QString()
                         << QStringList { u"http://127.0.0.1/users/2"_s,
                                u"http://127.0.0.1/orders"_s,
                                u"http://127.0.0.1/users/1"_s };
    QTest::newRow("path") << u"users"_s << QStringList { u"http://127.0.0.1/users/2"_s, u"http://127.0.0.1/users/1"_s };
    QTest::newRow("case-insensitive") << u"ORDERS"_s << QStringList { u"http://127.0.0.1/orders"_s };
    QTest::newRow("method") << u"post"_s << QStringList { u"http://127.0.0.1/orders"_s };
    QTest::newRow("nothing") << u"nope"_s << QStringList();
}

void tst_HistoryPanel::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    HistoryPanel panel;
    panel.setStore(m_store.get());
    QVERIFY(panel.record(entry(u"GET"_s, u"http://127.0.0.1/users/1"_s, 200), {}));
    QVERIFY(panel.record(entry(u"POST"_s, u"http://127.0.0.1/orders"_s, 201), {}));
    QVERIFY(panel.record(entry(u"GET"_s, u"http://127.0.0.1/users/2"_s, 404), {}));
    QCOMPARE(panel.model()->rowCount(), 3);

    QTest::keyClicks(panel.searchField(), text);
    QTRY_COMPARE(panel.model()->query().text, text); // applied after a pause in typing
    QStringList shown;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        shown << panel.model()->entryAt(row).url;
    QCOMPARE(shown, urls);

    // A new send that does not match the search stays out of the filtered list.
    panel.record(entry(u"GET"_s, u"http://127.0.0.1/zzz"_s, 200), {});
    QCOMPARE(panel.model()->rowCount(), text.isEmpty() ? urls.size() + 1 : urls.size());
}

void tst_HistoryPanel::restoreLoadsTheSpec()
{
    MainWindow window;
    window.setHistoryStore(m_store.get());
    HistoryPanel *panel = window.sidebar()->historyPanel();
    HistoryEntry e = entry(u"PUT"_s, m_server.url(u"/anything/restored"_s).toString(), 200);
    e.request.headers = { { u"X-Trace"_s, u"abc"_s }, { u"Authorization"_s, u"Bearer t0ken-value"_s } };
    e.request.bodyKind = RequestSpec::BodyKind::Json;
    e.request.bodyText = u"{\"a\":1}"_s;
    QVERIFY(panel->record(e, {}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy restored(panel, &HistoryPanel::requestRestored);
    panel->view()->setCurrentIndex(panel->model()->index(0, HistoryModel::Url));
    QTest::keyClick(panel->view(), Qt::Key_Return); // Enter activates, like a double-click
    QCOMPARE(restored.count(), 1);
    const RequestSpec spec = window.currentSpec();
    QCOMPARE(spec.method, u"PUT"_s);
    QCOMPARE(spec.url, e.url);
    QCOMPARE(spec.bodyKind, RequestSpec::BodyKind::Json);
    QCOMPARE(spec.bodyText, e.request.bodyText);
    QCOMPARE(spec.headers.value(0).value, u"abc"_s);
    QVERIFY(!spec.headers.value(1).value.contains(u"t0ken-value"_s)); // the history never held the token
}

void tst_HistoryPanel::deleteEntry()
{
    HistoryPanel panel;
    panel.setStore(m_store.get());
    panel.record(entry(u"GET"_s, u"http://127.0.0.1/a"_s, 200), {});
    panel.record(entry(u"GET"_s, u"http://127.0.0.1/b"_s, 200), {});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setCurrentIndex(panel.model()->index(0, HistoryModel::Url));
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->search().constFirst().url, u"http://127.0.0.1/a"_s);
    QVERIFY(panel.deleteRow(0));
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!panel.deleteRow(0));
}

void tst_HistoryPanel::clearAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<int>("left");
    QTest::newRow("yes") << QMessageBox::Yes << 0;
    QTest::newRow("cancel") << QMessageBox::Cancel << 2;
}

void tst_HistoryPanel::clearAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(int, left);
    HistoryPanel panel;
    panel.setStore(m_store.get());
    panel.record(entry(u"GET"_s, u"http://127.0.0.1/a"_s, 200), {});
    panel.record(entry(u"GET"_s, u"http://127.0.0.1/b"_s, 200), {});
    panel.show();
    panel.clearHistory();
    QMessageBox *box = panel.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"2"_s));
    QCOMPARE(m_store->count(), 2); // nothing happens before the answer
    box->button(answer)->click();
    QCOMPARE(m_store->count(), left);
    QCOMPARE(panel.model()->rowCount(), left);
}

void tst_HistoryPanel::copyAsCurl()
{
    HistoryPanel panel;
    panel.setStore(m_store.get());
    HistoryEntry e = entry(u"POST"_s, u"http://127.0.0.1/anything"_s, 200);
    e.request.headers = { { u"Authorization"_s, u"Basic c2VjcmV0LXRva2Vu"_s } };
    panel.record(e, {});
    panel.copyRowAsCurl(0);
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
    QVERIFY(curl.contains(u"http://127.0.0.1/anything"_s));
    QVERIFY(curl.contains(u"POST"_s));
    QVERIFY(!curl.contains(u"c2VjcmV0LXRva2Vu"_s));
}

void tst_HistoryPanel::prunedRowsLeaveTheList()
{
    HistoryLimits limits;
    limits.maxEntries = 2;
    m_store->setLimits(limits);
    QSettings().setValue(u"history/maxEntries"_s, 2);
    HistoryPanel panel;
    panel.setStore(m_store.get());
    for (const QString &path : { u"a"_s, u"b"_s, u"c"_s })
        panel.record(entry(u"GET"_s, u"http://127.0.0.1/"_s + path, 200), {});
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.model()->entryAt(1).url, u"http://127.0.0.1/b"_s);
}

void tst_HistoryPanel::noStoreMeansNoHistory()
{
    MainWindow window; // as tst_mainwindow's windows: nothing recorded anywhere
    HistoryPanel *panel = window.sidebar()->historyPanel();
    QVERIFY(!panel->store());
    QVERIFY(!panel->searchField()->isEnabled());
    QCOMPARE(panel->record(entry(u"GET"_s, u"http://127.0.0.1/"_s, 200), {}), 0);
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_historypanel.moc"
