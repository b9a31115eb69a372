// SPDX-License-Identifier: MIT
#include "collectioncommands.h"
#include "collectionstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_CollectionCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void renameUndoKeepsAHandChosenFileName();
    void insertReportsWhereItWent();
    void removeUndoAfterOtherChanges();
    void texts_data();
    void texts();

private:
    QModelIndex at(const QString &path) const
    {
        return m_model->indexForPath(m_dir, path);
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    std::unique_ptr<CollectionModel> m_model;
    QUndoStack m_stack;
};

void tst_CollectionCommands::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_stack.clear();
    m_temp = std::make_unique<QTemporaryDir>();
    m_dir = m_temp->filePath(u"c"_s);
    Collection c;
    c.name = u"C"_s;
    RequestSpec spec;
    spec.name = u"Get user"_s;
    spec.url = u"http://127.0.0.1:1/"_s;
    // A file someone named by hand: its name is not the slug of the request's name.
    c.items = { CollectionItem::fromRequest(spec, u"my-file"_s), CollectionItem::folder(u"F"_s, u"f"_s) };
    QVERIFY(CollectionStore::save(c, m_dir).ok());
    m_model = std::make_unique<CollectionModel>(nullptr);
    m_model->addCollection(m_dir);
    m_model->setLoaded(m_dir, CollectionStore::load(m_dir));
}

void tst_CollectionCommands::renameUndoKeepsAHandChosenFileName()
{
    m_stack.push(new RenameItemCommand(m_model.get(), m_model->location(at(u"my-file"_s)), u"Fetch user"_s));
    QVERIFY(QFile::exists(m_dir + u"/fetch-user.request.json"_s));
    QVERIFY(!QFile::exists(m_dir + u"/my-file.request.json"_s));
    m_stack.undo();
    QVERIFY(QFile::exists(m_dir + u"/my-file.request.json"_s));
    QVERIFY(!QFile::exists(m_dir + u"/fetch-user.request.json"_s));
    QCOMPARE(at(u"my-file"_s).data().toString(), u"Get user"_s);
    m_stack.redo();
    QCOMPARE(at(u"fetch-user"_s).data().toString(), u"Fetch user"_s);
}

void tst_CollectionCommands::insertReportsWhereItWent()
{
    auto *insert = new InsertItemCommand(
        m_model.get(), m_model->location(at(u"f"_s)), -1, CollectionItem::folder(u"Sub"_s), u"New folder"_s);
    m_stack.push(insert);
    const CollectionModel::Location where = insert->inserted();
    QCOMPARE(where.rows, QList<int>({ 1, 0 }));
    QCOMPARE(m_model->indexAt(where).data().toString(), u"Sub"_s);
    QVERIFY(QFile::exists(m_dir + u"/f/sub/folder.json"_s));
    m_stack.undo();
    QVERIFY(!QDir(m_dir + u"/f/sub"_s).exists());
}

void tst_CollectionCommands::removeUndoAfterOtherChanges()
{
    // Delete, then move something else around it: undoing both in turn restores the first one where it was.
    m_stack.push(new RemoveItemCommand(m_model.get(), m_model->location(at(u"my-file"_s)), u"Delete"_s));
    m_stack.push(new InsertItemCommand(
        m_model.get(), m_model->location(m_model->collectionIndex(m_dir)), 0, CollectionItem::folder(u"G"_s), {}));
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(m_model->rowCount(m_model->collectionIndex(m_dir)), 2);
    QCOMPARE(at(u"my-file"_s).row(), 0);
    QVERIFY(QFile::exists(m_dir + u"/my-file.request.json"_s));
}

void tst_CollectionCommands::texts_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("text");
    QTest::newRow("delete") << u"delete"_s << u"Delete “Get user”"_s;
    QTest::newRow("rename") << u"rename"_s << u"Rename to “X”"_s;
    QTest::newRow("move") << u"move"_s << u"Move"_s;
    QTest::newRow("new folder") << u"folder"_s << u"New folder"_s;
}

void tst_CollectionCommands::texts()
{
    QFETCH(QString, change);
    m_model->setUndoStack(&m_stack);
    const QModelIndex request = at(u"my-file"_s);
    if (change == u"delete"_s)
        QVERIFY(m_model->removeItem(request));
    else if (change == u"rename"_s)
        QVERIFY(m_model->renameItem(request, u"X"_s));
    else if (change == u"move"_s)
        QVERIFY(m_model->moveItem(request, at(u"f"_s), -1));
    else
        QVERIFY(m_model->addItem(at(u"f"_s), -1, CollectionItem::folder(u"N"_s)).isValid());
    QTEST(m_stack.undoText(), "text");
    m_model->setUndoStack(nullptr);
}

QTEST_MAIN(tst_CollectionCommands)
#include "tst_collectioncommands.moc"
