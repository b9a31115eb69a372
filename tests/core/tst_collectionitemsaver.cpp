// SPDX-License-Identifier: MIT
#include "collectionitemsaver.h"
#include "collectionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

CollectionItem req(const QString &name, const QString &slug, int order)
{
    RequestSpec spec;
    spec.name = name;
    spec.url = u"http://127.0.0.1:1/"_s + slug;
    CollectionItem item = CollectionItem::fromRequest(spec, slug);
    item.order = order;
    return item;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_CollectionItemSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prepareSiblings_data();
    void prepareSiblings();
    void filesOf();
    void savesOnlyWhatChanged();
    void movedFolderLeavesNoEmptyDirectory();
    void idGivenOnce();
};

void tst_CollectionItemSaver::prepareSiblings_data()
{
    QTest::addColumn<QString>("name"); // of every item (slugs of new ones derive from it)
    QTest::addColumn<QStringList>("slugs"); // "" = new
    QTest::addColumn<QList<int>>("orders");
    QTest::addColumn<int>("fresh");
    QTest::addColumn<QStringList>("expectedSlugs");
    QTest::addColumn<QList<int>>("expectedOrders");
    QTest::addColumn<QList<qsizetype>>("changed");

    QTest::newRow("appended") << u"New"_s << QStringList { u"a"_s, u"b"_s, QString() } << QList<int> { 1, 2, 0 } << 2
                              << QStringList { u"a"_s, u"b"_s, u"new"_s } << QList<int> { 1, 2, 3 }
                              << QList<qsizetype> { 2 };
    QTest::newRow("into a gap keeps the rest")
        << u"New"_s << QStringList { u"a"_s, QString(), u"b"_s } << QList<int> { 10, 0, 20 } << 1
        << QStringList { u"a"_s, u"new"_s, u"b"_s } << QList<int> { 10, 11, 20 } << QList<qsizetype> { 1 };
    QTest::newRow("no gap renumbers") << u"New"_s << QStringList { u"a"_s, QString(), u"b"_s } << QList<int> { 1, 0, 2 }
                                      << 1 << QStringList { u"a"_s, u"new"_s, u"b"_s } << QList<int> { 1, 2, 3 }
                                      << QList<qsizetype> { 1, 2 };
    QTest::newRow("restored number that fits stays")
        << u"New"_s << QStringList { u"a"_s, u"b"_s, u"c"_s } << QList<int> { 1, 5, 9 } << 1
        << QStringList { u"a"_s, u"b"_s, u"c"_s } << QList<int> { 1, 5, 9 } << QList<qsizetype>();
    QTest::newRow("slug taken by a sibling")
        << u"New"_s << QStringList { u"new"_s, u"new"_s } << QList<int> { 1, 2 } << 1
        << QStringList { u"new"_s, u"new-2"_s } << QList<int> { 1, 2 } << QList<qsizetype> { 1 };
    QTest::newRow("reserved names avoided")
        << u"Folder"_s << QStringList { QString() } << QList<int> { 0 } << -1 << QStringList { u"folder-2"_s }
        << QList<int> { 1 } << QList<qsizetype> { 0 };
    QTest::newRow("hand-made files without order")
        << u"New"_s << QStringList { u"a"_s, u"b"_s } << QList<int> { 0, 0 } << -1 << QStringList { u"a"_s, u"b"_s }
        << QList<int> { 1, 2 } << QList<qsizetype> { 0, 1 };
}

void tst_CollectionItemSaver::prepareSiblings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, slugs);
    QFETCH(QList<int>, orders);
    QFETCH(int, fresh);
    QList<CollectionItem> items;
    for (qsizetype i = 0; i < slugs.size(); ++i)
        items.append(req(name, slugs.at(i), orders.at(i)));
    QList<qsizetype> changed = CollectionItemSaver::prepareSiblings(items, fresh);
    std::sort(changed.begin(), changed.end());
    QStringList gotSlugs;
    QList<int> gotOrders;
    for (const CollectionItem &item : std::as_const(items)) {
        gotSlugs.append(item.slug);
        gotOrders.append(item.order);
    }
    QTEST(gotSlugs, "expectedSlugs");
    QTEST(gotOrders, "expectedOrders");
    QTEST(changed, "changed");
}

void tst_CollectionItemSaver::filesOf()
{
    CollectionItem folder = CollectionItem::folder(u"Users"_s, u"users"_s);
    folder.children = { req(u"A"_s, u"a"_s, 1), req(u"B"_s, u"b"_s, 2) };
    QCOMPARE(CollectionItemSaver::filesOf(folder, u"api"_s),
        QStringList({ u"api/users/folder.json"_s, u"api/users/a.request.json"_s, u"api/users/b.request.json"_s }));
    QCOMPARE(CollectionItemSaver::filesOf(req(u"A"_s, u"a"_s, 1), QString()), QStringList { u"a.request.json"_s });
}

void tst_CollectionItemSaver::savesOnlyWhatChanged()
{
    QTemporaryDir temp;
    Collection c;
    c.name = u"C"_s;
    c.items = { req(u"A"_s, u"a"_s, 1), req(u"B"_s, u"b"_s, 2) };
    QVERIFY(CollectionStore::save(c, temp.path()).ok());
    CollectionStore::LoadResult loaded = CollectionStore::load(temp.path());
    QVERIFY(loaded.ok);

    // Someone else changes b on disk (a git pull); we change a. Our old copy of b must not win.
    const QByteArray theirs = read(temp.filePath(u"b.request.json"_s)).replace("/b", "/b-from-git");
    QFile b(temp.filePath(u"b.request.json"_s));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(theirs);
    b.close();
    Collection &mine = loaded.collection;
    mine.items[0].request.url = u"http://127.0.0.1:1/a-edited"_s;
    const CollectionStore::SaveResult saved
        = CollectionItemSaver::save(mine, temp.path(), nullptr, { &mine.items.at(0) }, {});
    QVERIFY(saved.ok());
    QCOMPARE(saved.written, QStringList { u"a.request.json"_s });
    QVERIFY(read(temp.filePath(u"a.request.json"_s)).contains("a-edited"));
    QCOMPARE(read(temp.filePath(u"b.request.json"_s)), theirs);

    // Removing b deletes only b's file, which the loader parsed.
    const QStringList old = CollectionItemSaver::filesOf(mine.items.at(1), QString());
    mine.items.removeAt(1);
    const CollectionStore::SaveResult removed = CollectionItemSaver::save(mine, temp.path(), nullptr, {}, old);
    QCOMPARE(removed.removed, QStringList { u"b.request.json"_s });
    QVERIFY(!mine.loadedFiles.contains(u"b.request.json"_s));
    QVERIFY(mine.loadedFiles.contains(u"a.request.json"_s));
}

void tst_CollectionItemSaver::movedFolderLeavesNoEmptyDirectory()
{
    QTemporaryDir temp;
    Collection c;
    c.name = u"C"_s;
    CollectionItem outer = CollectionItem::folder(u"Outer"_s, u"outer"_s);
    CollectionItem inner = CollectionItem::folder(u"Inner"_s, u"inner"_s);
    inner.children.append(req(u"A"_s, u"a"_s, 1));
    outer.children.append(inner);
    c.items.append(outer);
    QVERIFY(CollectionStore::save(c, temp.path()).ok());
    const QStringList old = CollectionItemSaver::filesOf(c.items.at(0), QString());
    c.items[0].slug = u"renamed"_s;
    c.items[0].name = u"Renamed"_s;
    QVERIFY(CollectionItemSaver::save(c, temp.path(), nullptr, { &c.items.at(0) }, old).ok());
    QVERIFY(QFile::exists(temp.filePath(u"renamed/inner/a.request.json"_s)));
    QVERIFY(!QDir(temp.filePath(u"outer"_s)).exists());
}

void tst_CollectionItemSaver::idGivenOnce()
{
    // A collection written before collections had an id gets one on its first partial save, and keeps it.
    QTemporaryDir temp;
    QFile root(temp.filePath(u"collection.json"_s));
    QVERIFY(root.open(QIODevice::WriteOnly));
    root.write(R"({"name": "Old", "version": 1})");
    root.close();
    Collection c = CollectionStore::load(temp.path()).collection;
    QVERIFY(c.id.isEmpty());
    c.items = { req(u"A"_s, u"a"_s, 1) };
    QVERIFY(CollectionItemSaver::save(c, temp.path(), nullptr, { &c.items.at(0) }, {}).ok());
    QVERIFY(!c.id.isEmpty());
    QVERIFY(read(temp.filePath(u"collection.json"_s)).contains(c.id.toUtf8()));
    c.items[0].request.url = u"http://127.0.0.1:1/again"_s;
    const CollectionStore::SaveResult again
        = CollectionItemSaver::save(c, temp.path(), nullptr, { &c.items.at(0) }, {});
    QCOMPARE(again.written, QStringList { u"a.request.json"_s });
    QCOMPARE(CollectionStore::load(temp.path()).collection.id, c.id);
}

QTEST_GUILESS_MAIN(tst_CollectionItemSaver)
#include "tst_collectionitemsaver.moc"
