// SPDX-License-Identifier: MIT
#include "collectionstore.h"
#include "importdata.h"
#include "postmanauth.h"
#include "postmanexporter.h"
#include "postmanimporter.h"
#include "postmanrequestwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/// What the v2.1 schema requires of what we write; empty when valid, else the JSON path of the first problem.
QString checkRows(const QJsonValue &rows, const QString &path)
{
    if (!rows.isArray())
        return path + u": not an array"_s;
    for (qsizetype i = 0; i < rows.toArray().size(); ++i) {
        const QJsonObject row = rows.toArray().at(i).toObject();
        if (!row.value(u"key"_s).isString())
            return path + u'[' + QString::number(i) + u"].key"_s;
    }
    return QString();
}

QString checkItems(const QJsonValue &items, const QString &path)
{
    static const QStringList modes = { u"raw"_s, u"urlencoded"_s, u"formdata"_s, u"file"_s, u"graphql"_s };
    static const QStringList auths = { u"apikey"_s,
        u"awsv4"_s,
        u"basic"_s,
        u"bearer"_s,
        u"digest"_s,
        u"edgegrid"_s,
        u"hawk"_s,
        u"noauth"_s,
        u"oauth1"_s,
        u"oauth2"_s,
        u"ntlm"_s };
    if (!items.isArray())
        return path + u": item is not an array"_s;
    for (qsizetype i = 0; i < items.toArray().size(); ++i) {
        const QString p = path + u'[' + QString::number(i) + u']';
        const QJsonObject item = items.toArray().at(i).toObject();
        if (item.contains(u"item"_s)) {
            if (const QString e = checkItems(item.value(u"item"_s), p + u".item"_s); !e.isEmpty())
                return e;
            continue;
        }
        const QJsonObject request = item.value(u"request"_s).toObject();
        if (!item.value(u"request"_s).isObject() || !request.value(u"method"_s).isString())
            return p + u".request.method"_s;
        if (!request.value(u"url"_s).toObject().value(u"raw"_s).isString())
            return p + u".request.url.raw"_s;
        if (const QString e = checkRows(request.value(u"header"_s), p + u".request.header"_s); !e.isEmpty())
            return e;
        const QJsonObject body = request.value(u"body"_s).toObject();
        const QString mode = body.value(u"mode"_s).toString();
        if (request.contains(u"body"_s) && (!modes.contains(mode) || !body.contains(mode)))
            return p + u".request.body.mode"_s;
        const QJsonObject auth = request.value(u"auth"_s).toObject();
        const QString type = auth.value(u"type"_s).toString();
        if (request.contains(u"auth"_s)
            && (!auths.contains(type) || (type != u"noauth"_s && !auth.value(type).isArray())))
            return p + u".request.auth"_s;
    }
    return QString();
}

QString checkCollection(const QJsonObject &root)
{
    const QJsonObject info = root.value(u"info"_s).toObject();
    if (info.value(u"schema"_s).toString() != u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s)
        return u"$.info.schema"_s;
    if (!info.value(u"name"_s).isString())
        return u"$.info.name"_s;
    if (root.contains(u"variable"_s))
        if (const QString e = checkRows(root.value(u"variable"_s), u"$.variable"_s); !e.isEmpty())
            return e;
    return checkItems(root.value(u"item"_s), u"$.item"_s);
}

QJsonArray projectRows(const QJsonArray &rows, const QStringList &keys)
{
    QJsonArray out;
    for (const QJsonValue &row : rows) {
        QJsonObject o;
        for (const QString &key : keys) {
            if (row.toObject().contains(key))
                o.insert(key, row.toObject().value(key));
        }
        if (!o.value(u"disabled"_s).toBool())
            o.remove(u"disabled"_s);
        out.append(o);
    }
    return out;
}

/// The fields Reqscope reads or keeps, in one shape for both sides (a string request is a GET of that URL).
QJsonArray projectItems(const QJsonArray &items)
{
    QJsonArray out;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        QJsonObject p;
        for (const QString &key : { u"name"_s, u"event"_s, u"response"_s, u"auth"_s, u"description"_s, u"id"_s })
            if (item.contains(key))
                p.insert(key, item.value(key));
        p.insert(u"variable"_s, projectRows(item.value(u"variable"_s).toArray(), { u"key"_s, u"value"_s }));
        if (item.contains(u"item"_s))
            p.insert(u"item"_s, projectItems(item.value(u"item"_s).toArray()));
        if (item.contains(u"request"_s)) {
            const QJsonValue r = item.value(u"request"_s);
            const QJsonObject request = r.isString() ? QJsonObject { { u"url"_s, r } } : r.toObject();
            const QJsonValue url = request.value(u"url"_s);
            const QJsonObject urlObject = url.toObject();
            QJsonObject pr { { u"method"_s, request.value(u"method"_s).toString(u"GET"_s) },
                { u"raw"_s, url.isString() ? url.toString() : urlObject.value(u"raw"_s).toString() },
                { u"query"_s,
                    projectRows(urlObject.value(u"query"_s).toArray(), { u"key"_s, u"value"_s, u"disabled"_s }) },
                { u"urlVariable"_s, urlObject.value(u"variable"_s) },
                { u"header"_s,
                    projectRows(request.value(u"header"_s).toArray(), { u"key"_s, u"value"_s, u"disabled"_s }) },
                { u"auth"_s, request.value(u"auth"_s) },
                { u"description"_s, request.value(u"description"_s) } };
            if (pr.value(u"query"_s).toArray().isEmpty())
                pr.remove(u"query"_s); // a plain string URL has no query rows, and none is none
            QJsonObject body = request.value(u"body"_s).toObject();
            for (const QString &mode : { u"urlencoded"_s, u"formdata"_s })
                if (body.contains(mode))
                    body.insert(mode,
                        projectRows(body.value(mode).toArray(), { u"key"_s, u"value"_s, u"src"_s, u"disabled"_s }));
            pr.insert(u"body"_s, body);
            p.insert(u"request"_s, pr);
        }
        out.append(p);
    }
    return out;
}

/// \a value with the credentials of every auth block Reqscope does not apply (oauth2, hawk, …) emptied: the
/// importer leaves them out, since collection files never hold secrets and only supported auth has a secret slot.
QJsonValue withoutOpaqueCredentials(const QJsonValue &value)
{
    static const QStringList applied = { u"basic"_s, u"digest"_s, u"bearer"_s, u"apikey"_s, u"noauth"_s };
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutOpaqueCredentials(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QJsonObject auth = it.value().toObject();
        if (it.key() == u"auth"_s && !applied.contains(auth.value(u"type"_s).toString()))
            it.value() = PostmanAuth::redact(auth);
        else
            it.value() = withoutOpaqueCredentials(it.value());
    }
    return out;
}

QJsonObject project(const QJsonObject &root)
{
    return QJsonObject { { u"info"_s, root.value(u"info"_s) },
        { u"event"_s, root.value(u"event"_s) },
        { u"auth"_s, root.value(u"auth"_s) },
        { u"variable"_s,
            projectRows(root.value(u"variable"_s).toArray(), { u"key"_s, u"value"_s, u"type"_s, u"disabled"_s }) },
        { u"item"_s, projectItems(root.value(u"item"_s).toArray()) } };
}

} // namespace

class tst_PostmanExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void roundTrip();
    void roundTripThroughDisk();
    void secrets_data();
    void secrets();
    void environment();
    void urlObject_data();
    void urlObject();
};

void tst_PostmanExporter::structure_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("v2.1") << u"postman-v21-export.postman_collection.json"_s;
    QTest::newRow("v2.0") << u"postman-v20.postman_collection.json"_s;
}

void tst_PostmanExporter::structure()
{
    QFETCH(QString, file);
    const PostmanImporter::Result imported = PostmanImporter(file).importCollection(readImportData(file));
    QVERIFY(!imported.error);
    const QJsonObject exported = PostmanExporter().exportCollection(imported.collection);
    const QString problem = checkCollection(exported);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + dump(exported)));
    QCOMPARE(exported.value(u"info"_s).toObject().value(u"name"_s).toString(), imported.collection.name);
    // The checker itself rejects what it must.
    QJsonObject broken = exported;
    broken.insert(u"info"_s, QJsonObject { { u"name"_s, u"x"_s } });
    QCOMPARE(checkCollection(broken), u"$.info.schema"_s);
}

void tst_PostmanExporter::roundTrip()
{
    const QByteArray original = readImportData(u"postman-v21-export.postman_collection.json"_s);
    PostmanExporter exporter;
    exporter.setIncludeSecrets(true);
    const QJsonObject first = exporter.exportCollection(PostmanImporter().importCollection(original).collection);
    const QJsonObject expected = project(withoutOpaqueCredentials(parse(original)).toObject());
    const QJsonObject actual = project(first);
    QVERIFY2(actual == expected, qPrintable(u"expected:\n"_s + dump(expected) + u"\nactual:\n"_s + dump(actual)));
    // A second trip changes nothing at all.
    const QJsonObject second
        = exporter.exportCollection(PostmanImporter().importCollection(QJsonDocument(first).toJson()).collection);
    QCOMPARE(second, first);
}

void tst_PostmanExporter::roundTripThroughDisk()
{
    const QByteArray original = readImportData(u"postman-v21-export.postman_collection.json"_s);
    Collection imported = PostmanImporter().importCollection(original).collection;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CollectionStore::SaveResult saved = CollectionStore::save(imported, dir.path());
    QVERIFY(saved.ok());
    const CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    QVERIFY(loaded.ok);
    // Without a SecretStore the secrets stay behind; everything else, the Postman extras included, comes back.
    PostmanExporter exporter;
    const QJsonObject fromDisk = project(exporter.exportCollection(loaded.collection));
    const QJsonObject direct = project(exporter.exportCollection(imported));
    QVERIFY2(fromDisk == direct, qPrintable(u"direct:\n"_s + dump(direct) + u"\nfrom disk:\n"_s + dump(fromDisk)));
}

void tst_PostmanExporter::secrets_data()
{
    QTest::addColumn<bool>("include");
    QTest::newRow("default") << false;
    QTest::newRow("opted-in") << true;
}

void tst_PostmanExporter::secrets()
{
    QFETCH(bool, include);
    Collection c = PostmanImporter()
                       .importCollection(readImportData(u"postman-v21-export.postman_collection.json"_s))
                       .collection;
    RequestSpec spec;
    spec.name = u"With header"_s;
    spec.url = u"http://h/"_s;
    spec.headers = { { u"Authorization"_s, u"Token hdr-secret"_s }, { u"Cookie"_s, u"sid=cookie-secret"_s } };
    c.items.append(CollectionItem::fromRequest(spec));
    PostmanExporter exporter;
    exporter.setIncludeSecrets(include);
    const QByteArray json = exporter.toJson(c);
    for (const char *secret : { "s3cret", "tok-123", "abc123", "hdr-secret", "cookie-secret" })
        QVERIFY2(json.contains(secret) == include, secret);
    // An oauth2 token was never imported: Reqscope has nowhere but the collection file to keep it.
    QVERIFY(!json.contains("ya29.token"));
    // Names stay, and a value that is only a {{variable}} reference is not a secret.
    QVERIFY(json.contains("\"petToken\""));
    QVERIFY(json.contains("{{petToken}}"));
    QVERIFY(json.contains("\"admin\""));
}

void tst_PostmanExporter::environment()
{
    const std::optional<Environment> env
        = PostmanImporter().importEnvironment(readImportData(u"postman.postman_environment.json"_s));
    QVERIFY(env);
    const QJsonObject hidden = PostmanExporter().exportEnvironment(*env);
    QCOMPARE(hidden.value(u"_postman_variable_scope"_s).toString(), u"environment"_s);
    const QJsonArray values = hidden.value(u"values"_s).toArray();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(1).toObject().value(u"type"_s).toString(), u"secret"_s);
    QCOMPARE(values.at(1).toObject().value(u"value"_s).toString(), QString());
    QCOMPARE(values.at(2).toObject().value(u"enabled"_s).toBool(), false);
    PostmanExporter withSecrets;
    withSecrets.setIncludeSecrets(true);
    const QJsonObject shown = withSecrets.exportEnvironment(*env);
    QCOMPARE(shown.value(u"values"_s).toArray().at(1).toObject().value(u"value"_s).toString(), u"staging-token"_s);
    const std::optional<Environment> again = PostmanImporter().importEnvironment(QJsonDocument(shown).toJson());
    QVERIFY(again);
    QCOMPARE(again->variables, env->variables);
}

void tst_PostmanExporter::urlObject_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("json");

    QTest::newRow("full")
        << u"https://a.b:8443/x/y?q=1&f#top"_s
        << uR"({"hash":"top","host":["a","b"],"path":["x","y"],"port":"8443","protocol":"https","query":[{"key":"q","value":"1"},{"key":"f","value":null}],"raw":"https://a.b:8443/x/y?q=1&f#top"})"_s;
    QTest::newRow("variable-host") << u"{{base}}/u/:id"_s
                                   << uR"({"host":["{{base}}"],"path":["u",":id"],"raw":"{{base}}/u/:id"})"_s;
}

void tst_PostmanExporter::urlObject()
{
    QFETCH(QString, raw);
    QFETCH(QString, json);
    QCOMPARE(PostmanRequestWriter::urlObject(raw), parse(json.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_PostmanExporter)
#include "tst_postmanexporter.moc"
