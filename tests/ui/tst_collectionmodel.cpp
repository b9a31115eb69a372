// SPDX-License-Identifier: MIT
#include "collectionmodel.h"
#include "collectionstore.h"
#include "directorysnapshot.h"
#include "secretstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

RequestSpec request(const QString &name, const QString &method = u"GET"_s)
{
    RequestSpec spec;
    spec.name = name;
    spec.method = method;
    spec.url = u"http://127.0.0.1:1/"_s + CollectionStore::slugify(name);
    return spec;
}

// Shop: Users/{Get user, Create user}, Orders/{List orders}, Health
Collection shop()
{
    Collection c;
    c.name = u"Shop"_s;
    CollectionItem users = CollectionItem::folder(u"Users"_s);
    users.children.append(CollectionItem::fromRequest(request(u"Get user"_s)));
    users.children.append(CollectionItem::fromRequest(request(u"Create user"_s, u"POST"_s)));
    CollectionItem orders = CollectionItem::folder(u"Orders"_s);
    orders.children.append(CollectionItem::fromRequest(request(u"List orders"_s)));
    c.items = { users, orders, CollectionItem::fromRequest(request(u"Health"_s)) };
    return c;
}

// "Users[Get user,Create user],Orders[List orders],Health": the tree below \a parent as one line.
QString outline(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        QString part = child.data(Qt::EditRole).toString();
        if (model.hasChildren(child)
            || model.data(child, CollectionModel::KindRole).value<CollectionModel::Kind>()
                == CollectionModel::Kind::Folder)
            part += u'[' + outline(model, child) + u']';
        parts.append(part);
    }
    return parts.join(u',');
}

} // namespace

class tst_CollectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensInCollectionOrder();
    void changes_data();
    void changes();
    void dragMove_data();
    void dragMove();
    void dropRejected();
    void corruptFileIsReportedAndTheRestLoads();
    void unreadableCollectionShowsItsError();
    void modifiedMarker();
    void saveUnchangedWritesNothing();
    void secretsStayOutOfFiles();
    void foldersAreBuiltOnDemand();

private:
    QModelIndex at(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    QString m_other; // a second collection, for moves between collections
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CollectionModel> m_model;
    std::unique_ptr<QUndoStack> m_undo;
};

void tst_CollectionModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CollectionModel::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->filePath(u"shop"_s);
    m_other = m_temp->filePath(u"other"_s);
    m_secrets = std::make_unique<SecretStore>(m_temp->filePath(u"secrets.json"_s));
    Collection c = shop();
    QVERIFY(CollectionStore::save(c, m_dir, m_secrets.get()).ok());
    Collection other;
    other.name = u"Other"_s;
    other.items.append(CollectionItem::fromRequest(request(u"Ping"_s)));
    QVERIFY(CollectionStore::save(other, m_other, m_secrets.get()).ok());

    m_model = std::make_unique<CollectionModel>(m_secrets.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_undo = std::make_unique<QUndoStack>();
    m_model->setUndoStack(m_undo.get());
    Collection playground;
    playground.items.append(CollectionItem::fromRequest(request(u"Get JSON"_s)));
    m_model->setPlayground(playground);
    for (const QString &dir : { m_dir, m_other }) {
        m_model->addCollection(dir);
        m_model->setLoaded(dir, CollectionStore::load(dir, m_secrets.get()));
    }
}

void tst_CollectionModel::cleanup()
{
    m_model.reset();
    m_undo.reset();
}

QModelIndex tst_CollectionModel::at(const QString &path) const
{
    return m_model->indexForPath(m_dir, path);
}

void tst_CollectionModel::opensInCollectionOrder()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Playground"_s);
    QVERIFY(m_model->isReadOnly(m_model->index(0, 0)));
    QCOMPARE(m_model->directories(), QStringList({ QDir(m_dir).absolutePath(), QDir(m_other).absolutePath() }));
    const QModelIndex root = m_model->collectionIndex(m_dir);
    QCOMPARE(root.data().toString(), u"Shop"_s);
    QCOMPARE(outline(*m_model, root), u"Users[Get user,Create user],Orders[List orders],Health"_s);
    QCOMPARE(at(u"users/create-user"_s).data(CollectionModel::MethodRole).toString(), u"POST"_s);
    QCOMPARE(m_model->kind(at(u"users"_s)), CollectionModel::Kind::Folder);
    QVERIFY(m_model->flags(at(u"health"_s)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, 0, m_model->index(0, 0))) & Qt::ItemIsEditable));
}

void tst_CollectionModel::changes_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tree"); // the Shop collection afterwards
    QTest::addColumn<QStringList>("added"); // files that appear
    QTest::addColumn<QStringList>("removed"); // files that go

    QTest::newRow("new request in folder")
        << u"add-request"_s << u"orders"_s << u"Users[Get user,Create user],Orders[List orders,New one],Health"_s
        << QStringList { u"orders/new-one.request.json"_s } << QStringList();
    QTest::newRow("new folder at root") << u"add-folder"_s << QString()
                                        << u"Users[Get user,Create user],Orders[List orders],Health,Stuff[]"_s
                                        << QStringList { u"stuff/folder.json"_s } << QStringList();
    QTest::newRow("rename request") << u"rename"_s << u"health"_s
                                    << u"Users[Get user,Create user],Orders[List orders],Status page"_s
                                    << QStringList { u"status-page.request.json"_s }
                                    << QStringList { u"health.request.json"_s };
    QTest::newRow("rename folder") << u"rename"_s << u"users"_s
                                   << u"People[Get user,Create user],Orders[List orders],Health"_s
                                   << QStringList { u"people/folder.json"_s,
                                          u"people/get-user.request.json"_s,
                                          u"people/create-user.request.json"_s }
                                   << QStringList { u"users/folder.json"_s,
                                          u"users/get-user.request.json"_s,
                                          u"users/create-user.request.json"_s };
    QTest::newRow("duplicate request") << u"duplicate"_s << u"users/get-user"_s
                                       << u"Users[Get user,Get user copy,Create user],Orders[List orders],Health"_s
                                       << QStringList { u"users/get-user-copy.request.json"_s } << QStringList();
    QTest::newRow("duplicate folder") << u"duplicate"_s << u"orders"_s
                                      << u"Users[Get user,Create user],Orders[List orders],Orders copy[List "
                                         u"orders],Health"_s
                                      << QStringList { u"orders-copy/folder.json"_s,
                                             u"orders-copy/list-orders.request.json"_s }
                                      << QStringList();
    QTest::newRow("delete request") << u"delete"_s << u"users/create-user"_s
                                    << u"Users[Get user],Orders[List orders],Health"_s << QStringList()
                                    << QStringList { u"users/create-user.request.json"_s };
    QTest::newRow("delete folder") << u"delete"_s << u"users"_s << u"Orders[List orders],Health"_s << QStringList()
                                   << QStringList { u"users/folder.json"_s,
                                          u"users/get-user.request.json"_s,
                                          u"users/create-user.request.json"_s };
    QTest::newRow("move into folder") << u"move-to-orders"_s << u"health"_s
                                      << u"Users[Get user,Create user],Orders[List orders,Health]"_s
                                      << QStringList { u"orders/health.request.json"_s }
                                      << QStringList { u"health.request.json"_s };
    QTest::newRow("reorder in folder") << u"move-up"_s << u"users/create-user"_s
                                       << u"Users[Create user,Get user],Orders[List orders],Health"_s << QStringList()
                                       << QStringList();
    QTest::newRow("move to another collection")
        << u"move-to-other"_s << u"users/get-user"_s << u"Users[Create user],Orders[List orders],Health"_s
        << QStringList() << QStringList { u"users/get-user.request.json"_s };
}

void tst_CollectionModel::changes()
{
    QFETCH(QString, change);
    QFETCH(QString, path);
    QFETCH(QString, tree);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);

    const DirectorySnapshot before = directorySnapshot(m_dir);
    const DirectorySnapshot otherBefore = directorySnapshot(m_other);
    const QModelIndex target = path.isEmpty() ? m_model->collectionIndex(m_dir) : at(path);
    QVERIFY(target.isValid());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    if (change == u"add-request"_s)
        QVERIFY(m_model->addItem(target, -1, CollectionItem::fromRequest(request(u"New one"_s))).isValid());
    else if (change == u"add-folder"_s)
        QVERIFY(m_model->addItem(target, -1, CollectionItem::folder(u"Stuff"_s)).isValid());
    else if (change == u"rename"_s)
        QVERIFY(m_model->setData(target, path == u"health"_s ? u"Status page"_s : u"People"_s));
    else if (change == u"duplicate"_s)
        QVERIFY(m_model->duplicateItem(target).isValid());
    else if (change == u"delete"_s)
        QVERIFY(m_model->removeItem(target));
    else if (change == u"move-to-orders"_s)
        QVERIFY(m_model->moveItem(target, at(u"orders"_s), -1));
    else if (change == u"move-up"_s)
        QVERIFY(m_model->moveItem(target, target.parent(), 0));
    else if (change == u"move-to-other"_s)
        QVERIFY(m_model->moveItem(target, m_model->collectionIndex(m_other), -1));
    QCOMPARE(resets.count(), 0); // one row at a time, never a reload

    const auto check = [&] {
        QCOMPARE(outline(*m_model, m_model->collectionIndex(m_dir)), tree);
        const DirectorySnapshot after = directorySnapshot(m_dir);
        for (const QString &file : added)
            QVERIFY2(after.contains(file) && !before.contains(file), qPrintable(file));
        for (const QString &file : removed)
            QVERIFY2(!after.contains(file) && before.contains(file), qPrintable(file));
        // What the model wrote reads back as what it shows.
        const CollectionStore::LoadResult reread = CollectionStore::load(m_dir, m_secrets.get());
        QVERIFY(reread.errors.isEmpty());
        CollectionModel fresh(nullptr);
        fresh.addCollection(m_dir);
        fresh.setLoaded(m_dir, reread);
        QCOMPARE(outline(fresh, fresh.collectionIndex(m_dir)), tree);
    };
    check();
    if (change == u"move-to-other"_s)
        QCOMPARE(outline(*m_model, m_model->collectionIndex(m_other)), u"Ping,Get user"_s);

    // Undo restores the item and its files, byte for byte; redo does it again.
    m_undo->undo();
    QCOMPARE(directorySnapshot(m_dir), before);
    QCOMPARE(directorySnapshot(m_other), otherBefore);
    QCOMPARE(outline(*m_model, m_model->collectionIndex(m_dir)),
        u"Users[Get user,Create user],Orders[List orders],Health"_s);
    m_undo->redo();
    check();
}

void tst_CollectionModel::dragMove_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target"); // folder path; "" = the collection
    QTest::addColumn<int>("row"); // Qt's drop row: before this row, counted before the move; -1 = at the end
    QTest::addColumn<QString>("tree");

    QTest::newRow("onto a folder") << u"health"_s << u"users"_s << -1
                                   << u"Users[Get user,Create user,Health],Orders[List orders]"_s;
    QTest::newRow("between rows of a folder")
        << u"orders/list-orders"_s << u"users"_s << 1 << u"Users[Get user,List orders,Create user],Orders[],Health"_s;
    QTest::newRow("down in the same folder")
        << u"users/get-user"_s << u"users"_s << 2 << u"Users[Create user,Get user],Orders[List orders],Health"_s;
    QTest::newRow("folder to the end") << u"users"_s << QString() << -1
                                       << u"Orders[List orders],Health,Users[Get user,Create user]"_s;
}

void tst_CollectionModel::dragMove()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, row);
    QFETCH(QString, tree);

    const DirectorySnapshot before = directorySnapshot(m_dir);
    const QModelIndex parent = target.isEmpty() ? m_model->collectionIndex(m_dir) : at(target);
    std::unique_ptr<QMimeData> mime(m_model->mimeData({ at(source) }));
    QVERIFY(mime);
    QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(outline(*m_model, m_model->collectionIndex(m_dir)), tree);
    CollectionModel fresh(nullptr);
    fresh.addCollection(m_dir);
    fresh.setLoaded(m_dir, CollectionStore::load(m_dir, m_secrets.get()));
    QCOMPARE(outline(fresh, fresh.collectionIndex(m_dir)), tree); // order fields on disk agree
    m_undo->undo();
    QCOMPARE(directorySnapshot(m_dir), before);
}

void tst_CollectionModel::dropRejected()
{
    std::unique_ptr<QMimeData> folder(m_model->mimeData({ at(u"users"_s) }));
    QVERIFY(!m_model->canDropMimeData(folder.get(), Qt::MoveAction, -1, 0, at(u"users"_s)));
    QVERIFY(!m_model->dropMimeData(folder.get(), Qt::MoveAction, -1, 0, at(u"users"_s)));
    const QModelIndex playground = m_model->index(0, 0);
    QVERIFY(!m_model->canDropMimeData(folder.get(), Qt::MoveAction, -1, 0, playground));
    QMimeData foreign;
    foreign.setText(u"hello"_s);
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, -1, 0, at(u"users"_s)));

    // A Playground request dragged into a collection is copied; the Playground keeps it.
    std::unique_ptr<QMimeData> demo(m_model->mimeData({ m_model->index(0, 0, playground) }));
    QVERIFY(m_model->dropMimeData(demo.get(), Qt::MoveAction, -1, 0, at(u"orders"_s)));
    QCOMPARE(m_model->rowCount(playground), 1);
    QVERIFY(QFile::exists(m_dir + u"/orders/get-json.request.json"_s));
}

void tst_CollectionModel::corruptFileIsReportedAndTheRestLoads()
{
    QFile broken(m_dir + u"/users/broken.request.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"method\": \"GET\",\n  \"name\": oops\n}\n");
    broken.close();
    m_model->setLoaded(m_dir, CollectionStore::load(m_dir, m_secrets.get()));
    const LoadErrors errors = m_model->loadErrors(m_dir);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().file, u"users/broken.request.json"_s);
    QCOMPARE(errors.constFirst().line, 3);
    const QModelIndex root = m_model->collectionIndex(m_dir);
    QVERIFY(root.data(CollectionModel::ErrorRole).toString().startsWith(u"users/broken.request.json:3:"_s));
    QVERIFY(root.data(Qt::ToolTipRole).toString().contains(u"users/broken.request.json:3:"_s));
    QCOMPARE(outline(*m_model, root), u"Users[Get user,Create user],Orders[List orders],Health"_s);
    // Changes in the same folder never touch the file we could not read.
    QVERIFY(m_model->removeItem(at(u"users/get-user"_s)));
    QVERIFY(QFile::exists(broken.fileName()));
}

void tst_CollectionModel::unreadableCollectionShowsItsError()
{
    const QString dir = m_temp->filePath(u"nothing"_s);
    QVERIFY(QDir().mkpath(dir));
    m_model->addCollection(dir);
    QVERIFY(m_model->collectionIndex(dir).data().toString().contains(u"nothing"_s)); // while loading
    m_model->setLoaded(dir, CollectionStore::load(dir));
    const QModelIndex root = m_model->collectionIndex(dir);
    QCOMPARE(m_model->rowCount(root), 0);
    QVERIFY(root.data(CollectionModel::ErrorRole).toString().contains(u"collection.json"_s));
    QVERIFY(m_model->isReadOnly(root));
    QVERIFY(!m_model->addItem(root, -1, CollectionItem::folder(u"X"_s)).isValid());
    QCOMPARE(m_model->rowCount(), 4); // the others are still there
    m_model->closeCollection(dir);
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_CollectionModel::modifiedMarker()
{
    const QModelIndex get = at(u"users/get-user"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setModified(get, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), get);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), get);
    QCOMPARE(get.data().toString(), u"Get user •"_s);
    QCOMPARE(get.data(Qt::EditRole).toString(), u"Get user"_s);
    QVERIFY(get.data(Qt::FontRole).value<QFont>().italic());
    m_model->setModified(get, false);
    QCOMPARE(get.data().toString(), u"Get user"_s);
    QCOMPARE(changed.count(), 2);
}

void tst_CollectionModel::saveUnchangedWritesNothing()
{
    const DirectorySnapshot before = directorySnapshot(m_dir);
    const QModelIndex get = at(u"users/get-user"_s);
    QVERIFY(m_model->saveRequest(get, m_model->item(get)->request));
    QCOMPARE(directorySnapshot(m_dir), before);

    RequestSpec edited = m_model->item(get)->request;
    edited.url = u"http://127.0.0.1:1/changed"_s;
    edited.name = u"ignored: the tree names it"_s;
    QVERIFY(m_model->saveRequest(get, edited));
    const DirectorySnapshot after = directorySnapshot(m_dir);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == u"users/get-user.request.json"_s)
            QVERIFY(after.value(it.key()).contains("/changed"));
        else
            QCOMPARE(after.value(it.key()), it.value()); // nothing else rewritten
    }
    QCOMPARE(get.data().toString(), u"Get user"_s);
}

void tst_CollectionModel::secretsStayOutOfFiles()
{
    const QString token = u"s3cr3t-planted-token"_s;
    RequestSpec spec = request(u"Secret"_s);
    spec.authKind = RequestSpec::AuthKind::Bearer;
    spec.bearerToken = token;
    QVERIFY(m_model->addItem(m_model->collectionIndex(m_dir), -1, CollectionItem::fromRequest(spec)).isValid());
    const DirectorySnapshot files = directorySnapshot(m_dir);
    QVERIFY(files.contains(u"secret.request.json"_s));
    for (const QByteArray &bytes : files)
        QVERIFY(!bytes.contains(token.toUtf8()));
    QFile secrets(m_secrets->filePath());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(token.toUtf8()));
}

void tst_CollectionModel::foldersAreBuiltOnDemand()
{
    // 10,000 requests in 100 folders, as bench/collection_open makes them (in memory: the disk is not the point).
    CollectionStore::LoadResult big;
    big.ok = true;
    big.collection.name = u"Big"_s;
    for (int f = 0; f < 100; ++f) {
        CollectionItem folder = CollectionItem::folder(u"Folder %1"_s.arg(f), u"folder-%1"_s.arg(f));
        for (int i = 0; i < 100; ++i)
            folder.children.append(CollectionItem::fromRequest(request(u"R%1"_s.arg(f * 100 + i))));
        big.collection.items.append(folder);
    }
    CollectionModel model(nullptr);
    const QString dir = m_temp->filePath(u"big"_s);
    model.addCollection(dir);
    model.setLoaded(dir, big);
    const QModelIndex root = model.collectionIndex(dir);
    QCOMPARE(model.rowCount(root), 100);
    const QModelIndex last = model.index(99, 0, root);
    QVERIFY(model.hasChildren(last)); // answered from the Collection, before the folder's rows exist
    QCOMPARE(model.rowCount(last), 100);
    QCOMPARE(model.index(99, 0, last).data().toString(), u"R9999"_s);
    QCOMPARE(model.indexForPath(dir, u"folder-99"_s), last);
}

QTEST_MAIN(tst_CollectionModel)
#include "tst_collectionmodel.moc"
