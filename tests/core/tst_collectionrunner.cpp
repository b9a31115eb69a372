// SPDX-License-Identifier: MIT
#include "collectionrunner.h"
#include "historystore.h"
#include "httpbinpeer.h"
#include "peers.h"
#include "playgroundserver.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;
using Reqscope::Test::Peers;

namespace {

const QString planted = u"PLANTED-run-5b7a"_s;

RequestSpec request(const QString &name, const QString &url)
{
    RequestSpec spec;
    spec.name = name;
    spec.url = url;
    return spec;
}

CollectionItem item(const QString &slug, const RequestSpec &spec)
{
    return CollectionItem::fromRequest(spec, slug);
}

} // namespace

class tst_CollectionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsInOrderWithVariables();
    void folderOnly();
    void unknownEnvironmentOrFolder();
    void httpbin();

private:
    Collection playgroundCollection() const;
    QList<CollectionRunner::Result> run(
        CollectionRunner &runner, const Collection &c, const QString &env, const QString &folder);

    PlaygroundServer m_server;
};

void tst_CollectionRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

Collection tst_CollectionRunner::playgroundCollection() const
{
    Collection c;
    c.name = u"Playground"_s;
    c.auth = { RequestSpec::AuthKind::Basic, u"alice"_s, u"{{pw}}"_s, QString() };
    c.headers = { { u"X-Run"_s, u"{{tag}}"_s } };
    c.variables = { { u"tag"_s, u"collection"_s } };
    RequestSpec post = request(u"Echo"_s, u"{{base}}/anything/{{tag}}"_s);
    post.method = u"POST"_s;
    post.bodyKind = RequestSpec::BodyKind::Json;
    post.bodyText = u"{\"token\": \"{{pw}}\"}"_s;
    CollectionItem faults = CollectionItem::folder(u"Faults"_s, u"faults"_s);
    faults.children = { item(u"bad-status"_s, request(u"Bad status line"_s, u"{{base}}/fault/bad-status-line"_s)),
        item(u"teapot"_s, request(u"Teapot"_s, u"{{base}}/status/418"_s)) };
    c.items = { item(u"login"_s, request(u"Login"_s, u"{{base}}/basic-auth/alice/"_s + planted)),
        item(u"echo"_s, post),
        faults,
        item(u"missing"_s, request(u"Missing var"_s, u"{{base}}/get?q={{nope}}"_s)) };
    const QString base = m_server.url(u"/"_s).toString().chopped(1);
    c.environments = { { u"Local"_s, u"local"_s, { { u"base"_s, base }, { u"pw"_s, planted, true } } } };
    return c;
}

QList<CollectionRunner::Result> tst_CollectionRunner::run(
    CollectionRunner &runner, const Collection &c, const QString &env, const QString &folder)
{
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    QSignalSpy each(&runner, &CollectionRunner::requestFinished);
    if (!runner.start(c, env, folder))
        return {};
    if (!finished.wait(60000))
        return {};
    if (each.count() != runner.results().size() || finished.count() != 1)
        return {};
    return runner.results();
}

void tst_CollectionRunner::runsInOrderWithVariables()
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    CollectionRunner runner;
    runner.setHistory(&history);
    const QList<CollectionRunner::Result> results = run(runner, playgroundCollection(), u"Local"_s, QString());
    QCOMPARE(results.size(), 5);
    QStringList paths;
    for (const CollectionRunner::Result &r : results)
        paths.append(r.path);
    QCOMPARE(paths, QStringList({ u"login"_s, u"echo"_s, u"faults/bad-status"_s, u"faults/teapot"_s, u"missing"_s }));

    QCOMPARE(results.at(0).status, 200); // inherited Basic auth with the secret env variable
    QCOMPARE(results.at(0).hresult, 0);
    QCOMPARE(results.at(1).status, 200);
    QVERIFY(results.at(1).url.endsWith(u"/anything/collection"_s));
    QVERIFY(results.at(1).bytes > 0);
    QVERIFY(results.at(1).timeMs > 0);
    QVERIFY(results.at(2).hresult != 0); // a transport failure
    QVERIFY(!results.at(2).error.isEmpty());
    QCOMPARE(results.at(3).status, 418); // an HTTP error is a response
    QCOMPARE(results.at(3).hresult, 0);
    QCOMPARE(results.at(4).unresolved.size(), 1);
    QCOMPARE(results.at(4).unresolved.at(0).name, u"nope"_s);
    QCOMPARE(runner.failureCount(), 1);
    QVERIFY(CollectionRunner::resultLine(results.at(3))
                .startsWith(R"({"name":"Teapot","path":"faults/teapot","status":418,"time_ms":)"));
    QVERIFY(CollectionRunner::resultLine(results.at(3)).endsWith(R"("hresult":"0x00000000"})"));
    QVERIFY(CollectionRunner::resultLine(results.at(4)).endsWith(R"("unresolved":["nope@url"]})"));
    QVERIFY(runner.summaryLine().startsWith(R"({"summary":true,"requests":5,"failed":1,"time_ms":)"));

    // Every request reached the history, and the secret never did (URL, body, echoed response).
    QCOMPARE(history.count(), 5);
    QCOMPARE(history.search().last().url.contains(u"<redacted>"_s), true);
    QDirIterator it(dir.path(), QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(planted.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
}

void tst_CollectionRunner::folderOnly()
{
    CollectionRunner runner;
    const QList<CollectionRunner::Result> results = run(runner, playgroundCollection(), u"local"_s, u"faults"_s);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).name, u"Bad status line"_s);
    QCOMPARE(results.at(1).status, 418);
}

void tst_CollectionRunner::unknownEnvironmentOrFolder()
{
    CollectionRunner runner;
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    QVERIFY(!runner.start(playgroundCollection(), u"prod"_s, QString()));
    QVERIFY(runner.errorString().contains(u"prod"_s));
    QVERIFY(!runner.start(playgroundCollection(), QString(), u"nowhere"_s));
    QVERIFY(runner.errorString().contains(u"nowhere"_s));
    QVERIFY(runner.start(Collection(), QString(), QString())); // empty: finishes at once, never inside start()
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.results().size(), 0);
}

void tst_CollectionRunner::httpbin()
{
    QVERIFY2(Peers::httpbin().isValid(), qPrintable(Peers::httpbin().problem()));
    Collection c;
    c.variables = { { u"base"_s, Peers::httpbin().url(u"/"_s).toString().chopped(1) } };
    RequestSpec bearer = request(u"Bearer"_s, u"{{base}}/bearer"_s);
    bearer.authKind = RequestSpec::AuthKind::Bearer;
    bearer.bearerToken = u"{{token}}"_s;
    c.variables.append({ u"token"_s, planted, true });
    c.items = { item(u"bytes"_s, request(u"Bytes"_s, u"{{base}}/bytes/1000"_s)),
        item(u"bearer"_s, bearer),
        item(u"status"_s, request(u"Status"_s, u"{{base}}/status/503"_s)) };
    CollectionRunner runner;
    const QList<CollectionRunner::Result> results = run(runner, c, QString(), QString());
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).status, 200);
    QCOMPARE(results.at(0).bytes, 1000);
    QCOMPARE(results.at(1).status, 200); // httpbin checks for "Authorization: Bearer …"
    QCOMPARE(results.at(2).status, 503);
    QCOMPARE(runner.failureCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CollectionRunner)
#include "tst_collectionrunner.moc"
