// SPDX-License-Identifier: MIT
#include "historystore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

HistoryEntry makeEntry(const QString &method, const QString &url, int status, const QByteArray &body = {})
{
    HistoryEntry e;
    e.method = method;
    e.url = url;
    e.status = status;
    e.timeMs = 12.5;
    e.bytes = body.size();
    e.bodyPrefix = body;
    e.request.method = method;
    e.request.url = url;
    return e;
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addSearchRestore();
    void search_data();
    void search();
    void pruneByCount();
    void pruneBySize();
    void bodyPrefixBounded();
    void secretsNeverStored();
    void survivesKill();
    void responseHeadersAndTiming();
    void migratesVersion1();
};

void tst_HistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryStore::addSearchRestore()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    HistoryEntry e = makeEntry(u"PUT"_s, u"http://127.0.0.1/a"_s, 201, "hello"_ba);
    e.request.headers = { { u"Accept"_s, u"*/*"_s } };
    e.request.bodyKind = RequestSpec::BodyKind::Json;
    e.request.bodyText = u"{}"_s;
    const qint64 id = store.add(e);
    QVERIFY(id > 0);
    QCOMPARE(store.count(), 1);
    const std::optional<HistoryEntry> back = store.entry(id);
    QVERIFY(back);
    QCOMPARE(back->url, e.url);
    QCOMPARE(back->status, 201);
    QCOMPARE(back->timeMs, 12.5);
    QCOMPARE(back->bodyPrefix, "hello"_ba);
    QCOMPARE(store.restore(id).value_or(RequestSpec()), e.request);
    QVERIFY(!store.restore(id + 100));

    // A second store on the same file sees it (the file, not the connection, holds the history).
    HistoryStore reopened(dir.filePath(u"h.sqlite"_s));
    QVERIFY(reopened.open());
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.integrityCheck(), u"ok"_s);
}

void tst_HistoryStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("minStatus");
    QTest::addColumn<int>("maxStatus");
    QTest::addColumn<QStringList>("urls"); // newest first

    const QString a = u"http://127.0.0.1/users/1"_s, b = u"http://127.0.0.1/orders?x=%25"_s,
                  c = u"http://127.0.0.1/USERS/2"_s;
    QTest::newRow("all") << QString() << QString() << 0 << 0 << QStringList { c, b, a };
    QTest::newRow("text, any case") << u"users"_s << QString() << 0 << 0 << QStringList { c, a };
    QTest::newRow("percent is literal") << u"%25"_s << QString() << 0 << 0 << QStringList { b };
    QTest::newRow("method") << QString() << u"POST"_s << 0 << 0 << QStringList { b };
    QTest::newRow("errors") << QString() << QString() << 400 << 599 << QStringList { c };
    QTest::newRow("none") << u"nothing"_s << QString() << 0 << 0 << QStringList {};
}

void tst_HistoryStore::search()
{
    QFETCH(QString, text);
    QFETCH(QString, method);
    QFETCH(int, minStatus);
    QFETCH(int, maxStatus);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    QVERIFY(store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/users/1"_s, 200)));
    QVERIFY(store.add(makeEntry(u"POST"_s, u"http://127.0.0.1/orders?x=%25"_s, 201)));
    QVERIFY(store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/USERS/2"_s, 404)));
    HistoryQuery query;
    query.text = text;
    query.method = method;
    query.minStatus = minStatus;
    query.maxStatus = maxStatus;
    QStringList urls;
    for (const HistoryEntry &e : store.search(query))
        urls.append(e.url);
    QTEST(urls, "urls");
}

void tst_HistoryStore::pruneByCount()
{
    QTemporaryDir dir;
    HistoryStore::Limits limits;
    limits.maxEntries = 5;
    HistoryStore store(dir.filePath(u"h.sqlite"_s), limits);
    QVERIFY(store.open());
    for (int i = 0; i < 12; ++i)
        QVERIFY(store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/%1"_s.arg(i), 200)));
    QCOMPARE(store.count(), 5);
    const QList<HistoryEntry> left = store.search();
    QCOMPARE(left.first().url, u"http://127.0.0.1/11"_s); // the newest stay
    QCOMPARE(left.last().url, u"http://127.0.0.1/7"_s);
    limits.maxEntries = 2;
    store.setLimits(limits);
    QCOMPARE(store.count(), 2);
}

void tst_HistoryStore::pruneBySize()
{
    QTemporaryDir dir;
    HistoryStore::Limits limits;
    limits.maxBytes = 10 * 1024;
    limits.bodyPrefixBytes = 4096;
    HistoryStore store(dir.filePath(u"h.sqlite"_s), limits);
    QVERIFY(store.open());
    for (int i = 0; i < 10; ++i)
        QVERIFY(store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/%1"_s.arg(i), 200, QByteArray(3000, 'b'))));
    QVERIFY2(store.totalSize() <= limits.maxBytes, QByteArray::number(store.totalSize()).constData());
    QCOMPARE(store.count(), 3); // each entry is a little over 3000 bytes
    QCOMPARE(store.search().first().url, u"http://127.0.0.1/9"_s);
}

void tst_HistoryStore::bodyPrefixBounded()
{
    QTemporaryDir dir;
    HistoryStore::Limits limits;
    limits.bodyPrefixBytes = 100;
    HistoryStore store(dir.filePath(u"h.sqlite"_s), limits);
    QVERIFY(store.open());
    const qint64 id = store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/big"_s, 200, QByteArray(5000, 'z')));
    QCOMPARE(store.entry(id)->bodyPrefix, QByteArray(100, 'z'));
    QCOMPARE(store.entry(id)->bytes, 5000); // the real size is kept
}

void tst_HistoryStore::secretsNeverStored()
{
    const QString planted = u"PLANTED-hist-9c2d"_s;
    QTemporaryDir dir;
    {
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        QVERIFY(store.open());
        HistoryEntry e = makeEntry(u"GET"_s, u"http://user:"_s + planted + u"@127.0.0.1/q?key="_s + planted, 200);
        e.request.url = e.url;
        e.request.authKind = RequestSpec::AuthKind::Basic;
        e.request.authUser = u"user"_s;
        e.request.authPassword = planted;
        e.request.bearerToken = planted;
        e.request.proxyPassword = planted;
        e.request.headers = { { u"Authorization"_s, u"Bearer "_s + planted },
            { u"Cookie"_s, planted },
            { u"X-Custom"_s, u"v="_s + planted } };
        e.request.bodyText = u"{\"apiKey\": \""_s + planted + u"\"}"_s;
        e.bodyPrefix = "echo " + planted.toUtf8();
        const qint64 id = store.add(e, { planted });
        QVERIFY(id > 0);
        const RequestSpec restored = store.restore(id).value();
        QCOMPARE(restored.authUser, u"user"_s);
        QVERIFY(restored.authPassword.isEmpty());
        QCOMPARE(restored.headers.value(0).value, u"<redacted>"_s);
    }
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(planted.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
}

void tst_HistoryStore::survivesKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"killed.sqlite"_s);
    QProcess writer;
    writer.start(QStringLiteral(HISTORY_WRITER), { path });
    QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
    // "ready" comes after 20 commits; by then inserts and prunes run back to back, so the kill lands mid-write.
    while (!writer.canReadLine())
        QVERIFY2(writer.waitForReadyRead(60000), "the writer never became ready");
    QCOMPARE(writer.readLine(), "ready\n"_ba);
    writer.kill(); // SIGKILL: no destructor, no checkpoint
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    HistoryStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.integrityCheck(), u"ok"_s);
    QVERIFY(store.count() >= 21);
    QVERIFY(store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/after"_s, 200)) > 0);
}

void tst_HistoryStore::responseHeadersAndTiming()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    HistoryEntry e = makeEntry(u"GET"_s, u"http://127.0.0.1/t"_s, 200, "ok"_ba);
    e.statusText = u"OK"_s;
    e.responseHeaders = HistoryStore::headersFromRaw(
        u"Content-Type: text/plain\r\nSet-Cookie: sid=PLANTED-cookie\r\nX-Echo: tok-PLANTED-var\r\n\r\n"_s);
    QCOMPARE(e.responseHeaders.size(), 3);
    QCOMPARE(e.responseHeaders.at(0), (KeyValue { u"Content-Type"_s, u"text/plain"_s }));
    e.timing = TimingRecord { 1.5, 2, 4.25, 5, 9, 12, true };
    const qint64 id = store.add(e, { u"PLANTED-var"_s });
    const HistoryEntry back = store.entry(id).value();
    QCOMPARE(back.statusText, u"OK"_s);
    QCOMPARE(back.timing, e.timing);
    QCOMPARE(back.responseHeaders.size(), 3);
    QCOMPARE(back.responseHeaders.at(0), e.responseHeaders.at(0));
    QCOMPARE(back.responseHeaders.at(1).value, u"<redacted>"_s);
    QCOMPARE(back.responseHeaders.at(2).value, u"tok-<redacted>"_s);
    // Without a record (failed before Send) there is none to read back.
    const qint64 bare = store.add(makeEntry(u"GET"_s, u"http://127.0.0.1/u"_s, 0));
    QVERIFY(!store.entry(bare)->timing);
    QVERIFY(store.entry(bare)->responseHeaders.isEmpty());
    QVERIFY(store.search().value(0).responseHeaders.isEmpty()); // search() lists without the heavy columns
}

void tst_HistoryStore::migratesVersion1()
{
    // A database as the first release wrote it: version 1, no response headers, status text or timing.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at INTEGER, method TEXT, "
                       "url TEXT, status INTEGER, time_ms REAL, bytes INTEGER, hresult INTEGER, error TEXT, "
                       "body_prefix BLOB, request TEXT, size INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO history (sent_at, method, url, status, time_ms, bytes, hresult, error, "
                       "body_prefix, request, size) VALUES (1700000000000, 'GET', 'http://127.0.0.1/old', 204, 7.5, "
                       "0, 0, '', X'', '{\"method\":\"GET\",\"url\":\"http://127.0.0.1/old\"}', 40)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    HistoryStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 1);
    const HistoryEntry old = store.entry(store.search().value(0).id).value();
    QCOMPARE(old.url, u"http://127.0.0.1/old"_s);
    QCOMPARE(old.status, 204);
    QCOMPARE(old.request.url, u"http://127.0.0.1/old"_s);
    QVERIFY(!old.timing);
    HistoryEntry e = makeEntry(u"GET"_s, u"http://127.0.0.1/new"_s, 200);
    e.timing = TimingRecord { -1, 1, -1, 2, 3, 4, false };
    QCOMPARE(store.entry(store.add(e))->timing, e.timing);
    QCOMPARE(store.integrityCheck(), u"ok"_s);

    HistoryStore again(path); // an upgraded file opens as it is
    QVERIFY(again.open());
    QCOMPARE(again.count(), 2);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(u"PRAGMA user_version"_s, db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::schemaVersion);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
