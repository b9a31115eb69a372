// SPDX-License-Identifier: MIT
#include "collectionstore.h"
#include "importdata.h"
#include "postmanimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

QString authSummary(RequestSpec::AuthKind kind, const QString &user, const QString &password, const QString &token)
{
    switch (kind) {
    case RequestSpec::AuthKind::None:
        return u"none"_s;
    case RequestSpec::AuthKind::Basic:
        return u"basic:"_s + user + u':' + password;
    case RequestSpec::AuthKind::Digest:
        return u"digest:"_s + user + u':' + password;
    case RequestSpec::AuthKind::Bearer:
        return u"bearer:"_s + token;
    }
    return QString();
}

QString bodySummary(const RequestSpec &spec)
{
    static const QStringList kinds = { u"none"_s, u"text"_s, u"json"_s, u"form"_s, u"multipart"_s, u"file"_s };
    QString content = spec.bodyText;
    if (spec.bodyKind == RequestSpec::BodyKind::Multipart || spec.bodyKind == RequestSpec::BodyKind::FormUrlEncoded) {
        QStringList rows;
        for (const KeyValue &f : spec.formFields)
            rows.append((f.enabled ? QString() : u"~"_s) + f.name + (f.isFile ? u"=@"_s : u"="_s) + f.value);
        content = rows.join(u'|');
    } else if (spec.bodyKind == RequestSpec::BodyKind::BinaryFile) {
        content = spec.bodyFile;
    }
    return kinds.value(int(spec.bodyKind)) + u':' + content;
}

} // namespace

class tst_PostmanImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_data();
    void requests();
    void collection();
    void warnings();
    void environment();
    void errors_data();
    void errors();
};

void tst_PostmanImporter::requests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers"); // "~" marks a disabled row
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("inheritAuth");

    const QString v21 = u"postman-v21-export.postman_collection.json"_s;
    const QString v20 = u"postman-v20.postman_collection.json"_s;
    QTest::newRow("v2.1 query, disabled header")
        << v21 << u"pets/list-pets"_s << u"GET"_s << u"{{baseUrl}}/pets?limit=10&offset=0"_s
        << QStringList { u"Accept: application/json"_s, u"~X-Debug: 1"_s } << u"none:"_s << u"none"_s << true;
    QTest::newRow("v2.1 raw json, bearer")
        << v21 << u"pets/create-pet"_s << u"POST"_s << u"{{baseUrl}}/pets"_s << QStringList()
        << u"json:{\n    \"name\": \"Rex\",\n    \"tag\": \"dog\"\n}"_s << u"bearer:{{petToken}}"_s << false;
    QTest::newRow("v2.1 formdata file") << v21 << u"pets/upload-photo"_s << u"POST"_s
                                        << u"{{baseUrl}}/pets/:petId/photos"_s << QStringList()
                                        << u"multipart:caption=at the beach|photo=@/home/me/rex.jpg"_s << u"none"_s
                                        << true;
    QTest::newRow("v2.1 urlencoded, nested folder")
        << v21 << u"store/orders/place-order"_s << u"POST"_s << u"https://petstore.example.com/v2/store/order"_s
        << QStringList() << u"form:petId=42|~quantity=1"_s << u"none"_s << true;
    QTest::newRow("v2.1 apikey as header")
        << v21 << u"store/inventory-api-key"_s << u"GET"_s << u"https://petstore.example.com/v2/store/inventory"_s
        << QStringList { u"X-Api-Key: abc123"_s } << u"none:"_s << u"none"_s << false;
    QTest::newRow("v2.1 digest, url string")
        << v21 << u"store/digest-login"_s << u"GET"_s << u"https://petstore.example.com/v2/login"_s << QStringList()
        << u"none:"_s << u"digest:clerk:pw"_s << false;
    QTest::newRow("v2.0 basic object") << v20 << u"login"_s << u"POST"_s << u"http://localhost:8080/login"_s
                                       << QStringList { u"Content-Type: application/json"_s }
                                       << u"text:{\"user\":\"me\"}"_s << u"basic:me:pw"_s << false;
    QTest::newRow("v2.0 request as string") << v20 << u"ping"_s << u"GET"_s << u"http://localhost:8080/ping"_s
                                            << QStringList() << u"none:"_s << u"none"_s << true;
    QTest::newRow("v2.0 header string, bearer")
        << v20 << u"token"_s << u"GET"_s << u"http://localhost:8080/me"_s
        << QStringList { u"Accept: application/json"_s, u"X-Trace: 1"_s } << u"none:"_s << u"bearer:abc"_s << false;
}

void tst_PostmanImporter::requests()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const PostmanImporter::Result result = PostmanImporter(file).importCollection(readImportData(file));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    // Slugs are the store's business; find by the slugified display names.
    const CollectionItem *item = nullptr;
    const QList<CollectionItem> *level = &result.collection.items;
    for (const QString &slug : path.split(u'/')) {
        item = nullptr;
        for (const CollectionItem &candidate : *level) {
            if (CollectionStore::slugify(candidate.displayName()) == slug)
                item = &candidate;
        }
        QVERIFY2(item, qPrintable(slug));
        level = &item->children;
    }
    QVERIFY(!item->isFolder());
    const RequestSpec &spec = item->request;
    QTEST(spec.method, "method");
    QTEST(spec.url, "url");
    QStringList headers;
    for (const KeyValue &h : spec.headers)
        headers.append((h.enabled ? QString() : u"~"_s) + h.name + u": "_s + h.value);
    QTEST(headers, "headers");
    QTEST(bodySummary(spec), "body");
    QTEST(authSummary(spec.authKind, spec.authUser, spec.authPassword, spec.bearerToken), "auth");
    QTEST(item->inheritAuth, "inheritAuth");
}

void tst_PostmanImporter::collection()
{
    const PostmanImporter::Result result
        = PostmanImporter().importCollection(readImportData(u"postman-v21-export.postman_collection.json"_s));
    QVERIFY(!result.error);
    const Collection &c = result.collection;
    QCOMPARE(result.schemaVersion, u"2.1.0"_s);
    QCOMPARE(c.name, u"Pet Store"_s);
    QCOMPARE(c.description, u"Demo API used by the import tests."_s);
    QCOMPARE(c.variables.size(), 2);
    QCOMPARE(c.variables.at(1), (Variable { u"petToken"_s, u"tok-123"_s, true, true }));
    QCOMPARE(c.items.size(), 2);
    QVERIFY(c.items.at(0).isFolder());
    QCOMPARE(c.items.at(0).auth, (CollectionAuth { RequestSpec::AuthKind::Basic, u"admin"_s, u"s3cret"_s, QString() }));
    QCOMPARE(c.items.at(0).children.size(), 3);
    QCOMPARE(c.items.at(1).children.at(0).children.at(0).request.name, u"Place order"_s);
    // Unknown parts are kept for the way back, not dropped.
    const QJsonObject rootExtras = c.unknownKeys.value(u"x-postman"_s).toObject();
    QCOMPARE(rootExtras.value(u"info"_s).toObject().value(u"_postman_id"_s).toString(),
        u"8f1c2a4e-5b6d-4e7f-9a0b-1c2d3e4f5a6b"_s);
    QVERIFY(rootExtras.value(u"root"_s).toObject().contains(u"event"_s));
    const QJsonObject listExtras = c.items.at(0).children.at(0).unknownKeys.value(u"x-postman"_s).toObject();
    QVERIFY(listExtras.value(u"item"_s).toObject().contains(u"event"_s));
    // A disabled query parameter is the request's own, saved in its file and exported again.
    QVERIFY(!listExtras.contains(u"disabledQuery"_s));
    QCOMPARE(c.items.at(0).children.at(0).request.disabledParams.size(), 1);
    QVERIFY(!c.items.at(0).children.at(0).request.disabledParams.at(0).enabled);
}

void tst_PostmanImporter::warnings()
{
    const QString file = u"postman-v21-export.postman_collection.json"_s;
    const PostmanImporter::Result result = PostmanImporter(file).importCollection(readImportData(file));
    QStringList messages;
    for (const ImportIssue &w : result.warnings)
        messages.append(w.toString());
    // OAuth 2 is the one part this sample has that Reqscope does not apply; it is named with its JSON path.
    QCOMPARE(messages,
        QStringList { file
            + u": $.item[1].item[3].request.auth: auth type 'oauth2' kept but not applied; its credentials were left out (collection files never hold them)"_s });
}

void tst_PostmanImporter::environment()
{
    ImportIssue error;
    const std::optional<Environment> env
        = PostmanImporter().importEnvironment(readImportData(u"postman.postman_environment.json"_s), &error);
    QVERIFY2(env, qPrintable(error.toString()));
    QCOMPARE(env->name, u"Staging"_s);
    QCOMPARE(env->variables.size(), 3);
    QVERIFY(!env->variables.at(0).secret);
    QVERIFY(env->variables.at(1).secret);
    QCOMPARE(env->variables.at(1).value, u"staging-token"_s);
    QVERIFY(!env->variables.at(2).enabled);
    QVERIFY(!PostmanImporter().importEnvironment(readImportData(u"postman-v20.postman_collection.json"_s), &error));
    QVERIFY(error.message.contains(u"environment"_s));
}

void tst_PostmanImporter::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("location");

    QTest::newRow("syntax") << "{\n  \"info\": {,\n}"_ba
                            << u"in.json:2:13"_s; // Qt reports the offset just past the bad character
    QTest::newRow("array") << "[]"_ba << u"in.json"_s;
    QTest::newRow("v1") << "{\"id\":\"x\",\"requests\":[],\"order\":[]}"_ba << u"in.json"_s;
    QTest::newRow("no-item") << "{\"info\":{\"name\":\"x\"}}"_ba << u"in.json: $"_s;
}

void tst_PostmanImporter::errors()
{
    QFETCH(QByteArray, json);
    const PostmanImporter::Result result = PostmanImporter(u"in.json"_s).importCollection(json);
    QVERIFY(result.error);
    QTEST(result.error->location, "location");
    QVERIFY(!result.error->message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PostmanImporter)
#include "tst_postmanimporter.moc"
