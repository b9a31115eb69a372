// SPDX-License-Identifier: MIT
#include "collectionmodel.h"
#include "saveasdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_SaveAsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersWritableCollectionsAndFolders();
    void saveNeedsAName_data();
    void saveNeedsAName();
};

namespace {
CollectionStore::LoadResult shop()
{
    CollectionStore::LoadResult r;
    r.ok = true;
    r.collection.name = u"Shop"_s;
    CollectionItem users = CollectionItem::folder(u"Users"_s, u"users"_s);
    users.children
        = { CollectionItem::folder(u"Admins"_s, u"admins"_s), CollectionItem::fromRequest(RequestSpec(), u"r"_s) };
    r.collection.items = { users, CollectionItem::folder(u"Orders"_s, u"orders"_s) };
    return r;
}
} // namespace

void tst_SaveAsDialog::offersWritableCollectionsAndFolders()
{
    CollectionModel model(nullptr);
    Collection playground;
    playground.items.append(CollectionItem::folder(u"Basics"_s));
    model.setPlayground(playground);
    model.addCollection(u"/tmp/shop"_s);
    model.setLoaded(u"/tmp/shop"_s, shop());
    SaveAsDialog dialog(&model, model.indexForPath(u"/tmp/shop"_s, u"orders"_s));
    auto *places = dialog.findChild<QComboBox *>();
    QStringList shown;
    for (int i = 0; i < places->count(); ++i)
        shown.append(places->itemText(i));
    QCOMPARE(shown, QStringList({ u"Shop"_s, u"Shop ▸ Users"_s, u"Shop ▸ Users ▸ Admins"_s, u"Shop ▸ Orders"_s }));
    QCOMPARE(dialog.placeCount(), 4);
    QCOMPARE(dialog.container(), model.indexForPath(u"/tmp/shop"_s, u"orders"_s)); // preselected
}

void tst_SaveAsDialog::saveNeedsAName_data()
{
    QTest::addColumn<bool>("collectionOpen");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("named") << true << u"Get user"_s << true;
    QTest::newRow("blank") << true << u"   "_s << false;
    QTest::newRow("no collection") << false << u"Get user"_s << false;
}

void tst_SaveAsDialog::saveNeedsAName()
{
    QFETCH(bool, collectionOpen);
    QFETCH(QString, name);
    CollectionModel model(nullptr);
    if (collectionOpen) {
        model.addCollection(u"/tmp/shop"_s);
        model.setLoaded(u"/tmp/shop"_s, shop());
    }
    SaveAsDialog dialog(&model, QModelIndex());
    dialog.setName(name);
    QCOMPARE(dialog.name(), name.trimmed());
    QTEST(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled(), "enabled");
}

QTEST_MAIN(tst_SaveAsDialog)
#include "tst_saveasdialog.moc"
