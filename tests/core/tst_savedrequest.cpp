// SPDX-License-Identifier: MIT
// SavedRequest: a request from a collection (by name, by path, by its file) or a lone file, ready to send, with
// the secret variables in play; bad input names the file.
#include "collection.h"
#include "collectionstore.h"
#include "savedrequest.h"
#include "secretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::SavedRequest;

class tst_SavedRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromCollection_data();
    void fromCollection();
    void loneFile();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_collection;
    std::unique_ptr<Reqscope::SecretStore> m_secrets;
};

void tst_SavedRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_collection = m_dir.filePath(u"api"_s);
    m_secrets = std::make_unique<Reqscope::SecretStore>(m_dir.filePath(u"secrets.json"_s));
    Reqscope::Collection c;
    c.name = u"API"_s;
    c.variables = { { u"base"_s, u"http://127.0.0.1:1"_s }, { u"token"_s, u"collection-token"_s, true } };
    c.headers = { { u"X-Team"_s, u"core"_s } };
    Reqscope::Environment staging;
    staging.name = u"staging"_s;
    staging.variables = { { u"base"_s, u"http://127.0.0.1:2"_s }, { u"envkey"_s, u"env-secret"_s, true } };
    c.environments.append(staging);
    Reqscope::RequestSpec get;
    get.name = u"Get user"_s;
    get.url = u"{{base}}/users/1?key={{envkey}}"_s;
    get.headers = { { u"Authorization"_s, u"Bearer {{token}}"_s } };
    Reqscope::CollectionItem folder = Reqscope::CollectionItem::folder(u"Users"_s, u"users"_s);
    folder.children.append(Reqscope::CollectionItem::fromRequest(get, u"get-user"_s));
    c.items.append(folder);
    const auto saved = Reqscope::CollectionStore::save(c, m_collection, m_secrets.get());
    QVERIFY(saved.ok());
    QFile lone(m_dir.filePath(u"lone.request.json"_s));
    QVERIFY(lone.open(QIODevice::WriteOnly));
    lone.write(R"({"method": "POST", "name": "Lone", "url": "http://127.0.0.1:3/{{path}}",
                  "variables": [{"name": "path", "value": "echo"}]})");
    QFile broken(m_collection + u"/users/broken.request.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"url\": nope\n}\n");
}

void tst_SavedRequest::fromCollection_data()
{
    QTest::addColumn<QString>("how"); // name, path or file
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("secrets"); // secret variable values in play

    const QStringList both = { u"collection-token"_s, u"env-secret"_s };
    QTest::newRow("by name") << u"Get user"_s << QString() << u"http://127.0.0.1:1/users/1?key={{envkey}}"_s
                             << QStringList { u"collection-token"_s };
    QTest::newRow("by path, staging") << u"users/get-user"_s << u"staging"_s
                                      << u"http://127.0.0.1:1/users/1?key=env-secret"_s << both;
    QTest::newRow("by file, staging") << u"file"_s << u"staging"_s << u"http://127.0.0.1:1/users/1?key=env-secret"_s
                                      << both;
}

void tst_SavedRequest::fromCollection()
{
    QFETCH(QString, how);
    QFETCH(QString, environment);
    QString error;
    const std::optional<SavedRequest> saved = how == "file"_L1
        ? SavedRequest::fromFile(m_collection + u"/users/get-user.request.json"_s, environment, m_secrets.get(), &error)
        : SavedRequest::fromCollection(m_collection, how, environment, m_secrets.get(), &error);
    QVERIFY2(saved, qPrintable(error));
    QTEST(saved->spec.url, "url"); // the collection's base wins over the environment's (narrowest first)
    QCOMPARE(saved->path, u"users/get-user"_s);
    QVERIFY(saved->spec.headers.contains(Reqscope::KeyValue { u"X-Team"_s, u"core"_s }));
    QVERIFY(saved->spec.headers.contains(Reqscope::KeyValue { u"Authorization"_s, u"Bearer collection-token"_s }));
    QStringList values;
    for (const Reqscope::Variable &v : saved->secretVariables)
        values << v.value;
    QTEST(values, "secrets");
    QVERIFY(saved->warnings.size() == 1 && saved->warnings.constFirst().file.contains(u"broken"_s));
}

void tst_SavedRequest::loneFile()
{
    QString error;
    const std::optional<SavedRequest> saved
        = SavedRequest::fromFile(m_dir.filePath(u"lone.request.json"_s), QString(), m_secrets.get(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->spec.method, u"POST"_s);
    QCOMPARE(saved->spec.url, u"http://127.0.0.1:3/echo"_s);
    QVERIFY(saved->path.isEmpty());
}

void tst_SavedRequest::errors_data()
{
    QTest::addColumn<QString>("file"); // empty: use the collection
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("message"); // a part of the error

    QTest::newRow("unknown name") << QString() << u"Nope"_s << QString() << u"no request named 'Nope'"_s;
    QTest::newRow("unknown environment") << QString() << u"Get user"_s << u"prod"_s << u"no environment 'prod'"_s;
    QTest::newRow("broken request file") << QString() << u"users/broken"_s << QString()
                                         << u"users/broken.request.json:2:"_s;
    QTest::newRow("lone file with --env")
        << u"lone.request.json"_s << QString() << u"staging"_s << u"--env needs a request inside a collection"_s;
    QTest::newRow("missing file") << u"missing.request.json"_s << QString() << QString() << u"cannot read"_s;
}

void tst_SavedRequest::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, environment);
    QFETCH(QString, message);
    QString error;
    const std::optional<SavedRequest> saved = file.isEmpty()
        ? SavedRequest::fromCollection(m_collection, name, environment, m_secrets.get(), &error)
        : SavedRequest::fromFile(m_dir.filePath(file), environment, m_secrets.get(), &error);
    QVERIFY(!saved);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SavedRequest)
#include "tst_savedrequest.moc"
