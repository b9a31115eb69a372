// SPDX-License-Identifier: MIT
#include "collectionstore.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

const QString planted = u"PLANTED-s3cr3t-7f1e"_s;

RequestSpec makeRequest(const QString &name, const QString &url)
{
    RequestSpec spec;
    spec.name = name;
    spec.url = url;
    spec.headers = { { u"Accept"_s, u"application/json"_s }, { u"X-Off"_s, u"1"_s, false } };
    return spec;
}

Collection sampleCollection()
{
    Collection c;
    c.name = u"Demo"_s;
    c.description = u"A demo collection"_s;
    c.variables = { { u"base"_s, u"http://127.0.0.1:1"_s }, { u"apiKey"_s, planted, true } };
    c.headers = { { u"X-Client"_s, u"reqscope"_s }, { u"Cookie"_s, u"session="_s + planted } };
    RequestSpec login = makeRequest(u"Log in"_s, u"{{base}}/login"_s);
    login.method = u"POST"_s;
    login.authKind = RequestSpec::AuthKind::Basic;
    login.authUser = u"alice"_s;
    login.authPassword = planted;
    login.proxyPassword = planted;
    RequestSpec token = makeRequest(u"Token"_s, u"{{base}}/token"_s);
    token.authKind = RequestSpec::AuthKind::Bearer;
    token.bearerToken = planted;
    // Credentials typed straight into header rows, twice under one name, and one made of a variable reference.
    token.headers += { { u"X-Api-Key"_s, planted }, { u"x-api-key"_s, planted + u"-2"_s, false } };
    token.disabledParams = { { u"debug"_s, u"1"_s, false }, { u"trace"_s, QString(), false } };
    RequestSpec getUser = makeRequest(u"Get user"_s, u"{{base}}/users/1"_s);
    getUser.headers += { u"Authorization"_s, u"Bearer {{apiKey}}"_s };
    CollectionItem users = CollectionItem::folder(u"Users"_s);
    users.auth = { RequestSpec::AuthKind::Bearer, QString(), QString(), u"{{apiKey}}"_s };
    users.headers = { { u"Authorization"_s, u"Basic "_s + planted } };
    users.children = { CollectionItem::fromRequest(makeRequest(u"List users"_s, u"{{base}}/users"_s)),
        CollectionItem::fromRequest(getUser) };
    c.items = { CollectionItem::fromRequest(login), users, CollectionItem::fromRequest(token) };
    c.environments
        = { { u"Staging"_s, QString(), { { u"base"_s, u"http://127.0.0.1:2"_s }, { u"pw"_s, planted, true } } } };
    return c;
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/.git/"_s))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class tst_CollectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layoutAndFormat();
    void byteStableRoundTrip();
    void orderSurvives();
    void secretsNeverOnDisk();
    void corruptFileReported_data();
    void corruptFileReported();
    void newerVersionRejected();
    void foreignCollectionRejected();
    void unknownFilesUntouched();
    void removedRequestDeleted();
    void gitMergeWithoutConflict();
    void movedDirectoryKeepsSecrets();
    void pathKeyedSecretsMigrate();

private:
    QTemporaryDir m_secretsDir;
};

void tst_CollectionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_secretsDir.isValid());
}

void tst_CollectionStore::layoutAndFormat()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    const CollectionStore::SaveResult saved = CollectionStore::save(c, dir.path());
    QVERIFY2(saved.ok(), qPrintable(saved.errors.value(0).toString()));
    const QStringList expected = { u"collection.json"_s,
        u"environments/staging.json"_s,
        u"log-in.request.json"_s,
        u"token.request.json"_s,
        u"users/folder.json"_s,
        u"users/get-user.request.json"_s,
        u"users/list-users.request.json"_s };
    QCOMPARE(snapshot(dir.path()).keys(), expected);
    const QByteArray bytes = snapshot(dir.path()).value(u"users/get-user.request.json"_s);
    QVERIFY(bytes.startsWith("{\n  \"auth\": {\n    \"kind\": \"none\",\n"));
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.contains("\n    \"auth\"")); // no 4-space indent at the first level
    QVERIFY(bytes.contains("\"order\": 2"));
    QVERIFY(bytes.contains("\"fields\": [],\n")); // empty containers on one line
    QVERIFY(bytes.contains("\"options\": {},\n"));
    const QByteArray root = snapshot(dir.path()).value(u"collection.json"_s);
    QVERIFY(root.contains("\"version\": 1"));
}

void tst_CollectionStore::byteStableRoundTrip()
{
    QTemporaryDir dir;
    SecretStore secrets(m_secretsDir.filePath(u"roundtrip.json"_s));
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path(), &secrets).ok());
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    CollectionStore::LoadResult loaded = CollectionStore::load(dir.path(), &secrets);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.errors.isEmpty());
    const CollectionStore::SaveResult again = CollectionStore::save(loaded.collection, dir.path(), &secrets);
    QVERIFY(again.ok());
    QCOMPARE(again.written, QStringList());
    QCOMPARE(again.removed, QStringList());
    QCOMPARE(snapshot(dir.path()), before);

    // What was loaded is what was saved, secrets included.
    QCOMPARE(loaded.collection.find(u"log-in"_s)->request, c.find(u"log-in"_s)->request);
    QCOMPARE(loaded.collection.variables, c.variables);
    QCOMPARE(loaded.collection.environments.value(0).variables, c.environments.value(0).variables);
    QCOMPARE(loaded.collection.find(u"users"_s)->auth, c.find(u"users"_s)->auth);
    QCOMPARE(loaded.collection.find(u"users"_s)->headers, c.find(u"users"_s)->headers);
    QCOMPARE(loaded.collection.find(u"token"_s)->request, c.find(u"token"_s)->request); // headers, disabledParams
    QCOMPARE(loaded.collection.headers, c.headers);
    QCOMPARE(loaded.collection.id, c.id);
    QVERIFY(!c.id.isEmpty());

    // On a machine without these secrets the references survive a save, so a clone stays byte-stable too.
    CollectionStore::LoadResult bare = CollectionStore::load(dir.path());
    QCOMPARE(bare.collection.find(u"log-in"_s)->request.authPassword, QString());
    QCOMPARE(bare.collection.find(u"log-in"_s)->missingSecrets,
        QStringList({ u"auth.password"_s, u"auth.proxyPassword"_s }));
    QCOMPARE(CollectionStore::save(bare.collection, dir.path()).written, QStringList());
    QCOMPARE(snapshot(dir.path()), before);
}

void tst_CollectionStore::orderSurvives()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    std::reverse(c.items.begin(), c.items.end());
    for (CollectionItem &item : c.items)
        item.order = 0;
    QVERIFY(CollectionStore::save(c, dir.path()).ok());
    const Collection loaded = CollectionStore::load(dir.path()).collection;
    QCOMPARE(
        loaded.requestPaths(), QStringList({ u"token"_s, u"users/list-users"_s, u"users/get-user"_s, u"log-in"_s }));
    QCOMPARE(loaded.requestPaths(u"users"_s), QStringList({ u"users/list-users"_s, u"users/get-user"_s }));
}

void tst_CollectionStore::secretsNeverOnDisk()
{
    QTemporaryDir dir;
    const QString secretsFile = m_secretsDir.filePath(u"planted.json"_s);
    SecretStore secrets(secretsFile);
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path(), &secrets).ok());
    const QMap<QString, QByteArray> files = snapshot(dir.path());
    QVERIFY(!files.isEmpty());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(!it.value().contains(planted.toUtf8()), qPrintable(it.key()));

    QFile store(secretsFile);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(store.readAll().contains(planted.toUtf8()));
    QCOMPARE(store.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SecretStore reread(secretsFile);
    QVERIFY(reread.load().isEmpty());
    const Collection loaded = CollectionStore::load(dir.path(), &reread).collection;
    QCOMPARE(loaded.find(u"log-in"_s)->request.authPassword, planted);
    QCOMPARE(loaded.find(u"log-in"_s)->request.proxyPassword, planted);
    QCOMPARE(loaded.find(u"token"_s)->request.bearerToken, planted);
    QCOMPARE(loaded.variables.value(1).value, planted);
    QCOMPARE(loaded.environments.value(0).variables.value(1).value, planted);
    QCOMPARE(loaded.find(u"token"_s)->request.headers.value(2).value, planted);
    QCOMPARE(loaded.find(u"token"_s)->request.headers.value(3).value, planted + u"-2"_s);
    QCOMPARE(loaded.find(u"users"_s)->headers.value(0).value, u"Basic "_s + planted);
    QCOMPARE(loaded.headers.value(1).value, u"session="_s + planted);
    // A header made only of a scheme and a reference names no secret: it stays readable in the file.
    QVERIFY(files.value(u"users/get-user.request.json"_s).contains("\"value\": \"Bearer {{apiKey}}\""));
    QVERIFY(files.value(u"token.request.json"_s).contains("\"secret\": \"token#header.x-api-key.2\""));

    // Without a store the values are simply unknown, never written.
    QTemporaryDir bare;
    Collection c2 = sampleCollection();
    QVERIFY(CollectionStore::save(c2, bare.path()).ok());
    for (const QByteArray &bytes : snapshot(bare.path()))
        QVERIFY(!bytes.contains(planted.toUtf8()));
    QCOMPARE(CollectionStore::load(bare.path()).collection.find(u"token"_s)->request.bearerToken, QString());
}

void tst_CollectionStore::corruptFileReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing-comma") << "{\n  \"method\": \"GET\"\n  \"url\": \"x\"\n}\n"_ba << 3
                                   << 4; // Qt stops inside the key
    QTest::newRow("truncated") << "{\n  \"method\": \"GE"_ba << 2 << 16;
    QTest::newRow("array") << "[1, 2]\n"_ba << 1 << 1;
    QTest::newRow("foreign object") << "{\"info\": {\"name\": \"postman\"}}\n"_ba << 1 << 1;
}

void tst_CollectionStore::corruptFileReported()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path()).ok());
    writeFile(dir.filePath(u"users/get-user.request.json"_s), bytes);

    const CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    QVERIFY(loaded.ok); // the rest loads
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.at(0).file, u"users/get-user.request.json"_s);
    QTEST(loaded.errors.at(0).line, "line");
    QTEST(loaded.errors.at(0).column, "column");
    QCOMPARE(loaded.collection.requestPaths().size(), 3);

    // Saving what loaded leaves the broken file for its owner to fix.
    Collection again = loaded.collection;
    QVERIFY(CollectionStore::save(again, dir.path()).ok());
    QCOMPARE(snapshot(dir.path()).value(u"users/get-user.request.json"_s), bytes);
}

void tst_CollectionStore::newerVersionRejected()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"collection.json"_s), "{\n  \"name\": \"Future\",\n  \"version\": 7\n}\n"_ba);
    const CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.at(0).file, u"collection.json"_s);
    QVERIFY2(loaded.errors.at(0).message.contains(u"newer"_s), qPrintable(loaded.errors.at(0).message));
    QVERIFY(loaded.errors.at(0).message.contains(u'7'));
}

void tst_CollectionStore::foreignCollectionRejected()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"collection.json"_s), R"({"info": {"name": "postman"}, "item": []})"_ba);
    const CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    QVERIFY(!loaded.ok);
    QVERIFY(loaded.errors.value(0).message.contains(u"not a Reqscope collection"_s));

    QTemporaryDir empty;
    QVERIFY(!CollectionStore::load(empty.path()).ok);
}

void tst_CollectionStore::unknownFilesUntouched()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path()).ok());
    writeFile(dir.filePath(u"README.md"_s), "notes\n"_ba);
    writeFile(dir.filePath(u"assets/logo.txt"_s), "logo\n"_ba);
    writeFile(dir.filePath(u"users/notes.txt"_s), "mine\n"_ba);
    CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    loaded.collection.items.clear(); // the user deleted every request and folder
    const CollectionStore::SaveResult saved = CollectionStore::save(loaded.collection, dir.path());
    QVERIFY(saved.ok());
    const QMap<QString, QByteArray> files = snapshot(dir.path());
    QCOMPARE(files.value(u"README.md"_s), "notes\n"_ba);
    QCOMPARE(files.value(u"assets/logo.txt"_s), "logo\n"_ba);
    QCOMPARE(files.value(u"users/notes.txt"_s), "mine\n"_ba);
    QVERIFY(!files.contains(u"users/get-user.request.json"_s));
}

void tst_CollectionStore::removedRequestDeleted()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path()).ok());
    CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    loaded.collection.find(u"users"_s)->children.removeFirst();
    const CollectionStore::SaveResult saved = CollectionStore::save(loaded.collection, dir.path());
    QCOMPARE(saved.removed, QStringList({ u"users/list-users.request.json"_s }));
    QVERIFY(!QFile::exists(dir.filePath(u"users/list-users.request.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"users/get-user.request.json"_s)));
}

void tst_CollectionStore::gitMergeWithoutConflict()
{
    const QString gitProgram = QStandardPaths::findExecutable(u"git"_s);
    QVERIFY2(!gitProgram.isEmpty(), "git is not installed");
    QTemporaryDir dir;
    const auto git = [&dir, &gitProgram](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(gitProgram,
            QStringList { u"-c"_s,
                u"user.name=t"_s,
                u"-c"_s,
                u"user.email=t@example.invalid"_s,
                u"-c"_s,
                u"init.defaultBranch=main"_s,
                u"-c"_s,
                u"commit.gpgsign=false"_s }
                + args);
        p.waitForFinished(30000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const auto edit = [&dir](const QString &path, const QString &url) {
        CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
        loaded.collection.find(path)->request.url = url;
        const CollectionStore::SaveResult saved = CollectionStore::save(loaded.collection, dir.path());
        return saved.written;
    };
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path()).ok());
    QCOMPARE(git({ u"init"_s, u"-q"_s }), 0);
    QCOMPARE(git({ u"add"_s, u"."_s }), 0);
    QCOMPARE(git({ u"commit"_s, u"-qm"_s, u"base"_s }), 0);
    QCOMPARE(git({ u"checkout"_s, u"-qb"_s, u"a"_s }), 0);
    QCOMPARE(edit(u"users/get-user"_s, u"{{base}}/users/2"_s), QStringList({ u"users/get-user.request.json"_s }));
    QCOMPARE(git({ u"commit"_s, u"-qam"_s, u"a"_s }), 0);
    QCOMPARE(git({ u"checkout"_s, u"-q"_s, u"main"_s }), 0);
    QCOMPARE(
        edit(u"users/list-users"_s, u"{{base}}/users?all=1"_s), QStringList({ u"users/list-users.request.json"_s }));
    QCOMPARE(git({ u"commit"_s, u"-qam"_s, u"b"_s }), 0);
    QCOMPARE(git({ u"merge"_s, u"-q"_s, u"--no-edit"_s, u"a"_s }), 0);

    const Collection merged = CollectionStore::load(dir.path()).collection;
    QCOMPARE(merged.find(u"users/get-user"_s)->request.url, u"{{base}}/users/2"_s);
    QCOMPARE(merged.find(u"users/list-users"_s)->request.url, u"{{base}}/users?all=1"_s);
}

void tst_CollectionStore::movedDirectoryKeepsSecrets()
{
    // Secrets are keyed by the collection's id, written once into collection.json, not by its directory.
    QTemporaryDir parent;
    SecretStore secrets(m_secretsDir.filePath(u"moved.json"_s));
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, parent.filePath(u"before"_s), &secrets).ok());
    QVERIFY(QDir(parent.path()).rename(u"before"_s, u"after"_s));

    SecretStore reread(secrets.filePath());
    QVERIFY(reread.load().isEmpty());
    CollectionStore::LoadResult loaded = CollectionStore::load(parent.filePath(u"after"_s), &reread);
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.collection.id, c.id);
    QCOMPARE(loaded.collection.find(u"token"_s)->request.bearerToken, planted);
    QCOMPARE(loaded.collection.find(u"token"_s)->request.headers.value(2).value, planted);
    QCOMPARE(loaded.collection.variables.value(1).value, planted);
    QCOMPARE(loaded.collection.environments.value(0).variables.value(1).value, planted);
    QVERIFY(loaded.collection.find(u"token"_s)->missingSecrets.isEmpty());
    QCOMPARE(CollectionStore::save(loaded.collection, parent.filePath(u"after"_s), &reread).written, QStringList());
}

void tst_CollectionStore::pathKeyedSecretsMigrate()
{
    // A collection saved before ids existed: no "id", its secrets under the directory's path.
    QTemporaryDir dir;
    SecretStore secrets(m_secretsDir.filePath(u"legacy.json"_s));
    Collection c = sampleCollection();
    QVERIFY(CollectionStore::save(c, dir.path(), &secrets).ok());
    const QString idScope = SecretStore::scopeForCollection(c.id);
    const QString pathScope = SecretStore::scopeForDirectory(dir.path());
    secrets.adoptScope(idScope, pathScope);
    QVERIFY(secrets.save().isEmpty());
    QFile root(dir.filePath(u"collection.json"_s));
    QVERIFY(root.open(QIODevice::ReadOnly));
    QByteArray bytes = root.readAll();
    root.close();
    const QByteArray idLine = "  \"id\": \"" + c.id.toUtf8() + "\",\n";
    QVERIFY(bytes.contains(idLine));
    writeFile(dir.filePath(u"collection.json"_s), bytes.replace(idLine, ""));

    // Loading finds them under the old key; the next save writes the id and moves them to it.
    SecretStore store(secrets.filePath());
    QVERIFY(store.load().isEmpty());
    CollectionStore::LoadResult loaded = CollectionStore::load(dir.path(), &store);
    QVERIFY(loaded.collection.id.isEmpty());
    QCOMPARE(loaded.collection.find(u"log-in"_s)->request.authPassword, planted);
    QCOMPARE(loaded.collection.find(u"token"_s)->request.headers.value(2).value, planted);
    const CollectionStore::SaveResult saved = CollectionStore::save(loaded.collection, dir.path(), &store);
    QCOMPARE(saved.written, QStringList({ u"collection.json"_s }));
    QVERIFY(!loaded.collection.id.isEmpty());
    QVERIFY(!store.contains(pathScope, u"log-in#auth.password"_s));
    QCOMPARE(store.value(SecretStore::scopeForCollection(loaded.collection.id), u"log-in#auth.password"_s), planted);
    QCOMPARE(CollectionStore::load(dir.path(), &store).collection.find(u"token"_s)->request.bearerToken, planted);
}

QTEST_GUILESS_MAIN(tst_CollectionStore)
#include "tst_collectionstore.moc"
