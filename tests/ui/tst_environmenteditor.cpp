// SPDX-License-Identifier: MIT
#include "collectionstore.h"
#include "environmenteditor.h"
#include "secretstore.h"
#include "variablecontext.h"
#include "variabletable.h"

#include <QDirIterator>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_EnvironmentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretValueNeverInTheFiles();
    void editEnvironments_data();
    void editEnvironments();
    void duplicateNamesGetANumber();
    void unsavedCollectionKeepsThemInMemory();
    void sharedSecretStoreKeepsTheValue();

private:
    QString filesContaining(const QString &directory, const QByteArray &needle) const;
};

namespace {
const QString planted = u"planted-S3CRET-4711"_s;

Collection demoCollection()
{
    Collection c;
    c.name = u"Shop"_s;
    c.variables.append({ u"base"_s, u"http://127.0.0.1:1"_s });
    RequestSpec get;
    get.name = u"Get order"_s;
    get.url = u"{{base}}/orders/1"_s;
    c.items.append(CollectionItem::fromRequest(get));
    Environment dev;
    dev.name = u"Dev"_s;
    dev.variables.append({ u"user"_s, u"alice"_s });
    c.environments.append(dev);
    return c;
}
} // namespace

void tst_EnvironmentEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString tst_EnvironmentEditor::filesContaining(const QString &directory, const QByteArray &needle) const
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits.join(u", "_s);
}

void tst_EnvironmentEditor::secretValueNeverInTheFiles()
{
    QTemporaryDir dir;
    const QString secretsFile = dir.filePath(u"user-data/secrets.json"_s);
    const QString collectionDir = dir.filePath(u"shop"_s);
    Collection c = demoCollection();
    SecretStore secrets(secretsFile);
    QVERIFY(CollectionStore::save(c, collectionDir, &secrets).ok());
    VariableContext context;
    context.setCollection(c, collectionDir);

    EnvironmentEditor editor(&context);
    editor.setSecretsFile(secretsFile);
    editor.addEnvironment(u"Staging"_s);
    editor.variableTable()->addVariable({ u"token"_s, planted, true, true });
    editor.variableTable()->addVariable({ u"host"_s, u"staging.example"_s, false, true });
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));

    QVERIFY(QFile::exists(collectionDir + u"/environments/staging.json"_s));
    QCOMPARE(filesContaining(collectionDir, planted.toUtf8()), QString()); // only the name is in the files
    QFile staging(collectionDir + u"/environments/staging.json"_s);
    QVERIFY(staging.open(QIODevice::ReadOnly));
    const QByteArray json = staging.readAll();
    QVERIFY(json.contains("token"));
    QVERIFY(json.contains("staging.example"));
    QVERIFY(!filesContaining(dir.filePath(u"user-data"_s), planted.toUtf8()).isEmpty()); // the value is per-user

    SecretStore reread(secretsFile);
    QVERIFY(reread.load().isEmpty());
    const CollectionStore::LoadResult loaded = CollectionStore::load(collectionDir, &reread);
    QVERIFY(loaded.ok);
    const Environment *env = loaded.collection.environment(u"Staging"_s);
    QVERIFY(env);
    QCOMPARE(env->variables.value(0).value, planted);
    QVERIFY(env->variables.value(0).secret);
    QCOMPARE(context.collection().environments.size(), 2); // the window's copy follows
}

void tst_EnvironmentEditor::editEnvironments_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("files"); // environments/ after saving

    QTest::newRow("unchanged") << u"none"_s << QStringList { u"dev.json"_s };
    QTest::newRow("rename") << u"rename"_s << QStringList { u"development.json"_s };
    QTest::newRow("delete") << u"delete"_s << QStringList();
    QTest::newRow("add") << u"add"_s << QStringList { u"dev.json"_s, u"prod.json"_s };
}

void tst_EnvironmentEditor::editEnvironments()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    const QString secretsFile = dir.filePath(u"secrets.json"_s);
    const QString collectionDir = dir.filePath(u"shop"_s);
    Collection c = demoCollection();
    SecretStore secrets(secretsFile);
    QVERIFY(CollectionStore::save(c, collectionDir, &secrets).ok());
    const QByteArray requestBefore = [&] {
        QFile f(collectionDir + u"/get-order.request.json"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!requestBefore.isEmpty());
    VariableContext context;
    context.setCollection(c, collectionDir);
    context.setRequestPath(u"get-order"_s);

    EnvironmentEditor editor(&context);
    editor.setSecretsFile(secretsFile);
    QCOMPARE(editor.list()->count(), 1);
    QCOMPARE(editor.variableTable()->variables().value(0).name, u"user"_s);
    if (operation == u"rename"_s)
        editor.renameCurrent(u"Development"_s);
    else if (operation == u"delete"_s)
        editor.deleteCurrent();
    else if (operation == u"add"_s)
        editor.addEnvironment(u"Prod"_s);
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));

    QDir envDir(collectionDir + u"/environments"_s);
    QCOMPARE(envDir.entryList(QDir::Files, QDir::Name), files);
    QFile request(collectionDir + u"/get-order.request.json"_s);
    QVERIFY(request.open(QIODevice::ReadOnly));
    QCOMPARE(request.readAll(), requestBefore); // only environment files change
    QCOMPARE(context.collection().environments.size(), files.size());
    if (operation == u"rename"_s) {
        QFile renamed(envDir.filePath(u"development.json"_s));
        QVERIFY(renamed.open(QIODevice::ReadOnly));
        QVERIFY(renamed.readAll().contains("alice")); // its variables went along
    }
}

void tst_EnvironmentEditor::duplicateNamesGetANumber()
{
    Collection c = demoCollection();
    VariableContext context;
    context.setCollection(c, QString());
    EnvironmentEditor editor(&context);
    editor.addEnvironment(u"dev"_s); // the same file name as "Dev"
    QCOMPARE(editor.list()->item(1)->text(), u"dev 2"_s);
    editor.renameCurrent(u"DEV"_s);
    QCOMPARE(editor.list()->item(1)->text(), u"DEV 2"_s);
}

void tst_EnvironmentEditor::unsavedCollectionKeepsThemInMemory()
{
    VariableContext context;
    context.setCollection(demoCollection(), QString()); // not on disk yet
    QSignalSpy edited(&context, &VariableContext::environmentsEdited);
    EnvironmentEditor editor(&context);
    editor.variableTable()->addVariable({ u"region"_s, u"eu"_s, false, true });
    QVERIFY(editor.save());
    QCOMPARE(edited.count(), 1);
    QCOMPARE(context.collection().environments.constFirst().variables.size(), 2);
}

void tst_EnvironmentEditor::sharedSecretStoreKeepsTheValue()
{
    QTemporaryDir dir;
    const QString collectionDir = dir.filePath(u"shop"_s);
    SecretStore shared(dir.filePath(u"secrets.json"_s)); // the collections tree's store, loaded long before
    QVERIFY(shared.load().isEmpty());
    Collection c = demoCollection();
    QVERIFY(CollectionStore::save(c, collectionDir, &shared).ok());
    VariableContext context;
    context.setCollection(c, collectionDir);
    EnvironmentEditor editor(&context);
    editor.setSecretStore(&shared);
    editor.variableTable()->addVariable({ u"token"_s, planted, true, true });
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));
    // The tree saves its store later for another secret: the value saved by the editor is still there.
    shared.setValue(u"elsewhere"_s, u"var:other"_s, u"x"_s);
    QVERIFY(shared.save().isEmpty());
    QFile secretsFile(dir.filePath(u"secrets.json"_s));
    QVERIFY(secretsFile.open(QIODevice::ReadOnly));
    QVERIFY(secretsFile.readAll().contains(planted.toUtf8()));
    QCOMPARE(filesContaining(collectionDir, planted.toUtf8()), QString());
}

QTEST_MAIN(tst_EnvironmentEditor)
#include "tst_environmenteditor.moc"
