// SPDX-License-Identifier: MIT
#include "collectionmodel.h"
#include "collectionspanel.h"
#include "collectionstore.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {
const QString openKey = u"collections/open"_s;

void writeCollection(const QString &dir, const QString &name)
{
    Collection c;
    c.name = name;
    CollectionItem folder = CollectionItem::folder(u"Users"_s);
    RequestSpec get;
    get.name = u"Get user"_s;
    get.url = u"http://127.0.0.1:1/users/1"_s;
    folder.children.append(CollectionItem::fromRequest(get));
    c.items.append(folder);
    QVERIFY(CollectionStore::save(c, dir).ok());
}
} // namespace

class tst_CollectionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void restoresRememberedCollections();
    void createOpenClose();
    void actionsFollowTheSelection_data();
    void actionsFollowTheSelection();
    void newRequestAndDeleteWithUndo();
    void chooseEmitsTheRequest();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
};

void tst_CollectionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CollectionsPanel::init()
{
    QSettings().clear();
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
}

void tst_CollectionsPanel::restoresRememberedCollections()
{
    const QString good = m_temp->filePath(u"good"_s);
    const QString missing = m_temp->filePath(u"missing"_s);
    const QString newer = m_temp->filePath(u"newer"_s);
    writeCollection(good, u"Good"_s);
    QVERIFY(QDir().mkpath(newer));
    QFile future(newer + u"/collection.json"_s);
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write("{\"name\": \"Future\", \"version\": 99}\n");
    future.close();
    QSettings().setValue(openKey, QStringList { missing, good, newer });

    CollectionsPanel panel(m_temp->filePath(u"secrets.json"_s));
    QSignalSpy loaded(&panel, &CollectionsPanel::loaded);
    QSignalSpy problems(&panel, &CollectionsPanel::problem);
    panel.restore();
    QTRY_COMPARE(loaded.count(), 3);
    CollectionModel *model = panel.model();
    QCOMPARE(model->directories(), QStringList({ missing, good, newer }));
    QCOMPARE(model->rowCount(model->collectionIndex(good)), 1); // the broken ones did not stop it
    QCOMPARE(model->collectionIndex(good).data().toString(), u"Good"_s);
    const QString missingError = model->collectionIndex(missing).data(CollectionModel::ErrorRole).toString();
    QVERIFY2(missingError.contains(u"collection.json"_s), qPrintable(missingError));
    const QString newerError = model->collectionIndex(newer).data(CollectionModel::ErrorRole).toString();
    QVERIFY2(newerError.contains(u"version 99"_s), qPrintable(newerError));
    QCOMPARE(problems.count(), 2);
    QVERIFY(problems.at(0).at(0).toString().contains(u"collection.json"_s));
}

void tst_CollectionsPanel::createOpenClose()
{
    CollectionsPanel panel(m_temp->filePath(u"secrets.json"_s));
    QSignalSpy loaded(&panel, &CollectionsPanel::loaded);
    const QString dir = m_temp->filePath(u"fresh"_s);
    QVERIFY(panel.createCollection(dir, u"Fresh"_s));
    QVERIFY(loaded.wait());
    QVERIFY(loaded.at(0).at(1).toStringList().isEmpty());
    QFile file(dir + u"/collection.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"name\": \"Fresh\""));
    QCOMPARE(QSettings().value(openKey).toStringList(), QStringList { dir });
    QCOMPARE(panel.model()->collectionIndex(dir).data().toString(), u"Fresh"_s);

    panel.openCollection(dir); // already open: just selected
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.currentIndex(), panel.model()->collectionIndex(dir));

    panel.closeCollection(dir);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(QSettings().value(openKey).toStringList().isEmpty());
    QVERIFY(QFile::exists(dir + u"/collection.json"_s)); // closing never deletes
}

void tst_CollectionsPanel::actionsFollowTheSelection_data()
{
    QTest::addColumn<QString>("select"); // "playground", "playground-request", "collection", "request"
    QTest::addColumn<bool>("close");
    QTest::addColumn<bool>("rename");
    QTest::addColumn<bool>("remove");

    QTest::newRow("playground") << u"playground"_s << false << false << false;
    QTest::newRow("playground request") << u"playground-request"_s << false << false << false;
    QTest::newRow("collection") << u"collection"_s << true << true << false;
    QTest::newRow("request") << u"request"_s << true << true << true;
}

void tst_CollectionsPanel::actionsFollowTheSelection()
{
    QFETCH(QString, select);
    QFETCH(bool, close);
    QFETCH(bool, rename);
    QFETCH(bool, remove);

    const QString dir = m_temp->filePath(u"c"_s);
    writeCollection(dir, u"C"_s);
    CollectionsPanel panel(m_temp->filePath(u"secrets.json"_s));
    panel.setPlaygroundUrl(QUrl(u"http://127.0.0.1:9"_s));
    QSignalSpy loaded(&panel, &CollectionsPanel::loaded);
    panel.openCollection(dir);
    QVERIFY(loaded.wait());
    CollectionModel *model = panel.model();
    const QModelIndex playground = model->index(0, 0);
    QModelIndex target;
    if (select == u"playground"_s)
        target = playground;
    else if (select == u"playground-request"_s)
        target = model->index(0, 0, model->index(0, 0, playground));
    else if (select == u"collection"_s)
        target = model->collectionIndex(dir);
    else
        target = model->indexForPath(dir, u"users/get-user"_s);
    QVERIFY(target.isValid());
    panel.setCurrentIndex(target);
    QCOMPARE(panel.action(CollectionsPanel::Action::CloseCollection)->isEnabled(), close);
    QCOMPARE(panel.action(CollectionsPanel::Action::Rename)->isEnabled(), rename);
    QCOMPARE(panel.action(CollectionsPanel::Action::Delete)->isEnabled(), remove);
    QCOMPARE(panel.action(CollectionsPanel::Action::Duplicate)->isEnabled(), remove);
    QMenu menu;
    panel.addActionsTo(&menu);
    QCOMPARE(menu.actions().count(QList<QAction *>::value_type(nullptr)), 0);
    QVERIFY(menu.actions().contains(panel.action(CollectionsPanel::Action::OpenCollection)));
}

void tst_CollectionsPanel::newRequestAndDeleteWithUndo()
{
    const QString dir = m_temp->filePath(u"c"_s);
    writeCollection(dir, u"C"_s);
    CollectionsPanel panel(m_temp->filePath(u"secrets.json"_s));
    QSignalSpy loaded(&panel, &CollectionsPanel::loaded);
    QSignalSpy activated(&panel, &CollectionsPanel::requestActivated);
    panel.openCollection(dir);
    QVERIFY(loaded.wait());
    CollectionModel *model = panel.model();
    panel.setCurrentIndex(model->indexForPath(dir, u"users/get-user"_s));

    panel.action(CollectionsPanel::Action::NewRequest)->trigger();
    QVERIFY(QFile::exists(dir + u"/users/new-request.request.json"_s)); // beside the selected request
    QCOMPARE(activated.count(), 1); // and in the editor at once
    QCOMPARE(panel.currentIndex(), model->indexForPath(dir, u"users/new-request"_s));

    panel.action(CollectionsPanel::Action::NewFolder)->trigger();
    QVERIFY(QFile::exists(dir + u"/users/new-folder/folder.json"_s));

    panel.setCurrentIndex(model->indexForPath(dir, u"users/get-user"_s));
    panel.action(CollectionsPanel::Action::Delete)->trigger();
    QVERIFY(!QFile::exists(dir + u"/users/get-user.request.json"_s));
    panel.undoStack()->undo();
    QVERIFY(QFile::exists(dir + u"/users/get-user.request.json"_s));
    QVERIFY(model->indexForPath(dir, u"users/get-user"_s).isValid());
}

void tst_CollectionsPanel::chooseEmitsTheRequest()
{
    CollectionsPanel panel(m_temp->filePath(u"secrets.json"_s));
    panel.setPlaygroundUrl(QUrl(u"http://127.0.0.1:9"_s));
    QSignalSpy activated(&panel, &CollectionsPanel::requestActivated);
    QVERIFY(panel.choose(u"Get JSON"_s));
    QCOMPARE(activated.count(), 1);
    const QModelIndex chosen = activated.at(0).at(0).value<QModelIndex>();
    QVERIFY(panel.model()->item(chosen)->request.url.startsWith(u"http://127.0.0.1:9/get"_s));
    QVERIFY(!panel.choose(u"Basics"_s)); // a folder is not a request
    QVERIFY(!panel.choose(u"No such thing"_s));
}

QTEST_MAIN(tst_CollectionsPanel)
#include "tst_collectionspanel.moc"
