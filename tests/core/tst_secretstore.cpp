// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultLocation();
    void roundTripOwnerOnly();
    void saveOnlyWhenChanged();
    void corruptFileReportedAndKept();
    void scopes();
};

void tst_SecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecretStore::defaultLocation()
{
    const SecretStore store;
    QVERIFY(store.filePath().endsWith(u"/Reqscope/secrets.json"_s));
    // Test mode keeps the real user's secrets out of reach.
    QVERIFY2(store.filePath().contains(u"qttest"_s), qPrintable(store.filePath()));
}

void tst_SecretStore::roundTripOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/secrets.json"_s);
    SecretStore store(path);
    QVERIFY(store.load().isEmpty()); // missing file: empty store
    store.setValue(u"/a"_s, u"var:token"_s, u"t0k3n"_s);
    store.setValue(u"/a"_s, u"login#auth.password"_s, u"pa55"_s);
    QVERIFY(store.isDirty());
    QVERIFY(store.save().isEmpty());
    QVERIFY(!store.isDirty());

    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    SecretStore again(path);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.value(u"/a"_s, u"var:token"_s), u"t0k3n"_s);
    QCOMPARE(again.value(u"/a"_s, u"login#auth.password"_s), u"pa55"_s);
    QVERIFY(!again.contains(u"/a"_s, u"other"_s));

    again.remove(u"/a"_s, u"var:token"_s);
    QVERIFY(again.save().isEmpty());
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u); // a rewrite keeps it owner-only
    SecretStore third(path);
    QVERIFY(third.load().isEmpty());
    QVERIFY(!third.contains(u"/a"_s, u"var:token"_s));
}

void tst_SecretStore::saveOnlyWhenChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets.json"_s);
    SecretStore store(path);
    store.setValue(u"/a"_s, u"k"_s, u"v"_s);
    QVERIFY(store.save().isEmpty());
    QFile::remove(path);
    store.setValue(u"/a"_s, u"k"_s, u"v"_s); // same value: nothing to write
    QVERIFY(!store.isDirty());
    QVERIFY(store.save().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void tst_SecretStore::corruptFileReportedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"scopes\": {\n    \"/a\": {\"k\": \"v\",}\n");
    }
    SecretStore store(path);
    const LoadErrors errors = store.load();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).file, path);
    QCOMPARE(errors.at(0).line, 3);
    QVERIFY(!store.isDirty());
    QVERIFY(store.save().isEmpty()); // nothing changed: the broken file stays for its owner to repair
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"k\": \"v\",}"));
}

void tst_SecretStore::scopes()
{
    QCOMPARE(SecretStore::scopeForDirectory(u"/nonexistent/x/../y"_s), u"/nonexistent/y"_s);
    QTemporaryDir dir;
    QCOMPARE(SecretStore::scopeForDirectory(dir.path() + u"/."_s), SecretStore::scopeForDirectory(dir.path()));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
