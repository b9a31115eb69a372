// SPDX-License-Identifier: MIT
#include "globalvariables.h"
#include "secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_GlobalVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultLocation();
    void roundTripSecretsApart();
    void missingAndCorrupt();
};

void tst_GlobalVariables::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_GlobalVariables::defaultLocation()
{
    QCOMPARE(GlobalVariables::defaultFilePath(), SecretStore::dataDirectory() + u"/globals.json"_s);
    QVERIFY(GlobalVariables::defaultFilePath().contains(u"qttest"_s));
}

void tst_GlobalVariables::roundTripSecretsApart()
{
    const QString planted = u"PLANTED-global-41d7"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"globals.json"_s);
    SecretStore secrets(dir.filePath(u"secrets.json"_s));
    const VariableList globals = {
        { u"base"_s, u"http://127.0.0.1:8080"_s }, { u"token"_s, planted, true }, { u"off"_s, u"x"_s, false, false }
    };
    QVERIFY(GlobalVariables::save(globals, path, &secrets).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(!bytes.contains(planted.toUtf8()));
    QVERIFY(bytes.startsWith("{\n  \"variables\": [\n"));
    QVERIFY(bytes.endsWith("  \"version\": 1\n}\n"));
    QCOMPARE(secrets.value(GlobalVariables::secretScope(), u"var:token"_s), planted);

    SecretStore reread(secrets.filePath());
    QVERIFY(reread.load().isEmpty());
    const GlobalVariables::LoadResult loaded = GlobalVariables::load(path, &reread);
    QVERIFY(loaded.errors.isEmpty());
    QCOMPARE(loaded.variables, globals);
    QCOMPARE(GlobalVariables::load(path).variables.value(1).value, QString()); // no store: the value is unknown

    // Saving what was loaded writes nothing: the file keeps its bytes and its time stamp.
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(GlobalVariables::save(loaded.variables, path, &reread).isEmpty());
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!reread.isDirty());
}

void tst_GlobalVariables::missingAndCorrupt()
{
    QTemporaryDir dir;
    const GlobalVariables::LoadResult none = GlobalVariables::load(dir.filePath(u"absent.json"_s));
    QVERIFY(none.errors.isEmpty());
    QVERIFY(none.variables.isEmpty());

    const QString path = dir.filePath(u"globals.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"variables\": [\n    {\"name\": \"a\",}\n");
    file.close();
    const GlobalVariables::LoadResult broken = GlobalVariables::load(path);
    QCOMPARE(broken.errors.size(), 1);
    QCOMPARE(broken.errors.at(0).file, path);
    QCOMPARE(broken.errors.at(0).line, 3);
    QVERIFY(broken.variables.isEmpty());
}

QTEST_GUILESS_MAIN(tst_GlobalVariables)
#include "tst_globalvariables.moc"
