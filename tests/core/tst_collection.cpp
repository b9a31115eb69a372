// SPDX-License-Identifier: MIT
#include "collection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_Collection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAndPaths();
    void effectiveHeaders();
    void effectiveAuth_data();
    void effectiveAuth();
    void stripSecrets();

private:
    static Collection sample();
};

Collection tst_Collection::sample()
{
    Collection c;
    c.headers = { { u"X-Client"_s, u"reqscope"_s }, { u"Accept"_s, u"*/*"_s } };
    c.auth = { RequestSpec::AuthKind::Basic, u"root"_s, u"rootpw"_s, QString() };
    RequestSpec a;
    a.name = u"A"_s;
    a.headers = { { u"accept"_s, u"application/json"_s }, { u"X-Off"_s, u"1"_s, false } };
    RequestSpec b;
    b.name = u"B"_s;
    CollectionItem inner = CollectionItem::folder(u"Inner"_s, u"inner"_s);
    inner.headers = { { u"X-Client"_s, u"inner"_s } };
    inner.auth = { RequestSpec::AuthKind::Bearer, QString(), QString(), u"innertoken"_s };
    inner.children = { CollectionItem::fromRequest(a, u"a"_s) };
    CollectionItem outer = CollectionItem::folder(u"Outer"_s, u"outer"_s);
    outer.children = { inner, CollectionItem::fromRequest(b, u"b"_s) };
    c.items = { outer, CollectionItem::fromRequest(b, u"top"_s) };
    return c;
}

void tst_Collection::findAndPaths()
{
    const Collection c = sample();
    QCOMPARE(c.find(u"outer/inner/a"_s)->request.name, u"A"_s);
    QVERIFY(c.find(u"outer/inner"_s)->isFolder());
    QVERIFY(!c.find(u"outer/a"_s));
    QVERIFY(!c.find(u"top/x"_s));
    QCOMPARE(c.requestPaths(), QStringList({ u"outer/inner/a"_s, u"outer/b"_s, u"top"_s }));
    QCOMPARE(c.requestPaths(u"outer"_s), QStringList({ u"outer/inner/a"_s, u"outer/b"_s }));
    QCOMPARE(c.requestPaths(u"nowhere"_s), QStringList());
    QCOMPARE(c.ancestors(u"outer/inner/a"_s).size(), 2);
    QCOMPARE(c.ancestors(u"outer/inner/a"_s).at(1)->name, u"Inner"_s);
}

void tst_Collection::effectiveHeaders()
{
    const RequestSpec spec = sample().effectiveRequest(u"outer/inner/a"_s);
    QList<KeyValue> expected
        = { { u"X-Client"_s, u"inner"_s }, { u"accept"_s, u"application/json"_s }, { u"X-Off"_s, u"1"_s, false } };
    QCOMPARE(spec.headers, expected);
}

void tst_Collection::effectiveAuth_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inherit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("secret"); // password or token

    QTest::newRow("nearest folder") << u"outer/inner/a"_s << true << int(RequestSpec::AuthKind::Bearer)
                                    << u"innertoken"_s;
    QTest::newRow("collection") << u"outer/b"_s << true << int(RequestSpec::AuthKind::Basic) << u"rootpw"_s;
    QTest::newRow("opted out") << u"outer/b"_s << false << int(RequestSpec::AuthKind::None) << QString();
}

void tst_Collection::effectiveAuth()
{
    QFETCH(QString, path);
    QFETCH(bool, inherit);
    Collection c = sample();
    c.find(path)->inheritAuth = inherit;
    const RequestSpec spec = c.effectiveRequest(path);
    QTEST(int(spec.authKind), "kind");
    QTEST(spec.authKind == RequestSpec::AuthKind::Bearer ? spec.bearerToken : spec.authPassword, "secret");
}

void tst_Collection::stripSecrets()
{
    Collection c = sample();
    c.variables = { { u"open"_s, u"visible"_s }, { u"key"_s, u"varsecret"_s, true } };
    c.environments = { { u"E"_s, QString(), { { u"pw"_s, u"envsecret"_s, true } } } };
    c.find(u"outer/b"_s)->request.authPassword = u"{{pw}}"_s; // a reference is not itself a secret
    c.find(u"top"_s)->request.proxyPassword = u"proxypw"_s;
    // Credentials typed into header rows, at every scope; a reference behind a scheme is not one.
    c.headers.append({ u"Cookie"_s, u"sid=cookiesecret"_s });
    c.find(u"outer"_s)->headers = { { u"X-Api-Key"_s, u"foldersecret"_s } };
    c.find(u"top"_s)->request.headers
        = { { u"Authorization"_s, u"Bearer headersecret"_s }, { u"Authorization"_s, u"Bearer {{token}}"_s, false } };
    QStringList values = c.secretValues();
    values.sort();
    QCOMPARE(values,
        QStringList({ u"Bearer headersecret"_s,
            u"envsecret"_s,
            u"foldersecret"_s,
            u"innertoken"_s,
            u"proxypw"_s,
            u"rootpw"_s,
            u"sid=cookiesecret"_s,
            u"varsecret"_s }));
    c.stripSecrets();
    QCOMPARE(c.secretValues(), QStringList());
    QCOMPARE(c.variables.at(0).value, u"visible"_s);
    QCOMPARE(c.variables.at(1).value, QString());
    QVERIFY(c.variables.at(1).secret); // the name stays
    QCOMPARE(c.find(u"outer/b"_s)->request.authPassword, u"{{pw}}"_s);
    QCOMPARE(c.auth.user, u"root"_s);
    QCOMPARE(c.find(u"top"_s)->request.headers.at(0).value, QString());
    QCOMPARE(c.find(u"top"_s)->request.headers.at(1).value, u"Bearer {{token}}"_s);
    QCOMPARE(c.headers.at(0).value, u"reqscope"_s);
}

QTEST_GUILESS_MAIN(tst_Collection)
#include "tst_collection.moc"
